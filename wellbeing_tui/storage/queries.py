"""Look-ups and saves that more than one screen or command needs, so the screen and the
command line write the same records."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from wellbeing_tui.domain.activities import ActivityLog, Connection
from wellbeing_tui.domain.drafts import Draft, latest_draft
from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.fields import iso, new_id
from wellbeing_tui.domain.grounding import GroundingSession
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.domain.journal_search import JournalQuery, matches, newest_first
from wellbeing_tui.domain.meals import MAIN_MEALS, Meal
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.domain.sleep import SleepEntry
from wellbeing_tui.domain.thoughts import ThoughtRecord
from wellbeing_tui.domain.week import Week, WeekRecords, summarise_week
from wellbeing_tui.storage.store import Store


def sleep_for(store: Store, morning: date | str) -> SleepEntry | None:
    day = str(morning)
    found = store.records(SleepEntry, lambda d: d.get("date") == day)
    return found[0] if found else None


def latest_sleep(store: Store, before: date | str | None = None) -> SleepEntry | None:
    limit = str(before) if before is not None else "9999-12-31"
    entries = store.records(SleepEntry, lambda d: str(d.get("date", "")) < limit)
    return max(entries, key=lambda e: e.date, default=None)


def save_sleep(store: Store, entry: SleepEntry) -> tuple[SleepEntry, bool]:
    """One diary per morning: an entry for a morning that has one replaces it (same id)."""
    existing = sleep_for(store, entry.date)
    if existing is not None and existing.id != entry.id:
        entry = SleepEntry.from_doc({**entry.to_doc(), "id": existing.id})
    store.save(entry)
    return entry, existing is not None


def meals_for(store: Store, day: date | str) -> list[Meal]:
    iso_day = str(day)
    return store.records(Meal, lambda d: d.get("date") == iso_day)


def save_meal(store: Store, meal: Meal) -> tuple[Meal, bool]:
    """Breakfast, lunch and dinner are one each a day (a new one replaces the old); snacks
    are added."""
    if meal.kind in MAIN_MEALS:
        for old in meals_for(store, meal.date):
            if old.kind == meal.kind and old.id != meal.id:
                meal = Meal.from_doc({**meal.to_doc(), "id": old.id})
                store.save(meal)
                return meal, True
    store.save(meal)
    return meal, False


def journal_page(
    store: Store, query: JournalQuery, offset: int = 0, limit: int = 50
) -> tuple[list[JournalEntry], int]:
    """One page of journal entries, newest first, and how many match in all. Only the page
    is turned into records, so a list of ten years opens as fast as a list of ten."""
    docs = store.raw(JournalEntry.TABLE).values()
    found = [d for d in docs if matches(d, query)] if not query.empty else list(docs)
    ordered = newest_first(found)
    page: list[JournalEntry] = []
    for doc in ordered[offset : offset + limit]:
        try:
            page.append(JournalEntry.from_doc(doc))
        except (ValidationError, TypeError):
            continue
    return page, len(ordered)


def draft_of(store: Store, kind: str) -> Draft | None:
    return latest_draft(store.records(Draft, lambda d: d.get("kind") == kind), kind)


def save_draft(store: Store, kind: str, data: Mapping[str, Any]) -> Draft:
    """Keep one draft per kind of form, replacing the last one."""
    existing = draft_of(store, kind)
    draft = Draft(
        id=existing.id if existing else new_id(),
        kind=kind,
        updated_at=iso(store.clock.now()),
        data=dict(data),
    )
    store.save(draft)
    return draft


def clear_draft(store: Store, kind: str) -> None:
    for draft in store.records(Draft, lambda d: d.get("kind") == kind):
        store.delete(Draft, draft.id)


HISTORY_DAYS = 28


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
