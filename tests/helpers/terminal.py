"""Running the installed command as a person does: a real process in a pseudo-terminal of
100x30, on the real clock, with a private home folder."""

from __future__ import annotations

import fcntl
import os
import re
import select
import shutil
import signal
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_ESCAPES = re.compile(
    r"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)|\x1b[()][A-Z0-9]"
)


def installed_command() -> str:
    """The ``wellbeing`` command that installing the package put beside this Python."""
    beside = Path(sys.executable).with_name("wellbeing")
    found = str(beside) if beside.exists() else shutil.which("wellbeing")
    assert found, "the package is not installed: pip install -e '.[test]'"
    return found


def private_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WELLBEING_")}
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        TERM="xterm-256color",
        LANG="en_GB.UTF-8",  # a locale that names a country: no question at the first start
        LC_ALL="",
        COLUMNS="100",
        LINES="30",
    )
    env.pop("NO_COLOR", None)
    return env


def read_screen(fd: int, until: float, wanted: list[str], seen: list[str]) -> bool:
    """Read from the terminal until every wanted phrase was drawn, or the time is up."""
    while time.monotonic() < until:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the program ended and closed its side
            return False
        if not chunk:
            return False
        seen.append(chunk.decode("utf-8", "replace"))
        text = _ESCAPES.sub("", "".join(seen))
        if all(phrase in text for phrase in wanted):
            return True
    return False


def drain(fd: int, seconds: float, seen: list[str]) -> None:
    """Read what the app draws for a while, as a terminal would (or it blocks writing)."""
    read_screen(fd, time.monotonic() + seconds, ["\0never drawn"], seen)


def drawn_text(seen: list[str]) -> str:
    return _ESCAPES.sub("", "".join(seen))


Running = tuple[subprocess.Popen[bytes], int]  # the process, and the terminal's side


@contextmanager
def in_terminal(
    args: list[str], env: dict[str, str]
) -> Iterator[tuple[subprocess.Popen[bytes], int]]:
    """Start the installed command with ``args`` in a pseudo-terminal; yields the process and
    the terminal's side to read and type into. Whatever happens, the process is ended."""
    process, main, child = start_in_a_window(args, env, controlling=False)
    os.close(child)
    try:
        yield process, main
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        os.close(main)


def wait_for_exit(process: subprocess.Popen[bytes], fd: int, seen: list[str]) -> int:
    """Keep reading until the process ends (15 s at most); its exit status."""
    deadline = time.monotonic() + 15
    while process.poll() is None and time.monotonic() < deadline:
        drain(fd, 0.2, seen)
    return process.wait(timeout=1)


def _controlling_terminal() -> None:
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


def start_in_a_window(
    args: list[str], env: dict[str, str], *, controlling: bool = True
) -> tuple[subprocess.Popen[bytes], int, int]:
    """Start the installed command in a pseudo-terminal of 100x30, by default its
    controlling terminal, as in a terminal window or tmux (closing it sends SIGHUP and
    SIGCONT); the process, the terminal's side and the program's side (kept open to see
    what is unread). The caller ends the process and closes both."""
    main, child = os.openpty()
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    process = subprocess.Popen(
        [installed_command(), *args],
        stdin=child,
        stdout=child,
        stderr=child,
        env=env,
        start_new_session=True,
        preexec_fn=_controlling_terminal if controlling else None,
        close_fds=True,
    )
    return process, main, child
