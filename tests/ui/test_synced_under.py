"""The app runs while a sync engine puts another computer's copy of the diary down over its
file: the next save keeps the entries of both computers and the deletes of both, and the
screens show them."""

from __future__ import annotations

import os
import shutil
from datetime import timedelta
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import TextArea

from tests.conftest import make_app, showing
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.fields import iso, new_id
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.storage import Store
from wellbeing_tui.ui.journal.entries import JournalListScreen


async def write_entry(pilot: Pilot[Any], text: str) -> JournalListScreen:
    """From the journal's list: a new entry, saved; back on the list."""
    await pilot.press("n")
    pilot.app.screen.query_one("#text", TextArea).insert(text)
    await pilot.press("ctrl+s")
    for _ in range(50):  # the save runs on the app's writer
        await pilot.pause(0.1)
        if isinstance(pilot.app.screen, JournalListScreen):
            break
    return showing(pilot.app, JournalListScreen)


def texts(path: Path, clock: FixedClock) -> set[str]:
    return {e.text for e in Store(path, clock).records(JournalEntry)}


async def test_the_other_computers_copy_put_down_under_the_app_loses_nothing(
    demo_store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    path = demo_store.path
    before = texts(path, clock)
    other_path = tmp_path / "laptop" / "wellbeing.json"
    other_path.parent.mkdir(mode=0o700)
    shutil.copy(path, other_path)
    later = FixedClock(clock.now() + timedelta(hours=1))
    laptop = Store(other_path, later)
    stamp = iso(later.now())
    laptop.add(
        JournalEntry(id=new_id(), created_at=stamp, updated_at=stamp, text="from the laptop")
    )
    gone = sorted(laptop.records(JournalEntry), key=lambda e: e.created_at)[0]
    laptop.delete(JournalEntry, gone.id)

    app = make_app(demo_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j")
        await write_entry(pilot, "written here before the sync")
        os.replace(other_path, path)  # the sync engine, whole
        listed = await write_entry(pilot, "written here after the sync")
        shown = {e.text for e in listed.shown}
        assert {"from the laptop", "written here after the sync"} <= shown
        assert gone.text not in shown
    assert texts(path, clock) == (before - {gone.text}) | {
        "from the laptop",
        "written here before the sync",
        "written here after the sync",
    }
