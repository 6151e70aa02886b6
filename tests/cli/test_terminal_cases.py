"""Honest about the terminal: the full-screen app refuses in one line where it cannot be
drawn (no terminal, or TERM=dumb) and says which commands work there; and a locale whose
encoding lacks a character gets '?' for it, never a traceback or an escaped code point.
Real processes, some in a real pseudo-terminal."""

from __future__ import annotations

import fcntl
import os
import shutil
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import DEMO
from tests.helpers.terminal import (
    drawn_text,
    in_terminal,
    installed_command,
    private_env,
    read_screen,
    wait_for_exit,
)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")

STREAMS = ("stdin", "stdout", "stderr")


@contextmanager
def partly_in_terminal(
    args: list[str], env: dict[str, str], on_terminal: set[str]
) -> Iterator[tuple[subprocess.Popen[bytes], int]]:
    """The installed command with the streams named in ``on_terminal`` on a
    pseudo-terminal and the others on nothing (stdin) or a pipe (stdout, stderr)."""
    main, child = os.openpty()
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    process = subprocess.Popen(
        [installed_command(), *args],
        stdin=child if "stdin" in on_terminal else subprocess.DEVNULL,
        stdout=child if "stdout" in on_terminal else subprocess.PIPE,
        stderr=child if "stderr" in on_terminal else subprocess.PIPE,
        env=env,
        start_new_session=True,
        close_fds=True,
    )
    os.close(child)
    try:
        yield process, main
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(main)


def read_rest(terminal: int) -> str:
    """What the ended process left on the terminal."""
    chunks = []
    while True:
        try:
            chunk = os.read(terminal, 65536)
        except OSError:  # nothing more, and no one holds the other side
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks).decode()


SITUATIONS = {
    "stdin-not-a-terminal": ({"stdout", "stderr"}, "xterm-256color"),
    "stdout-not-a-terminal": ({"stdin", "stderr"}, "xterm-256color"),
    "stderr-not-a-terminal": ({"stdin", "stdout"}, "xterm-256color"),
    "no-terminal-at-all": (set(), "xterm-256color"),
    "term-dumb": (set(STREAMS), "dumb"),
}


@pytest.mark.parametrize("how", ["plain", "demo", "data"])
@pytest.mark.parametrize("situation", list(SITUATIONS))
def test_the_app_refuses_in_one_line_where_it_cannot_be_drawn(
    situation: str, how: str, tmp_path: Path
) -> None:
    on_terminal, term = SITUATIONS[situation]
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {**private_env(tmp_path), "TERM": term, "TMPDIR": str(scratch)}
    data = tmp_path / "mine.json"
    args = {"plain": [], "demo": ["--demo"], "data": ["--data", str(data)]}[how]
    with partly_in_terminal(args, env, on_terminal) as (process, terminal):
        out, err = process.communicate(timeout=15)  # the app would never end by itself
        on_screen = read_rest(terminal)
    written = on_screen + (out or b"").decode() + (err or b"").decode()
    assert process.returncode == 2, written[-2000:]
    assert "\x1b" not in written  # nothing was drawn
    lines = written.strip().splitlines()
    assert len(lines) == 1, lines
    [line] = lines
    assert line.startswith("wellbeing: the full-screen app")
    for command in ("wellbeing week", "wellbeing journal", "wellbeing log"):
        assert command in line
    if term == "dumb":
        assert "TERM=dumb" in line
    # Nothing was opened, made or copied first.
    assert not data.exists()
    assert not (tmp_path / "data").exists()
    assert list(scratch.iterdir()) == []


@pytest.mark.parametrize("situation", ["no-terminal-at-all", "term-dumb"])
def test_the_full_screen_exercise_refuses_and_names_plain(situation: str, tmp_path: Path) -> None:
    on_terminal, term = SITUATIONS[situation]
    data = tmp_path / "mine.json"
    args = ["ground", "--exercise", "calm-breathing", "--minutes", "1", "--data", str(data)]
    env = {**private_env(tmp_path), "TERM": term}
    with partly_in_terminal(args, env, on_terminal) as (process, terminal):
        out, err = process.communicate(timeout=15)
        written = read_rest(terminal) + (out or b"").decode() + (err or b"").decode()
    assert process.returncode == 2, written[-2000:]
    [line] = written.strip().splitlines()
    assert line.startswith("wellbeing ground: the full-screen app")
    assert "wellbeing ground --plain works without one" in line
    assert not data.exists()


# The ways of asking for ISO-8859-1: Python's own variable, in two spellings, and a locale.
LOCALE = {"LANG": "en_US.ISO-8859-1"}
LATIN_1 = [{"PYTHONIOENCODING": "latin-1"}, {"PYTHONIOENCODING": "iso-8859-1"}, LOCALE]
IDS = ["PYTHONIOENCODING=latin-1", "PYTHONIOENCODING=iso-8859-1", "LANG=en_US.ISO-8859-1"]


