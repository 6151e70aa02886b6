"""A week of sleep, mood and the rest, day by day and in sentences.

A day with no entry is missing, never zero, and is left out of every average. Sleep
efficiency for the week is pooled (all time asleep over all time in bed) and labelled so.
With fewer than 3 nights or 3 check-ins there is not enough data for a weekly figure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from statistics import mean, median

from wellbeing_tui.domain.activities import ActivityLog, Connection
from wellbeing_tui.domain.clock import logging_day
from wellbeing_tui.domain.grounding import GroundingSession
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.domain.meals import MAIN_MEALS, Meal, longest_gap
from wellbeing_tui.domain.moments import by_moment
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.domain.sleep import SleepEntry, SleepMetrics, format_minutes
from wellbeing_tui.domain.thoughts import ThoughtRecord
from wellbeing_tui.domain.words import count, spread

MIN_NIGHTS = 3
MIN_CHECKINS = 3
MIN_DAYS_FOR_PATTERNS = 14
SHORT_NIGHT_MIN = 7 * 60


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
    previous_mood_mean: float | None
    days_all_meals: int
    days_meals_logged: int
    grounding_sessions: int
    grounding_minutes: float
    distress_change_mean: float | None
    short_night_mood: float | None
    other_night_mood: float | None
    short_nights_compared: int
    days_of_data: int
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
    enough_nights = len(nights) >= MIN_NIGHTS
    moods = [m for d in days for m in d.moods]
    enough_moods = len(moods) >= MIN_CHECKINS
    previous = [c.mood for c in previous_checkins if c.mood is not None]
    logged_meal_days = [d for d in days if any(v is not None for v in d.meals.values())]
    sessions = [g for g in week.grounding]
    changes = [g.distress_change for g in sessions if g.distress_change is not None]
    short, other, compared, span = _mood_after_nights(history or week, day_start_hour)
    result = Week(
        first=first,
        last=first + timedelta(days=6),
        days=days,
        nights=len(nights),
        tst_mean=mean(tsts) if enough_nights else None,
        tst_range=(min(tsts), max(tsts)) if enough_nights else None,
        se_pooled=(100 * sum(tsts) / sum(m.tib_min for m in nights)) if enough_nights else None,
        sol_mean=mean(m.sol_min for m in nights) if enough_nights else None,
        waso_mean=mean(m.waso_min for m in nights) if enough_nights else None,
        checkins=len(moods),
        mood_mean=mean(moods) if enough_moods else None,
        previous_mood_mean=mean(previous) if len(previous) >= MIN_CHECKINS else None,
        days_all_meals=sum(
            1 for d in days if all(v not in (None, "skipped") for v in d.meals.values())
        ),
        days_meals_logged=len(logged_meal_days),
        grounding_sessions=len(sessions),
        grounding_minutes=sum(g.actual_seconds for g in sessions) / 60,
        distress_change_mean=mean(changes) if changes else None,
        short_night_mood=short,
        other_night_mood=other,
        short_nights_compared=compared,
        days_of_data=span,
    )
    return Week(**{**result.__dict__, "sentences": tuple(describe(result))})


def _mood_after_nights(r: WeekRecords, shift: int) -> tuple[float | None, float | None, int, int]:
    """Mean mood on the day after (the morning of) short nights and after other nights."""
    moods_by_day: dict[str, list[int]] = {}
    for c in r.checkins:
        if c.mood is not None:
            moods_by_day.setdefault(logging_day(c.at, shift), []).append(c.mood)
    short: list[float] = []
    other: list[float] = []
    for night in r.sleep:
        day_moods = moods_by_day.get(night.date)
        if not day_moods:
            continue
        target = short if night.metrics().tst_min < SHORT_NIGHT_MIN else other
        target.append(mean(day_moods))
    days = {s.date for s in r.sleep} | set(moods_by_day)
    return (mean(short) if short else None, mean(other) if other else None, len(short), len(days))


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
        if w.previous_mood_mean is not None:
            diff = w.mood_mean - w.previous_mood_mean
            if abs(diff) < 0.25:
                line += f", about the same as the week before ({w.previous_mood_mean:.1f})"
            else:
                word = "higher" if diff > 0 else "lower"
                before = f"{w.previous_mood_mean:.1f}"
                line += f", {abs(diff):.1f} {word} than the week before ({before})"
        out.append(line + ".")
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
    if w.days_of_data < MIN_DAYS_FOR_PATTERNS:
        out.append(
            f"Mood beside sleep, over the four weeks to the end of this one: with "
            f"{count(w.days_of_data, 'day')} of data it is too early to look for patterns "
            f"(at least {MIN_DAYS_FOR_PATTERNS} are needed)."
        )
    elif w.short_night_mood is not None and w.other_night_mood is not None:
        out.append(
            f"Mood beside sleep, over the four weeks to the end of this one: on the "
            f"{count(w.short_nights_compared, 'day')} after a night under 7 hours your mood "
            f"averaged {w.short_night_mood:.1f}, and {w.other_night_mood:.1f} after other "
            "nights. This shows the two side by side; it cannot say that one causes the other."
        )
    return out
