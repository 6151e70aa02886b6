"""``wellbeing ground --plain``: a short real session as a subprocess."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ENV = dict(os.environ, PYTHONPATH=str(ROOT))


def ground(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wellbeing_tui", "ground", *args],
        capture_output=True,
        text=True,
        env=ENV,
        cwd=ROOT,
        timeout=60,
    )


@pytest.mark.slow
def test_plain_session_prints_each_phase_and_saves(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    started = time.monotonic()
    result = ground(
        "--exercise",
        "box-breathing",
        "--minutes",
        "0.2",
        "--plain",
        "--before",
        "6",
        "--after",
        "4",
        "--data",
        str(path),
    )
    took = time.monotonic() - started
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    phases = [
        line
        for line in lines
        if line.split(",")[0] in ("Breathe in", "Hold", "Breathe out", "Rest")
    ]
    assert phases == [
        "Breathe in, 4 seconds (through your nose)",
        "Hold, 4 seconds (softly, without straining)",
        "Breathe out, 4 seconds (through your mouth)",
        "Rest, 4 seconds (empty, at ease)",
    ]
    assert "\x1b" not in result.stdout, "no escape sequences: plain text only"
    assert lines[-1] == "Finished: 16 seconds of Box breathing; distress 6 → 4."
    assert 15.5 < took < 25
    [doc] = json.loads(path.read_text(encoding="utf-8"))["grounding"].values()
    assert doc["exercise"] == "box-breathing" and doc["completed"] is True
    assert doc["planned_seconds"] == 16
    assert abs(doc["actual_seconds"] - 16) < 0.2
    assert (doc["distress_before"], doc["distress_after"]) == (6, 4)


def test_ctrl_c_ends_early_and_saves_not_completed(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "wellbeing_tui",
            "ground",
            "--exercise",
            "calm-breathing",
            "--plain",
            "--before",
            "5",
            "--after",
            "5",
            "--data",
            str(path),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    while "Breathe in" not in proc.stdout.readline():
        pass
    time.sleep(2)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert "Ended early (saved as not completed)" in out
    [doc] = json.loads(path.read_text(encoding="utf-8"))["grounding"].values()
    assert doc["completed"] is False
    assert 1.5 < doc["actual_seconds"] < doc["planned_seconds"]  # the time until ctrl+c


def test_ratings_are_asked_at_the_prompt(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "wellbeing_tui",
            "ground",
            "--exercise",
            "feet-on-floor",
            "--minutes",
            "0.05",
            "--plain",
            "--data",
            str(path),
        ],
        input="eleven\n8\n\n",
        capture_output=True,
        text=True,
        env=ENV,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Please type a whole number from 0 to 10" in result.stdout
    [doc] = json.loads(path.read_text(encoding="utf-8"))["grounding"].values()
    assert (doc["distress_before"], doc["distress_after"]) == (8, None)


def test_unknown_exercise_exits_2_listing_the_valid_ones(tmp_path: Path) -> None:
    result = ground("--exercise", "jogging", "--plain", "--data", str(tmp_path / "w.json"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "senses-54321" in result.stderr and "body-scan" in result.stderr
    assert not (tmp_path / "w.json").exists()
