"""Counts and ranges read as English wherever the diary puts them in a sentence: "1 night",
never "1 nights"; "8 h", never "from 8 h to 8 h"."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest

from tests.conftest import DEMO_NOW
from tests.unit.test_week import MONDAY, checkin, night
from wellbeing_tui.cli.trends import trends_text
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.meals import Meal
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.domain.trends import DayFacts, hard_to_name_line, trends
from wellbeing_tui.domain.week import WeekRecords, summarise_week
from wellbeing_tui.domain.words import count, span, spread, word_for
from wellbeing_tui.exchange.common import ExchangeError
from wellbeing_tui.exchange.importers import ImportPlan, apply_import
from wellbeing_tui.exchange.summary import markdown_summary, meals_section, sleep_section
from wellbeing_tui.storage import Store


def test_counts_and_ranges() -> None:
    assert [count(n, "night") for n in (0, 1, 2)] == ["0 nights", "1 night", "2 nights"]
    assert count(1, "entry", "entries") == "1 entry" and count(3, "entry", "entries") == "3 entries"
    assert word_for(1, "is", "are") == "is" and word_for(2, "is", "are") == "are"
    assert span("6 h", "8 h") == "from 6 h to 8 h"
    assert span("5 h 15 min", "5 h 15 min") == "5 h 15 min"
    assert span("1 Nov", "7 Nov", start="") == "1 Nov to 7 Nov"
    assert spread("6 h", "8 h") == " (from 6 h to 8 h)" and spread("8 h", "8 h") == ""


def test_a_week_of_equal_nights_says_the_time_once() -> None:
    day = [MONDAY + timedelta(days=n) for n in range(3)]
    week = summarise_week(
        MONDAY,
        WeekRecords(
            sleep=[night(d, "23:00", "07:00") for d in day],
            checkins=[checkin(d, 9, 3) for d in day],
            meals=[Meal(id="m", date=day[0].isoformat(), kind="lunch", at="12:30")],
        ),
    )
    text = " ".join(week.sentences)
    assert "Sleep: 3 nights logged. On average 8 h 00 min asleep; efficiency 100%" in text
    assert " to 8 h 00 min" not in text
    assert "Mood: 3 check-ins, averaging 3.0" in text
    assert "all eaten on 0 of 1 day with meals logged" in text


def test_the_summary_of_one_night_and_one_day_of_meals() -> None:
    [line] = [ln for ln in sleep_section([night(MONDAY, "23:00", "06:45")]) if "logged" in ln]
    assert line == "1 night logged; at least 3 are needed for averages."
    same = [night(MONDAY + timedelta(days=n), "23:00", "06:45") for n in range(3)]
    [line] = [ln for ln in sleep_section(same) if "logged" in ln]
    assert line.startswith("3 nights logged. Average time asleep 7 h 45 min; sleep efficiency")
    assert "from" not in line
    meals = [Meal(id=k, date=MONDAY.isoformat(), kind=k, at=None) for k in ("breakfast", "lunch")]
    assert "eaten on 0 of 1 day with meals logged" in " ".join(meals_section(meals))


def test_a_summary_of_one_day_names_the_day_once(tmp_path: Path) -> None:
    store = Store(tmp_path / "wellbeing.json", FixedClock(DEMO_NOW))
    day = DEMO_NOW.date()
    one_day = markdown_summary(store, day, day, include_journal=False)
    assert one_day.splitlines()[1] == 'title: "Wellbeing summary, 26 Nov 2026"'
    week = markdown_summary(store, day - timedelta(days=6), day, include_journal=False)
    assert week.splitlines()[1] == 'title: "Wellbeing summary, 20 Nov 2026 to 26 Nov 2026"'


def test_looking_back_over_one_week_and_one_day() -> None:
    sunday = MONDAY + timedelta(days=6)
    found = trends([DayFacts(MONDAY, words=("numb",))], MONDAY, sunday, week_start=0)
    assert trends_text(found)[0] == "Looking back: Mon 16 Nov 2026 to Sun 22 Nov 2026 (1 week)"
    one_day = trends([DayFacts(MONDAY)], MONDAY, MONDAY, week_start=0)
    assert trends_text(one_day)[0] == "Looking back: Mon 16 Nov 2026 (1 week)"
    assert hard_to_name_line(found) == "Numb, flat, empty or can't tell was picked on 1 day."


def test_one_record_already_here_is_said_in_the_singular(tmp_path: Path) -> None:
    store = Store(tmp_path / "wellbeing.json", FixedClock(DEMO_NOW))
    mine = CheckIn(id="c1", at="2026-11-26T10:00:00+00:00", mood=3)
    store.add(mine)
    other = CheckIn(id="c1", at="2026-11-26T10:00:00+00:00", mood=4)
    plan = ImportPlan(skipped=Counter({"checkins": 1}), conflicts=[other])
    assert "checkins: 0 new, 1 already here, 1 differs from what is here" in plan.describe()
    with pytest.raises(ExchangeError, match="^1 record is already here with other content$"):
        apply_import(plan, store)
    assert store.get(CheckIn, "c1") == mine  # nothing was written
