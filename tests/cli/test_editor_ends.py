"""Whatever ends an editor session, the text never stays behind in a scratch file, and an
editor that misbehaves gets one line, not a traceback.

Scripted editors stand in for a person's: one that waits (to be killed meanwhile), one that
deletes its file, one that leaves a folder in its place, one that writes far too much."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from wellbeing_tui.storage.scratch import PREFIX, scratch_parent, stale_scratch_folders

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

ROOT = Path(__file__).resolve().parents[2]


def editor(tmp_path: Path, body: str) -> str:
    script = tmp_path / "editor.sh"
    script.write_text("#!/bin/sh\n" + body + "\n")
    script.chmod(0o700)
    return str(script)


def start(tmp_path: Path, editor_command: str, *args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), EDITOR=editor_command, HOME=str(tmp_path))
    env.pop("VISUAL", None)
    return subprocess.Popen(
        [sys.executable, "-m", "wellbeing_tui", "log", "journal", *args, "--edit"]
        + ["--data", str(tmp_path / "w.json")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        env=env,
        start_new_session=True,
    )


def scratch_of(pid: int) -> list[Path]:
    return sorted(scratch_parent().glob(f"{PREFIX}{pid}-*"))


def wait_for_scratch(process: subprocess.Popen[str]) -> list[Path]:
    for _ in range(200):
        found = scratch_of(process.pid)
        if found and (found[0] / "entry.md").exists():
            return found
        time.sleep(0.05)
    raise AssertionError("the editor's scratch folder never appeared")


@pytest.mark.parametrize("sent", ["SIGHUP", "SIGTERM"])
def test_a_hang_up_or_kill_while_the_editor_is_open_leaves_no_text_behind(
    sent: str, tmp_path: Path
) -> None:
    waiting = editor(tmp_path, "sleep 30")
    process = start(tmp_path, waiting, "words that must not stay on disk")
    wait_for_scratch(process)
    os.kill(process.pid, getattr(signal, sent))
    process.wait(timeout=10)
    assert process.returncode == -getattr(signal, sent)  # ended by the signal, as it asked
    assert scratch_of(process.pid) == []


def test_a_folder_left_by_a_process_killed_outright_is_removed_next_time(
    tmp_path: Path,
) -> None:
    waiting = editor(tmp_path, "sleep 30")
    killed = start(tmp_path, waiting, "left behind by a hard kill")
    [left] = wait_for_scratch(killed)
    os.killpg(killed.pid, signal.SIGKILL)
    killed.wait(timeout=10)
    assert left.exists() and left in stale_scratch_folders()
    env = dict(os.environ, PYTHONPATH=str(ROOT), HOME=str(tmp_path))
    checked = subprocess.run(
        [sys.executable, "-m", "wellbeing_tui", "check", "--data", str(tmp_path / "w.json")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert str(left) in checked.stdout + checked.stderr  # check names it, removes nothing
    assert left.exists()
    quick = editor(tmp_path, "exit 0")
    next_time = start(tmp_path, quick, "the next entry")
    _, err = next_time.communicate(timeout=30)
    assert next_time.returncode == 0, err
    assert not left.exists()


@pytest.mark.parametrize(
    ("body", "said"),
    [
        ('rm "$1"', "removed the file it was given"),
        ('rm "$1"; mkdir "$1"', "something other than a file"),
        ('head -c 6000000 /dev/zero | tr "\\0" a > "$1"', "more than 5 MB"),
    ],
)
def test_an_editor_that_misbehaves_gets_one_line_and_nothing_is_saved(
    body: str, said: str, tmp_path: Path
) -> None:
    process = start(tmp_path, editor(tmp_path, body), "kept words")
    _, err = process.communicate(timeout=60)
    assert process.returncode == 1
    assert len(err.strip().splitlines()) == 1 and said in err, err
    assert "Traceback" not in err
    assert scratch_of(process.pid) == []
