"""The command line, run as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from wellbeing_tui import __version__

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ, PYTHONPATH=str(ROOT), **(env or {}))
    return subprocess.run(
        [sys.executable, "-m", "wellbeing_tui", *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=ROOT,
        timeout=60,
    )


def test_log_mood_saves_a_checkin_and_says_what_was_saved(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    result = cli(
        "log",
        "mood",
        "2",
        "--energy",
        "1",
        "--emotions",
        "numb, can't tell",
        "--note",
        "heavy day",
        "--data",
        str(path),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\n") == 1
    assert "mood 2 (low)" in result.stdout and "energy 1 (very low)" in result.stdout
    assert "numb, can't tell" in result.stdout
    [doc] = json.loads(path.read_text(encoding="utf-8"))["checkins"].values()
    assert doc["mood"] == 2 and doc["energy"] == 1
    assert doc["emotions"] == ["numb", "can't tell"]
    assert doc["note"] == "heavy day" and doc["body"] == []
    assert len(doc["id"]) == 36 and doc["at"][19] in "+-"


def test_environment_variable_chooses_the_file(tmp_path: Path) -> None:
    path = tmp_path / "env.json"
    assert cli("log", "mood", "4", env={"WELLBEING_DATA": str(path)}).returncode == 0
    assert json.loads(path.read_text(encoding="utf-8"))["checkins"]


def test_without_options_the_platform_data_folder_is_used(tmp_path: Path) -> None:
    result = cli("log", "mood", "4", env={"XDG_DATA_HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "wellbeing-tui" / "wellbeing.json").exists()


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["log", "mood", "0"], "must be from 1 to 5"),
        (["log", "mood", "six"], "'six' is not a whole number"),
        (["log", "mood", "3", "--energy", "9"], "must be from 1 to 5"),
        (["log", "mood"], "required"),
        (["log", "nap"], "invalid choice"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_saves_nothing(
    tmp_path: Path, args: list[str], words: str
) -> None:
    path = tmp_path / "w.json"
    result = cli(*args, "--data", str(path))
    assert result.returncode == 2
    assert words in result.stderr
    assert result.stderr.count("\n") == 1
    assert not path.exists()


def test_a_word_too_long_for_an_emotion_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    result = cli("log", "mood", "3", "--emotions", "x" * 80, "--data", str(path))
    assert result.returncode == 2
    assert result.stderr.startswith("wellbeing log: emotions:")
    assert "emotions" in result.stderr and result.stderr.count("\n") == 1


def test_version_and_help() -> None:
    assert cli("--version").stdout.strip() == f"wellbeing {__version__}"
    for args in ([], ["log"], ["log", "mood"], ["check"]):
        result = cli(*args, "--help")
        assert result.returncode == 0
        assert result.stdout.startswith("usage: wellbeing")


def test_check_reports_counts_schema_and_backups(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    cli("log", "mood", "3", "--data", str(path))
    cli("log", "mood", "4", "--data", str(path))
    result = cli("check", "--data", str(path))
    assert result.returncode == 0
    assert "Schema version 2" in result.stdout
    assert any(line.split() == ["checkins", "2"] for line in result.stdout.splitlines())
    assert "Newest good backup:" in result.stdout


def test_check_names_the_newest_good_backup_and_how_to_restore_it(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    cli("log", "mood", "3", "--data", str(path))
    cli("log", "mood", "3", "--data", str(path))
    path.write_bytes(b'{"checkins": {"1": ')
    result = cli("check", "--data", str(path))
    assert result.returncode == 1
    assert "Cannot be read: it is not valid JSON" in result.stdout
    [backup] = (tmp_path / "backups").iterdir()
    assert f"Newest good backup: {backup}" in result.stdout
    assert f"cp {backup} {path}" in result.stdout


def test_check_lists_records_that_break_the_contract(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    cli("log", "mood", "3", "--data", str(path))
    data = json.loads(path.read_text(encoding="utf-8"))
    data["checkins"]["1"]["mood"] = 9
    path.write_text(json.dumps(data), encoding="utf-8")
    result = cli("check", "--data", str(path))
    assert result.returncode == 1
    assert "checkins record 1: mood: must be from 1 to 5, not 9" in result.stdout


def test_shell_commands_do_not_import_textual(tmp_path: Path) -> None:
    code = (
        "import sys; from wellbeing_tui.cli import main; "
        f"main(['log', 'mood', '3', '--data', {str(tmp_path / 'w.json')!r}]); "
        "main(['check', '--data', " + repr(str(tmp_path / "w.json")) + "]); "
        "assert 'textual' not in sys.modules, 'textual was imported'"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


def test_what_a_person_typed_never_drives_the_terminal(tmp_path: Path) -> None:
    """Escape codes in a note or an emotion word are shown as placeholders in every
    command's output, never sent to the terminal (which would clear it or retitle it)."""
    path = str(tmp_path / "w.json")
    hostile = "numb,\x1b[2Jclear\x1b]2;TITLE\x07"
    logged = cli("log", "mood", "2", "--emotions", hostile, "--note", "x\x1b[41m", "--data", path)
    assert logged.returncode == 0, logged.stderr
    assert "\x1b" not in logged.stdout and "\u241b[2Jclear" in logged.stdout
    week = cli("week", "--data", path)
    summary = cli("export", "--format", "md", "--data", path)
    for result in (week, summary):
        assert result.returncode == 0, result.stderr
        assert "\x1b" not in result.stdout + result.stderr and "\x07" not in result.stdout
    assert "\u241b\\[2Jclear" in summary.stdout  # its "[" escaped, as Markdown needs
    # The words themselves are kept as they were typed.
    [doc] = json.loads((tmp_path / "w.json").read_text(encoding="utf-8"))["checkins"].values()
    assert doc["emotions"] == ["numb", "\x1b[2Jclear\x1b]2;TITLE\x07"]


