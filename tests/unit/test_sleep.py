"""Sleep diary figures (Consensus Sleep Diary), worked by hand, refused when impossible."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wellbeing_tui.domain.clocktime import parse_clock
from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.sleep import SleepEntry, compute_metrics
from wellbeing_tui.domain.sleep_review import doctor_note


def figures(*args: object) -> tuple[int, int, float, int]:
    m = compute_metrics(*args)  # type: ignore[arg-type]
    return m.tib_min, m.tst_min, round(m.se_pct, 1), m.twak_min


def test_an_ordinary_night() -> None:
    # 23:00 in bed, 23:15 lights out, 20 min to sleep, 30 min awake, woke 06:45, up 07:00.
    # TIB 8 h = 480; window 23:15-06:45 = 450; TST = 450 - 20 - 30 = 400; SE 83.3%.
    assert figures("23:00", "23:15", 20, 30, "06:45", "07:00") == (480, 400, 83.3, 15)


def test_bedtime_after_midnight() -> None:
    # 01:30 in bed and lights out, 10 min to sleep, no waking, woke 08:30, up 09:00.
    assert figures("01:30", "01:30", 10, 0, "08:30", "09:00") == (450, 410, 91.1, 30)


def test_daytime_sleep_after_a_night_shift() -> None:
    # In bed 08:10, lights out 08:20, 25 min to sleep, 40 min awake, woke 15:00, up 15:30.
    assert figures("08:10", "08:20", 25, 40, "15:00", "15:30") == (440, 335, 76.1, 30)


def test_equal_times_are_zero_minutes_not_a_day() -> None:
    # Getting up the minute you wake is 0 min awake in bed, not 24 hours.
    assert figures("22:30", "22:30", 0, 0, "06:30", "06:30") == (480, 480, 100.0, 0)


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("22:00", "21:00", 10, 0, "06:00", "06:30"), "lights_out"),  # lights out before bed
        (("23:00", "23:00", 200, 0, "01:00", "07:00"), "sol_min"),  # asleep after waking
        (("23:00", "23:00", 30, 500, "06:00", "06:30"), "waso_min"),  # awake longer than night
        (("23:00", "23:00", 0, 0, "23:00", "23:00"), "out_of_bed"),  # no time in bed at all
        (("08:00", "06:00", 0, 0, "07:00", "07:30"), "lights_out"),  # 22 h before lights out
        (("07:00", "07:10", 0, 0, "07:30", "05:00"), "out_of_bed"),  # 21 h lying in
        (("22:00", "22:30", 0, 0, "22:00", "22:10"), "final_wake"),  # more than 24 h in bed
    ],
)
def test_impossible_nights_are_refused_naming_the_field(
    args: tuple[object, ...], field: str
) -> None:
    with pytest.raises(ValidationError) as err:
        compute_metrics(*args)  # type: ignore[arg-type]
    assert err.value.field == field


def clock(minutes: int) -> str:
    minutes %= 1440
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


nights = st.tuples(
    st.integers(0, 1439),  # in bed
    st.integers(0, 180),  # until lights out
    st.integers(0, 900),  # lights out to final wake
    st.integers(0, 240),  # lying in
    st.integers(0, 300),  # sol
    st.integers(0, 300),  # waso
)


@given(nights, st.integers(0, 1439))
def test_properties_of_every_possible_night(night: tuple[int, ...], shift: int) -> None:
    bed, to_lights, window, lie_in, sol, waso = night
    if sol + waso > window or to_lights + window + lie_in == 0:
        return
    times = [bed, bed + to_lights, bed + to_lights + window, bed + to_lights + window + lie_in]
    m = compute_metrics(
        clock(times[0]), clock(times[1]), sol, waso, clock(times[2]), clock(times[3])
    )
    assert 0 <= m.tst_min <= m.tib_min
    assert 0 <= m.se_pct <= 100
    assert m.tib_min == to_lights + window + lie_in
    later = [clock(t + shift) for t in times]
    moved = compute_metrics(later[0], later[1], sol, waso, later[2], later[3])
    assert moved == m


@pytest.mark.parametrize(
    ("typed", "clock_time"),
    [
        ("23:10", "23:10"),
        ("2310", "23:10"),
        ("11:10pm", "23:10"),
        ("11pm", "23:00"),
        ("7", "07:00"),
        ("0705", "07:05"),
        ("705", "07:05"),
        ("12am", "00:00"),
        ("12:30pm", "12:30"),
        ("7.30", "07:30"),
        ("6:45 AM", "06:45"),
    ],
)
def test_clock_times_as_people_type_them(typed: str, clock_time: str) -> None:
    assert parse_clock("in_bed", typed) == clock_time


@pytest.mark.parametrize("typed", ["25:00", "13pm", "noon", "7:61", "", "12345"])
def test_nonsense_times_name_the_field(typed: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_clock("final_wake", typed)
    assert err.value.field == "final_wake"


def entry(day: date, asleep_min: int) -> SleepEntry:
    wake = (23 * 60 + asleep_min) % 1440
    return SleepEntry(
        id=str(day),
        date=day.isoformat(),
        in_bed="23:00",
        lights_out="23:00",
        sol_min=0,
        awakenings=0,
        waso_min=0,
        final_wake=f"{wake // 60:02d}:{wake % 60:02d}",
        out_of_bed=f"{wake // 60:02d}:{wake % 60:02d}",
        quality=3,
    )


TODAY = date(2026, 11, 26)


def nights_of(hours: list[float], end: date = TODAY) -> list[SleepEntry]:
    return [entry(end - timedelta(days=n), round(h * 60)) for n, h in enumerate(hours)]


def test_no_note_for_a_steady_usual_week() -> None:
    assert doctor_note(nights_of([7.5] * 21), TODAY) is None


def test_a_short_week_gets_a_calm_note() -> None:
    note = doctor_note(nights_of([6.0] * 21), TODAY)
    assert note is not None and "under 7" in note and "doctor" in note


def test_a_sudden_change_gets_a_note_even_within_the_usual_range() -> None:
    note = doctor_note(nights_of([8.8] * 7 + [7.0] * 14), TODAY)
    assert note is not None and "more than the two weeks before" in note


def test_too_few_nights_say_nothing() -> None:
    assert doctor_note(nights_of([4.0, 4.0]), TODAY) is None
