"""Looking back, worked by hand on a small diary, and the week arithmetic on many dates."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_week import night
from wellbeing_tui.domain.activities import ActivityLog, Connection
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.grounding import GroundingSession
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.domain.settings import Settings
from wellbeing_tui.domain.trends import DayFacts, side_by_side, summarise_weeks, trends
from wellbeing_tui.services.trends import load_trends
from wellbeing_tui.storage import Store

NOW = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)  # a Friday


def checkin(at: str, mood: int | None, *words: str) -> CheckIn:
    return CheckIn(id=f"c{at}", at=at, mood=mood, emotions=words)


@pytest.fixture
def diary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    """Two weeks from Monday 2 March 2026 (weeks start on Monday, a day starts at 4 am):

    week of 2 Mar: check-ins 2 Mar (mood 2), 3 Mar (4, "numb"), 4 Mar 01:30 (5: still 3 Mar),
    a night 23:30 -> 07:00 on the morning of 3 Mar (450 min in bed, 30 awake: 420 asleep),
    a night 22:00 -> 06:00 on 5 Mar (480 in bed, 20 to fall asleep: 460 asleep);
    people on 3 Mar, a grounding session of 5 minutes on 2 Mar, distress 8 -> 5.
    week of 9 Mar: nothing at all.
    """
    monkeypatch.setenv("TZ", "UTC")
    store = Store(tmp_path / "w.json", FixedClock(NOW))
    store.save_settings(Settings(day_start_hour=4, week_start=0))
    store.add(checkin("2026-03-02T20:00:00+00:00", 2))
    store.add(checkin("2026-03-03T09:00:00+00:00", 4, "numb", "tired"))
    store.add(checkin("2026-03-04T01:30:00+00:00", 5, "Numb"))
    store.add(checkin("2026-03-04T18:00:00+00:00", None, "can't tell"))
    store.add(night(date(2026, 3, 3), "23:30", "07:00", waso=30))
    store.add(night(date(2026, 3, 5), "22:00", "06:00", sol=20))
    store.add(Connection(id="p1", at="2026-03-03T12:00:00+00:00", who="Sam", how="call"))
    store.add(
        GroundingSession(
            id="g1",
            exercise="box-breathing",
            started_at="2026-03-02T10:00:00+00:00",
            ended_at="2026-03-02T10:05:00+00:00",
            planned_seconds=300,
            actual_seconds=300.0,
            completed=True,
            distress_before=8,
            distress_after=5,
        )
    )
    return store


def test_weekly_figures_worked_by_hand(diary: Store) -> None:
    found = load_trends(diary, date(2026, 3, 2), date(2026, 3, 15))
    first, second = found.weeks
    assert first.start == date(2026, 3, 2) and second.start == date(2026, 3, 9)
    assert first.checkins == 4  # the words-only check-in counts as a check-in
    assert first.checkins_with_mood == 3  # enough for a mean, but only just
    assert first.mood_mean == pytest.approx((2 + 4 + 5) / 3)
    assert first.nights == 2
    # Two nights are too few for the week's sleep figures, as in the week review.
    assert first.tst_mean_min is None and first.se_pooled_pct is None
    assert first.to_json()["tst_mean_min"] is None and first.to_json()["nights"] == 2
    assert first.grounding_sessions == 1 and first.grounding_minutes == pytest.approx(5)
    assert first.distress_change_mean == pytest.approx(-3)
    # A week with nothing logged is a gap, not zeros.
    assert second.checkins == 0 and second.nights == 0
    assert second.mood_mean is None and second.tst_mean_min is None
    assert second.se_pooled_pct is None
    assert second.to_json()["mood_mean"] is None


def test_a_check_in_at_half_past_one_belongs_to_the_day_before(diary: Store) -> None:
    found = load_trends(diary, date(2026, 3, 2), date(2026, 3, 8))
    by_day = {d.day: d for d in found.days}
    assert by_day[date(2026, 3, 3)].moods == (4, 5)
    assert by_day[date(2026, 3, 4)].moods == ()
    assert by_day[date(2026, 3, 3)].mood_mean == pytest.approx(4.5)
    assert by_day[date(2026, 3, 3)].tst_min == 420  # the night that ended that morning
    assert len(found.days) == 7  # empty days are there, for the gaps


def test_words_count_days_and_the_hard_to_name_ones(diary: Store) -> None:
    found = load_trends(diary, date(2026, 3, 2), date(2026, 3, 8))
    assert dict(found.top_words) == {"numb": 1, "tired": 1, "can't tell": 1}
    assert found.hard_to_name_days == 2  # 3 Mar (numb twice, one day) and 4 Mar


def test_side_by_side_needs_five_days_on_each_side(diary: Store) -> None:
    found = load_trends(diary, date(2026, 3, 2), date(2026, 3, 8))
    people = next(s for s in found.side_by_side if s.factor == "people")
    assert (people.days_with, people.days_without) == (1, 1)
    assert not people.enough
    # Withheld as the text withholds it: no means, only the days on each side.
    assert people.mood_with is None and people.mood_without is None
    assert people.to_json() == {
        "factor": "people", "days_with": 1, "mood_with": None,
        "days_without": 1, "mood_without": None,
    }  # fmt: skip
    short = next(s for s in found.side_by_side if s.factor == "short_night")
    # 3 Mar: 420 minutes asleep, not under 7 hours; 5 Mar has a night but no mood.
    assert (short.days_with, short.days_without) == (0, 1)


def test_side_by_side_by_hand_with_enough_days() -> None:
    start = date(2026, 1, 5)
    days = [
        DayFacts(
            day=start + timedelta(days=n),
            moods=(mood,),
            checkins=1,
            people=n < 6,
            tst_min=360 if n % 2 else 480,
            tib_min=500,
        )  # fmt: skip
        for n, mood in enumerate([4, 4, 5, 3, 4, 4, 2, 2, 3, 2, 2, 1])
    ]
    people = side_by_side(days)[0]
    assert (people.days_with, people.days_without) == (6, 6) and people.enough
    assert people.mood_with == pytest.approx(24 / 6) and people.mood_without == pytest.approx(2)
    short = side_by_side(days)[3]
    assert short.days_with == 6 and short.mood_with == pytest.approx((4 + 3 + 4 + 2 + 2 + 1) / 6)


@settings(max_examples=60, deadline=None)
@given(
    start=st.dates(min_value=date(1990, 1, 1), max_value=date(2190, 12, 1)),
    length=st.integers(min_value=1, max_value=400),
    week_start=st.integers(min_value=0, max_value=6),
    every=st.integers(min_value=1, max_value=9),
)
def test_weeks_cover_every_day_once_on_any_dates(
    start: date, length: int, week_start: int, every: int
) -> None:
    days = [
        DayFacts(
            day=start + timedelta(days=n),
            moods=(3,) if n % every == 0 else (),
            checkins=1 if n % every == 0 else 0,
        )  # fmt: skip
        for n in range(length)
    ]
    weeks = summarise_weeks(days, week_start)
    assert all(w.start.weekday() == week_start for w in weeks)
    assert [w.start for w in weeks] == sorted({w.start for w in weeks})
    assert weeks[0].start <= start < weeks[0].start + timedelta(days=7)
    assert sum(w.checkins for w in weeks) == sum(d.checkins for d in days)
    assert all((w.mood_mean is None) == (w.checkins < 3) for w in weeks)
    assert len(weeks) == (days[-1].day - weeks[0].start).days // 7 + 1
    assert trends(days, start, days[-1].day, week_start).to_json()["from"] == start.isoformat()


def test_the_records_used_are_only_within_the_range(diary: Store) -> None:
    diary.add(ActivityLog(id="a1", activity_id="x", at="2026-03-20T10:00:00+00:00"))
    found = load_trends(diary, date(2026, 3, 3), date(2026, 3, 3))
    assert [d.day for d in found.days] == [date(2026, 3, 3)]
    assert not found.days[0].fun and found.days[0].people
    assert found.weeks[0].grounding_sessions == 0  # the session was on 2 Mar


def test_records_edited_by_hand_into_the_wrong_shape_are_left_out(tmp_path: Path) -> None:
    import json

    path = tmp_path / "w.json"
    Store(path, FixedClock(NOW))  # a new file, then edited by hand:
    data = json.loads(path.read_text())
    data["checkins"] = {
        "1": {"id": "a", "at": "2026-03-03T09:00:00+00:00", "mood": "5", "emotions": 5},
        "2": {"id": "b", "at": "2026-03-03T10:00:00+00:00", "mood": True, "emotions": [1, "ok"]},
        "3": {"id": "c", "at": "2026-03-03T11:00:00+00:00", "mood": 3},
    }
    data["sleep"] = {
        "1": {"id": "s", "date": "2026-03-03", "in_bed": 2300, "lights_out": "23:10",
              "sol_min": 10, "waso_min": 0, "final_wake": "07:00", "out_of_bed": "07:10"},
        "2": {"id": "t", "date": "2026-03-04", "in_bed": "23:00", "lights_out": "23:10",
              "sol_min": -5, "waso_min": 0, "final_wake": "07:00", "out_of_bed": "07:10"},
    }  # fmt: skip
    data["grounding"] = {
        "1": {"id": "g", "started_at": "2026-03-03T12:00:00+00:00", "actual_seconds": "60",
              "distress_before": 11, "distress_after": 2},
    }  # fmt: skip
    path.write_text(json.dumps(data))
    found = load_trends(Store(path, FixedClock(NOW)), date(2026, 3, 2), date(2026, 3, 8))
    day = next(d for d in found.days if d.day == date(2026, 3, 3))
    assert day.moods == (3,) and day.checkins == 3 and day.words == ("ok",)
    assert day.tst_min is None and found.weeks[0].nights == 0
    assert day.grounding_sessions == 1 and day.grounding_seconds == 0 and not day.distress_changes
