"""Drafts: what a form held when it was left, so nothing typed is ever lost."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import ClassVar

from wellbeing_tui.domain import table_names
from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.fields import (
    FormData,
    Timestamp,
    check_datetime,
    check_id,
    check_text,
)
from wellbeing_tui.domain.moments import latest
from wellbeing_tui.domain.records import Record

JOURNAL_DRAFT = "journal"  # the kind of the journal editor's draft


@dataclass(frozen=True)
class Draft(Record):
    """An unsaved form of some kind (journal, thoughts, ...)."""

    TABLE: ClassVar[str] = table_names.DRAFTS

    id: str
    kind: str
    updated_at: Timestamp
    data: FormData = field(default_factory=dict)

    def __post_init__(self) -> None:
        check_id("id", self.id)
        check_text("kind", self.kind, required=True)
        check_datetime("updated_at", self.updated_at)
        if not isinstance(self.data, Mapping):
            raise ValidationError("data", "must be an object")


def latest_draft(drafts: Iterable[Draft], kind: str) -> Draft | None:
    """The newest draft of a kind of form."""
    return latest((d for d in drafts if d.kind == kind), lambda d: d.updated_at)
