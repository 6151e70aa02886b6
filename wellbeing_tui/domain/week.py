"""A week of sleep, mood and the rest, day by day and in sentences.

A day with no entry is missing, never zero, and is left out of every average. Sleep
efficiency for the week is pooled (all time asleep over all time in bed) and labelled so.
Weekly figures and comparisons follow the one rule in ``domain.figures`` (3 nights, 3
check-ins, 5 days on each side of a comparison), as every other view does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from statistics import mean, median

from wellbeing_tui.domain.activities import ActivityLog, Connection
from wellbeing_tui.domain.clock import logging_day
from wellbeing_tui.domain.figures import (
    EACH_SIDE_NEEDED,
    MIN_CHECKINS,
    MIN_NIGHTS,
    Comparison,
    compare_means,
    mood_mean,
    nights_mean,
    nights_range,
    pooled_efficiency,
)
from wellbeing_tui.domain.grounding import GroundingSession
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.domain.meals import MAIN_MEALS, Meal, longest_gap
from wellbeing_tui.domain.moments import by_moment
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.domain.sleep import SleepEntry, SleepMetrics, format_minutes
from wellbeing_tui.domain.thoughts import ThoughtRecord
from wellbeing_tui.domain.trends import NOT_CAUSE, DayFacts, SideBySide, factor_side_by_side
from wellbeing_tui.domain.trends import side_by_side_line as _side_by_side_line
from wellbeing_tui.domain.words import count, spread


@dataclass(frozen=True)
class WeekRecords:
    """Everything dated within a span of days (the week, or more for comparisons)."""

    sleep: Sequence[SleepEntry] = ()
    checkins: Sequence[CheckIn] = ()
    meals: Sequence[Meal] = ()
    grounding: Sequence[GroundingSession] = ()
    journal: Sequence[JournalEntry] = ()
    thoughts: Sequence[ThoughtRecord] = ()
    connections: Sequence[Connection] = ()
    activities_done: Sequence[ActivityLog] = ()


@dataclass(frozen=True)
class Day:
    day: date
    sleep: SleepEntry | None
    metrics: SleepMetrics | None
    moods: tuple[int, ...]  # the day's check-ins in time order
    meals: dict[str, str | None]  # breakfast/lunch/dinner -> "HH:MM", "skipped" or None
    snacks: int
    meal_gap_min: int | None
    grounding_minutes: float | None
    distress_change: float | None
    journal: int
    thoughts: int
    connections: int
    activities_done: int

    @property
    def mood_median(self) -> float | None:
        return median(self.moods) if self.moods else None


@dataclass(frozen=True)
class Week:
    first: date
    last: date
    days: tuple[Day, ...]
    nights: int
    tst_mean: float | None
    tst_range: tuple[int, int] | None
    se_pooled: float | None
    sol_mean: float | None
    waso_mean: float | None
    checkins: int
    mood_mean: float | None
    # This week's mean mood beside the week before's, with the days that had a mood in each.
    against_week_before: Comparison
    days_all_meals: int
    days_meals_logged: int
    grounding_sessions: int
    grounding_minutes: float
    distress_change_mean: float | None
    beside_sleep: SideBySide  # mood after short nights and after others, over HISTORY_DAYS
    sentences: tuple[str, ...] = field(default=())


def _on(day: date, stamp: str, shift: int) -> bool:
    return logging_day(stamp, shift) == day.isoformat()


def _day(day: date, r: WeekRecords, shift: int) -> Day:
    night = next((s for s in r.sleep if s.date == day.isoformat()), None)
    checkins = by_moment((c for c in r.checkins if _on(day, c.at, shift)), lambda c: c.at)
    meals = [m for m in r.meals if m.date == day.isoformat()]
    by_kind: dict[str, str | None] = {}
    for kind in MAIN_MEALS:
        found = next((m for m in meals if m.kind == kind), None)
        by_kind[kind] = None if found is None else ("skipped" if found.skipped else found.at)
    sessions = [g for g in r.grounding if _on(day, g.started_at, shift)]
    changes = [g.distress_change for g in sessions if g.distress_change is not None]
    return Day(
        day=day,
        sleep=night,
        metrics=night.metrics() if night else None,
        moods=tuple(c.mood for c in checkins if c.mood is not None),
        meals=by_kind,
        snacks=sum(1 for m in meals if m.kind == "snack" and not m.skipped),
        meal_gap_min=longest_gap(meals),
        grounding_minutes=sum(g.actual_seconds for g in sessions) / 60 if sessions else None,
        distress_change=mean(changes) if changes else None,
        journal=sum(1 for j in r.journal if _on(day, j.created_at, shift)),
        thoughts=sum(1 for t in r.thoughts if _on(day, t.created_at, shift)),
        connections=sum(1 for c in r.connections if _on(day, c.at, shift)),
        activities_done=sum(1 for a in r.activities_done if _on(day, a.at, shift)),
    )


def summarise_week(
    first: date,
    week: WeekRecords,
    previous_checkins: Sequence[CheckIn] = (),
    history: WeekRecords | None = None,
    day_start_hour: int = 0,
) -> Week:
    """The week starting ``first``. ``history`` (sleep and check-ins over a longer span)
    feeds the comparison of mood after short nights; ``previous_checkins`` the week before."""
    days = tuple(_day(first + timedelta(days=n), week, day_start_hour) for n in range(7))
    nights = [d.metrics for d in days if d.metrics is not None]
    tsts = [m.tst_min for m in nights]
    moods = [float(m) for d in days for m in d.moods]
    previous = [c for c in previous_checkins if c.mood is not None]
    previous_days = {logging_day(c.at, day_start_hour) for c in previous}
    logged_meal_days = [d for d in days if any(v is not None for v in d.meals.values())]
    sessions = [g for g in week.grounding]
    changes = [g.distress_change for g in sessions if g.distress_change is not None]
    result = Week(
        first=first,
        last=first + timedelta(days=6),
        days=days,
        nights=len(nights),
        tst_mean=nights_mean(tsts),
        tst_range=nights_range(tsts),
        se_pooled=pooled_efficiency(tsts, [m.tib_min for m in nights]),
        sol_mean=nights_mean([m.sol_min for m in nights]),
        waso_mean=nights_mean([m.waso_min for m in nights]),
        checkins=len(moods),
        mood_mean=mood_mean(moods),
        against_week_before=compare_means(
            sum(1 for d in days if d.moods),
            mood_mean(moods),
            len(previous_days),
            mood_mean([float(c.mood or 0) for c in previous]),
        ),
        days_all_meals=sum(
            1 for d in days if all(v not in (None, "skipped") for v in d.meals.values())
        ),
        days_meals_logged=len(logged_meal_days),
        grounding_sessions=len(sessions),
        grounding_minutes=sum(g.actual_seconds for g in sessions) / 60,
        distress_change_mean=mean(changes) if changes else None,
        beside_sleep=factor_side_by_side(_history(history or week, day_start_hour), "short_night"),
    )
    return Week(**{**result.__dict__, "sentences": tuple(describe(result))})


def _history(r: WeekRecords, shift: int) -> list[DayFacts]:
    """The moods and the night of each day of ``r``, as Looking back sees a day (the night
    is the one that ended that morning), so both compare mood beside sleep the same way."""
    moods_by_day: dict[str, list[int]] = {}
    for c in r.checkins:
        if c.mood is not None:
            moods_by_day.setdefault(logging_day(c.at, shift), []).append(c.mood)
    nights: dict[str, SleepMetrics] = {}
    for night in r.sleep:
        nights.setdefault(night.date, night.metrics())
    out: list[DayFacts] = []
    for key in sorted(set(moods_by_day) | set(nights)):
        metrics = nights.get(key)
        out.append(
            DayFacts(
                day=date.fromisoformat(key),
                moods=tuple(moods_by_day.get(key, ())),
                tst_min=None if metrics is None else metrics.tst_min,
                tib_min=None if metrics is None else metrics.tib_min,
            )
        )
    return out


# How far back the mood-beside-sleep comparison looks (the service passes this much history).
HISTORY_DAYS = 28


def describe(w: Week) -> list[str]:
    """The week in plain sentences; no judgement, no causes."""
    out: list[str] = []
    if w.tst_mean is None or w.tst_range is None:
        out.append(
            f"Sleep: {count(w.nights, 'night')} logged; at least {MIN_NIGHTS} are needed for "
            "weekly figures."
        )
    else:
        low, high = (format_minutes(m) for m in w.tst_range)
        out.append(
            f"Sleep: {count(w.nights, 'night')} logged. On average "
            f"{format_minutes(w.tst_mean)} asleep{spread(low, high)}; efficiency "
            f"{w.se_pooled:.0f}% (pooled: all time asleep over all time in bed)."
        )
        out.append(
            f"On average {format_minutes(w.sol_mean or 0)} to fall asleep and "
            f"{format_minutes(w.waso_mean or 0)} awake in the night."
        )
    if w.mood_mean is None:
        out.append(
            f"Mood: {count(w.checkins, 'check-in')}; at least {MIN_CHECKINS} are needed for a "
            "weekly average."
        )
    else:
        line = f"Mood: {count(w.checkins, 'check-in')}, averaging {w.mood_mean:.1f} out of 5"
        out.append(line + _against_week_before(w.against_week_before) + ".")
    if w.days_meals_logged:
        out.append(
            f"Meals: breakfast, lunch and dinner all eaten on {w.days_all_meals} of "
            f"{count(w.days_meals_logged, 'day')} with meals logged."
        )
    else:
        out.append("Meals: none logged this week.")
    if w.grounding_sessions:
        sessions = count(w.grounding_sessions, "session")
        line = f"Grounding: {sessions}, {w.grounding_minutes:.0f} min in all"
        if w.distress_change_mean is not None:
            line += f"; distress changed by {w.distress_change_mean:+.1f} on average"
        out.append(line + ".")
    else:
        out.append("Grounding: no sessions this week.")
    beside = _side_by_side_line(w.beside_sleep, over=", over the four weeks to the end of this one")
    out.append(f"{beside} {NOT_CAUSE}" if w.beside_sleep.enough else beside)
    return out


def _against_week_before(c: Comparison) -> str:
    """The week's mean mood beside the week before's, with the days behind each; when
    either week has too few days, says so (nothing when the week before had no mood)."""
    days = f"mood on {count(c.days_with, 'day')} this week, {c.days_without} the week before"
    if c.mean_with is None or c.mean_without is None:
        if not c.days_without:
            return ""
        return f"; not enough days yet to set beside the week before ({days}; {EACH_SIDE_NEEDED})"
    diff = c.mean_with - c.mean_without
    before = f"{c.mean_without:.1f}; {days}"
    if abs(diff) < 0.25:
        return f", about the same as the week before ({before})"
    word = "higher" if diff > 0 else "lower"
    return f", {abs(diff):.1f} {word} than the week before ({before})"