def test_demo_before_a_command_never_touches_your_own_file(tmp_path: Path) -> None:
    own = tmp_path / "own.json"
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {"WELLBEING_DATA": str(own), "TMPDIR": str(scratch)}
    logged = cli("--demo", "log", "mood", "1", env=env)
    assert logged.returncode == 0, logged.stderr
    assert "Saved a check-in" in logged.stdout
    week = cli("--demo", "week", "--json", env=env)
    assert week.returncode == 0, week.stderr
    moods = [m for day in json.loads(week.stdout)["days"] for m in day["moods"]]
    assert moods, "the demo's own week, with its check-ins"
    checked = cli("--demo", "check", env=env)
    assert checked.returncode == 0, checked.stderr
    assert not own.exists()
    assert list(scratch.iterdir()) == [], "each demo copy is removed after its command"


def test_week_json_gives_every_median_as_the_same_kind_of_number(tmp_path: Path) -> None:
    path = str(tmp_path / "w.json")
    for mood in ("2", "2", "3"):  # a median of 2 one day, 2.5 the next would be int and float
        assert cli("log", "mood", mood, "--data", path).returncode == 0
    week = json.loads(cli("week", "--json", "--data", path).stdout)
    medians = [d["mood_median"] for d in week["days"] if d["mood_median"] is not None]
    assert medians == [2.0] and all(isinstance(m, float) for m in medians)
    assert '"mood_median": 2.0' in cli("week", "--json", "--data", path).stdout


def test_the_week_table_shows_whole_quality_words(tmp_path: Path) -> None:
    path = str(tmp_path / "w.json")
    night = ["--in-bed", "23:00", "--lights-out", "23:10", "--sol", "10", "--awakenings", "0"]
    night += ["--waso", "0", "--final-wake", "07:00", "--out-of-bed", "07:10", "--quality", "5"]
    assert cli("log", "sleep", *night, "--data", path).returncode == 0
    table = cli("week", "--data", path).stdout
    assert "v. good" in table and "very goo" not in table
    assert "v. is very" in table


def test_a_note_in_another_encoding_is_saved_not_a_traceback(tmp_path: Path) -> None:
    """A byte that is not UTF-8 reaches Python as a lone surrogate; it is kept as the
    replacement character."""
    path = tmp_path / "w.json"
    result = cli("log", "mood", "3", "--note", "caf\udcff au lait", "--data", str(path))
    assert result.returncode == 0, result.stderr
    [doc] = json.loads(path.read_text(encoding="utf-8"))["checkins"].values()
    assert doc["note"] == "caf\ufffd au lait"


def test_output_into_a_closed_pipe_stops_quietly(tmp_path: Path) -> None:
    """``wellbeing week | head -1``: the reader has gone before the command writes."""
    path = tmp_path / "w.json"
    assert cli("log", "mood", "3", "--data", str(path)).returncode == 0
    for args in (["week"], ["week", "--json"], ["export", "--format", "md"], ["check"]):
        read_end, write_end = os.pipe()
        os.close(read_end)
        try:
            result = subprocess.run(
                [sys.executable, "-m", "wellbeing_tui", *args, "--data", str(path)],
                stdout=write_end,
                stderr=subprocess.PIPE,
                text=True,
                env=dict(os.environ, PYTHONPATH=str(ROOT)),
                timeout=60,
            )
        finally:
            os.close(write_end)
        assert "Traceback" not in result.stderr, args
        assert result.returncode == 141, (args, result.stderr)


def test_log_mood_1_and_hard_words_get_one_gentle_line_on_stderr(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    env = {"LANG": "en_GB.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
    low = cli("log", "mood", "1", "--data", str(path), env=env)
    assert low.returncode == 0 and "Saved a check-in" in low.stdout
    assert low.stderr.count("\n") == 1 and "Samaritans: call 116 123" in low.stderr
    words = cli("log", "mood", "3", "--note", "I want to end it all", "--data", str(path), env=env)
    assert "Samaritans" in words.stderr
    benign = cli("log", "mood", "3", "--note", "work is killing me", "--data", str(path), env=env)
    assert benign.stderr == ""
    assert "Samaritans" not in path.read_text(encoding="utf-8")
