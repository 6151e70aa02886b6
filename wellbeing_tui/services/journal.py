"""Journal entries a page at a time, so ten years open as fast as ten entries."""

from __future__ import annotations

from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.domain.journal_search import JournalQuery, matches, newest_first
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
