"""``wellbeing trends``: the same figures as the screen, as text or JSON."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli import cli


def test_trends_as_json_has_the_documented_shape(demo_file: Path) -> None:
    result = cli("trends", "--from", "2026-11-02", "--to", "2026-11-26", "--json",
                 "--data", str(demo_file))  # fmt: skip
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert (found["from"], found["to"]) == ("2026-11-02", "2026-11-26")
    assert [w["start"] for w in found["weeks"]] == [
        "2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"
    ]  # fmt: skip
    keys = {"start", "checkins", "checkins_with_mood", "mood_mean", "nights", "tst_mean_min",
            "se_pooled_pct", "grounding_sessions", "grounding_minutes"}  # fmt: skip
    assert all(set(w) == keys for w in found["weeks"])
    assert sum(w["checkins"] for w in found["weeks"]) > 0
    assert [s["factor"] for s in found["side_by_side"]] == [
        "people", "fun", "grounding", "short_night"
    ]  # fmt: skip
    for week in found["weeks"]:
        if week["mood_mean"] is not None:
            assert round(week["mood_mean"], 2) == week["mood_mean"]


def test_weeks_without_entries_are_null_and_a_dash(demo_file: Path) -> None:
    as_json = cli("trends", "--from", "2026-09-01", "--to", "2026-09-30", "--json",
                  "--data", str(demo_file))  # fmt: skip
    weeks = json.loads(as_json.stdout)["weeks"]
    assert weeks and all(w["mood_mean"] is None and w["checkins"] == 0 for w in weeks)
    as_text = cli("trends", "--from", "2026-09-01", "--to", "2026-09-30", "--data", str(demo_file))
    assert as_text.returncode == 0
    lines = as_text.stdout.splitlines()
    assert lines[0].startswith("Looking back: Tue 1 Sep 2026 to Wed 30 Sep 2026")
    assert all(len(line) <= 80 for line in lines)
    assert "—" in as_text.stdout and "not enough days yet" in as_text.stdout


def test_last_weeks_and_bad_ranges(demo_file: Path) -> None:
    result = cli("trends", "--weeks", "52", "--json", "--data", str(demo_file))
    assert result.returncode == 0
    assert len(json.loads(result.stdout)["weeks"]) == 52
    for args, words in (
        (["--weeks", "4", "--from", "2026-01-01"], "not both"),
        (["--from", "2026-02-01", "--to", "2026-01-01"], "start is after the end"),
        (["--weeks", "0"], "--weeks"),
        (["--from", "0001-01-01"], "--from"),
    ):
        bad = cli("trends", *args, "--data", str(demo_file))
        assert bad.returncode == 2 and words in bad.stderr, (args, bad.stderr)
        assert bad.stderr.count("\n") == 1


def test_the_markdown_export_has_the_weeks_as_a_table(demo_file: Path) -> None:
    result = cli("export", "--format", "md", "--from", "2026-11-16", "--to", "2026-11-26",
                 "--data", str(demo_file))  # fmt: skip
    assert result.returncode == 0
    text = result.stdout
    assert "## Week by week" in text
    lined_up = " ".join(text.split())  # the table's columns are lined up with spaces
    assert "| Week of | Check-ins | Mood | Nights | Asleep | Efficiency | Grounding |" in lined_up
    assert "| 16 Nov 2026 |" in text and "| 23 Nov 2026 |" in text
