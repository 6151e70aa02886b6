"""Turning records into the documents the data file stores, and back, from their fields.

Every record type is a frozen dataclass whose ``__post_init__`` checks its fields; ``Record``
adds ``to_doc`` and ``from_doc`` worked out from the dataclass fields, so a new field needs
no hand-written conversion:

- ``to_doc`` writes every field, in field order, as JSON values (tuples as lists, nested
  records as objects);
- ``from_doc`` reads the fields it knows (other keys are ignored); a missing field without a
  default is an error naming it, a missing one with a default takes the default, and so does
  ``null`` in a list or object field; the record's own checks then run as usual.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.fields import require_mapping, to_plain


class Record:
    """Mixed into a frozen dataclass: ``to_doc`` and ``from_doc`` from its fields."""

    # The field a record nested in another is stored in ("body", "moods"), for messages.
    IN_FIELD: ClassVar[str] = "record"
    # Fields that, when missing or null, take another field's value (an entry saved before
    # it had ``updated_at`` was last changed when it was created).
    FALLBACKS: ClassVar[Mapping[str, str]] = {}

    def to_doc(self) -> dict[str, Any]:
        return {
            f.name: to_plain(getattr(self, f.name))
            for f in dataclasses.fields(self)  # type: ignore[arg-type]
        }

    @classmethod
    def from_doc(cls, doc: object) -> Self:
        data = require_mapping(getattr(cls, "TABLE", cls.IN_FIELD), doc)
        values: dict[str, Any] = {}
        for f in dataclasses.fields(cls):  # type: ignore[arg-type]
            value = data.get(f.name)
            if value is None and f.name in cls.FALLBACKS:
                value = data.get(cls.FALLBACKS[f.name])
            has_default = (
                f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING
            )
            if f.name not in data and value is None:
                if not has_default:
                    raise ValidationError(f.name, "is missing")
                continue
            if value is None and has_default and _is_collection(f):
                continue
            values[f.name] = value
        return cls(**values)


def _is_collection(f: dataclasses.Field[Any]) -> bool:
    """A list or object field (its default is empty), where null means empty."""
    if f.default_factory is not dataclasses.MISSING:
        return True
    return isinstance(f.default, tuple | Mapping)
