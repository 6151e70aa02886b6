"""The installed entry points, started as a person starts them: real processes, a real
terminal and the real clock (no fixed date anywhere), so a bug that only today's date shows
is caught on the day it happens."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from tests.helpers.terminal import (
    drawn_text,
    in_terminal,
    installed_command,
    private_env,
    read_screen,
    wait_for_exit,
)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")


def test_demo_opens_on_todays_date_and_quits_cleanly(tmp_path: Path) -> None:
    seen: list[str] = []
    with in_terminal(["--demo"], private_env(tmp_path)) as (process, terminal):
        today = date.today()
        # The title names today, as the dashboard does: "Friday 27 November".
        heading = f"{today:%A} {today.day} {today:%B}"
        drawn = read_screen(terminal, time.monotonic() + 30, ["Last night", heading], seen)
        assert drawn, f"the dashboard was not drawn within 30 s:\n{drawn_text(seen)[-3000:]}"
        os.write(terminal, b"q")
        assert wait_for_exit(process, terminal, seen) == 0
    screen = drawn_text(seen)
    assert "Traceback" not in screen
    assert "Error" not in screen


SUBCOMMANDS = ["ground", "log", "week", "export", "import", "check", "encrypt", "decrypt",
               "passphrase"]  # fmt: skip


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
