"""A data file missing from a synced folder that shows the diary is elsewhere (an iCloud
placeholder, a conflict copy) gets a message, not a new, empty diary synced over it."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.storage.diaries import run
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.storage import Store
from wellbeing_tui.storage.errors import NoDataFile
from wellbeing_tui.storage.missing import DiaryElsewhere

CLOCK = FixedClock(datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
LEFT_BEHIND = {
    "iCloud placeholder": (".w.json.icloud", "brctl download"),
    "Syncthing conflict copy": ("w.sync-conflict-20261201-213000-ABCDEFG.json", "rename"),
    "Dropbox conflict copy": ("w (Laptop's conflicted copy 2026-12-01).json", "rename"),
}


@pytest.mark.parametrize("left", list(LEFT_BEHIND), ids=list(LEFT_BEHIND))
def test_no_new_diary_is_made_where_the_diary_is_elsewhere(tmp_path: Path, left: str) -> None:
    name, advice = LEFT_BEHIND[left]
    folder = tmp_path / "synced"
    folder.mkdir(mode=0o700)
    path = folder / "w.json"
    if name.endswith(".icloud"):
        (folder / name).write_bytes(b"bplist00")  # what iCloud leaves: a small plist
    else:
        Store(path, CLOCK).close()
        shutil.move(path, folder / name)
    for create in (True, False):
        with pytest.raises(DiaryElsewhere) as said:
            Store(path, CLOCK, create=create)
        assert name in str(said.value) and advice in str(said.value)
        assert "No new diary was made" in str(said.value)
    done = run("log", "mood", "3", "--data", str(path))
    assert done.returncode == 1
    assert len(done.stderr.splitlines()) == 1 and name in done.stderr
    assert not path.exists()


def test_an_empty_folder_still_starts_a_diary_and_a_reader_still_says_there_is_none(
    tmp_path: Path,
) -> None:
    path = tmp_path / "w.json"
    with pytest.raises(NoDataFile):
        Store(path, CLOCK, create=False)
    Store(path, CLOCK).close()
    assert path.exists()
