"""``wellbeing log sleep`` and ``wellbeing log meal`` as subprocesses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli import cli

NIGHT = [
    "--date",
    "2026-11-26",
    "--in-bed",
    "11pm",
    "--lights-out",
    "2315",
    "--sol",
    "20",
    "--awakenings",
    "2",
    "--waso",
    "30",
    "--final-wake",
    "6:45am",
    "--out-of-bed",
    "07:00",
    "--quality",
    "4",
]


def test_log_sleep_json_prints_the_figures_and_saves_the_entry(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    result = cli("log", "sleep", *NIGHT, "--caffeine", "2", "--json", "--data", str(path))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "date": "2026-11-26",
        "replaced": False,
        "tib_min": 480,
        "tst_min": 400,
        "se_pct": 83.3,
        "sol_min": 20,
        "waso_min": 30,
        "twak_min": 15,
    }
    [doc] = json.loads(path.read_text(encoding="utf-8"))["sleep"].values()
    assert (doc["in_bed"], doc["lights_out"], doc["final_wake"], doc["out_of_bed"]) == (
        "23:00",
        "23:15",
        "06:45",
        "07:00",
    )
    assert doc["caffeine_drinks"] == 2 and doc["alcohol_drinks"] is None


def test_the_same_morning_again_replaces_it(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    cli("log", "sleep", *NIGHT, "--data", str(path))
    again = cli("log", "sleep", *NIGHT[:-1], "2", "--data", str(path))
    assert again.stdout.startswith("Updated the diary for the morning of 2026-11-26: 6 h 40 min")
    docs = list(json.loads(path.read_text(encoding="utf-8"))["sleep"].values())
    assert len(docs) == 1 and docs[0]["quality"] == 2


@pytest.mark.parametrize(
    ("change", "flag"),
    [
        (["--sol", "500"], "--sol"),
        (["--final-wake", "half six"], "--final-wake"),
        (["--lights-out", "12:30"], "--lights-out"),
        (["--date", "2026-02-30"], "--date"),
        (["--quality", "6"], "--quality"),
    ],
)
def test_an_impossible_night_exits_2_naming_the_field(
    tmp_path: Path, change: list[str], flag: str
) -> None:
    path = tmp_path / "w.json"
    args = list(NIGHT)
    args[args.index(change[0]) + 1] = change[1]
    result = cli("log", "sleep", *args, "--data", str(path))
    assert result.returncode == 2
    assert flag in result.stderr and result.stderr.count("\n") == 1
    assert not path.exists()


def test_log_meal_saves_and_reports_the_longest_gap(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    first = cli(
        "log", "meal", "breakfast", "--at", "0730", "--date", "2026-11-26", "--data", str(path)
    )
    assert first.stdout.strip() == "Saved breakfast on 2026-11-26, at 07:30."
    second = cli(
        "log",
        "meal",
        "lunch",
        "--at",
        "1:15pm",
        "--date",
        "2026-11-26",
        "--json",
        "--data",
        str(path),
    )
    assert json.loads(second.stdout) == {
        "date": "2026-11-26",
        "kind": "lunch",
        "at": "13:15",
        "skipped": False,
        "replaced": False,
        "longest_gap_min": 345,
    }
    skipped = cli("log", "meal", "dinner", "--skipped", "--date", "2026-11-26", "--data", str(path))
    assert "dinner on 2026-11-26, skipped" in skipped.stdout
    docs = json.loads(path.read_text(encoding="utf-8"))["meals"].values()
    assert sorted((d["kind"], d["at"], d["skipped"]) for d in docs) == [
        ("breakfast", "07:30", False),
        ("dinner", None, True),
        ("lunch", "13:15", False),
    ]


def test_log_meal_refuses_a_time_and_skipped_together(tmp_path: Path) -> None:
    result = cli(
        "log", "meal", "lunch", "--at", "12:00", "--skipped", "--data", str(tmp_path / "w.json")
    )
    assert result.returncode == 2 and "--at" in result.stderr
    assert not (tmp_path / "w.json").exists()


def test_week_json_on_a_fixture_file(tmp_path: Path) -> None:
    import shutil

    from tests.conftest import DEMO

    path = tmp_path / "w.json"
    shutil.copy(DEMO, path)
    result = cli("week", "--date", "2026-11-18", "--json", "--data", str(path))
    assert result.returncode == 0, result.stderr
    week = json.loads(result.stdout)
    assert (week["first"], week["last"]) == ("2026-11-16", "2026-11-22")
    assert [d["date"] for d in week["days"]][:2] == ["2026-11-16", "2026-11-17"]
    demo = json.loads(DEMO.read_text(encoding="utf-8"))
    nights = {d["date"] for d in demo["sleep"].values()}
    for day in week["days"]:
        assert (day["tst_min"] is None) == (day["date"] not in nights)
    missing = next(d for d in week["days"] if d["tst_min"] is None)
    assert missing["se_pct"] is None and missing["quality"] is None
    logged = [d for d in week["days"] if d["tst_min"] is not None]
    pooled = 100 * sum(d["tst_min"] for d in logged) / sum(d["tib_min"] for d in logged)
    assert week["week"]["nights"] == len(logged)
    assert week["week"]["se_pooled_pct"] == round(pooled, 1)
    text = cli("week", "--date", "2026-11-18", "--data", str(path))
    assert max(len(line) for line in text.stdout.splitlines()) <= 80
    assert text.stdout.startswith("Week of Mon 16 Nov to Sun 22 Nov 2026")
