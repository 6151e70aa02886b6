"""The real vim, as a person uses it for ``--edit``: a line typed, searched for and deleted
leaves no trace anywhere, not in ``~/.viminfo`` and not in the swap, backup or undo files
that a vimrc sends to folders of the person's own."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from tests.cli.editor_runs import editing, saved
from wellbeing_tui.storage.scratch import PREFIX, scratch_parent

VIM = "/usr/bin/vim"
pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal"),
    pytest.mark.skipif(not os.path.exists(VIM), reason="vim is not installed"),
]

SECRET = "a secret line typed then deleted"
# A vimrc that keeps everything, each kind in a folder of its own under the home folder.
VIMRC = """\
set nocompatible
set backup backupdir=~/vimfiles/backup//
set undofile undodir=~/vimfiles/undo//
set swapfile directory=~/vimfiles/swap//
set viminfo='100,<500,s100,/100,:100
"""


def files_holding(folder: Path, words: str) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink() and words.encode() in path.read_bytes():
            found.append(path)
    return found


def test_a_deleted_line_leaves_no_trace_in_vims_files(tmp_path: Path) -> None:
    home = tmp_path  # the command's home folder (see editor_runs)
    (home / ".vimrc").write_text(VIMRC)
    for kind in ("backup", "undo", "swap"):
        (home / "vimfiles" / kind).mkdir(parents=True)
    with editing(tmp_path, shutil.which(VIM) or VIM, "a first line") as run:
        run.wait_for("a first line")
        run.type(f"o{SECRET}\x1b")
        run.wait_for(SECRET)
        run.type(f"gg/{SECRET[:8]}\rdd:w\r")  # searched for, deleted, written
        run.wait_for("written")
        [scratch] = scratch_parent().glob(f"{PREFIX}{run.process.pid}-*")
        # While vim is open: its folder holds the file alone (no swap, no backup).
        assert sorted(p.name for p in scratch.iterdir()) == ["entry.md"]
        run.type(":q\r")
        status = run.finish()
    assert status == 0, run.screen[-2000:]
    [entry], _ = saved(tmp_path)
    assert entry.text == "a first line"
    assert files_holding(home, SECRET[:8]) == []
    assert [p for p in home.rglob("*") if p.is_file() and "vimfiles" in p.parts] == []
