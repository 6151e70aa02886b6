"""The week review: a week's records, looked up by date, summarised."""

from __future__ import annotations

from datetime import date, timedelta

from wellbeing_tui.domain.activities import ActivityLog, Connection
from wellbeing_tui.domain.grounding import GroundingSession
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.domain.meals import Meal
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.domain.sleep import SleepEntry
from wellbeing_tui.domain.thoughts import ThoughtRecord
from wellbeing_tui.domain.week import HISTORY_DAYS, Week, WeekRecords, summarise_week
from wellbeing_tui.storage.store import Store


def load_week(store: Store, first: date) -> Week:
    """The week starting ``first``, looked up by date (never by scanning every record)."""
    last = first + timedelta(days=6)
    records = WeekRecords(
        sleep=store.records_on(SleepEntry, first, last),
        checkins=store.records_on(CheckIn, first, last),
        meals=store.records_on(Meal, first, last),
        grounding=store.records_on(GroundingSession, first, last),
        journal=store.records_on(JournalEntry, first, last),
        thoughts=store.records_on(ThoughtRecord, first, last),
        connections=store.records_on(Connection, first, last),
        activities_done=store.records_on(ActivityLog, first, last),
    )
    previous = store.records_on(CheckIn, first - timedelta(days=7), first - timedelta(days=1))
    start = last - timedelta(days=HISTORY_DAYS - 1)
    history = WeekRecords(
        sleep=store.records_on(SleepEntry, start, last),
        checkins=store.records_on(CheckIn, start, last),
    )
    return summarise_week(first, records, previous, history, store.settings().day_start_hour)
