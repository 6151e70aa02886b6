"""The sleep diary and meals: one diary a morning, one breakfast, lunch and dinner a day."""

from __future__ import annotations

from datetime import date

from wellbeing_tui.domain.meals import MAIN_MEALS, Meal
from wellbeing_tui.domain.sleep import SleepEntry
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
