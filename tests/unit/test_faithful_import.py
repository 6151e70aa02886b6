"""An import reads what the file says, all of it or nothing: within a limit from any kind of
file, a record given twice with different content is a difference to decide on, a jrnl tag
written as text is one tag, and a number no field can hold is named with its field."""

from __future__ import annotations

import io
import json
import os
import threading
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.exchange.common import ExchangeError
from wellbeing_tui.exchange.importers import apply_import, plan_import, stable_id
from wellbeing_tui.exchange.source import SourceError, read_bounded, read_stream
from wellbeing_tui.exchange.strict_json import Unusable, load, unusable_in
from wellbeing_tui.storage import Store

LONDON = ZoneInfo("Europe/London")
WINTER = FixedClock(datetime(2026, 12, 1, 12, 0, tzinfo=LONDON))


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "w.json", WINTER)


def write(tmp_path: Path, name: str, data: Any) -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def backup(checkins: list[dict[str, Any]]) -> dict[str, Any]:
    return {"format": "wellbeing-tui", "tables": {"checkins": checkins}}


def a_checkin(note: str, checkin_id: str = "c1") -> dict[str, Any]:
    return CheckIn(id=checkin_id, at="2026-11-26T10:00:00+00:00", mood=3, note=note).to_doc()


# -- reading within a limit ---------------------------------------------------------------


def test_a_device_that_never_ends_is_refused_after_the_limit() -> None:
    with pytest.raises(SourceError, match="larger than the 1 MB limit"):
        read_bounded(Path("/dev/zero"), 1 << 20)
    with pytest.raises(SourceError, match="larger than"):
        read_bounded(Path("/dev/urandom"), 1 << 20)


def test_a_file_of_the_limit_is_read_and_one_byte_more_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_bytes(b"x" * 1000)
    assert read_bounded(path, 1000) == b"x" * 1000
    with pytest.raises(SourceError):
        read_bounded(path, 999)
    assert read_stream(io.BytesIO(b"y" * 10), 10) == b"y" * 10
    with pytest.raises(SourceError):
        read_stream(io.BytesIO(b"y" * 11), 10)


def test_a_folder_is_not_read(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="a folder"):
        read_bounded(tmp_path, 100)


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "pipe"
    os.mkfifo(path, 0o600)
    yield path


def test_a_named_pipe_no_program_writes_to_is_refused_soon(fifo: Path) -> None:
    with pytest.raises(SourceError, match="no program wrote to within 0.3 seconds"):
        read_bounded(fifo, 100, writer_wait=0.3)


def writer(fifo: Path, data: bytes, delay: float, pause: float = 0.0) -> threading.Thread:
    def run() -> None:
        time.sleep(delay)
        with open(fifo, "wb") as out:  # waits for the reader, as a program would
            time.sleep(pause)
            out.write(data)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def test_a_named_pipe_is_read_when_a_program_writes_to_it(fifo: Path) -> None:
    thread = writer(fifo, b"hello\n", delay=0.1)
    assert read_bounded(fifo, 100, writer_wait=2) == b"hello\n"
    thread.join(5)


def test_a_program_that_opened_the_pipe_is_waited_for_however_long_it_takes(fifo: Path) -> None:
    thread = writer(fifo, b"after a while", delay=0.0, pause=0.8)
    assert read_bounded(fifo, 100, writer_wait=0.3) == b"after a while"
    thread.join(5)


def test_a_pipe_that_says_too_much_is_refused(fifo: Path) -> None:
    thread = writer(fifo, b"z" * 5000, delay=0.0)
    with pytest.raises(SourceError, match="larger than"):
        read_bounded(fifo, 1000, writer_wait=2)
    thread.join(5)


# -- JSON as written ----------------------------------------------------------------------


def test_a_key_twice_in_one_object_is_refused() -> None:
    with pytest.raises(ExchangeError, match="the key 'note' appears twice"):
        load('{"note": "a", "note": "b"}')


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("9" * 5000, "a number of 5000 digits"),
        ("-" + "9" * 5000, "a number of 5000 digits"),
        ("1e999", "a number too large to hold (1e999)"),
        ("NaN", "NaN, which is not a number"),
        ("-Infinity", "-Infinity, which is not a number"),
    ],
)
def test_a_number_no_field_can_hold_is_named_with_its_place(text: str, what: str) -> None:
    found = unusable_in(load(f'{{"body": [{{"area": {text}}}]}}'))
    assert found is not None
    where, value = found
    assert where == "body[0].area" and isinstance(value, Unusable) and value.what == what


# -- the import ---------------------------------------------------------------------------


def test_one_id_twice_with_different_content_is_a_difference_not_already_here(
    tmp_path: Path, store: Store
) -> None:
    source = write(tmp_path, "b.json", backup([a_checkin("first"), a_checkin("second")]))
    plan = plan_import(source, store)
    assert [r.id for r in plan.new] == ["c1"] and [r.id for r in plan.conflicts] == ["c1"]
    described = "\n".join(plan.describe())
    assert "checkins: 1 new, 0 already here, 1 in the file more than once" in described
    assert "In the file more than once with different content: checkins c1" in described
    with pytest.raises(ExchangeError):
        apply_import(plan, store)
    assert store.count("checkins") == 0
    assert apply_import(plan, store, replace=True) == 1
    [kept] = store.records(CheckIn)
    assert kept.note == "second"


def test_a_record_given_twice_the_same_is_imported_once(tmp_path: Path, store: Store) -> None:
    source = write(tmp_path, "b.json", backup([a_checkin("same"), a_checkin("same")]))
    plan = plan_import(source, store)
    assert len(plan.new) == 1 and plan.skipped["checkins"] == 1 and not plan.conflicts


