"""What belongs to one computer (the lock, the nudge's file, a save's temporary file, the
backups) is named so that the README's ignore lines keep it out of a synced folder, and the
diary and its key file are synced; Dropbox's ignore mark survives the nudge file's rewrite."""

from __future__ import annotations

import fnmatch
import os
import re
from pathlib import Path

import pytest

from tests.storage.diaries import ROOT, run
from wellbeing_tui.storage.atomic import DROPBOX_IGNORED, new_temp


def stignore_lines() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"`\.stignore`[^`]*?```\n(.*?)```", readme, re.S)
    assert block is not None, "the README gives the .stignore lines"
    return block.group(1).split()


def ignored(name: str) -> bool:
    return any(fnmatch.fnmatchcase(name, pattern) for pattern in stignore_lines())


def test_everything_of_one_computer_is_ignored_and_the_diary_is_not(tmp_path: Path) -> None:
    folder = tmp_path / "Sync"
    path = folder / "wellbeing.json"
    for mood in ("3", "4"):  # the second save of the day makes the day's backup
        assert run("log", "mood", mood, "--data", str(path)).returncode == 0
    fd, _temp = new_temp(path)  # as a save in progress leaves it
    os.close(fd)
    names = sorted(os.listdir(folder))
    assert {"backups", "wellbeing.json.lock", "wellbeing.json.nudge"} <= set(names)
    assert [n for n in names if n != "wellbeing.json" and not ignored(n)] == []
    assert not ignored("wellbeing.json") and not ignored("wellbeing.json.key.age")


def test_dropbox_ignore_mark_stays_on_the_nudge_file_when_it_is_rewritten(
    tmp_path: Path,
) -> None:
    path = tmp_path / "Dropbox" / "wellbeing.json"
    assert run("log", "mood", "3", "--data", str(path)).returncode == 0
    nudge = path.with_name("wellbeing.json.nudge")
    try:
        os.setxattr(nudge, DROPBOX_IGNORED, b"1")
    except (AttributeError, OSError):
        pytest.skip("no extended attributes here")
    before = os.stat(nudge).st_ino
    assert run("nudge", "--off", "--data", str(path)).returncode == 0
    assert os.stat(nudge).st_ino != before  # written anew, whole
    assert os.getxattr(nudge, DROPBOX_IGNORED) == b"1"
