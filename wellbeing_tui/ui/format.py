"""Words and figures as the screens show them."""

from __future__ import annotations

from datetime import date, datetime

from rich.markup import escape

from wellbeing_tui.domain.sleep import format_minutes

__all__ = ["day_label", "escape", "format_minutes", "ordinal", "short_day", "clip"]


def day_label(day: date) -> str:
    """Thursday 26 November."""
    return f"{day:%A} {day.day} {day:%B}"


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 23rd, 31st."""
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def short_day(moment: str) -> str:
    """Tue 24 Nov, from an ISO date or date and time."""
    day = datetime.fromisoformat(moment).date() if "T" in moment else date.fromisoformat(moment)
    return f"{day:%a} {day.day} {day:%b}"


def clip(text: str, width: int) -> str:
    """Shorten to ``width`` characters at a word boundary, with an ellipsis."""
    if len(text) <= width:
        return text
    cut = text[: width - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",.;:") + "…"
