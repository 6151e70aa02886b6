"""Merging another copy of the diary into this one, and saying what came in, in words."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing_tui.domain import table_names as t
from wellbeing_tui.domain.words import count
from wellbeing_tui.storage.conflicts import take_in_conflicts
from wellbeing_tui.storage.copies import OtherCopyError, merge_copies, read_copy
from wellbeing_tui.storage.errors import StoreError

if TYPE_CHECKING:
    from wellbeing_tui.storage.merge import Incoming
    from wellbeing_tui.storage.store import Store

__all__ = ["Merging", "OtherCopyError", "what_came_in"]

# Each table's records in words: one, many.
WORDS: dict[str, tuple[str, str]] = {
    t.CHECKINS: ("check-in", "check-ins"),
    t.JOURNAL: ("journal entry", "journal entries"),
    t.GROUNDING: ("grounding session", "grounding sessions"),
    t.THOUGHTS: ("worksheet", "worksheets"),
    t.SLEEP: ("night's sleep", "nights' sleep"),
    t.MEALS: ("meal", "meals"),
    t.ACTIVITIES: ("thing on your fun list", "things on your fun list"),
    t.ACTIVITY_LOG: ("time doing something you enjoy", "times doing something you enjoy"),
    t.CONNECTIONS: ("time with people", "times with people"),
    t.COPING: ("coping note", "coping notes"),
    t.SAFETY_PLAN: ("safety plan", "safety plans"),
    t.DRAFTS: ("draft", "drafts"),
}


def _listed(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def what_came_in(came: Incoming, source: str) -> str:
    """``3 check-ins, 1 journal entry and 1 delete from the other copy``."""
    order = list(WORDS) + sorted(set(came.records) - set(WORDS))
    parts = [
        count(came.records[name], *WORDS.get(name, (f"{name} record", f"{name} records")))
        for name in order
        if came.records[name]
    ]
    if came.deletes:
        parts.append(count(came.deletes, "delete"))
    if came.settings:
        parts.append("your settings")
    if not parts:
        return f"Nothing new in {source}: your diary already holds everything in it."
    return f"{_listed(parts)} from {source}"


class Merging:
    """Copies of this diary merged into it."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def merge_file(self, other: Path, *, dry_run: bool = False) -> tuple[Incoming, Path | None]:
        """Merge the copy at ``other`` in (a backup first; one atomic write): what came
        in, and the backup taken. ``OtherCopyError`` when it cannot be read."""
        if Path(other).resolve() == self._store.path:
            raise OtherCopyError(other, "it is this diary's own data file")
        copy = read_copy(Path(other), self._store)
        result = merge_copies(self._store, [copy], dry_run=dry_run)
        return result.came, result.backup

    def take_in_conflicts(self) -> str | None:
        """Merge the conflict copies a sync engine left beside the data file: one sentence
        saying what came in and where the copies went (None when there were none)."""
        try:
            found = take_in_conflicts(self._store)
        except (StoreError, OSError) as err:
            return f"Conflict copies beside your diary could not be merged yet: {err}"
        if found is None:
            return None
        came, taken, left = found
        said: list[str] = []
        if taken:
            names = ", ".join(p.name for p in taken)
            source = "a conflict copy" if len(taken) == 1 else f"{len(taken)} conflict copies"
            moved = "it is" if len(taken) == 1 else "they are"
            if came:
                said.append(f"Merged {what_came_in(came, source)} ({names}); {moved} in backups.")
            else:
                said.append(
                    f"{source.capitalize()} ({names}) held nothing new; {moved} in backups."
                )
        if left:
            names = ", ".join(p.name for p in left)
            said.append(
                f"A conflict copy that cannot be read is left where it is ({names}): see "
                "wellbeing check."
            )
        return " ".join(said)
