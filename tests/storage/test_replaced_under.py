"""A sync engine replaces the data file while the diary is open: the next save keeps what
the file gained and what this copy saved, deletes on either side stay deleted, and a record
changed on both sides keeps its newer version."""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.fields import iso, new_id
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.storage import Store
from wellbeing_tui.storage.fileformat import read_file
from wellbeing_tui.storage.stamps import TOMBSTONES


def at(hour: int) -> FixedClock:
    return FixedClock(datetime(2026, 12, 1, hour, 0, tzinfo=UTC))


def checkin(store: Store, note: str) -> CheckIn:
    return store.add(CheckIn(id=new_id(), at=iso(store.clock.now()), mood=3, note=note))


def notes(path: Path) -> set[str]:
    data, _ = read_file(path)
    return {str(d["note"]) for d in data["checkins"].values()}


def by_note(store: Store, note: str) -> CheckIn:
    (found,) = [c for c in store.records(CheckIn) if c.note == note]
    return found


def test_a_save_after_the_file_was_replaced_keeps_both_sides(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    app = Store(path, at(10))
    for note in ("kept", "deleted there", "deleted here", "x", "y"):
        checkin(app, note)
    copy = tmp_path / "other" / "w.json"
    copy.parent.mkdir(mode=0o700)
    shutil.copy(path, copy)
    other = Store(copy, at(11))  # the other computer, an hour later
    checkin(other, "added there")
    other.delete(CheckIn, by_note(other, "deleted there").id)
    other.save(replace(by_note(other, "x"), note="x there (older)"))

    app.clock = at(12)  # meanwhile, here
    checkin(app, "saved here before")
    app.delete(CheckIn, by_note(app, "deleted here").id)
    app.save(replace(by_note(app, "x"), note="x here (newer)"))
    app.save(replace(by_note(app, "y"), note="y here (older)"))
    other.clock = at(13)
    other.save(replace(by_note(other, "y"), note="y there (newer)"))

    os.replace(copy, path)  # the sync engine puts the other computer's file down whole
    checkin(app, "saved here after")

    assert notes(path) == {
        "kept",
        "added there",
        "saved here before",
        "saved here after",
        "x here (newer)",
        "y there (newer)",
    }
    data, _ = read_file(path)
    assert len(data[TOMBSTONES]) == 2  # both deletes remembered
    assert any("merged, nothing is lost" in line for line in app.news())
    # What the app shows is what it saved: the same records, read again from the file.
    assert {c.note for c in app.records(CheckIn)} == notes(path)


def test_a_change_by_another_command_is_taken_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    app = Store(path, at(10))
    first = checkin(app, "first")
    command = Store(path, at(11))  # another wellbeing command, here, later
    command.delete(CheckIn, first.id)
    checkin(command, "from the command")
    on_disk = path.read_bytes()
    assert {c.note for c in app.records(CheckIn)} == {"from the command"}
    assert app.news() == []
    assert path.read_bytes() == on_disk  # reading wrote nothing


def test_the_replaced_file_is_shown_merged_before_any_save(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    app = Store(path, at(10))
    checkin(app, "saved here")
    older = tmp_path / "older.json"
    Store(older, at(9)).add(CheckIn(id=new_id(), at=iso(at(9).now()), mood=2, note="there"))
    os.replace(older, path)  # a copy that never had this computer's entry
    assert {c.note for c in app.records(CheckIn)} == {"saved here", "there"}
