"""What the dashboard shows about today, computed from the records of the days it needs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from wellbeing_tui.domain.clock import logging_day
from wellbeing_tui.domain.grounding import GroundingSession
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.domain.meals import MEAL_KINDS, Meal, longest_gap
from wellbeing_tui.domain.moments import by_moment, moment_key
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.domain.sleep import SleepEntry


def week_bounds(day: date, week_start: int = 0) -> tuple[date, date]:
    """First and last day of the week holding ``day``; ``week_start`` 0 is Monday."""
    first = day - timedelta(days=(day.weekday() - week_start) % 7)
    return first, first + timedelta(days=6)


@dataclass(frozen=True)
class TodaySummary:
    day: date
    sleep: SleepEntry | None
    checkins: tuple[CheckIn, ...]
    meals: tuple[Meal, ...]
    meal_gap_min: int | None
    grounding_minutes: float
    grounding_sessions: int
    last_grounding: GroundingSession | None
    latest_journal: JournalEntry | None


def summarise_today(
    day: date,
    sleep: Sequence[SleepEntry],
    checkins: Sequence[CheckIn],
    meals: Sequence[Meal],
    week_grounding: Sequence[GroundingSession],
    latest_journal: JournalEntry | None,
    day_start_hour: int = 0,
) -> TodaySummary:
    """Pick out today's records; each argument may hold more than today's."""
    night = next((s for s in sleep if s.date == day.isoformat()), None)
    todays_checkins = tuple(
        sorted(
            (c for c in checkins if logging_day(c.at, day_start_hour) == day.isoformat()),
            key=lambda c: moment_key(c.at),
        )
    )
    todays_meals = tuple(
        sorted(
            (m for m in meals if m.date == day.isoformat()),
            key=lambda m: (MEAL_KINDS.index(m.kind), m.at or ""),
        )
    )
    sessions = by_moment(week_grounding, lambda g: g.started_at)
    return TodaySummary(
        day=day,
        sleep=night,
        checkins=todays_checkins,
        meals=todays_meals,
        meal_gap_min=longest_gap(todays_meals),
        grounding_minutes=sum(g.actual_seconds for g in sessions) / 60,
        grounding_sessions=len(sessions),
        last_grounding=sessions[-1] if sessions else None,
        latest_journal=latest_journal,
    )
