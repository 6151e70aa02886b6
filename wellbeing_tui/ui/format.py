"""Words and figures as the screens show them."""

from __future__ import annotations

from datetime import date, datetime

from textual.content import Content

from wellbeing_tui.domain.sleep import format_minutes
from wellbeing_tui.domain.visible import visible

__all__ = [
    "clip",
    "day_label",
    "escape",
    "format_minutes",
    "literal",
    "ordinal",
    "short_day",
    "visible",
]

ZERO_WIDTH_SPACE = "\u200b"


def escape(text: str) -> str:
    """Stored or typed text, ready to sit inside markup and still show literally: every
    bracket is escaped (so ``[/]`` or ``[@click=...]`` are only characters), control
    characters are shown as placeholders, and a trailing backslash is kept from escaping the
    tag that follows it."""
    safe = visible(text).replace("[", "\\[")
    return safe + ZERO_WIDTH_SPACE if safe.endswith("\\") else safe


def literal(text: str) -> Content:
    """Stored or typed text as content that is never read as markup."""
    return Content(visible(text))


def day_label(day: date) -> str:
    """Thursday 26 November."""
    return f"{day:%A} {day.day} {day:%B}"


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 23rd, 31st."""
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def short_day(moment: str, this_year: int | None = None) -> str:
    """Tue 24 Nov, from an ISO date or date and time; with the year (Tue 24 Nov 2024) when
    it is not ``this_year``."""
    day = datetime.fromisoformat(moment).date() if "T" in moment else date.fromisoformat(moment)
    year = f" {day.year}" if this_year is not None and day.year != this_year else ""
    return f"{day:%a} {day.day} {day:%b}{year}"


def clip(text: str, width: int) -> str:
    """Shorten to ``width`` characters at a word boundary, with an ellipsis."""
    if len(text) <= width:
        return text
    cut = text[: width - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",.;:") + "…"
