"""The sleep diary and meals: one diary a morning, one breakfast, lunch and dinner a day."""

from __future__ import annotations

from datetime import date

from wellbeing_tui.domain.activities import Coping
from wellbeing_tui.domain.meals import MAIN_MEALS, Meal
from wellbeing_tui.domain.moments import by_moment
from wellbeing_tui.domain.sleep import SleepEntry
from wellbeing_tui.services.feature import Feature
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


class SleepLog(Feature):
    """The sleep diary, meals and what one reaches for to cope."""

    def for_morning(self, morning: date | str) -> SleepEntry | None:
        return sleep_for(self._store, morning)

    def latest(self, before: date | str | None = None) -> SleepEntry | None:
        return latest_sleep(self._store, before)

    def since(self, first: date) -> list[SleepEntry]:
        """Every night from the morning ``first`` on."""
        start = first.isoformat()
        return self._store.records(SleepEntry, lambda d: str(d.get("date", "")) >= start)

    def save(self, entry: SleepEntry) -> tuple[SleepEntry, bool]:
        """Save a morning's diary; True when it replaced one already there."""
        saved, replaced = save_sleep(self._store, entry)
        self._saved(saved)
        return saved, replaced

    def meals_on(self, day: date | str) -> list[Meal]:
        return meals_for(self._store, day)

    def save_meal(self, meal: Meal) -> tuple[Meal, bool]:
        """Save a meal; True when it replaced that day's breakfast, lunch or dinner."""
        saved, replaced = save_meal(self._store, meal)
        self._saved(saved)
        return saved, replaced

    def remove_meal(self, meal_id: str) -> Meal | None:
        return self._store.delete(Meal, meal_id)

    def coping(self, last: int = 3) -> list[Coping]:
        """The last few things one reached for to cope, oldest first."""
        return by_moment(self._store.records(Coping), lambda c: c.at)[-last:]

    def save_coping(self, record: Coping) -> None:
        self._keep(record)
