"""Records that can be merged: every change stamped, every delete remembered."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tinydb import TinyDB

from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.fields import iso, new_id
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.storage import Store
from wellbeing_tui.storage.backups import all_backups
from wellbeing_tui.storage.check import check_data_file
from wellbeing_tui.storage.schema import SCHEMA_VERSION


def checkin(clock: FixedClock, note: str = "") -> CheckIn:
    return CheckIn(id=new_id(), at=iso(clock.now()), mood=3, note=note)


def stored(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def docs(path: Path, table: str) -> list[dict[str, Any]]:
    return list(stored(path).get(table, {}).values())


def test_every_save_is_stamped_with_the_moment_of_the_change(
    empty_store: Store, clock: FixedClock
) -> None:
    record = empty_store.add(checkin(clock))
    assert docs(empty_store.path, "checkins")[0]["updated_at"] == iso(clock.now())
    clock.advance(7200)
    empty_store.save(CheckIn(**{**record.__dict__, "note": "later"}))
    [doc] = docs(empty_store.path, "checkins")
    assert (doc["note"], doc["updated_at"]) == ("later", iso(clock.now()))


def test_a_journal_entry_keeps_its_own_updated_at(empty_store: Store, clock: FixedClock) -> None:
    written = "2026-01-05T08:00:00+00:00"
    entry = JournalEntry(
        id=new_id(), created_at=written, updated_at=written, prompt=None, text="kept"
    )
    empty_store.add(entry)
    assert docs(empty_store.path, "journal")[0]["updated_at"] == written


def test_a_delete_leaves_a_tombstone_that_readers_never_see(
    empty_store: Store, clock: FixedClock
) -> None:
    record = empty_store.add(checkin(clock, "gone"))
    clock.advance(300)
    empty_store.delete(CheckIn, record.id)
    assert empty_store.records(CheckIn) == []
    assert docs(empty_store.path, "checkins") == []
    assert docs(empty_store.path, "_deleted") == [
        {"table": "checkins", "id": record.id, "deleted_at": iso(clock.now())}
    ]
    with TinyDB(empty_store.path) as plain:  # a plain reader sees no tombstone in a table
        assert plain.table("checkins").all() == []


def test_an_undo_clears_the_tombstone_and_is_newer_than_the_delete(
    empty_store: Store, clock: FixedClock
) -> None:
    written = "2026-01-05T08:00:00+00:00"
    entry = JournalEntry(
        id=new_id(), created_at=written, updated_at=written, prompt=None, text="back"
    )
    empty_store.add(entry)
    clock.advance(60)
    empty_store.delete(JournalEntry, entry.id)
    deleted_at = docs(empty_store.path, "_deleted")[0]["deleted_at"]
    clock.advance(60)
    empty_store.save(entry)
    assert docs(empty_store.path, "_deleted") == []
    [doc] = docs(empty_store.path, "journal")
    assert doc["text"] == "back"
    assert doc["updated_at"] == iso(clock.now()) > deleted_at


def test_settings_remember_when_each_field_changed(empty_store: Store, clock: FixedClock) -> None:
    empty_store.save_settings(empty_store.settings().edit(theme="nord"))
    first = iso(clock.now())
    clock.advance(86400)
    empty_store.save_settings(empty_store.settings().edit(bell=True))
    [doc] = docs(empty_store.path, "settings")
    assert doc["field_times"]["theme"] == first
    assert doc["field_times"]["bell"] == iso(clock.now())
    assert empty_store.settings().theme == "nord"


def test_an_older_file_is_migrated_with_each_record_stamped_from_its_own_time(
    tmp_path: Path, clock: FixedClock
) -> None:
    path = tmp_path / "w.json"
    written = "2025-03-01T09:00:00+00:00"
    old = {
        "_meta": {"1": {"schema_version": 1, "created_at": written}},
        "checkins": {"1": {"id": "c1", "at": "2025-03-02T10:00:00+01:00", "mood": 2}},
        "sleep": {"1": {"id": "s1", "date": "2025-03-03", "quality": 3}},
        "journal": {
            "1": {"id": "j1", "created_at": written, "updated_at": None, "text": "a"},
            "2": {"id": "j2", "created_at": written, "updated_at": "2025-04-01T00:00:00Z"},
        },
    }
    path.write_text(json.dumps(old), encoding="utf-8")
    store = Store(path, clock)
    data = stored(path)
    assert store.schema_version() == SCHEMA_VERSION == 2
    assert data["checkins"]["1"]["updated_at"] == "2025-03-02T10:00:00+01:00"
    assert data["sleep"]["1"]["updated_at"] == "2025-03-03"
    assert data["journal"]["1"]["updated_at"] == written
    assert data["journal"]["2"]["updated_at"] == "2025-04-01T00:00:00Z"
    assert any("schema1" in b.name for b in all_backups(path)), "a copy kept before migrating"


def test_check_counts_the_deletes_remembered(empty_store: Store, clock: FixedClock) -> None:
    for _ in range(3):
        empty_store.delete(CheckIn, empty_store.add(checkin(clock)).id)
    lines = check_data_file(empty_store.path, today=clock.now().date()).lines
    assert any(line.startswith("Deletes remembered") and line.endswith(": 3.") for line in lines)
