"""Where an editor's scratch folder is made: the person's own runtime folder when it is theirs
alone, never one that others can enter; what a killed process left is found wherever it is."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from wellbeing_tui.storage.scratch import (
    PREFIX,
    new_scratch_folder,
    remove_stale_scratch_folders,
    scratch_parent,
    stale_scratch_folders,
)


def test_a_private_runtime_folder_holds_the_scratch_folder(tmp_path: Path) -> None:
    runtime = Path(os.environ["XDG_RUNTIME_DIR"])  # the test's own, 0700
    folder = new_scratch_folder()
    assert folder.parent == runtime and folder.name.startswith(f"{PREFIX}{os.getpid()}-")
    assert folder.stat().st_mode & 0o777 == 0o700
    assert folder not in stale_scratch_folders()  # this process is alive


@pytest.mark.parametrize("mode", [0o755, 0o770, 0o701])
def test_a_runtime_folder_others_can_enter_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mode: int
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(mode)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(shared))
    assert scratch_parent() != shared


@pytest.mark.parametrize("named", ["", "relative/runtime", "/no/such/folder"])
def test_an_unusable_runtime_folder_falls_back(monkeypatch: pytest.MonkeyPatch, named: str) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", named)
    assert scratch_parent().is_dir() and str(scratch_parent()) != named


def test_what_a_dead_process_left_is_found_and_removed() -> None:
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], check=True,
                           capture_output=True, text=True)  # fmt: skip
    left = scratch_parent() / f"{PREFIX}{int(ended.stdout)}-abc"
    left.mkdir(mode=0o700)
    (left / "entry.md").write_text("words")
    assert left in stale_scratch_folders()
    assert remove_stale_scratch_folders() >= 1 and not left.exists()
