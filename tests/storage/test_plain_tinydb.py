"""The data file stays a TinyDB file: TinyDB itself, with nothing of this app, opens a
plain diary and reads every table's records, and the storage the app writes through is a
TinyDB storage too."""

from __future__ import annotations

from pathlib import Path

from tinydb import TinyDB
from tinydb.storages import Storage

from wellbeing_tui.domain.tables import TABLES
from wellbeing_tui.storage import Store
from wellbeing_tui.storage.durable import DurableStorage


def test_plain_tinydb_reads_every_table_of_the_demo(demo_file: Path, demo_store: Store) -> None:
    with TinyDB(demo_file, access_mode="r") as db:
        assert set(TABLES) <= db.tables() | {"safety_plan", "drafts"}
        for name in db.tables():
            rows = db.table(name).all()
            assert len(rows) == demo_store.count(name), name
        checkins = db.table("checkins").all()
    assert checkins and {"id", "at", "mood"} <= set(checkins[0])


def test_a_record_saved_by_the_app_is_read_by_plain_tinydb(empty_store: Store) -> None:
    from wellbeing_tui.services.diary import Diary

    Diary(empty_store).checkins.save_now(mood=2, note="plain words")
    with TinyDB(empty_store.path, access_mode="r") as db:
        saved = db.table("checkins").all()
    assert [(row["mood"], row["note"]) for row in saved] == [(2, "plain words")]


def test_the_app_writes_through_a_tinydb_storage() -> None:
    assert issubclass(DurableStorage, Storage)
