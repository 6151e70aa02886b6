"""Clock times as people type them: 23:10, 2310, 11:10pm, 11pm, 7.30."""

from __future__ import annotations

import re

from wellbeing_tui.domain.errors import ValidationError

_COLON = re.compile(r"^(\d{1,2})[:.h](\d{2})$")
_DIGITS = re.compile(r"^(\d{3,4})$")
_HOUR = re.compile(r"^(\d{1,2})$")
_MERIDIEM = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?(am|pm|a|p)$")


def parse_clock(field: str, text: str) -> str:
    """``HH:MM`` for what was typed, or ``ValidationError`` naming ``field``."""
    raw = text.strip().lower().replace(" ", "").replace(".m.", "m")
    hours: int
    minutes: int
    if m := _COLON.match(raw):
        hours, minutes = int(m[1]), int(m[2])
    elif m := _DIGITS.match(raw):
        hours, minutes = divmod(int(m[1]), 100)
    elif m := _HOUR.match(raw):
        hours, minutes = int(m[1]), 0
    elif m := _MERIDIEM.match(raw):
        hours, minutes = int(m[1]), int(m[2] or 0)
        if not 1 <= hours <= 12:
            raise ValidationError(field, f"'{text}': with am or pm the hour is 1 to 12")
        hours = hours % 12 + (12 if m[3].startswith("p") else 0)
    else:
        raise ValidationError(field, f"'{text}' is not a time; try 23:10, 2310 or 11:10pm")
    if hours > 23 or minutes > 59:
        raise ValidationError(field, f"'{text}' is not a time of day")
    return f"{hours:02d}:{minutes:02d}"
