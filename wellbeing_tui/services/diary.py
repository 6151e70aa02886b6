"""The Diary: one data file as the screens and commands see it.

It holds the Store and the clock (the one place that asks what day it is) and answers in the
terms of the product: today's logging day, a week, a draft, a check-in. Nothing above this
layer touches the Store.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from wellbeing_tui.domain.clock import Clock, today
from wellbeing_tui.storage.store import R, Store

if TYPE_CHECKING:
    from wellbeing_tui.domain.drafts import Draft
    from wellbeing_tui.domain.grounding import GroundingSession
    from wellbeing_tui.domain.journal import JournalEntry
    from wellbeing_tui.domain.journal_search import JournalQuery
    from wellbeing_tui.domain.meals import Meal
    from wellbeing_tui.domain.mood import BodyCue, CheckIn
    from wellbeing_tui.domain.safety_plan import SafetyPlan
    from wellbeing_tui.domain.settings import Settings
    from wellbeing_tui.domain.sleep import SleepEntry
    from wellbeing_tui.domain.trends import Trends
    from wellbeing_tui.domain.week import Week
    from wellbeing_tui.exchange.common import Progress
    from wellbeing_tui.exchange.importers import ImportPlan
    from wellbeing_tui.exchange.source import Source
    from wellbeing_tui.services.today import DashboardDay
    from wellbeing_tui.storage.errors import StoreError


class Diary:
    """A data file, its clock, and what can be asked of them."""

    def __init__(self, store: Store, clock: Clock | None = None) -> None:
        if clock is not None:
            store.clock = clock  # one clock for the records' times and for "today"
        self._store = store
        # Told of every record saved through this Diary (not drafts or settings), after the
        # save: the app answers hard words with a pointer to support.
        self.after_save: Callable[[Any], None] | None = None
        self._nudge_knows = False  # the nudge's file holds the last day logged

    def _saved(self, record: R) -> R:
        from wellbeing_tui.services.nudge import knows_last_logged, note_logged

        hour = self._day_start_hour()
        if getattr(record, "TABLE", "") in ("checkins", "sleep"):
            note_logged(self.path, today(self._store.clock, hour).isoformat(), hour)
            self._nudge_knows = True
        elif not self._nudge_knows:
            # Once per Diary: the nudge's small file is read on the first save, not on all.
            if not knows_last_logged(self.path):
                note_logged(self.path, self._last_logged_day(), hour)
            self._nudge_knows = True
        if self.after_save is not None:
            self.after_save(record)
        return record

    def _day_start_hour(self) -> int:
        """The settings' day-start hour, read from the stored document (a quick command
        such as ``log mood`` need not load the settings model for one number)."""
        docs = list(self._store.raw("settings").values())
        hour = docs[0].get("day_start_hour", 0) if docs else 0
        return hour if isinstance(hour, int) and 0 <= hour <= 6 else 0

    def _last_logged_day(self) -> str:
        """The latest day with a check-in or a sleep diary ("" for none), once, for the
        prompt nudge's small file."""
        days = [str(d.get("at", ""))[:10] for d in self._store.raw("checkins").values()]
        days += [str(d.get("date", "")) for d in self._store.raw("sleep").values()]
        return max(days, default="")

    # -- the file ------------------------------------------------------------------------

    @property
    def path(self) -> Path:
        return self._store.path

    @property
    def read_only(self) -> bool:
        return self._store.read_only

    @property
    def read_only_reason(self) -> str | None:
        return self._store.read_only_reason

    @property
    def migrated_from(self) -> int | None:
        return self._store.migrated_from

    def signature(self) -> tuple[int, int, int, int] | None:
        """Changes whenever anyone saves to the file; cheap, for polling."""
        return self._store.file_signature()

    # -- time ----------------------------------------------------------------------------

    @property
    def clock(self) -> Clock:
        return self._store.clock

    def now(self) -> datetime:
        return self._store.clock.now()

    def today(self) -> date:
        """The logging day: before the settings' day-start hour it is still yesterday."""
        return today(self._store.clock, self.settings().day_start_hour)

    def week_bounds(self, day: date) -> tuple[date, date]:
        """First and last day of the week holding ``day``, as the settings start weeks."""
        from wellbeing_tui.domain.today import week_bounds

        return week_bounds(day, self.settings().week_start)

    # -- settings ------------------------------------------------------------------------

    def settings(self) -> Settings:
        return self._store.settings()

    def save_settings(self, settings: Settings) -> None:
        self._store.save_settings(settings)
        self.keep_country_beside(settings)

    def edit_settings(self, **changes: Any) -> Settings:
        settings = self.settings().edit(**changes)
        self._store.save_settings(settings)
        self.keep_country_beside(settings)
        return settings

    def keep_country_beside(self, settings: Settings | None = None) -> None:
        """The chosen country, kept in the plain file beside the data file, so help can
        show its helplines before an encrypted diary is unlocked."""
        from wellbeing_tui.services.nudge import keep_country

        keep_country(self.path, (settings or self.settings()).country)

    # -- records -------------------------------------------------------------------------

    def records(
        self, cls: type[R], where: Callable[[Mapping[str, Any]], bool] | None = None
    ) -> list[R]:
        return self._store.records(cls, where)

    def raw(self, table: str) -> Mapping[str, dict[str, Any]]:
        """Stored documents as they are, for searches that convert only what they show."""
        return self._store.raw(table)

    def get(self, cls: type[R], record_id: str) -> R | None:
        return self._store.get(cls, record_id)

    def add(self, record: R) -> R:
        return self._saved(self._store.add(record))

    def save(self, record: R) -> R:
        return self._saved(self._store.save(record))

    def delete(self, cls: type[R], record_id: str) -> R | None:
        return self._store.delete(cls, record_id)

    # -- what the screens and commands ask for -------------------------------------------

    def dashboard_day(self, day: date | None = None) -> DashboardDay:
        from wellbeing_tui.services.today import dashboard_day

        return dashboard_day(self._store, day or self.today())

    def week(self, first: date) -> Week:
        from wellbeing_tui.services.week import load_week

        return load_week(self._store, first)

    def week_of(self, day: date) -> Week:
        return self.week(self.week_bounds(day)[0])

    def trends(self, first: date, last: date) -> Trends:
        """Weeks, months or years of mood, sleep and grounding, from ``first`` to ``last``."""
        from wellbeing_tui.services.trends import load_trends

        return load_trends(self._store, first, last)

    def last_weeks(self, weeks: int, day: date | None = None) -> tuple[date, date]:
        """From the start of the week ``weeks - 1`` weeks before the one holding ``day``
        (today by default) to that day."""
        from datetime import timedelta

        day = day or self.today()
        return self.week_bounds(day)[0] - timedelta(weeks=weeks - 1), day

    def first_logged_day(self) -> date | None:
        from wellbeing_tui.services.trends import first_day

        return first_day(self._store)

    def save_checkin(
        self,
        *,
        mood: int | None,
        energy: int | None = None,
        emotions: Sequence[str] = (),
        body: Sequence[BodyCue] = (),
        note: str | None = None,
    ) -> CheckIn:
        """Save a check-in made now; ``ValidationError`` names a wrong field, and then
        nothing is saved."""
        from wellbeing_tui.services.checkins import new_checkin

        checkin = new_checkin(
            self.now(), mood=mood, energy=energy, emotions=emotions, body=body, note=note
        )
        return self._saved(self._store.add(checkin))

    def last_grounding(self) -> GroundingSession | None:
        from wellbeing_tui.services.grounding import last_session

        return last_session(self._store)

    def journal_page(
        self, query: JournalQuery, offset: int = 0, limit: int = 50
    ) -> tuple[list[JournalEntry], int]:
        from wellbeing_tui.services.journal import journal_page

        return journal_page(self._store, query, offset, limit)

    def sleep_for(self, morning: date | str) -> SleepEntry | None:
        from wellbeing_tui.services.sleep import sleep_for

        return sleep_for(self._store, morning)

    def latest_sleep(self, before: date | str | None = None) -> SleepEntry | None:
        from wellbeing_tui.services.sleep import latest_sleep

        return latest_sleep(self._store, before)

    def save_sleep(self, entry: SleepEntry) -> tuple[SleepEntry, bool]:
        from wellbeing_tui.services.sleep import save_sleep

        saved, replaced = save_sleep(self._store, entry)
        return self._saved(saved), replaced

    def meals_for(self, day: date | str) -> list[Meal]:
        from wellbeing_tui.services.sleep import meals_for

        return meals_for(self._store, day)

    def save_meal(self, meal: Meal) -> tuple[Meal, bool]:
        from wellbeing_tui.services.sleep import save_meal

        saved, replaced = save_meal(self._store, meal)
        return self._saved(saved), replaced

    # -- the safety plan -----------------------------------------------------------------

    def safety_plan(self) -> SafetyPlan | None:
        """The person's safety plan, or None before one was saved."""
        from wellbeing_tui.domain.moments import latest
        from wellbeing_tui.domain.safety_plan import SafetyPlan

        return latest(self._store.records(SafetyPlan), lambda p: p.updated_at)

    def save_safety_plan(self, plan: SafetyPlan) -> SafetyPlan:
        """Keep ``plan`` as the one plan (its id stays the same from the first save on)."""
        import dataclasses

        from wellbeing_tui.domain.fields import iso

        current = self.safety_plan()
        plan = dataclasses.replace(
            plan, id=current.id if current else plan.id, updated_at=iso(self.now())
        )
        return self._saved(self._store.save(plan) if current else self._store.add(plan))

    # -- drafts --------------------------------------------------------------------------

    def draft(self, kind: str) -> Draft | None:
        """The newest draft of a kind of form."""
        from wellbeing_tui.services.drafts import draft_of

        return draft_of(self._store, kind)

    def drafts(self, kind: str) -> list[Draft]:
        """Every draft of a kind of form, newest first."""
        from wellbeing_tui.services.drafts import drafts_of

        return drafts_of(self._store, kind)

    def save_draft(self, kind: str, data: Mapping[str, Any], draft_id: str | None = None) -> Draft:
        from wellbeing_tui.services.drafts import save_draft

        return save_draft(self._store, kind, data, draft_id)

    def clear_draft(self, kind: str, draft_id: str | None = None) -> None:
        from wellbeing_tui.services.drafts import clear_draft

        clear_draft(self._store, kind, draft_id)

    # -- export and import ---------------------------------------------------------------

    def export_json(self, progress: Progress | None = None) -> str:
        """Every table and field, as the text of a JSON backup."""
        from wellbeing_tui.exchange.common import no_progress
        from wellbeing_tui.exchange.export import export_json, json_text

        return json_text(export_json(self._store, progress or no_progress))

    def export_csv(self, folder: Path, progress: Progress | None = None) -> list[Path]:
        from wellbeing_tui.exchange.common import no_progress
        from wellbeing_tui.exchange.export import export_csv

        return export_csv(self._store, folder, progress or no_progress)

    def summary(
        self, first: date, last: date, *, include_journal: bool, include_safety_plan: bool = False
    ) -> str:
        from wellbeing_tui.exchange.summary import markdown_summary

        return markdown_summary(
            self._store,
            first,
            last,
            include_journal=include_journal,
            include_safety_plan=include_safety_plan,
            trends=self.trends(first, last),
        )

    def hurry(self, seconds: float) -> None:
        """Closing: wait at most ``seconds`` for another copy's lock; a draft that cannot
        wait is kept in a file of its own and taken in at the next opening."""
        self._store.hurry(seconds)

    def file_news(self) -> list[str]:
        """What happened to the data file from outside since last asked, in sentences."""
        return self._store.news()

    def file_trouble(self) -> StoreError | None:
        """Why the data file cannot be read now, if it cannot (screens show what was read
        last meanwhile)."""
        return self._store.trouble()

    @property
    def encrypted(self) -> bool:
        """Whether the data file is encrypted (and open with its key)."""
        return self._store.cipher is not None

    def write_private(self, path: Path, text: str, *, encrypt: bool = False) -> None:
        """Write an export where the person chose, readable only by them (0600). Never over
        the data file, its lock, its key or a backup: an export there would replace the
        diary. With ``encrypt``, an age file to the data file's own key."""
        import os

        from wellbeing_tui.domain.errors import ValidationError
        from wellbeing_tui.storage.atomic import write_atomic
        from wellbeing_tui.storage.backups import backup_dir

        target = Path(os.path.realpath(path.expanduser()))
        data = Path(os.path.realpath(self.path))
        backups = Path(os.path.realpath(backup_dir(data)))
        beside = {data.name, f"{data.name}.lock", f"{data.name}.nudge", f"{data.name}.key.age"}
        if (target.parent == data.parent and target.name in beside) or target.parent == backups:
            raise ValidationError(
                "--out", f"{path} is the data file or one of its backups; choose another name"
            )
        content = text.encode("utf-8")
        cipher = self._store.cipher
        if encrypt and cipher is not None:
            content = cipher.seal(content)
        write_atomic(path, content)

    def plan_import(
        self, source: Path | BinaryIO | Source, fmt: str | None, mood_map: str | None
    ) -> ImportPlan:
        """What importing ``source`` (a file, an open stream such as standard input, or
        what was read from one) would add; nothing is written."""
        from wellbeing_tui.exchange.importers import plan_import

        return plan_import(source, self._store, fmt, mood_map)

    def apply_import(self, plan: ImportPlan, *, replace: bool = False) -> int:
        from wellbeing_tui.exchange.importers import apply_import

        return apply_import(plan, self._store, replace=replace)