def test_one_id_here_and_twice_in_the_file_takes_the_last_on_request(
    tmp_path: Path, store: Store
) -> None:
    store.add(CheckIn.from_doc(a_checkin("here")))
    source = write(tmp_path, "b.json", backup([a_checkin("here"), a_checkin("changed")]))
    plan = plan_import(source, store)
    assert plan.skipped["checkins"] == 1 and len(plan.conflicts) == 1
    assert apply_import(plan, store, replace=True) == 1
    [kept] = store.records(CheckIn)
    assert kept.note == "changed"


def jrnl(*entries: dict[str, Any]) -> dict[str, Any]:
    return {"tags": {}, "entries": list(entries)}


def test_a_jrnl_tag_written_as_text_is_one_tag(tmp_path: Path, store: Store) -> None:
    entry: dict[str, Any] = {"date": "2026-11-20", "time": "09:00", "title": "t", "tags": "@work"}
    [record] = plan_import(write(tmp_path, "j.json", jrnl(entry)), store).new
    assert isinstance(record, JournalEntry) and record.tags == ("work",)
    entry["tags"] = [1, 2]
    with pytest.raises(ExchangeError, match="entry 1: tags must be a list of words"):
        plan_import(write(tmp_path, "j.json", jrnl(entry)), store)


def test_a_5000_digit_number_is_named_with_its_field(tmp_path: Path, store: Store) -> None:
    text = json.dumps(backup([a_checkin("x")])).replace('"mood": 3', '"mood": ' + "7" * 5000)
    with pytest.raises(ExchangeError) as refused:
        plan_import(write(tmp_path, "b.json", text), store)
    assert str(refused.value) == (
        "b.json: checkins record 1: mood: a number of 5000 digits is not a value a diary holds"
    )
    big_date = json.dumps(jrnl({"date": 1, "title": "t"})).replace(
        '"date": 1', '"date": ' + "1" * 5000
    )
    with pytest.raises(ExchangeError, match="entry 1: date: a number of 5000 digits"):
        plan_import(write(tmp_path, "j.json", big_date), store)


def test_a_time_the_clocks_jumped_over_is_refused_with_the_reason(
    tmp_path: Path, store: Store
) -> None:
    entry = {"date": "2026-03-29", "time": "01:30", "title": "t"}
    with pytest.raises(ExchangeError) as refused:
        plan_import(write(tmp_path, "j.json", jrnl(entry)), store)
    assert str(refused.value) == (
        "j.json: entry 1: time: 01:30 did not happen on 29 March in your time zone: "
        "clocks went forward"
    )
    assert store.count("journal") == 0


def test_a_time_that_happened_twice_is_the_first_with_a_note(tmp_path: Path, store: Store) -> None:
    entry = {"date": "2026-10-25", "time": "01:30", "title": "t"}
    plan = plan_import(write(tmp_path, "j.json", jrnl(entry)), store)
    [record] = plan.new
    assert isinstance(record, JournalEntry)
    assert record.created_at == "2026-10-25T01:30:00+01:00"
    assert any("01:30 happened twice on 25 October" in line for line in plan.describe())


def test_a_summer_entry_imported_in_winter_gets_summer_time(tmp_path: Path, store: Store) -> None:
    entry = {"date": "2026-07-01", "time": "09:00", "title": "t", "body": "b"}
    source = write(tmp_path, "j.json", jrnl(entry))
    [record] = plan_import(source, store).new
    assert isinstance(record, JournalEntry) and record.created_at == "2026-07-01T09:00:00+01:00"


def test_an_entry_imported_before_with_the_offset_of_that_day_is_already_here(
    tmp_path: Path, store: Store
) -> None:
    # Earlier versions gave it the offset the clocks had on the day of the import.
    old = "2026-07-01T09:00:00+00:00"
    text = "t\n\nb"
    store.add(
        JournalEntry(id=stable_id("jrnl", old, text), created_at=old, updated_at=old, text=text)
    )
    entry = {"date": "2026-07-01", "time": "09:00", "title": "t", "body": "b"}
    plan = plan_import(write(tmp_path, "j.json", jrnl(entry)), store)
    assert not plan.new and plan.skipped["journal"] == 1


def test_daylio_rows_get_the_offset_of_their_own_date(tmp_path: Path, store: Store) -> None:
    source = write(
        tmp_path,
        "d.csv",
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        "2026-07-01,July 1,Wednesday,09:00,good,walk,,\n"
        "2026-12-01,December 1,Tuesday,09:00,meh,,,\n",
    )
    stamps = sorted(r.at for r in plan_import(source, store).new if isinstance(r, CheckIn))
    assert stamps == ["2026-07-01T09:00:00+01:00", "2026-12-01T09:00:00+00:00"]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=12,
)
field_names = st.sampled_from(
    ["id", "at", "mood", "note", "emotions", "body", "date", "title", "tags", "time"]
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from(["json", "jrnl", None]),
    st.lists(st.dictionaries(field_names, json_values, max_size=6), max_size=3),
)
def test_whatever_the_records_hold_the_answer_is_a_plan_or_one_reason(
    tmp_path: Path, store: Store, fmt: str | None, records: list[dict[str, Any]]
) -> None:
    data = backup(records) if fmt != "jrnl" else jrnl(*records)
    try:
        plan = plan_import(write(tmp_path, "x.json", data), store, fmt)
    except ExchangeError as err:
        assert "\n" not in str(err).strip()
    else:
        assert all(r.id for r in plan.new)
