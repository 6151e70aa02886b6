"""Thought-challenge worksheets: found by words and thinking traps, saved with their draft."""

from __future__ import annotations

from collections.abc import Iterable

from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.thoughts import ThoughtRecord
from wellbeing_tui.domain.worksheet import search_thoughts
from wellbeing_tui.services.feature import Feature


class Worksheets(Feature):
    """Thought records."""

    def search(self, words: str = "", traps: Iterable[str] = ()) -> list[ThoughtRecord]:
        """Worksheets holding every word and every thinking trap, as search found them;
        only those are turned into records (a stored one that cannot be read is left out)."""
        found = search_thoughts(self._store.raw(ThoughtRecord.TABLE).values(), words, traps)
        records = []
        for doc in found:
            try:
                records.append(ThoughtRecord.from_doc(doc))
            except (ValidationError, TypeError):
                continue
        return records

    def save(self, record: ThoughtRecord, *, replacing_draft: str | None = None) -> None:
        """Save a worksheet and remove the draft it was written in, in one write."""
        self._keep(record, replacing_draft=replacing_draft)

    def delete(self, record_id: str) -> ThoughtRecord | None:
        """Remove a worksheet and give it back, for an undo."""
        return self._store.delete(ThoughtRecord, record_id)

    def restore(self, record: ThoughtRecord) -> None:
        """Put back a worksheet just deleted."""
        self._store.save(record)
