"""A journal line from the shell, one's own editor, completions and the prompt nudge, run as
a person runs them (subprocesses, the real clock)."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.cli.test_cli import ROOT, cli
from tests.cli.test_shell_manners import in_a_terminal
from tests.helpers.terminal import installed_command


def journal(path: Path, *args: str) -> list[dict[str, object]]:
    result = cli("journal", "--json", "-n", "100", *args, "--data", str(path))
    assert result.returncode == 0, result.stderr
    entries: list[dict[str, object]] = json.loads(result.stdout)
    return entries


def fake_editor(folder: Path, body: str) -> Path:
    script = folder / "editor.sh"
    script.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


def test_log_journal_saves_words_and_hashtags(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    result = cli(
        "log", "journal", "A walk with #Sam by the river.", "--tags", "outside",
        "--emotions", "calm", "--data", str(path),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Saved a journal entry" in result.stdout and "tagged outside, sam" in result.stdout
    [entry] = journal(path)
    assert entry["text"] == "A walk with #Sam by the river."
    assert entry["tags"] == ["outside", "sam"] and entry["emotions"] == ["calm"]


def test_log_journal_reads_standard_input(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    result = subprocess.run(
        [sys.executable, "-m", "wellbeing_tui", "log", "journal", "-", "--data", str(path)],
        input="first line\nsecond line #evening\n",
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    [entry] = journal(path)
    assert entry["text"] == "first line\nsecond line #evening"
    assert entry["tags"] == ["evening"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["   "], "the text is empty"),
        (["hello", "--at", "2999-01-01 10:00"], "--at: that is in the future"),
        (["hello", "--at", "yesterday"], "--at: 'yesterday' is not written YYYY-MM-DD HH:MM"),
    ],
)
def test_log_journal_refuses_bad_input_and_saves_nothing(
    tmp_path: Path, args: list[str], message: str
) -> None:
    path = tmp_path / "w.json"
    result = cli("log", "journal", *args, "--data", str(path))
    assert result.returncode == 2
    assert message in result.stderr and result.stderr.count("\n") == 1
    assert not path.exists()


def test_journal_lists_newest_first_with_the_year_when_not_this_year(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    for at, text in [("2024-03-05 08:00", "old one #walk"), ("2026-01-02 09:30", "newer")]:
        assert cli("log", "journal", text, "--at", at, "--data", str(path)).returncode == 0
    assert cli("log", "journal", "today #walk", "--data", str(path)).returncode == 0
    listing = cli("journal", "--data", str(path)).stdout
    lines = [line for line in listing.splitlines() if line and not line.startswith("  ")]
    this_year = time.localtime().tm_year
    assert len(lines) == 3 and "#walk" in lines[0]
    assert lines[2].startswith("Tue 05 Mar 2024 08:00")
    assert str(this_year) not in lines[0]  # this year's dates go without the year
    assert [e["text"] for e in journal(path, "--tag", "walk")] == ["today #walk", "old one #walk"]
    assert [e["text"] for e in journal(path, "--search", "newer")] == ["newer"]
    assert [e["text"] for e in journal(path, "--from", "2024-01-01", "--to", "2025-01-01")] == [
        "old one #walk"
    ]
    newest = cli("journal", "--json", "-n", "1", "--data", str(path))
    assert [e["text"] for e in json.loads(newest.stdout)] == ["today #walk"]


def test_completion_scripts_load_and_complete_from_the_real_parser(tmp_path: Path) -> None:
    command = installed_command()
    loaded = subprocess.run(
        ["bash", "-c", f'source <("{command}" completion bash) && complete -p wellbeing'],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert loaded.returncode == 0, loaded.stderr
    assert "wellbeing" in loaded.stdout
    for shell in ("zsh", "fish"):
        script = subprocess.run([command, "completion", shell], capture_output=True, text=True)
        assert script.returncode == 0 and "wellbeing" in script.stdout
    answers = tmp_path / "answers"
    line = "wellbeing ground --exercise b"
    asked = subprocess.run(
        [command],
        env=dict(
            os.environ,
            _ARGCOMPLETE="1",
            _ARGCOMPLETE_IFS="\n",
            COMP_LINE=line,
            COMP_POINT=str(len(line)),
            _ARGCOMPLETE_STDOUT_FILENAME=str(answers),
        ),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert asked.returncode == 0, asked.stderr
    assert set(answers.read_text().split()) == {"box-breathing", "breathing-478", "body-scan"}


def test_the_nudge_speaks_once_on_a_day_with_nothing_logged(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    assert "Nothing logged yet today" in in_a_terminal("nudge", "--data", str(path))
    assert in_a_terminal("nudge", "--data", str(path)) == ""  # at most once a day
    assert cli("log", "mood", "3", "--data", str(path)).returncode == 0
    assert in_a_terminal("nudge", "--data", str(path)) == ""


def test_the_nudge_is_quiet_after_a_checkin_and_after_off(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    assert cli("log", "mood", "3", "--data", str(path)).returncode == 0
    assert in_a_terminal("nudge", "--data", str(path)) == ""  # logged today
    state = tmp_path / "w.json.nudge"
    state.write_text(json.dumps({"logged_on": "2020-01-01"}), encoding="utf-8")  # a new day
    assert "Nothing logged yet today" in in_a_terminal("nudge", "--data", str(path))
    state.unlink()
    off = cli("nudge", "--off", "--data", str(path))
    assert off.returncode == 0 and "off" in off.stdout
    assert in_a_terminal("nudge", "--data", str(path)) == ""
    assert "on" in cli("nudge", "--on", "--data", str(path)).stdout
    assert stat.S_IMODE((tmp_path / "w.json.nudge").stat().st_mode) == 0o600


@pytest.mark.parametrize("xdg", ["", "/srv/people/data"])
def test_the_default_file_is_where_platformdirs_puts_it(
    xdg: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from platformdirs import user_data_path

    from wellbeing_tui.storage.locations import APP_NAME, FILE_NAME, default_data_path

    monkeypatch.setenv("XDG_DATA_HOME", xdg)
    assert default_data_path() == user_data_path(APP_NAME, appauthor=False) / FILE_NAME


def test_the_prompt_nudge_imports_no_parser_and_no_diary() -> None:
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; sys.argv = ['wellbeing', 'nudge', '--data', '/nonexistent/w.json']\n"
            "from wellbeing_tui.cli import run\n"
            "try:\n    run()\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('argparse', 'tinydb', 'orjson', 'textual', 'typing')"
            " if m in sys.modules))",
        ],
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        timeout=60,
    )
    assert probe.stdout.strip().splitlines()[-1] == "[]", probe.stderr


def test_the_nudge_counts_only_a_checkin_or_a_sleep_diary_as_logged(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    assert cli("log", "journal", "only words today", "--data", str(path)).returncode == 0
    assert "Nothing logged yet today" in in_a_terminal("nudge", "--data", str(path))
    (tmp_path / "w.json.nudge").write_text(
        json.dumps({"logged_on": "2020-01-01"}), encoding="utf-8"
    )
    meal = cli("log", "meal", "lunch", "--at", "12:30", "--data", str(path))
    assert meal.returncode == 0, meal.stderr
    assert "Nothing logged yet today" in in_a_terminal("nudge", "--data", str(path))
    (tmp_path / "w.json.nudge").write_text("{}", encoding="utf-8")
    assert cli("log", "mood", "3", "--data", str(path)).returncode == 0
    assert in_a_terminal("nudge", "--data", str(path)) == ""
