"""Running ``wellbeing log journal --edit`` as a person does, with a scripted editor: the
command in a pseudo-terminal (its controlling terminal, or only its streams, or none), what
it drew there, and what the data file then holds."""

from __future__ import annotations

import fcntl
import os
import signal
import struct
import subprocess
import termios
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.helpers.terminal import drain, drawn_text, installed_command, private_env, read_screen
from wellbeing_tui.domain.clock import SystemClock
from wellbeing_tui.domain.drafts import JOURNAL_DRAFT, Draft
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.storage import Store


def script(folder: Path, body: str, name: str = "editor.sh") -> Path:
    """A shell script to stand in for an editor; ``$1`` is the file it is given."""
    path = folder / name
    path.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    path.chmod(0o700)
    return path


@dataclass
class Run:
    """A command started in a pseudo-terminal: the process, the terminal's side (to read
    and type into) and the program's side (kept open to look at the terminal's settings)."""

    process: subprocess.Popen[bytes]
    main: int
    child: int
    seen: list[str] = field(default_factory=list)

    @property
    def screen(self) -> str:
        return drawn_text(self.seen)

    def wait_for(self, phrase: str) -> None:
        found = read_screen(self.main, time.monotonic() + 30, [phrase], self.seen)
        assert found, self.screen[-2000:]

    def wait_for_file(self, path: Path) -> None:
        """Until the editor made ``path`` (reading what it draws meanwhile)."""
        deadline = time.monotonic() + 30
        while not path.exists() and time.monotonic() < deadline:
            drain(self.main, 0.05, self.seen)
        assert path.exists(), self.screen[-2000:]

    def type(self, keys: str) -> None:
        os.write(self.main, keys.encode())

    def finish(self) -> int:
        """Read what it draws until it ends; its exit status."""
        deadline = time.monotonic() + 60
        while self.process.poll() is None and time.monotonic() < deadline:
            drain(self.main, 0.2, self.seen)
        status = self.process.wait(timeout=5)
        drain(self.main, 0.2, self.seen)
        return status


def _adopt(fd: int) -> None:
    fcntl.ioctl(fd, termios.TIOCSCTTY, 0)


@contextmanager
def editing(
    tmp_path: Path,
    editor: Path | str,
    *words: str,
    piped: str | None = None,
    controlling: bool = True,
    extra_env: dict[str, str] | None = None,
) -> Iterator[Run]:
    """``wellbeing log journal WORDS --edit`` with ``editor`` as $EDITOR, its output on a
    pseudo-terminal of 100x30 (its controlling terminal unless ``controlling`` is False);
    with ``piped``, standard input is a pipe that holds those words (and WORDS is -)."""
    main, child = os.openpty()
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    env: dict[str, Any] = {**private_env(tmp_path), "EDITOR": str(editor), **(extra_env or {})}
    env.pop("VISUAL", None)
    args = ["log", "journal", *(["-"] if piped is not None else words), "--edit"]
    process = subprocess.Popen(
        [installed_command(), *args, "--data", str(tmp_path / "w.json")],
        stdin=subprocess.PIPE if piped is not None else child,
        stdout=child,
        stderr=child,
        env=env,
        start_new_session=True,
        preexec_fn=(lambda: _adopt(1)) if controlling else None,
        close_fds=True,
    )
    if piped is not None:
        assert process.stdin is not None
        process.stdin.write(piped.encode())
        process.stdin.close()
    try:
        yield Run(process, main, child)
    finally:
        _end(process)
        for fd in (main, child):
            os.close(fd)


def _end(process: subprocess.Popen[bytes]) -> None:
    """Whatever the test did: the command and its editor are not left running."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def no_terminal(tmp_path: Path, editor: Path, piped: str) -> subprocess.CompletedProcess[str]:
    """The command with no terminal at all (a cron job, a service): pipes only."""
    env = {**private_env(tmp_path), "EDITOR": str(editor)}
    env.pop("VISUAL", None)
    return subprocess.run(
        [installed_command(), "log", "journal", "-", "--edit"]
        + ["--data", str(tmp_path / "w.json")],
        input=piped,
        capture_output=True,
        text=True,
        env=env,
        start_new_session=True,
        timeout=60,
    )


def saved(tmp_path: Path) -> tuple[list[JournalEntry], list[Draft]]:
    """The journal entries and the journal drafts the data file holds."""
    path = tmp_path / "w.json"
    if not path.exists():
        return [], []
    store = Store(path, SystemClock())
    drafts = [d for d in store.records(Draft) if d.kind == JOURNAL_DRAFT]
    return store.records(JournalEntry), drafts
