"""One rule for figures, seen from the command line: on one small diary the week review
(``wellbeing week``, text and JSON), ``wellbeing trends`` (text and JSON) and the Markdown
summary give a weekly mean from 3 check-ins or 3 nights and none from 2, and set two sides
beside each other only with 5 days on each, always with the days of each side."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.cli import one_rule_diary as small
from tests.cli.test_cli import cli

UTC_ENV = {"TZ": "UTC"}


@pytest.fixture(scope="module")
def diary(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return small.build(tmp_path_factory.mktemp("one-rule") / "w.json")


def run(diary: Path, *args: str) -> str:
    result = cli(*args, "--data", str(diary), env=UTC_ENV)
    assert result.returncode == 0, result.stderr
    return result.stdout


def week(diary: Path, day: date) -> tuple[dict[str, Any], str]:
    as_json = json.loads(run(diary, "week", "--date", day.isoformat(), "--json"))
    return as_json, run(diary, "week", "--date", day.isoformat())


def trends(diary: Path, sunday: date) -> tuple[dict[str, Any], str]:
    first, last = small.four_weeks_to(sunday)
    span = ("--from", first.isoformat(), "--to", last.isoformat())
    return json.loads(run(diary, "trends", *span, "--json")), run(diary, "trends", *span)


def flat(text: str) -> str:
    """Wrapped lines joined again, to find a sentence whole."""
    return " ".join(text.split())


def short_night(found: dict[str, Any]) -> dict[str, Any]:
    return next(s for s in found["side_by_side"] if s["factor"] == "short_night")


def test_two_check_ins_give_no_mean_anywhere_and_three_give_one_everywhere(diary: Path) -> None:
    first, last = small.WEEKS[0], small.BOTH_SIDES_ENOUGH
    found, found_text = trends(diary, last)
    summary = run(diary, "export", "--format", "md", "--from", first.isoformat(),
                  "--to", last.isoformat())  # fmt: skip
    three, two = found["weeks"][0], found["weeks"][1]
    # The week of 2 Nov: 3 check-ins and 3 nights, a mean of each everywhere.
    w1, w1_text = week(diary, small.WEEKS[0])
    assert w1["week"]["mood_mean"] == three["mood_mean"] == 2.0
    assert "Mood: 3 check-ins, averaging 2.0 out of 5" in flat(w1_text)
    assert w1["week"]["se_pooled_pct"] == pytest.approx(small.WEEK_ONE_EFFICIENCY, abs=0.05)
    assert three["se_pooled_pct"] == pytest.approx(small.WEEK_ONE_EFFICIENCY, abs=0.005)
    assert "efficiency 36% (pooled" in flat(w1_text)
    row = "| 2 Nov 2026 | 3 | 2.00 | 3 | 4:20 | 36% | — |"
    assert row in flat(summary)  # the summary lines its tables up with spaces
    assert "2 Nov 2026" in found_text and "2.00" in found_text and "36%" in found_text
    # The week of 9 Nov: 2 check-ins and 2 nights, no mean anywhere, the counts still there.
    w2, w2_text = week(diary, small.WEEKS[1])
    assert w2["week"]["mood_mean"] is None and two["mood_mean"] is None
    assert w2["week"]["checkins"] == two["checkins_with_mood"] == 2
    assert w2["week"]["tst_mean_min"] is None and two["tst_mean_min"] is None
    assert w2["week"]["se_pooled_pct"] is None and two["se_pooled_pct"] is None
    assert w2["week"]["nights"] == two["nights"] == 2
    assert "Mood: 2 check-ins; at least 3 are needed" in flat(w2_text)
    assert "Sleep: 2 nights logged; at least 3 are needed" in flat(w2_text)
    assert "| 9 Nov 2026 | 2 | — | 2 | — | — | — |" in flat(summary)
    [text_row] = [line for line in found_text.splitlines() if line.startswith("9 Nov 2026")]
    assert text_row.split()[3:] == ["2", "—", "2", "—", "—", "—"]
    rule = "A week's mood needs 3 check-ins with a mood, its sleep 3 nights"
    assert rule in flat(found_text) and rule in flat(summary)


def test_three_days_on_one_side_are_withheld_everywhere(diary: Path) -> None:
    sunday = small.SHORT_SIDE_THREE
    review, review_text = week(diary, sunday)
    found, found_text = trends(diary, sunday)
    withheld = {"days_with": 5, "mood_with": None, "days_without": 3, "mood_without": None}
    assert review["week"]["mood_beside_sleep"] == {"factor": "short_night", **withheld}
    assert short_night(found) == {"factor": "short_night", **withheld}
    line = "not enough days yet (5 after short nights, 3 after longer ones; 5 of each are needed)"
    assert line in flat(review_text) and line in flat(found_text)
    assert "2.4" not in flat(review_text) and "2.4" not in flat(found_text)
    # Time with someone: 3 days with it, whichever span.
    people = next(s for s in found["side_by_side"] if s["factor"] == "people")
    assert (people["days_with"], people["mood_with"], people["mood_without"]) == (3, None, None)
    assert "Mood with time with someone: not enough days yet (3 with" in flat(found_text)


def test_five_and_six_days_are_shown_everywhere_with_the_days(diary: Path) -> None:
    sunday = small.BOTH_SIDES_ENOUGH
    review, review_text = week(diary, sunday)
    found, found_text = trends(diary, sunday)
    shown = {"days_with": 5, "mood_with": 2.4, "days_without": 6, "mood_without": 4.17}
    assert review["week"]["mood_beside_sleep"] == {"factor": "short_night", **shown}
    assert short_night(found) == {"factor": "short_night", **shown}
    line = "Mood after a night under 7 hours{}: 2.4 (5 days); after longer nights: 4.2 (6 days)."
    assert line.format(", over the four weeks to the end of this one") in flat(review_text)
    assert line.format("") in flat(found_text)
    assert "cannot say that one thing makes the other happen" in flat(review_text)
    # Mood this week beside the week before: 3 days each, so not set beside it.
    assert review["week"]["mood_mean"] == 4.33 and review["week"]["previous_mood_mean"] is None
    assert (review["week"]["mood_days"], review["week"]["previous_mood_days"]) == (3, 3)
    assert "not enough days yet to set beside the week before" in flat(review_text)
