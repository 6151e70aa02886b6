"""Journal entries a page at a time, so ten years open as fast as ten entries."""

from __future__ import annotations

from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.domain.journal_search import JournalQuery, matches, newest_first
from wellbeing_tui.services.feature import Feature
from wellbeing_tui.storage.store import Store


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


class Journal(Feature):
    """Journal entries: a page at a time, saved with their draft, deleted with an undo."""

    def page(
        self, query: JournalQuery, offset: int = 0, limit: int = 50
    ) -> tuple[list[JournalEntry], int]:
        return journal_page(self._store, query, offset, limit)

    def save(self, entry: JournalEntry, *, replacing_draft: str | None = None) -> JournalEntry:
        """Save ``entry`` and remove the draft it was written in, in one write. An entry
        saved again under an id already there keeps the time it was first written."""
        existing = self._store.get(JournalEntry, entry.id)
        if existing is not None and existing.created_at != entry.created_at:
            entry = JournalEntry.from_doc({**entry.to_doc(), "created_at": existing.created_at})
        self._keep(entry, replacing_draft=replacing_draft)
        return entry

    def everything(self) -> list[JournalEntry]:
        """Every entry, in no order (for a whole-journal export)."""
        return self._store.records(JournalEntry)

    def delete(self, entry_id: str) -> JournalEntry | None:
        """Remove an entry and give it back, for an undo."""
        return self._store.delete(JournalEntry, entry_id)

    def restore(self, entry: JournalEntry) -> None:
        """Put back an entry just deleted."""
        self._store.save(entry)
