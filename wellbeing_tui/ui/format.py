"""Words and figures as the screens show them."""

from __future__ import annotations

from datetime import date, datetime

from rich.markup import escape

from wellbeing_tui.domain.sleep import format_minutes

__all__ = ["day_label", "escape", "format_minutes", "short_day", "clip"]


def day_label(day: date) -> str:
    """Thursday 26 November."""
    return f"{day:%A} {day.day} {day:%B}"


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
