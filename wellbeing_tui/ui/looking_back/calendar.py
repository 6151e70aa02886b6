"""A year of mood as a grid of days: a column a week, a row a weekday, each day shaded by
its mean mood and empty where nothing was logged. Without colour (``NO_COLOR``, or the
high-contrast theme) the shades are glyphs of five heights, so the grid still reads."""

from __future__ import annotations

from datetime import date, timedelta

from rich.text import Text

from wellbeing_tui.domain.today import week_bounds
from wellbeing_tui.domain.trends import DayFacts

WEEKS = 53
# Viridis, which reads in every common kind of colour blindness, from low to good.
COLOURS = {1: "#440154", 2: "#3b528b", 3: "#21918c", 4: "#5ec962", 5: "#fde725"}
GLYPHS = {1: "▁", 2: "▂", 3: "▄", 4: "▆", 5: "█"}
EMPTY = "·"
FILLED = "■"


def level(mean: float) -> int:
    """A mean mood as one of the five shades (2.5 and up is 3, and so on)."""
    return min(5, max(1, int(mean + 0.5)))


def mood_calendar(days: list[DayFacts], last: date, week_start: int, *, glyphs: bool) -> Text:
    """The ``WEEKS`` weeks ending with the one holding ``last``."""
    by_day = {d.day: d.mood_mean for d in days}
    first = week_bounds(last, week_start)[0] - timedelta(weeks=WEEKS - 1)
    out = Text()
    months = [" "] * WEEKS
    for column in range(WEEKS):
        start = first + timedelta(weeks=column)
        if start.day <= 7:
            label = f"{start:%b}"
            if all(m == " " for m in months[column : column + len(label)]):
                months[column : column + len(label)] = list(label)
    out.append("    " + "".join(months[:WEEKS]).rstrip() + "\n", style="dim")
    for row in range(7):
        weekday = first + timedelta(days=row)
        out.append(f"{weekday:%a} ", style="dim")
        for column in range(WEEKS):
            day = first + timedelta(weeks=column, days=row)
            mean = by_day.get(day)
            if day > last:
                out.append(" ")
            elif mean is None:
                out.append(EMPTY, style="dim")
            elif glyphs:
                out.append(GLYPHS[level(mean)])
            else:
                out.append(FILLED, style=COLOURS[level(mean)])
        out.append("\n")
    out.append("    low ", style="dim")
    for n in range(1, 6):
        out.append(GLYPHS[n] if glyphs else FILLED, style="" if glyphs else COLOURS[n])
        out.append(" ")
    out.append("good   ", style="dim")
    out.append(EMPTY, style="dim")
    out.append(" nothing logged", style="dim")
    return out
