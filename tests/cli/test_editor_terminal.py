"""``wellbeing log journal --edit`` and the terminal: the editor gets one even when the words
come from a pipe, the terminal's settings come back whatever the editor did, Ctrl-C in the
editor is the editor's, and with no terminal at all nothing is lost.

Scripted editors stand in for a person's (they say what they got into a file of the test's);
the command runs in a pseudo-terminal, as in a terminal window."""

from __future__ import annotations

import os
import signal
import sys
import termios
from pathlib import Path

import pytest

from tests.cli.editor_runs import editing, no_terminal, saved, script

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")

# What the editor saw: whether its standard input and output were a terminal.
LOOKS = '[ -t 0 ] && echo in >> "{marks}"; [ -t 1 ] && echo out >> "{marks}"'


def test_words_from_a_pipe_are_written_in_an_editor_on_the_terminal(tmp_path: Path) -> None:
    marks = tmp_path / "marks"
    body = LOOKS.format(marks=marks) + '\nprintf "and more\\n" >> "$1"'
    with editing(tmp_path, script(tmp_path, body), piped="words from a pipe\n") as run:
        status = run.finish()
    assert status == 0, run.screen
    assert marks.read_text().split() == ["in", "out"]
    [entry], drafts = saved(tmp_path)
    assert entry.text == "words from a pipe\nand more" and drafts == []


def test_the_terminal_is_as_it_was_whatever_the_editor_left_it_as(tmp_path: Path) -> None:
    # No echo, raw keys, Ctrl-C undefined and a speed of 0: what a confused editor leaves.
    body = 'stty raw -echo intr undef 0; printf "x\\n" >> "$1"'
    with editing(tmp_path, script(tmp_path, body), piped="a line\n") as run:
        before = termios.tcgetattr(run.child)
        status = run.finish()
        after = termios.tcgetattr(run.child)
    assert status == 0, run.screen
    assert after == before
    assert after[6][termios.VINTR] == b"\x03"  # Ctrl-C interrupts again


def test_the_terminal_comes_back_when_the_command_is_hung_up_on(tmp_path: Path) -> None:
    ready = tmp_path / "ready"
    body = f'stty raw -echo; touch "{ready}"; exec sleep 600'
    with editing(tmp_path, script(tmp_path, body), "words") as run:
        before = termios.tcgetattr(run.child)
        run.wait_for_file(ready)
        os.kill(run.process.pid, signal.SIGTERM)
        run.finish()
        after = termios.tcgetattr(run.child)
    assert run.process.returncode == -signal.SIGTERM
    assert after == before


def test_ctrl_c_in_the_editor_does_not_end_the_command(tmp_path: Path) -> None:
    # The key reaches every process of the terminal's foreground group: the editor handles
    # it, and the command waits for it as before.
    body = 'kill -INT "$PPID"; printf "\\nwritten after ctrl-c\\n" >> "$1"'
    with editing(tmp_path, script(tmp_path, body), "first") as run:
        status = run.finish()
    assert status == 0, run.screen
    assert "Traceback" not in run.screen
    [entry], _ = saved(tmp_path)
    assert entry.text == "first\nwritten after ctrl-c"


def test_with_no_terminal_at_all_the_words_are_kept_as_a_draft(tmp_path: Path) -> None:
    marks = tmp_path / "marks"
    editor = script(tmp_path, f'echo ran > "{marks}"')
    result = no_terminal(tmp_path, editor, "words for later\n")
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert "needs a terminal" in line and "kept as a draft" in line
    assert not marks.exists()  # the editor was never started
    entries, [draft] = saved(tmp_path)
    assert entries == [] and draft.data["text"] == "words for later"
