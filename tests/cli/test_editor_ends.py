"""Whatever ends an editor session, the text never stays behind in a scratch file, and an
editor that misbehaves gets one line, not a traceback.

Scripted editors stand in for a person's: one that waits (to be killed meanwhile), one that
deletes its file, one that leaves a folder in its place, one that writes far too much. The
command runs in a pseudo-terminal, as the editor needs one."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.editor_runs import Run, editing, saved, script
from tests.helpers.terminal import drain
from wellbeing_tui.storage.scratch import PREFIX, scratch_parent, stale_scratch_folders

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

ROOT = Path(__file__).resolve().parents[2]


def editor(tmp_path: Path, body: str) -> Path:
    return script(tmp_path, body)


def scratch_of(pid: int) -> list[Path]:
    return sorted(scratch_parent().glob(f"{PREFIX}{pid}-*"))


def wait_for_scratch(run: Run) -> list[Path]:
    for _ in range(200):
        found = scratch_of(run.process.pid)
        if found and (found[0] / "entry.md").exists():
            return found
        drain(run.main, 0.05, run.seen)
    raise AssertionError("the editor's scratch folder never appeared")


@pytest.mark.parametrize("sent", ["SIGHUP", "SIGTERM"])
def test_a_hang_up_or_kill_while_the_editor_is_open_leaves_no_text_behind(
    sent: str, tmp_path: Path
) -> None:
    waiting = editor(tmp_path, "sleep 30")
    with editing(tmp_path, waiting, "words that must not stay on disk") as run:
        wait_for_scratch(run)
        os.kill(run.process.pid, getattr(signal, sent))
        run.finish()
    assert run.process.returncode == -getattr(signal, sent)  # ended by the signal, as it asked
    assert scratch_of(run.process.pid) == []


def test_a_folder_left_by_a_process_killed_outright_is_removed_next_time(
    tmp_path: Path,
) -> None:
    waiting = editor(tmp_path, "sleep 30")
    with editing(tmp_path, waiting, "left behind by a hard kill") as killed:
        [left] = wait_for_scratch(killed)
        os.killpg(killed.process.pid, signal.SIGKILL)
        killed.process.wait(timeout=10)
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
    quick = editor(tmp_path, 'printf " and more" >> "$1"')
    with editing(tmp_path, quick, "the next entry") as next_time:
        assert next_time.finish() == 0, next_time.screen
    assert not left.exists()


@pytest.mark.parametrize(
    ("body", "said"),
    [
        ('rm "$1"', "removed the file it was given"),
        ('rm "$1"; mkdir "$1"', "something other than a file"),
        ('head -c 6000000 /dev/zero | tr "\\0" a > "$1"', "more than 5 MB"),
    ],
)
def test_an_editor_that_misbehaves_gets_one_line_and_the_words_are_kept_aside(
    body: str, said: str, tmp_path: Path
) -> None:
    with editing(tmp_path, editor(tmp_path, body), "kept words") as run:
        status = run.finish()
    assert status == 1
    lines = run.screen.strip().splitlines()
    assert len(lines) == 1 and said in lines[0], lines
    assert "Traceback" not in run.screen
    assert scratch_of(run.process.pid) == []
    entries, [draft] = saved(tmp_path)
    assert entries == [] and draft.data["text"] == "kept words"
