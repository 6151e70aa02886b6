"""The Store in one process: caching, reloading, backups, schema versions."""

from __future__ import annotations

import json
import stat
from datetime import timedelta
from pathlib import Path

import pytest

from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.fields import iso, new_id
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.domain.settings import Settings
from wellbeing_tui.storage import ReadOnlyError, Store
from wellbeing_tui.storage.backups import KEEP, daily_backups
from wellbeing_tui.storage.schema import SCHEMA_VERSION


def checkin(clock: FixedClock, mood: int = 3, **kw: object) -> CheckIn:
    return CheckIn(id=new_id(), at=iso(clock.now()), mood=mood, **kw)  # type: ignore[arg-type]


def test_a_new_file_records_the_schema_version(empty_store: Store) -> None:
    data = json.loads(empty_store.path.read_text(encoding="utf-8"))
    assert data["_meta"]["1"]["schema_version"] == SCHEMA_VERSION
    assert empty_store.schema_version() == SCHEMA_VERSION


def test_reads_come_from_memory_until_another_process_writes(
    tmp_path: Path, clock: FixedClock
) -> None:
    path = tmp_path / "w.json"
    mine, theirs = Store(path, clock), Store(path, clock)
    mine.add(checkin(clock, note="mine"))
    storage = mine._storage
    reloads = storage.reloads
    for _ in range(20):
        assert len(mine.records(CheckIn)) == 1
    assert storage.reloads == reloads, "no re-parse while the file is unchanged"
    theirs.add(checkin(clock, note="theirs"))
    notes = sorted(c.note or "" for c in mine.records(CheckIn))
    assert notes == ["mine", "theirs"]
    assert storage.reloads == reloads + 1
    mine.add(checkin(clock, note="mine again"))
    assert len(Store(path, clock).records(CheckIn)) == 3


def test_an_invalid_record_is_refused_and_the_file_is_untouched(
    empty_store: Store, clock: FixedClock
) -> None:
    before = empty_store.path.read_bytes()
    with pytest.raises(ValidationError) as err:
        empty_store.add(checkin(clock, mood=7))
    assert err.value.field == "mood"
    assert empty_store.path.read_bytes() == before


def test_update_and_delete_by_id(empty_store: Store, clock: FixedClock) -> None:
    record = empty_store.add(checkin(clock, note="first"))
    empty_store.save(CheckIn(id=record.id, at=record.at, mood=5, note="changed"))
    assert [(c.mood, c.note) for c in empty_store.records(CheckIn)] == [(5, "changed")]
    removed = empty_store.delete(CheckIn, record.id)
    assert removed is not None and removed.note == "changed"
    assert empty_store.records(CheckIn) == []
    empty_store.add(removed)
    assert empty_store.get(CheckIn, record.id) == removed


def test_one_backup_a_day_and_only_the_last_seven_are_kept(
    empty_store: Store, clock: FixedClock
) -> None:
    for _day in range(10):
        empty_store.add(checkin(clock))
        empty_store.add(checkin(clock))
        clock.advance(timedelta(days=1).total_seconds())
    backups = daily_backups(empty_store.path)
    assert len(backups) == KEEP
    assert backups[-1].name == f"wellbeing-{(clock.now() - timedelta(days=1)).date()}.json"
    # Each day's copy holds the file as it was before that day's first save.
    last = json.loads(backups[-1].read_text(encoding="utf-8"))
    assert len(last["checkins"]) == 2 * 9
    for backup in backups:
        assert stat.S_IMODE(backup.stat().st_mode) == 0o600


def test_an_old_file_is_backed_up_then_migrated(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "w.json"
    old = {"checkins": {"1": {"at": "2026-01-02T09:00:00+00:00", "mood": 2}}}
    path.write_text(json.dumps(old), encoding="utf-8")
    store = Store(path, clock)
    assert store.migrated_from == 0
    assert store.schema_version() == SCHEMA_VERSION
    [record] = store.records(CheckIn)
    assert record.mood == 2 and record.id
    copies = list((tmp_path / "backups").glob("w-schema0-*.json"))
    assert len(copies) == 1
    assert json.loads(copies[0].read_text(encoding="utf-8")) == old


def test_a_newer_file_opens_read_only(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "w.json"
    path.write_text(
        json.dumps({"_meta": {"1": {"schema_version": SCHEMA_VERSION + 1}}, "checkins": {}}),
        encoding="utf-8",
    )
    before = path.read_bytes()
    store = Store(path, clock)
    assert store.read_only
    with pytest.raises(ReadOnlyError, match="newer version"):
        store.add(checkin(clock))
    with pytest.raises(ReadOnlyError):
        store.save_settings(Settings(bell=True))
    assert path.read_bytes() == before


def test_stale_temporary_files_are_removed_at_start(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "w.json"
    Store(path, clock)
    stale = tmp_path / ".w.json.abc123.tmp"
    stale.write_text("half a file")
    unrelated = tmp_path / "notes.tmp"
    unrelated.write_text("keep me")
    Store(path, clock)
    assert not stale.exists()
    assert unrelated.exists()


def test_settings_round_trip_and_keep_unknown_keys(empty_store: Store) -> None:
    empty_store.save_settings(Settings(country="gb", bell=True, extra={"future": 1}))
    again = Store(empty_store.path, empty_store.clock).settings()
    assert again.country == "GB" and again.bell
    assert again.to_doc()["future"] == 1
