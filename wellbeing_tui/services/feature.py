"""What every feature's service shares: the data file, and a way to report a save.

A service holds the operations of one feature, named for what they mean (``journal.save``,
``fun.move``, ``people.recent``); screens and commands call those and never see a stored
document or a general add, save or delete. A save is reported to the ``Diary`` that built
the service (``saved``), which turns it into events for the caller (see ``events.py``);
a service never knows who shows what, or on which thread it runs.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from wellbeing_tui.domain.drafts import Draft

if TYPE_CHECKING:
    from wellbeing_tui.storage.store import Store, StoredRecord


class Feature:
    """One feature's operations on the data file."""

    def __init__(self, store: Store, saved: Callable[[StoredRecord], None]) -> None:
        self._store = store
        self._saved = saved

    def _now(self) -> datetime:
        return self._store.clock.now()

    def _keep(self, record: StoredRecord, *, replacing_draft: str | None = None) -> None:
        """Save ``record`` (and remove the draft it was written in) in one write, then
        report it."""
        gone = [(Draft.TABLE, replacing_draft)] if replacing_draft else []
        self._store.change(save=[record], remove=gone)
        self._saved(record)
