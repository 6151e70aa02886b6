"""Checks for single fields of the data contract, shared by every record type.

Each check returns the value it was given (normalised where that is harmless) or raises
``ValidationError`` naming the field.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from enum import Enum
from typing import Annotated, Any

from wellbeing_tui.domain.errors import ValidationError

_CLOCK = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MAX_TEXT = 200_000
MAX_WORD = 60


class TimeKind(Enum):
    """What a field of the data contract that holds a time means."""

    TIMESTAMP = "timestamp"  # a moment with its UTC offset: 2026-11-26T21:05:00+01:00
    DATE = "date"  # a calendar day: 2026-11-26
    CLOCK = "clock"  # a time of day, the same on any date: 21:05
    FORM = "form"  # an unsaved form: any of the above may sit anywhere inside it


# Record fields say which of these they hold, so code that works on every table (the demo
# copy moved in time, say) reads it from the records themselves.
Timestamp = Annotated[str, TimeKind.TIMESTAMP]
Day = Annotated[str, TimeKind.DATE]
ClockTime = Annotated[str, TimeKind.CLOCK]
FormData = Annotated[Mapping[str, Any], TimeKind.FORM]


def new_id() -> str:
    """A fresh record id: a random UUID (version 4) as a string, made here rather than with
    the ``uuid`` module, whose import costs more than a whole ``wellbeing log`` should."""
    raw = bytearray(os.urandom(16))
    raw[6] = raw[6] & 0x0F | 0x40  # version 4
    raw[8] = raw[8] & 0x3F | 0x80  # the RFC 4122 variant
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def check_id(field: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(field, "must be a non-empty id")
    if len(value) > 100:
        raise ValidationError(field, "is too long for an id")
    return value


def check_int(field: str, value: object, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, f"must be a whole number from {low} to {high}")
    if not low <= value <= high:
        raise ValidationError(field, f"must be from {low} to {high}, not {value}")
    return value


def check_opt_int(field: str, value: object, low: int, high: int) -> int | None:
    return None if value is None else check_int(field, value, low, high)


def check_number(field: str, value: object, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(field, "must be a number")
    if not low <= value <= high:
        raise ValidationError(field, f"must be from {low:g} to {high:g}, not {value:g}")
    return float(value)


def check_bool(field: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(field, "must be true or false")
    return value


def check_text(field: str, value: object, *, required: bool = False) -> str:
    if not isinstance(value, str):
        raise ValidationError(field, "must be text")
    if required and not value.strip():
        raise ValidationError(field, "cannot be empty")
    if len(value) > MAX_TEXT:
        raise ValidationError(field, f"is longer than {MAX_TEXT} characters")
    return value


def check_opt_text(field: str, value: object) -> str | None:
    return None if value is None else check_text(field, value)


def check_choice(field: str, value: object, choices: Iterable[str]) -> str:
    options = tuple(choices)
    if value not in options:
        raise ValidationError(field, f"must be one of {', '.join(options)}")
    assert isinstance(value, str)
    return value


def check_words(field: str, value: object) -> tuple[str, ...]:
    """A list of short words or phrases (emotions, tags); blanks and repeats are dropped."""
    if isinstance(value, str) or not isinstance(value, list | tuple):
        raise ValidationError(field, "must be a list of words")
    out: list[str] = []
    for item in value:
        if not isinstance(item, str):
            raise ValidationError(field, "must be a list of words")
        word = " ".join(item.split())
        if len(word) > MAX_WORD:
            raise ValidationError(field, f"'{word[:20]}...' is longer than {MAX_WORD} characters")
        if word and word not in out:
            out.append(word)
    return tuple(out)


def check_datetime(field: str, value: object) -> str:
    """An ISO 8601 moment with its UTC offset, e.g. 2026-11-26T21:05:00+01:00."""
    if not isinstance(value, str):
        raise ValidationError(field, "must be a date and time")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ValidationError(field, f"'{value}' is not an ISO date and time") from None
    if moment.tzinfo is None:
        raise ValidationError(field, "must include the UTC offset")
    return value


def check_date(field: str, value: object) -> str:
    if not isinstance(value, str) or not _DATE.match(value):
        raise ValidationError(field, "must be a date written YYYY-MM-DD")
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise ValidationError(field, f"'{value}' is not a real date") from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        # Weeks and spans around a date in year 1 or 9999 run off the calendar.
        raise ValidationError(field, f"must be between {FIRST_YEAR} and {LAST_YEAR}")
    return value


FIRST_YEAR, LAST_YEAR = 1900, 2199


def check_clock(field: str, value: object) -> str:
    if not isinstance(value, str) or not _CLOCK.match(value):
        raise ValidationError(field, "must be a clock time written HH:MM")
    return value


def check_opt_clock(field: str, value: object) -> str | None:
    return None if value is None else check_clock(field, value)


def require_mapping(table: str, doc: object) -> Mapping[str, Any]:
    if not isinstance(doc, Mapping):
        raise ValidationError(table, "record must be an object")
    return doc


def iso(moment: datetime) -> str:
    """A moment as the data file stores it: seconds precision, with the UTC offset."""
    if moment.tzinfo is None:
        raise ValueError("times are stored with their UTC offset")
    return moment.replace(microsecond=0).isoformat()


def to_plain(value: Any) -> Any:
    """Turn tuples and nested records into the lists and dicts that JSON stores."""
    if isinstance(value, tuple | list):
        return [to_plain(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): to_plain(v) for k, v in value.items()}
    to_doc = getattr(value, "to_doc", None)
    if callable(to_doc):
        return to_doc()
    return value
