"""The week summary on hand-made weeks."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from wellbeing_tui.domain.grounding import GroundingSession
from wellbeing_tui.domain.meals import Meal
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.domain.sleep import SleepEntry
from wellbeing_tui.domain.week import WeekRecords, summarise_week

MONDAY = date(2026, 11, 16)


def night(day: date, in_bed: str, out: str, sol: int = 0, waso: int = 0) -> SleepEntry:
    return SleepEntry(
        id=f"s{day}",
        date=day.isoformat(),
        in_bed=in_bed,
        lights_out=in_bed,
        sol_min=sol,
        awakenings=1 if waso else 0,
        waso_min=waso,
        final_wake=out,
        out_of_bed=out,
        quality=3,
    )


def checkin(day: date, hour: int, mood: int) -> CheckIn:
    return CheckIn(id=f"c{day}{hour}", at=f"{day}T{hour:02d}:00:00+00:00", mood=mood)


def d(n: int) -> date:
    return MONDAY + timedelta(days=n)


def test_missing_days_are_missing_not_zero() -> None:
    week = summarise_week(
        MONDAY,
        WeekRecords(
            sleep=[
                night(d(0), "23:00", "07:00"),
                night(d(2), "23:00", "06:00"),
                night(d(4), "22:00", "07:00"),
            ],
            checkins=[checkin(d(0), 9, 2), checkin(d(2), 9, 4), checkin(d(4), 9, 3)],
        ),
    )
    assert [day.metrics is None for day in week.days] == [
        False,
        True,
        False,
        True,
        False,
        True,
        True,
    ]
    assert week.days[1].mood_median is None and week.days[1].moods == ()
    assert week.nights == 3
    assert week.tst_mean == pytest.approx((480 + 420 + 540) / 3)  # not divided by 7
    assert week.tst_range == (420, 540)
    assert week.mood_mean == pytest.approx(3.0)


def test_several_checkins_a_day_give_a_median_and_a_count() -> None:
    week = summarise_week(
        MONDAY,
        WeekRecords(checkins=[checkin(d(1), 8, 1), checkin(d(1), 13, 4), checkin(d(1), 20, 5)]),
    )
    day = week.days[1]
    assert day.moods == (1, 4, 5) and day.mood_median == 4
    assert week.checkins == 3 and week.mood_mean == pytest.approx(10 / 3)


def test_a_night_belongs_to_the_morning_it_ended() -> None:
    # Sunday night 15 Nov into Monday 16 Nov belongs to Monday, this week.
    week = summarise_week(MONDAY, WeekRecords(sleep=[night(d(0), "23:30", "07:30")]))
    assert week.days[0].metrics is not None and week.days[0].metrics.tst_min == 480
    # The night into next Monday belongs to next week, not to this Sunday.
    later = summarise_week(MONDAY, WeekRecords(sleep=[night(d(7), "23:00", "07:00")]))
    assert later.nights == 0 and later.days[6].metrics is None


def test_efficiency_is_pooled_not_the_mean_of_nights() -> None:
    # 8 h in bed, 4 h asleep (50%); 2 h in bed, 2 h asleep (100%); 10 h in bed, 10 asleep.
    week = summarise_week(
        MONDAY,
        WeekRecords(
            sleep=[
                night(d(0), "23:00", "07:00", sol=240),
                night(d(1), "05:00", "07:00"),
                night(d(2), "21:00", "07:00"),
            ]
        ),
    )
    assert week.se_pooled == pytest.approx(100 * (240 + 120 + 600) / (480 + 120 + 600))
    assert week.se_pooled != pytest.approx((50 + 100 + 100) / 3)
    assert any("pooled" in s for s in week.sentences)


def test_too_little_data_says_so_instead_of_a_figure() -> None:
    week = summarise_week(
        MONDAY,
        WeekRecords(
            sleep=[night(d(0), "23:00", "07:00"), night(d(1), "23:00", "07:00")],
            checkins=[checkin(d(0), 9, 2), checkin(d(1), 9, 2)],
        ),
    )
    assert week.tst_mean is None and week.se_pooled is None and week.mood_mean is None
    text = " ".join(week.sentences)
    assert "2 nights logged; at least 3 are needed" in text
    assert "2 check-ins; at least 3 are needed" in text
    assert (
        "not enough days yet (0 after short nights, 2 after longer ones; 5 of each are needed)"
        in text
    )


def test_mood_compared_with_the_week_before_with_the_days_of_each() -> None:
    week = summarise_week(
        MONDAY,
        WeekRecords(checkins=[checkin(d(n), 9, 4) for n in range(5)]),
        previous_checkins=[checkin(d(n - 7), 9, 2) for n in range(6)],
    )
    assert week.against_week_before.mean_without == 2
    assert (week.against_week_before.days_with, week.against_week_before.days_without) == (5, 6)
    assert (
        "2.0 higher than the week before (2.0; mood on 5 days this week, 6 the week before)"
        in " ".join(week.sentences)
    )


def test_too_few_days_are_not_set_beside_the_week_before() -> None:
    week = summarise_week(
        MONDAY,
        WeekRecords(checkins=[checkin(d(n), 9, 4) for n in range(3)]),
        previous_checkins=[checkin(d(n - 7), 9, 2) for n in range(6)],
    )
    assert week.mood_mean == 4 and week.against_week_before.mean_without is None
    text = " ".join(week.sentences)
    assert "higher" not in text and "2.0" not in text
    assert (
        "not enough days yet to set beside the week before (mood on 3 days this week, 6 the "
        "week before; 5 of each are needed)" in text
    )


def test_mood_beside_sleep_with_five_days_each_side_and_never_a_cause() -> None:
    days = [MONDAY - timedelta(days=n) for n in range(-6, 14)]
    sleep = [night(day, "23:00", "05:00" if n % 2 else "07:30") for n, day in enumerate(days)]
    moods = [checkin(day, 10, 2 if n % 2 else 4) for n, day in enumerate(days)]
    week = summarise_week(
        MONDAY,
        WeekRecords(sleep=sleep[:7], checkins=moods[:7]),
        history=WeekRecords(sleep=sleep, checkins=moods),
    )
    beside = week.beside_sleep
    assert (beside.days_with, beside.days_without) == (10, 10)
    assert beside.mood_with == 2 and beside.mood_without == 4
    sentence = next(s for s in week.sentences if s.startswith("Mood after a night under 7"))
    assert "2.0 (10 days); after longer nights: 4.0 (10 days)" in sentence
    assert "cannot say that one thing makes the other happen" in sentence


def test_meals_and_grounding() -> None:
    meals = [
        Meal(
            id=f"m{n}{k}",
            date=d(n).isoformat(),
            kind=k,
            at="12:00" if k == "lunch" else ("08:00" if k == "breakfast" else "19:00"),
        )
        for n in range(3)
        for k in ("breakfast", "lunch", "dinner")
    ]
    meals.append(Meal(id="skip", date=d(3).isoformat(), kind="breakfast", skipped=True))
    sessions = [
        GroundingSession(
            id=f"g{n}",
            exercise="calm-breathing",
            started_at=f"{d(n)}T14:00:00+00:00",
            ended_at=f"{d(n)}T14:03:00+00:00",
            planned_seconds=180,
            actual_seconds=180.0,
            completed=True,
            distress_before=7,
            distress_after=4,
        )
        for n in range(2)
    ]
    week = summarise_week(MONDAY, WeekRecords(meals=meals, grounding=sessions))
    assert (week.days_all_meals, week.days_meals_logged) == (3, 4)
    assert week.days[0].meal_gap_min == 7 * 60
    assert week.days[3].meals == {"breakfast": "skipped", "lunch": None, "dinner": None}
    assert week.grounding_sessions == 2 and week.grounding_minutes == 6
    assert week.distress_change_mean == -3


def test_mood_beside_sleep_says_which_days_it_looks_at() -> None:
    sleep = [night(MONDAY, "23:00", "07:00")]
    moods = [checkin(MONDAY, 10, 3)]
    week = summarise_week(
        MONDAY,
        WeekRecords(sleep=sleep, checkins=moods),
        history=WeekRecords(sleep=sleep, checkins=moods),
    )
    sentence = next(s for s in week.sentences if s.startswith("Mood after a night under 7"))
    assert "over the four weeks to the end of this one" in sentence
    assert (
        "not enough days yet (0 after short nights, 1 after longer ones; 5 of each are needed)"
        in sentence
    )
