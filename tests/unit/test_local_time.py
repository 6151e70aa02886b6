"""A clock time on a date, placed in the person's time zone: a time the clocks jumped over
is refused with the reason, a time that happened twice is the first of the two with a
note, and every other time gets the offset its own date had."""

from __future__ import annotations

import functools
import time as system_time
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

import pytest
from dateutil import tz
from hypothesis import given, settings
from hypothesis import strategies as st

from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.localtime import person_zone, place

ZONES = [
    "Europe/London",
    "America/New_York",
    "Australia/Lord_Howe",  # summer time of half an hour
    "Pacific/Apia",  # skipped the whole of 30 December 2011
    "Asia/Kolkata",  # no summer time, a half-hour offset
    "America/St_Johns",
    "America/Sao_Paulo",
    "Europe/Dublin",  # summer time written as the standard, winter as the exception
    "Africa/Casablanca",  # clocks back for Ramadan
    "UTC",
]


def zone_named(name: str, kind: str) -> tzinfo:
    found = ZoneInfo(name) if kind == "zoneinfo" else tz.gettz(name)
    assert found is not None
    return found


def instants_showing(wall: datetime, zone: tzinfo) -> list[datetime]:
    """Every moment (to the minute) whose clock time in ``zone`` is ``wall``, found by
    trying every offset the zone had within two days of it."""
    offsets = set()
    for hours in range(-48, 49):
        near = (wall + timedelta(hours=hours)).replace(tzinfo=UTC).astimezone(zone)
        offsets.add(near.utcoffset())
    found = set()
    for offset in offsets:
        assert offset is not None
        moment = (wall - offset).replace(tzinfo=UTC)
        if moment.astimezone(zone).replace(tzinfo=None, fold=0) == wall:
            found.add(moment)
    return sorted(found)


def check_placed(name: str, kind: str, day: date, clock: time) -> None:
    zone = zone_named(name, kind)
    wall = datetime.combine(day, clock)
    happened = instants_showing(wall, zone)
    try:
        placed = place(day, clock, zone, "time")
    except ValidationError as err:
        assert happened == []
        assert err.field == "time" and "clocks went forward" in err.message
        return
    assert placed.moment == happened[0]
    assert placed.moment.replace(tzinfo=None) == wall
    assert (placed.note is not None) == (len(happened) == 2)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(ZONES),
    st.sampled_from(["zoneinfo", "dateutil"]),
    st.dates(min_value=date(1975, 1, 1), max_value=date(2037, 12, 31)),
    st.times().map(lambda t: t.replace(second=0, microsecond=0)),
)
def test_a_clock_time_is_placed_at_the_moment_it_happened_or_refused(
    name: str, kind: str, day: date, clock: time
) -> None:
    check_placed(name, kind, day, clock)


@functools.cache
def change_days(name: str) -> list[date]:
    """The days around each change of the zone's offset, 2000 to 2037."""
    zone = ZoneInfo(name)
    out: list[date] = []
    day, before = date(2000, 1, 1), None
    while day < date(2038, 1, 1):
        offset = datetime.combine(day, time(12), zone).utcoffset()
        if before is not None and offset != before:
            out += [day - timedelta(days=1), day, day + timedelta(days=1)]
        day, before = day + timedelta(days=1), offset
    return out or [date(2026, 3, 29)]


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(ZONES).flatmap(
        lambda n: st.tuples(st.just(n), st.sampled_from(change_days(n)))
    ),
    st.sampled_from(["zoneinfo", "dateutil"]),
    st.integers(min_value=0, max_value=24 * 4 - 1).map(lambda q: time(q // 4, q % 4 * 15)),
)
def test_around_every_clock_change_a_time_is_placed_or_refused_as_it_happened(
    zone_day: tuple[str, date], kind: str, clock: time
) -> None:
    name, day = zone_day
    check_placed(name, kind, day, clock)


def test_every_ten_minutes_of_the_two_change_nights_in_london() -> None:
    london = ZoneInfo("Europe/London")
    for hour in range(4):
        for minute in range(0, 60, 10):
            spring = time(hour, minute)
            if hour == 1:
                with pytest.raises(ValidationError) as refused:
                    place(date(2026, 3, 29), spring, london, "time")
                assert refused.value.message == (
                    f"01:{minute:02d} did not happen on 29 March in your time zone: "
                    "clocks went forward"
                )
            else:
                placed = place(date(2026, 3, 29), spring, london, "time")
                assert placed.moment.utcoffset() == timedelta(hours=0 if hour == 0 else 1)
            autumn = place(date(2026, 10, 25), time(hour, minute), london, "time")
            assert autumn.moment.utcoffset() == timedelta(hours=1 if hour < 2 else 0)
            if hour == 1:
                assert autumn.note is not None and "happened twice on 25 October" in autumn.note
            else:
                assert autumn.note is None


def test_a_date_in_summer_gets_summer_time_even_in_winter() -> None:
    london = ZoneInfo("Europe/London")
    placed = place(date(2026, 7, 1), time(9, 0), london, "time")
    assert placed.moment.isoformat() == "2026-07-01T09:00:00+01:00"
    assert placed.moment.tzinfo == timezone(timedelta(hours=1))


@pytest.fixture
def system_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    yield
    monkeypatch.undo()
    system_time.tzset()


@pytest.mark.parametrize("name", ["Europe/London", "America/New_York", "Australia/Lord_Howe"])
def test_the_computers_zone_is_found_from_a_clock_that_only_knows_todays_offset(
    name: str, monkeypatch: pytest.MonkeyPatch, system_zone: None
) -> None:
    monkeypatch.setenv("TZ", name)
    system_time.tzset()
    zone = ZoneInfo(name)
    for day in (date(2026, 1, 15), date(2026, 7, 15)):
        now = datetime.combine(day, time(12, 0), zone)
        fixed = now.astimezone(timezone(now.utcoffset() or timedelta(0)))  # as the system says
        found = person_zone(fixed)
        for other in (date(2026, 1, 10), date(2026, 7, 10)):
            wall = datetime.combine(other, time(12, 0))
            assert wall.replace(tzinfo=found).utcoffset() == wall.replace(tzinfo=zone).utcoffset()
    assert person_zone(datetime(2026, 7, 1, tzinfo=zone)) is zone


def test_a_clock_whose_offset_is_not_the_computers_keeps_its_own(
    monkeypatch: pytest.MonkeyPatch, system_zone: None
) -> None:
    monkeypatch.setenv("TZ", "Europe/London")
    system_time.tzset()
    tokyo = timezone(timedelta(hours=9))
    assert person_zone(datetime(2026, 7, 1, 12, tzinfo=tokyo)) == tokyo
