"""The Diary: one data file as the screens and commands see it.

It is built once, by the command line (the composition root), from a ``Store`` opened
there, and handed to the app or a command. It holds one service a feature (``checkins``,
``journal``, ``worksheets``, ``sleep``, ``fun``, ``people``, ``grounding``, ``drafts``,
``safety_plan``, ``settings``, ``reviews``, ``files``) and answers the questions every
feature shares: which file, what day it is, what happened to the file from outside. Nothing
above this layer touches the Store.

A save is reported as events (``take_events``): the caller, the app on its event loop or
a command before it exits, acts on them; nothing here calls up into a screen.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing_tui.domain import table_names
from wellbeing_tui.domain.clock import Clock, today
from wellbeing_tui.services.events import CareDue, Event, Events
from wellbeing_tui.services.nudge import knows_last_logged, note_logged
from wellbeing_tui.services.written import what_to_look_at
from wellbeing_tui.storage.conflicts import conflict_copies

if TYPE_CHECKING:
    from wellbeing_tui.services.care_answer import Care
    from wellbeing_tui.services.checkins import CheckIns
    from wellbeing_tui.services.drafts import Drafts
    from wellbeing_tui.services.files import Files
    from wellbeing_tui.services.fun import FunList
    from wellbeing_tui.services.grounding import Grounding
    from wellbeing_tui.services.journal import Journal
    from wellbeing_tui.services.merging import Merging
    from wellbeing_tui.services.people import People
    from wellbeing_tui.services.preferences import Preferences
    from wellbeing_tui.services.reviews import Reviews
    from wellbeing_tui.services.safety import SafetyPlans
    from wellbeing_tui.services.sleep import SleepLog
    from wellbeing_tui.services.worksheets import Worksheets
    from wellbeing_tui.storage.errors import StoreError
    from wellbeing_tui.storage.store import Store, StoredRecord

# The tables whose records mark a day as logged, for the prompt nudge.
_LOGGED = (table_names.CHECKINS, table_names.SLEEP)


class Diary:
    """A data file, its clock, and one service for each feature."""

    def __init__(self, store: Store, *, care_looks_back: bool = False) -> None:
        """``care_looks_back``: a command is a new process each time, so whether a mood
        of 1 was answered earlier today is read from the diary; the app remembers it."""
        self._store = store
        self._events = Events()
        self._care_looks_back = care_looks_back
        self._nudge_knows = False  # the nudge's file holds the last day logged
        self._news: list[str] = []  # what this diary did to the file itself, to be told

    # Each service is built, and its module imported, when first asked for: `log mood`
    # then loads the check-ins and nothing of the other features (the architecture test
    # names the modules it must leave alone). With every service imported at the top,
    # bench/cli.py's `log mood` on the ten-year file took 119 ms longer (53 ms more CPU).

    @cached_property
    def settings(self) -> Preferences:
        from wellbeing_tui.services.preferences import Preferences  # deferred: log mood

        return Preferences(self._store)

    @cached_property
    def drafts(self) -> Drafts:
        from wellbeing_tui.services.drafts import Drafts  # deferred: log mood

        return Drafts(self._store)

    @cached_property
    def checkins(self) -> CheckIns:
        from wellbeing_tui.services.checkins import CheckIns  # deferred: log mood

        return CheckIns(self._store, self._saved)

    @cached_property
    def journal(self) -> Journal:
        from wellbeing_tui.services.journal import Journal  # deferred: log mood

        return Journal(self._store, self._saved)

    @cached_property
    def worksheets(self) -> Worksheets:
        from wellbeing_tui.services.worksheets import Worksheets  # deferred: log mood

        return Worksheets(self._store, self._saved)

    @cached_property
    def sleep(self) -> SleepLog:
        from wellbeing_tui.services.sleep import SleepLog  # deferred: log mood

        return SleepLog(self._store, self._saved)

    @cached_property
    def fun(self) -> FunList:
        from wellbeing_tui.services.fun import FunList  # deferred: log mood

        return FunList(self._store, self._saved)

    @cached_property
    def people(self) -> People:
        from wellbeing_tui.services.people import People  # deferred: log mood

        return People(self._store, self._saved)

    @cached_property
    def grounding(self) -> Grounding:
        from wellbeing_tui.services.grounding import Grounding  # deferred: log mood

        return Grounding(self._store, self._saved)

    @cached_property
    def safety_plan(self) -> SafetyPlans:
        from wellbeing_tui.services.safety import SafetyPlans  # deferred: log mood

        return SafetyPlans(self._store, self._saved)

    @cached_property
    def reviews(self) -> Reviews:
        from wellbeing_tui.services.reviews import Reviews  # deferred: log mood

        return Reviews(self._store, self.today, self.week_bounds)

    @cached_property
    def files(self) -> Files:
        from wellbeing_tui.services.files import Files  # deferred: log mood

        return Files(self._store)

    @cached_property
    def merging(self) -> Merging:
        from wellbeing_tui.services.merging import Merging  # deferred: log mood

        return Merging(self._store)

    @cached_property
    def _care(self) -> Care:
        from wellbeing_tui.services.care_answer import Care  # deferred: log mood

        return Care(self._store, looks_back=self._care_looks_back)

    def take_events(self) -> list[Event]:
        """What the saves so far call for (a gentle answer, say), each once."""
        return self._events.take()

    def _saved(self, record: StoredRecord) -> None:
        hour = self._day_start_hour()
        if record.TABLE in _LOGGED:
            note_logged(self.path, today(self._store.clock, hour).isoformat(), hour)
            self._nudge_knows = True
        elif not self._nudge_knows:
            # Once per Diary: the nudge's small file is read on the first save, not on all.
            if not knows_last_logged(self.path):
                note_logged(self.path, self._last_logged_day(), hour)
            self._nudge_knows = True
        if what_to_look_at(record) is None:
            return  # the usual case: the detector and the answer's words are not loaded
        trigger = self._care.due(record, hour)
        if trigger is not None:
            self._events.add(CareDue(trigger))

    def _day_start_hour(self) -> int:
        """The settings' day-start hour, read from the stored document (a quick command
        such as ``log mood`` need not load the settings model for one number)."""
        docs = list(self._store.raw(table_names.SETTINGS).values())
        hour = docs[0].get("day_start_hour", 0) if docs else 0
        return hour if isinstance(hour, int) and 0 <= hour <= 6 else 0

    def _last_logged_day(self) -> str:
        """The latest day with a check-in or a sleep diary ("" for none), once, for the
        prompt nudge's small file."""
        days = [str(d.get("at", ""))[:10] for d in self._store.raw(table_names.CHECKINS).values()]
        days += [str(d.get("date", "")) for d in self._store.raw(table_names.SLEEP).values()]
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

    @property
    def encrypted(self) -> bool:
        """Whether the data file is encrypted (and open with its key)."""
        return self._store.cipher is not None

    def signature(self) -> tuple[int, int, int, int] | None:
        """Changes whenever anyone saves to the file; cheap, for polling."""
        return self._store.file_signature()

    def hurry(self, seconds: float) -> None:
        """Closing: wait at most ``seconds`` for another copy's lock; a draft that cannot
        wait is kept in a file of its own and taken in at the next opening."""
        self._store.hurry(seconds)

    def file_news(self) -> list[str]:
        """What happened to the data file from outside since last asked, in sentences."""
        told, self._news = self._news, []
        return told + self._store.news()

    def tell(self, line: str) -> None:
        """Something done to the diary's files while opening it (a copy of the key file put
        away), told by ``file_news``."""
        self._news.append(line)

    def take_in_conflicts(self) -> str | None:
        """Merge the conflict copies a sync engine left beside the data file; the sentence
        saying so is returned, and told once more by ``file_news`` (the app's toast)."""
        if not conflict_copies(self.path):
            return None  # the usual case: one listing of the folder, nothing more loaded
        line = self.merging.take_in_conflicts()
        if line:
            self._news.append(line)
        return line

    def file_trouble(self) -> StoreError | None:
        """Why the data file cannot be read now, if it cannot (screens show what was read
        last meanwhile)."""
        return self._store.trouble()

    def close(self) -> None:
        self._store.close()

    # -- time ----------------------------------------------------------------------------

    @property
    def clock(self) -> Clock:
        return self._store.clock

    def now(self) -> datetime:
        return self._store.clock.now()

    def today(self) -> date:
        """The logging day: before the settings' day-start hour it is still yesterday."""
        return today(self._store.clock, self.settings.current().day_start_hour)

    def week_bounds(self, day: date) -> tuple[date, date]:
        """First and last day of the week holding ``day``, as the settings start weeks."""
        # deferred: 16 ms of `log mood` (import timing), and domain.today brings the sleep
        # and journal records that test_log_mood_loads_only_what_it_needs keeps out
        from wellbeing_tui.domain.today import week_bounds

        return week_bounds(day, self.settings.current().week_start)
