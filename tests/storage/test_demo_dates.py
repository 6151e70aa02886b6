"""The demo copy, moved to whatever day it is opened on, holds only valid records that end
on that day: tried on many days, not just the one the demo data was made on."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.drafts import Draft
from wellbeing_tui.domain.tables import RECORD_TYPES, TABLES
from wellbeing_tui.domain.timeshift import shift_doc
from wellbeing_tui.storage import Store
from wellbeing_tui.storage.demo import (
    demo_last_day,
    load_demo,
    make_demo_copy,
    remove_demo_copy,
    shift_days,
)

DEMO = load_demo()
DEMO_LAST = demo_last_day(DEMO)

# Days that have broken date code before: a leap day, the turn of a year, and the days the
# clocks change in Europe/London and America/New_York, on both sides of the demo's own day.
AWKWARD_DAYS = [
    date(2024, 2, 29),
    date(2028, 2, 29),
    date(2026, 12, 31),
    date(2027, 1, 1),
    date(2026, 3, 29),  # London: clocks forward
    date(2026, 10, 25),  # London: clocks back
    date(2027, 3, 28),
    date(2027, 10, 31),
    date(2026, 3, 8),  # New York: clocks forward
    date(2026, 11, 1),  # New York: clocks back
    date(2027, 3, 14),
    date(2027, 11, 7),
    DEMO_LAST,
    DEMO_LAST + timedelta(days=1),
    DEMO_LAST - timedelta(days=1),
]


def record_day(table: str, doc: dict[str, Any]) -> date:
    return date.fromisoformat(str(doc[TABLES[table].date_field or ""])[:10])


def check_demo_on(day: date) -> None:
    folder, path = make_demo_copy(day)
    try:
        store = Store(path, FixedClock(datetime.combine(day, time(19, 30), tzinfo=UTC)))
        try:
            last_seen = date.min
            for table, record_type in RECORD_TYPES.items():
                docs = list(store.raw(table).values())
                # Every stored record reads back as a valid record.
                assert len(store.records(record_type)) == len(docs), table
                if TABLES[table].date_field:
                    for doc in docs:
                        last_seen = max(last_seen, record_day(table, doc))
            assert last_seen == day
        finally:
            store.close()
        shifted = json.loads(path.read_text(encoding="utf-8"))
    finally:
        remove_demo_copy(folder)
    offset = (day - DEMO_LAST).days
    meta = next(iter(shifted["_meta"].values()))
    assert meta["demo_last_day"] == day.isoformat()
    # Each record moved by exactly the offset; clock times did not move at all.
    for table in (name for name, spec in TABLES.items() if spec.date_field):
        for key, before in DEMO.get(table, {}).items():
            after = shifted[table][key]
            assert record_day(table, after) - record_day(table, before) == timedelta(offset)
    for key, meal in DEMO["meals"].items():
        assert shifted["meals"][key]["at"] == meal["at"]
    for key, night in DEMO["sleep"].items():
        for clock_field in ("in_bed", "lights_out", "final_wake", "out_of_bed"):
            assert shifted["sleep"][key][clock_field] == night[clock_field]


@pytest.mark.parametrize("day", AWKWARD_DAYS, ids=str)
def test_demo_copy_is_valid_and_ends_on_an_awkward_day(day: date) -> None:
    check_demo_on(day)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(offset=st.integers(min_value=-3 * 366, max_value=3 * 366))
def test_demo_copy_is_valid_and_ends_on_any_day_years_either_way(offset: int) -> None:
    check_demo_on(DEMO_LAST + timedelta(days=offset))


def test_times_inside_a_draft_move_and_its_free_text_does_not() -> None:
    doc = {
        "id": "d1",
        "kind": "checkin",
        "updated_at": "2026-11-26T21:05:00+00:00",
        "data": {
            "at": "2026-11-26T20:00:00+01:00",
            "nights": [{"date": "2026-11-25", "in_bed": "23:10"}],
            "text": "On 2026-11-26 I felt flat.",
            "steps": 3,
        },
    }
    moved = shift_doc(Draft, doc, 5)
    assert moved["updated_at"] == "2026-12-01T21:05:00+00:00"
    assert moved["data"]["at"] == "2026-12-01T20:00:00+01:00"
    assert moved["data"]["nights"] == [{"date": "2026-11-30", "in_bed": "23:10"}]
    assert moved["data"]["text"] == "On 2026-11-26 I felt flat."
    assert moved["data"]["steps"] == 3
    Draft.from_doc(moved)


def test_every_table_of_the_demo_has_a_record_type_that_says_how_it_moves() -> None:
    # A table added to the demo without a record type would be moved only by the look of
    # its values; this keeps the demo inside the data contract.
    assert set(DEMO) - {"_meta"} <= set(RECORD_TYPES)
    moved = shift_days(DEMO, -400)
    assert set(moved) == set(DEMO)


def test_make_demo_copy_writes_a_private_file(tmp_path: Path) -> None:
    folder, path = make_demo_copy(date(2027, 6, 1))
    try:
        assert path.stat().st_mode & 0o777 == 0o600
        assert folder.stat().st_mode & 0o777 == 0o700
    finally:
        remove_demo_copy(folder)
