"""check names entries that an old import added twice (one time read with the offset of the
day of import, then of another day), and leaves them where they are."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tests.cli.test_cli import cli
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.storage import Store
from wellbeing_tui.storage.twice import imported_twice


def entry(entry_id: str, at: str, text: str = "a walk by the canal") -> JournalEntry:
    return JournalEntry(id=entry_id, created_at=at, updated_at=at, text=text)


def test_an_entry_imported_in_winter_and_in_summer_is_named(
    tmp_path: Path, clock: FixedClock
) -> None:
    path = tmp_path / "w.json"
    store = Store(path, clock)
    store.add(entry("a1", "2026-06-14T21:30:00+01:00"))  # imported in summer
    store.add(entry("b2", "2026-06-14T21:30:00+00:00"))  # the same entry, imported in winter
    store.add(entry("c3", "2026-06-15T21:30:00+01:00"))  # another day: not a copy
    store.add(entry("d4", "2026-06-14T21:30:00+01:00", "same time, other words"))
    store.add(CheckIn(id="m1", at="2026-06-14T09:00:00+01:00", mood=3))
    before = path.read_bytes()
    result = cli("check", "--data", str(path))
    assert "journal: 1 record looks imported twice" in result.stdout
    assert not [line for line in result.stdout.splitlines() if line.startswith("checkins:")]
    assert path.read_bytes() == before  # nothing removed


def test_entries_written_apart_are_never_called_copies(tmp_path: Path, clock: FixedClock) -> None:
    store = Store(tmp_path / "w.json", clock)
    store.add(entry("a1", "2026-06-14T21:30:00+01:00"))
    store.add(entry("a2", "2026-06-14T21:30:00+01:00"))  # written twice at once, same offset
    assert list(imported_twice({"journal": store.raw("journal")})) == []


@given(st.lists(st.tuples(st.integers(0, 3), st.integers(-2, 2), st.text(max_size=5)), max_size=8))
def test_copies_are_counted_once_per_extra_offset(
    rows: list[tuple[int, int, str]],
) -> None:
    docs = {
        str(n): {"id": str(n), "at": f"2026-03-0{day + 1}T10:00:00{offset:+03d}:00", "note": note}
        for n, (day, offset, note) in enumerate(rows)
    }
    found = dict(imported_twice({"checkins": docs}))
    groups: dict[tuple[int, str], set[int]] = {}
    for day, offset, note in rows:
        groups.setdefault((day, note), set()).add(offset)
    expected = sum(len(offsets) - 1 for offsets in groups.values())
    assert found.get("checkins", 0) == expected