@pytest.fixture(scope="session")
def locale_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str] | None:
    """What the environment needs for the ISO-8859-1 locale to be found: nothing when the
    system has it, LOCPATH when it could be made here with ``localedef``, None when neither."""
    env = {k: v for k, v in os.environ.items() if k not in UNSET}
    env.update(LOCALE)
    if stdout_encoding(env) == "iso8859-1":
        return {}
    if not shutil.which("localedef"):
        return None
    folder = tmp_path_factory.mktemp("locales")
    made = subprocess.run(
        ["localedef", "-i", "en_US", "-f", "ISO-8859-1", str(folder / LOCALE["LANG"])],
        capture_output=True,
        timeout=30,
        check=False,
    )
    found = {"LOCPATH": str(folder)}
    if made.returncode != 0 or stdout_encoding({**env, **found}) != "iso8859-1":
        return None
    return found


UNSET = ("PYTHONIOENCODING", "PYTHONUTF8", "LC_ALL", "LC_CTYPE")  # they would win over LANG


def latin_1_env(
    tmp_path: Path, form: dict[str, str], locale_env: dict[str, str] | None
) -> dict[str, str]:
    env = {k: v for k, v in private_env(tmp_path).items() if k not in UNSET}
    env.update(form)
    if form is LOCALE:
        if locale_env is None:
            pytest.skip("no ISO-8859-1 locale here, and none could be made")
        env.update(locale_env)
    return env


def stdout_encoding(env: dict[str, str]) -> str:
    import codecs

    result = subprocess.run(
        [sys.executable, "-c", "import sys; print(sys.stdout.encoding)"],
        capture_output=True,
        text=True,
        env=env,
        timeout=30,
        check=True,
    )
    return codecs.lookup(result.stdout.strip()).name


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [installed_command(), *args],
        capture_output=True,
        env=env,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


READING = {
    "week": ["week", "--date", "2026-11-26"],
    "trends": ["trends", "--from", "2026-11-02", "--to", "2026-11-29"],
    "journal": ["journal", "-n", "2"],
}


@pytest.mark.parametrize("command", list(READING))
@pytest.mark.parametrize("form", LATIN_1, ids=IDS)
def test_reading_commands_write_a_question_mark_for_what_latin_1_lacks(
    command: str, form: dict[str, str], locale_env: dict[str, str] | None, tmp_path: Path
) -> None:
    env = latin_1_env(tmp_path, form, locale_env)
    data = tmp_path / "w.json"
    shutil.copy(DEMO, data)
    entry = ["log", "journal", "Tea — with a friend ☕", "--at", "2026-11-26 20:00"]
    written = run([*entry, "--data", str(data)], private_env(tmp_path))  # typed in UTF-8
    assert written.returncode == 0, written.stderr
    utf_8 = {**env, "PYTHONIOENCODING": "utf-8"}  # the same place, every character shown
    args = [*READING[command], "--data", str(data)]
    expected = run(args, utf_8)
    assert expected.returncode == 0, expected.stderr
    wide = expected.stdout.decode()
    assert any(ord(c) > 0xFF for c in wide)  # the output has something latin-1 lacks
    result = run(args, env)
    assert result.returncode == 0, result.stderr.decode("latin-1")
    assert result.stderr == b""
    # Each character the encoding lacks is one '?', and everything else is as it was.
    assert result.stdout == wide.encode("latin-1", "replace")


@pytest.mark.parametrize("form", LATIN_1, ids=IDS)
def test_the_demo_week_and_a_log_command_under_latin_1(
    form: dict[str, str], locale_env: dict[str, str] | None, tmp_path: Path
) -> None:
    env = latin_1_env(tmp_path, form, locale_env)
    week = run(["--demo", "week"], env)
    assert week.returncode == 0, week.stderr.decode("latin-1")
    assert week.stderr == b""
    assert b"?" in week.stdout and b"\\u" not in week.stdout
    data = tmp_path / "w.json"
    # An escape character pasted into a word is shown as its picture (U+241B), which
    # ISO-8859-1 lacks.
    logged = run(["log", "mood", "3", "--emotions", "calm\x1b", "--data", str(data)], env)
    assert logged.returncode == 0, logged.stderr.decode("latin-1")
    assert logged.stderr == b""
    assert logged.stdout.endswith(b"feeling calm?.\n")


@pytest.mark.parametrize("form", LATIN_1, ids=IDS)
def test_the_app_draws_question_marks_not_code_points_under_latin_1(
    form: dict[str, str], locale_env: dict[str, str] | None, tmp_path: Path
) -> None:
    env = latin_1_env(tmp_path, form, locale_env)
    seen: list[str] = []
    with in_terminal(["--demo"], env) as (process, terminal):
        drawn = read_screen(terminal, time.monotonic() + 20, ["Last night", "Journal"], seen)
        assert drawn, drawn_text(seen)[-2000:]
        os.write(terminal, b"q")
        assert wait_for_exit(process, terminal, seen) == 0
    screen = drawn_text(seen)
    assert "Traceback" not in screen
    assert "\\u" not in screen  # no box line drawn as its escaped code point, \u2502
    assert "??" in screen  # a box's corner and its line, each replaced
