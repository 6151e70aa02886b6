"""Records in the order they happened, whatever UTC offset each time was written with.

On the night the clocks go back in London, an entry at 01:30 BST (+01:00) is written 50
minutes before one at 01:20 GMT (+00:00); as text, "01:20" sorts first."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from wellbeing_tui.domain.activities import Connection
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.drafts import Draft, latest_draft
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.domain.journal_search import JournalQuery, newest_first
from wellbeing_tui.domain.moments import by_moment, latest, moment_key
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.domain.people import people
from wellbeing_tui.domain.today import summarise_today
from wellbeing_tui.domain.week import WeekRecords, summarise_week
from wellbeing_tui.exchange.summary import markdown_summary
from wellbeing_tui.services.journal import journal_page
from wellbeing_tui.storage import Store

BST_0130 = "2026-10-25T01:30:00+01:00"  # 00:30 UTC
GMT_0120 = "2026-10-25T01:20:00+00:00"  # 01:20 UTC: fifty minutes later
CLOCK = FixedClock(datetime(2026, 10, 25, 12, 0, tzinfo=UTC))

offsets = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda m: timezone(timedelta(minutes=m))
)
instants = st.datetimes(
    min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
).map(lambda d: d.replace(microsecond=0))


@given(st.lists(st.tuples(instants, offsets), max_size=30))
def test_times_written_at_any_offsets_sort_by_the_moment(
    moments: list[tuple[datetime, timezone]],
) -> None:
    stamps = [moment.astimezone(zone).isoformat() for moment, zone in moments]
    ordered = by_moment(stamps, lambda s: s)
    assert [datetime.fromisoformat(s) for s in ordered] == sorted(m for m, _ in moments)
    if stamps:
        newest = latest(stamps, lambda s: s)
        assert newest is not None
        assert datetime.fromisoformat(newest) == max(m for m, _ in moments)


def test_a_time_edited_into_the_wrong_shape_is_ordered_without_stopping_the_list() -> None:
    stamps = ["not a time", BST_0130, "2026-10-25", GMT_0120, ""]
    assert by_moment(stamps, lambda s: s)[-2:] == [BST_0130, GMT_0120]
    assert moment_key(None) < moment_key(BST_0130)


def entry(entry_id: str, at: str) -> JournalEntry:
    return JournalEntry(id=entry_id, created_at=at, updated_at=at, text=entry_id)


def test_the_journal_lists_the_later_entry_first_across_the_clock_change(tmp_path: Path) -> None:
    store = Store(tmp_path / "w.json", CLOCK)
    store.add(entry("earlier", BST_0130))
    store.add(entry("later", GMT_0120))
    page, total = journal_page(store, JournalQuery())
    assert [e.id for e in page] == ["later", "earlier"] and total == 2
    found, _ = journal_page(store, JournalQuery(words=("earlier",)))
    assert [e.id for e in found] == ["earlier"]
    docs = [{"created_at": BST_0130}, {"created_at": GMT_0120}]
    assert [d["created_at"] for d in newest_first(docs)] == [GMT_0120, BST_0130]


def checkin(checkin_id: str, at: str, mood: int) -> CheckIn:
    return CheckIn(id=checkin_id, at=at, mood=mood)


def test_the_day_and_the_week_put_check_ins_in_the_order_they_happened() -> None:
    first, second = checkin("a", BST_0130, 2), checkin("b", GMT_0120, 4)
    today = summarise_today(date(2026, 10, 25), [], [second, first], [], [], None)
    assert [c.id for c in today.checkins] == ["a", "b"]
    week = summarise_week(date(2026, 10, 19), WeekRecords(checkins=[second, first]))
    [sunday] = [d for d in week.days if d.day == date(2026, 10, 25)]
    assert sunday.moods == (2, 4)


def test_the_summary_puts_journal_entries_in_the_order_they_were_written(
    tmp_path: Path,
) -> None:
    store = Store(tmp_path / "w.json", CLOCK)
    store.add(entry("later", GMT_0120))
    store.add(entry("earlier", BST_0130))
    text = markdown_summary(store, date(2026, 10, 25), date(2026, 10, 25), include_journal=True)
    assert text.index("earlier") < text.index("later")


def test_the_person_seen_last_and_the_newest_draft_are_by_the_moment() -> None:
    seen = [
        Connection(id="1", at=GMT_0120, who="Ann", how="call"),
        Connection(id="2", at=BST_0130, who="ann", how="in_person"),
    ]
    [ann] = people(seen, date(2026, 10, 25))
    assert ann.last == GMT_0120 and ann.ways == ("in_person", "call")
    drafts = [
        Draft(id="old", kind="journal", updated_at=BST_0130, data={}),
        Draft(id="new", kind="journal", updated_at=GMT_0120, data={}),
    ]
    newest = latest_draft(drafts, "journal")
    assert newest is not None and newest.id == "new"
