"""The journal list on the night the clocks go back: the entry written later is on top, and
as its clock time (01:20) reads earlier than the one below it (01:30), both say their offset."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from textual.widgets import OptionList

from tests.conftest import make_app, showing
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.storage import Store
from wellbeing_tui.ui.journal.entries import JournalListScreen


def entry(text: str, at: str) -> JournalEntry:
    return JournalEntry(id=text, created_at=at, updated_at=at, text=text)


async def test_the_later_entry_is_on_top_and_both_times_say_their_offset(tmp_path: Path) -> None:
    clock = FixedClock(datetime(2026, 10, 26, 9, 0, tzinfo=UTC))
    store = Store(tmp_path / "w.json", clock)
    store.add(entry("An ordinary day", "2026-10-24T21:00:00+01:00"))
    store.add(entry("Could not sleep", "2026-10-25T01:30:00+01:00"))
    store.add(entry("Still awake", "2026-10-25T01:20:00+00:00"))
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j")
        screen = showing(app, JournalListScreen)
        assert [e.text for e in screen.shown] == [
            "Still awake",
            "Could not sleep",
            "An ordinary day",
        ]
        options = screen.query_one("#entries", OptionList)
        lines = [str(options.get_option_at_index(n).prompt) for n in range(3)]
        assert "01:20 UTC+00:00" in lines[0] and "01:30 UTC+01:00" in lines[1]
        assert "21:00" in lines[2] and "UTC" not in lines[2]
