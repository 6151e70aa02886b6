"""The installed entry points, started as a person starts them: real processes, a real
terminal and the real clock (no fixed date anywhere), so a bug that only today's date shows
is caught on the day it happens."""

from __future__ import annotations

import fcntl
import json
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
from datetime import date
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")

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


def test_demo_opens_on_todays_date_and_quits_cleanly(tmp_path: Path) -> None:
    main, child = os.openpty()
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    process = subprocess.Popen(
        [installed_command(), "--demo"],
        stdin=child,
        stdout=child,
        stderr=child,
        env=private_env(tmp_path),
        start_new_session=True,
        close_fds=True,
    )
    os.close(child)
    seen: list[str] = []
    try:
        today = date.today()
        # The title names today, as the dashboard does: "Friday 27 November".
        heading = f"{today:%A} {today.day} {today:%B}"
        drawn = read_screen(main, time.monotonic() + 30, ["Last night", heading], seen)
        screen = _ESCAPES.sub("", "".join(seen))
        assert drawn, f"the dashboard was not drawn within 30 s:\n{screen[-3000:]}"
        os.write(main, b"q")
        read_screen(main, time.monotonic() + 10, ["never drawn"], seen)
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        os.close(main)
    screen = _ESCAPES.sub("", "".join(seen))
    assert "Traceback" not in screen
    assert "Error" not in screen


SUBCOMMANDS = ["ground", "log", "week", "export", "import", "check"]


@pytest.mark.parametrize("args", [[], *([name] for name in SUBCOMMANDS)], ids=str)
def test_every_command_prints_its_help(args: list[str], tmp_path: Path) -> None:
    result = subprocess.run(
        [installed_command(), *args, "--help"],
        capture_output=True,
        text=True,
        env=private_env(tmp_path),
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: wellbeing")
    assert result.stderr == ""


def test_log_and_week_run_on_todays_date(tmp_path: Path) -> None:
    data = tmp_path / "w.json"
    env = private_env(tmp_path)
    logged = subprocess.run(
        [installed_command(), "log", "mood", "3", "--data", str(data)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert logged.returncode == 0, logged.stderr
    week = subprocess.run(
        [installed_command(), "week", "--json", "--data", str(data)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert week.returncode == 0, week.stderr
    days = {day["date"]: day for day in json.loads(week.stdout)["days"]}
    # The check-in just made is in this week, on today (a new day starts at midnight unless
    # the settings say otherwise).
    assert days[date.today().isoformat()]["moods"] == [3]
