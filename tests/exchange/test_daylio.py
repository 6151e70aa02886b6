"""Daylio's CSV export in each of its layouts (tests/fixtures/daylio/, built from the layouts
Daylio has written: see the comments in each test), its own mood names and its HTML notes."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.cli.test_faithful_exchange import run_with_stdin
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.exchange.common import ExchangeError
from wellbeing_tui.exchange.daylio import note_text
from wellbeing_tui.exchange.importers import apply_import, plan_import, stable_id
from wellbeing_tui.storage import Store

FIXTURES = Path(__file__).parents[1] / "fixtures" / "daylio"
LONDON = ZoneInfo("Europe/London")


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "w.json", FixedClock(datetime(2026, 12, 1, 12, 0, tzinfo=LONDON)))


Checkins = list[tuple[str, int | None, tuple[str, ...]]]
Notes = list[tuple[str, str, tuple[str, ...]]]


def imported(store: Store, name: str, mood_map: str | None = None) -> tuple[Checkins, Notes]:
    """The check-ins (time, mood, activities) and notes (time, text, activities) that
    importing the fixture ``name`` writes."""
    plan = plan_import(FIXTURES / name, store, None, mood_map)
    apply_import(plan, store)
    checkins = sorted((c.at, c.mood, c.tags) for c in store.records(CheckIn))
    notes = sorted((e.created_at, e.text, e.tags) for e in store.records(JournalEntry))
    return checkins, notes


def test_the_current_layout_with_a_bom_crlf_12_hour_times_and_html(store: Store) -> None:
    # full_date,date,weekday,time,mood,activities,note_title,note (Daylio since 2021)
    assert (FIXTURES / "current.csv").read_bytes().startswith(b"\xef\xbb\xbffull_date,")
    checkins, notes = imported(store, "current.csv")
    assert checkins == [
        ("2026-10-05T13:49:00+01:00", 4, ('"quoted" activity',)),
        ("2026-10-06T08:30:00+01:00", 1, ()),
        ("2026-10-07T00:00:00+01:00", 5, ("friends", "movies / tv")),
        ("2026-10-07T22:04:00+01:00", 3, ("work", "bad sleep")),
    ]
    assert notes == [
        ("2026-10-05T13:49:00+01:00", "- tea\n- a walk", ('"quoted" activity',)),
        (
            "2026-10-07T00:00:00+01:00",
            "Saw Zoë & Sam, laughed.\nSecond line",
            ("friends", "movies / tv"),
        ),
        (
            "2026-10-07T22:04:00+01:00",
            "Long & flat\n\nMeetings all day.\nFelt far away <again>.\nWalked home.",
            ("work", "bad sleep"),
        ),
    ]


def test_the_layout_without_note_titles_and_both_clocks(store: Store) -> None:
    # full_date,date,weekday,time,mood,activities,note (2020): "6:50 pm" beside "14:58"
    checkins, notes = imported(store, "no_title.csv")
    assert checkins == [
        ("2020-05-25T07:09:00+01:00", 2, ()),
        ("2020-05-25T14:58:00+01:00", 3, ("work",)),
        ("2020-05-30T18:50:00+01:00", 5, ("friends", "gaming")),
    ]
    assert [text for _, text, _ in notes] == ["Could be better", "Awesome"]


def test_the_oldest_layout_with_the_year_apart_and_the_day_either_way(store: Store) -> None:
    # year,date,weekday,time,mood,activities,note (2017-2018): "18 May", "Sep 26"
    checkins, notes = imported(store, "oldest.csv")
    assert checkins == [
        ("2017-09-26T07:05:00+01:00", 1, ()),
        ("2017-09-26T22:21:00+01:00", 3, ("cook", "stressed")),
        ("2018-05-18T23:54:00+01:00", 4, ("clean", "cook", "music")),
    ]
    assert [text for _, text, _ in notes] == ["Did nothing today.", "Went to a party"]


def test_semicolons_and_times_with_seconds(store: Store) -> None:
    # A spreadsheet in a language with a decimal comma saves it with ";"; "03:26:00 AM".
    checkins, notes = imported(store, "semicolon.csv")
    assert checkins == [
        ("2023-03-04T03:26:00+00:00", 2, ("sleep",)),
        ("2023-03-04T21:10:00+00:00", 4, ("walk", "friends")),
    ]
    assert [text for _, text, _ in notes] == ["Woke at 3, again.", "Better\n\nMuch better."]


def test_every_unknown_mood_is_named_in_one_message_with_the_map_to_give(store: Store) -> None:
    with pytest.raises(ExchangeError) as refused:
        plan_import(FIXTURES / "own_moods.csv", store)
    assert str(refused.value) == (
        'own_moods.csv: unknown moods: "vaguely ok", "super", "fatigued"; give each a '
        "number from 1 (awful) to 5 (rad): --mood-map 'vaguely ok=N,super=N,fatigued=N'"
    )
    checkins, _ = imported(store, "own_moods.csv", "vaguely ok=3,SUPER=5,fatigued=2")
    assert [mood for _, mood, _ in checkins] == [2, 3, 5, 5, 3]


def test_each_layout_imported_twice_adds_nothing(store: Store) -> None:
    for name in ("current.csv", "no_title.csv", "oldest.csv", "semicolon.csv"):
        imported(store, name)
        again = plan_import(FIXTURES / name, store)
        assert not again.new and not again.conflicts, name


def test_a_note_imported_before_html_was_read_is_already_here(store: Store) -> None:
    # Earlier versions turned only <br> into a line break and kept the rest of the HTML.
    when = "2026-10-07T22:04:00+01:00"
    old = (
        "Long &amp; flat\n\n<b>Meetings</b> all day.\nFelt far away &lt;again&gt;.<br/>Walked home."
    )
    store.add(
        JournalEntry(
            id=stable_id("daylio-note", when, old), created_at=when, updated_at=when, text=old
        )
    )
    plan = plan_import(FIXTURES / "current.csv", store)
    assert plan.skipped["journal"] == 1
    assert len([r for r in plan.new if isinstance(r, JournalEntry)]) == 2


@pytest.mark.parametrize(
    ("note", "text"),
    [
        ("a<br>b<BR />c", "a\nb\nc"),
        ("<p>one</p><p>two</p>", "one\ntwo"),
        ("I <3 you &amp; <b>you</b>", "I <3 you & you"),
        ("x &lt;script&gt; y", "x <script> y"),
        ("line\r\nnext\rlast", "line\nnext\nlast"),
    ],
)
def test_notes_become_plain_text(note: str, text: str) -> None:
    assert note_text(note) == text


def test_a_file_from_standard_input_is_known_by_its_header(tmp_path: Path) -> None:
    data = tmp_path / "w.json"
    oldest = (FIXTURES / "oldest.csv").read_bytes()
    code, out, err = run_with_stdin("import", "-", "--data", str(data), stdin=oldest)
    assert code == 0, err
    assert b"checkins: 3 new" in out and b"journal: 2 new" in out


PIECES = ["\x1b[2J", ",", ";", '"', "\n", "\r\n", "<br>", "&amp;", "|", "\ud800", "\u202e"]
WORDS = ["rad", "meh", "09:00", "03:26:00 AM", "2026-02-30", "2026-10-05", "Sep 26", "2018"]
cells = st.lists(
    st.text(max_size=4) | st.sampled_from(PIECES) | st.sampled_from(WORDS), max_size=4
).map("".join)


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from(
        [
            "full_date,date,weekday,time,mood,activities,note_title,note",
            "year,date,weekday,time,mood,activities,note",
            "full_date;date;weekday;time;mood;activities;note",
        ]
    ),
    st.lists(st.lists(cells, min_size=0, max_size=9), max_size=4),
)
def test_whatever_the_rows_hold_the_answer_is_a_plan_or_one_reason(
    store: Store, header: str, rows: list[list[str]]
) -> None:
    sep = header[9] if header.startswith("full") else ","
    text = header + "\n" + "\n".join(sep.join(row) for row in rows)
    try:
        plan = plan_import(_written(store, text), store, "daylio")
    except ExchangeError as err:
        assert "\n" not in str(err)
    else:
        assert all(r.id for r in plan.new)


def _written(store: Store, text: str) -> Path:
    path = store.path.parent / "d.csv"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    return path
