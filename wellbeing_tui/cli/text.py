"""The week review as text (a table that fits 80 columns) and as JSON, for ``wellbeing week``.
The screen shows the same numbers from the same ``Week``."""

from __future__ import annotations

import textwrap
from typing import Any

from wellbeing_tui.content.marks import MISSING
from wellbeing_tui.domain.sleep import QUALITY_WORDS
from wellbeing_tui.domain.week import Day, Week

LABEL = 14
CELL = 9


def _clock(minutes: float | None) -> str:
    if minutes is None:
        return MISSING
    total = round(minutes)
    return f"{total // 60}:{total % 60:02d}"


def _num(value: float | None, fmt: str = "{:g}") -> str:
    return MISSING if value is None else fmt.format(value)


def _meals(day: Day) -> str:
    marks = []
    for kind, letter in (("breakfast", "B"), ("lunch", "L"), ("dinner", "D")):
        state = day.meals[kind]
        marks.append(letter if state not in (None, "skipped") else ("x" if state else "."))
    return " ".join(marks)


def _short(words: str) -> str:
    """Quality words that fit a column: "very good" is "v. good" (the legend says so)."""
    return words.replace("very ", "v. ")


def day_rows(week: Week) -> list[tuple[str, list[str]]]:
    days = week.days
    return [
        ("Asleep (h:mm)", [_clock(d.metrics.tst_min if d.metrics else None) for d in days]),
        ("Efficiency", [_num(d.metrics.se_pct if d.metrics else None, "{:.0f}%") for d in days]),
        ("Quality", [_short(QUALITY_WORDS[d.sleep.quality]) if d.sleep else MISSING for d in days]),
        ("Mood, median", [_num(d.mood_median) for d in days]),
        ("Check-ins", [str(len(d.moods)) if d.moods else MISSING for d in days]),
        ("Meals B L D", [_meals(d) for d in days]),
        ("Longest gap", [_clock(d.meal_gap_min) for d in days]),
        ("Grounding min", [_num(d.grounding_minutes, "{:.0f}") for d in days]),
        ("Journal", [str(d.journal) for d in days]),
        ("Worksheets", [str(d.thoughts) for d in days]),
        ("People", [str(d.connections) for d in days]),
        ("Fun done", [str(d.activities_done) for d in days]),
    ]


def week_table(week: Week) -> str:
    title = (
        f"Week of {week.first:%a} {week.first.day} {week.first:%b} to "
        f"{week.last:%a} {week.last.day} {week.last:%b %Y}"
    )
    lines = [title, ""]
    header = " " * LABEL + "".join(f"{d.day:%a} {d.day.day:>2}".rjust(CELL) for d in week.days)
    lines.append(header)
    for label, cells in day_rows(week):
        lines.append(label.ljust(LABEL) + "".join(c[: CELL - 1].rjust(CELL) for c in cells))
    lines.append("")
    lines.append("Meals: B L D eaten, x skipped, . not logged; — means nothing was logged.")
    lines.append("Quality: v. is very. Mood: the middle one of the day's check-ins.")
    lines.append("")
    lines.extend(textwrap.fill(sentence, width=80) for sentence in week.sentences)
    return "\n".join(lines)


def _day_json(d: Day) -> dict[str, Any]:
    m = d.metrics
    return {
        "date": d.day.isoformat(),
        "tib_min": m.tib_min if m else None,
        "tst_min": m.tst_min if m else None,
        "se_pct": round(m.se_pct, 1) if m else None,
        "sol_min": m.sol_min if m else None,
        "waso_min": m.waso_min if m else None,
        "quality": d.sleep.quality if d.sleep else None,
        "moods": list(d.moods),
        "mood_median": None if d.mood_median is None else float(d.mood_median),
        "meals": d.meals,
        "longest_gap_min": d.meal_gap_min,
        "grounding_min": None if d.grounding_minutes is None else round(d.grounding_minutes, 1),
        "distress_change": d.distress_change,
        "journal": d.journal,
        "thoughts": d.thoughts,
        "connections": d.connections,
        "activities_done": d.activities_done,
    }


def week_json(week: Week) -> dict[str, Any]:
    def r(value: float | None, digits: int = 1) -> float | None:
        return None if value is None else round(value, digits)

    return {
        "first": week.first.isoformat(),
        "last": week.last.isoformat(),
        "days": [_day_json(d) for d in week.days],
        "week": {
            "nights": week.nights,
            "tst_mean_min": r(week.tst_mean),
            "tst_range_min": list(week.tst_range) if week.tst_range else None,
            "se_pooled_pct": r(week.se_pooled),
            "sol_mean_min": r(week.sol_mean),
            "waso_mean_min": r(week.waso_mean),
            "checkins": week.checkins,
            "mood_mean": r(week.mood_mean, 2),
            # The week before, only where the sentences set it beside this week, with the
            # days that had a mood in each week.
            "mood_days": week.against_week_before.days_with,
            "previous_mood_days": week.against_week_before.days_without,
            "previous_mood_mean": r(week.against_week_before.mean_without, 2),
            "days_all_meals": week.days_all_meals,
            "days_meals_logged": week.days_meals_logged,
            "grounding_sessions": week.grounding_sessions,
            "grounding_min": r(week.grounding_minutes),
            "distress_change_mean": r(week.distress_change_mean),
            "mood_beside_sleep": week.beside_sleep.to_json(),
        },
        "sentences": list(week.sentences),
    }
