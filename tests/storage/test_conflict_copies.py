"""Conflict copies that sync engines leave beside the data file merge in by themselves."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.cli.test_cli import cli
from tests.storage.diaries import PASSPHRASE, passphrase_file, run
from wellbeing_tui.cli.tui import opened
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.fields import iso, new_id
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.services.diary import Diary
from wellbeing_tui.storage import Store
from wellbeing_tui.storage.check import check_data_file
from wellbeing_tui.storage.conflicts import conflict_copies
from wellbeing_tui.storage.crypt import Cipher, Secret, key_path, unlock

CLOCK = FixedClock(datetime(2026, 12, 1, 21, 30, tzinfo=UTC))
NAMES = [
    "wellbeing.sync-conflict-20261201-213000-ABCDEFG.json",  # Syncthing
    "wellbeing (Laptop's conflicted copy 2026-12-01).json",  # Dropbox
    "wellbeing (conflicted copy 2026-12-01 213000).json",  # Nextcloud, ownCloud
    "wellbeing_conflict-20261201-213000.json",  # ownCloud
    "wellbeing (1).json",  # Google Drive
    "wellbeing 2.json",  # iCloud Drive
]
NOT_COPIES = ["wellbeing-work.json", "wellbeing.json.bak", "wellbeingx.json", "wellbeing (1).txt"]


def checkin(note: str) -> CheckIn:
    return CheckIn(id=new_id(), at=iso(CLOCK.now()), mood=3, note=note)


def diary_with(folder: Path, note: str, cipher: Cipher | None = None) -> Path:
    path = folder / "wellbeing.json"
    Store(path, CLOCK, cipher=cipher).add(checkin(note))
    return path


def copy_beside(path: Path, name: str, note: str, cipher: Cipher | None = None) -> Path:
    """What the other computer saved, renamed by its sync engine beside ``path``."""
    elsewhere = path.parent / "elsewhere" / path.name
    elsewhere.parent.mkdir(mode=0o700, exist_ok=True)
    shutil.copy(path, elsewhere)
    Store(elsewhere, CLOCK, cipher=cipher).add(checkin(note))
    return Path(shutil.move(elsewhere, path.parent / name))


def notes(store: Store) -> list[str]:
    return sorted(c.note or "" for c in store.records(CheckIn))


@pytest.mark.parametrize("name", NAMES)
def test_each_sync_engines_conflict_copy_is_merged_by_the_next_command(
    tmp_path: Path, name: str
) -> None:
    path = diary_with(tmp_path, "here")
    copy = copy_beside(path, name, "there")
    for other in NOT_COPIES:
        (tmp_path / other).write_text("{}", encoding="utf-8")
    done = cli("log", "mood", "4", "--data", str(path))
    assert done.returncode == 0, done.stderr
    assert f"Merged 1 check-in from a conflict copy ({name}); it is in backups." in done.stderr
    assert notes(Store(path, CLOCK)) == ["", "here", "there"]
    assert not copy.exists() and (tmp_path / "backups" / name).exists()
    assert all((tmp_path / other).exists() for other in NOT_COPIES)


def test_a_command_that_only_reads_leaves_conflict_copies_alone(tmp_path: Path) -> None:
    path = diary_with(tmp_path, "here")
    copy = copy_beside(path, NAMES[0], "there")
    assert cli("week", "--data", str(path)).returncode == 0
    assert copy.exists()


def test_the_app_is_told_what_came_in(tmp_path: Path) -> None:
    path = diary_with(tmp_path, "here")
    copy_beside(path, NAMES[1], "there")
    diary = opened(Store(path, CLOCK))
    [news] = diary.file_news()
    assert news.startswith("Merged 1 check-in from a conflict copy")
    assert diary.file_news() == []


def test_an_encrypted_conflict_copy_is_merged_with_the_diarys_key(tmp_path: Path) -> None:
    path = diary_with(tmp_path, "here")
    secret = passphrase_file(tmp_path)
    assert run("encrypt", "--data", str(path), "--passphrase-file", str(secret)).returncode == 0
    cipher = unlock(key_path(path), Secret(PASSPHRASE))
    copy_beside(path, NAMES[0], "there", cipher)
    line = Diary(Store(path, CLOCK, cipher=cipher)).take_in_conflicts()
    assert line and line.startswith("Merged 1 check-in")
    assert notes(Store(path, CLOCK, cipher=cipher)) == ["here", "there"]


def test_a_damaged_copy_is_left_where_it_is_and_named_by_check(tmp_path: Path) -> None:
    path = diary_with(tmp_path, "here")
    good = copy_beside(path, NAMES[0], "there")
    damaged = tmp_path / NAMES[4]
    damaged.write_bytes(good.read_bytes()[:40])
    line = Diary(Store(path, CLOCK)).take_in_conflicts()
    assert line is not None
    assert "Merged 1 check-in" in line and f"left where it is ({NAMES[4]})" in line
    assert damaged.exists() and conflict_copies(path) == [damaged]
    report = check_data_file(path, today=CLOCK.now().date())
    assert not report.ok
    assert any(f"Conflict copy {NAMES[4]} cannot be read" in x for x in report.lines)


def test_with_no_conflict_copy_nothing_is_written(tmp_path: Path) -> None:
    path = diary_with(tmp_path, "here")
    before = path.read_bytes()
    assert Diary(Store(path, CLOCK)).take_in_conflicts() is None
    assert path.read_bytes() == before
    assert json.loads(before)["checkins"]
