"""The command line's gentle line, run as a person runs it: after ``log`` and after
``ground --plain``, one line on stderr in words that fit what happened, with a helpline, the
emergency number and the safety plan. A mood of 1 and very high distress get it once per
logging day; words every time. Nothing about it is stored."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from tests.cli.test_cli import cli
from wellbeing_tui.domain.clock import SystemClock
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.domain.safety_plan import Contact, SafetyPlan
from wellbeing_tui.storage import Store

GB = {"LANG": "en_GB.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}


def one_line(stderr: str) -> str:
    assert stderr.count("\n") == 1, stderr
    return stderr


def test_log_mood_1_gets_its_own_line_once_a_day(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    low = cli("log", "mood", "1", "--data", str(path), env=GB)
    assert low.returncode == 0 and "Saved a check-in" in low.stdout
    line = one_line(low.stderr)
    assert line.startswith("A mood of 1 sounds like a very hard day")
    assert "putting it into words" not in line
    assert "Samaritans: call 116 123" in line  # a helpline of the country
    assert "If you are not safe, call 999 now." in line  # the emergency number
    assert "run wellbeing, then press h for Support and p to write one" in line  # the plan
    again = cli("log", "mood", "1", "--data", str(path), env=GB)  # later the same day
    assert again.returncode == 0 and again.stderr == ""
    stored = path.read_text(encoding="utf-8")
    assert "Samaritans" not in stored and "sounds like" not in stored
    assert "mood" not in path.with_name(path.name + ".nudge").read_text(encoding="utf-8")


def test_a_mood_of_1_yesterday_does_not_quiet_today(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    clock = SystemClock()
    yesterday = clock.now().replace(hour=12, minute=0) - timedelta(days=1)
    store = Store(path, clock)
    store.add(CheckIn(id="c1", at=yesterday.isoformat(), mood=1))
    store.close()
    low = cli("log", "mood", "1", "--data", str(path), env=GB)
    assert one_line(low.stderr).startswith("A mood of 1")


def test_words_get_their_own_line_every_time(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    for note in ("I want to end it all", "I keep thinking about suicide"):
        result = cli("log", "mood", "3", "--note", note, "--data", str(path), env=GB)
        line = one_line(result.stderr)
        assert line.startswith("What you wrote sounds very heavy")
        assert "Samaritans: call 116 123" in line and "call 999 now" in line


def test_the_line_names_the_plan_and_the_countrys_numbers(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    store = Store(path, SystemClock())
    store.add(
        SafetyPlan(
            id="p1",
            updated_at=SystemClock().now().isoformat(),
            people_to_ask=(Contact("Sam", "07700 900123"),),
        )
    )
    store.save_settings(store.settings().edit(country="CA"))
    store.close()
    line = one_line(cli("log", "mood", "1", "--data", str(path), env=GB).stderr)
    assert "988" in line and "Samaritans" not in line  # the settings' country
    assert "call 911 now" in line
    assert "Your safety plan: run wellbeing, then press h for Support and p." in line


def test_an_unknown_country_gets_the_directory_not_a_guess(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    result = cli("log", "mood", "1", "--data", str(path), env={"LANG": "C.UTF-8", "LC_ALL": ""})
    line = one_line(result.stderr)
    assert "findahelpline.com" in line and "call your local emergency number now" in line
    assert not any(number in line for number in ("999", "911", "116 123", "988"))


@pytest.mark.slow  # two real-time sessions of 5 seconds (a second a step)
def test_ground_plain_with_distress_10_gets_its_own_line(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    args = ("ground", "--exercise", "feet-on-floor", "--minutes", "0.05", "--plain")
    first = cli(*args, "--before", "8", "--after", "10", "--data", str(path), env=GB)
    assert first.returncode == 0, first.stderr
    assert "distress 8 → 10" in first.stdout  # the summary comes first, on stdout
    line = one_line(first.stderr)
    assert line.startswith("Distress of 10 after grounding")
    assert "Samaritans: call 116 123" in line and "call 999 now" in line
    assert "safety plan" in line
    again = cli(*args, "--before", "9", "--after", "9", "--data", str(path), env=GB)
    assert again.returncode == 0 and again.stderr == ""  # once a day
    calm = json.loads(path.read_text(encoding="utf-8"))["grounding"]
    assert len(calm) == 2 and "Samaritans" not in json.dumps(calm)
