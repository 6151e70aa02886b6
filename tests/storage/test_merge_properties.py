"""Merging two copies of a diary: exact, idempotent, commutative and associative, on
diaries that were edited, deleted from and undone on each computer, as the Store does it."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from wellbeing_tui.domain.moments import moment_key
from wellbeing_tui.storage.fileformat import Tables
from wellbeing_tui.storage.merge import incoming, merge, same_diary
from wellbeing_tui.storage.schema import new_file
from wellbeing_tui.storage.stamps import apply_change, stamp_settings

START = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
TABLES = ("checkins", "journal", "drafts")
IDS = [f"id-{n}" for n in range(6)]

# One step on one computer: (minutes after the start, what, table, id, words).
Step = tuple[int, str, str, str, str]
steps = st.lists(
    st.tuples(
        st.integers(0, 60),
        st.sampled_from(["save", "save", "delete", "undo", "theme", "bell"]),
        st.sampled_from(TABLES),
        st.sampled_from(IDS),
        st.sampled_from(["a", "b", "c"]),
    ),
    max_size=12,
)


def compact(doc: dict[str, Any]) -> str:
    return json.dumps(doc, sort_keys=True, separators=(",", ":"))


def at(minutes: int) -> str:
    return (START + timedelta(minutes=minutes)).isoformat()


def run(data: Tables, history: list[Step], offset: int) -> Tables:
    """``history`` done on one computer, whose clock reads ``offset`` minutes on; each
    step at its own moment, as the Store would write it."""
    data = copy.deepcopy(data)
    deleted: dict[tuple[str, str], dict[str, Any]] = {}
    for minutes, what, table, record_id, words in sorted(history):
        now = at(minutes + offset)
        here = {d["id"]: d for d in data.get(table, {}).values()}
        if what == "save":
            doc = {"id": record_id, "at": at(minutes), "note": words}
            data.update(apply_change(data, [(table, record_id, doc)], [], now))
        elif what == "delete" and record_id in here:
            deleted[(table, record_id)] = here[record_id]
            data.update(apply_change(data, [], [(table, record_id)], now))
        elif what == "undo" and (table, record_id) in deleted:
            back = deleted.pop((table, record_id))
            data.update(apply_change(data, [(table, record_id, back)], [], now))
        elif what in ("theme", "bell"):
            old: dict[str, Any] = next(iter(data.get("settings", {}).values()), {})
            doc = stamp_settings(old, {what: words}, now)
            data["settings"] = {"1": doc}
    return data


def base() -> Tables:
    return new_file(at(0))


diaries = st.builds(lambda h, o: run(base(), h, o), steps, st.integers(0, 5))


def state(data: Tables, table: str, record_id: str) -> tuple[Any, ...] | None:
    """A record's version on one copy, or its tombstone, as (when, kind, doc)."""
    for doc in data.get(table, {}).values():
        if doc["id"] == record_id:
            return (moment_key(doc["updated_at"]), 0, doc)
    for grave in data.get("_deleted", {}).values():
        if (grave["table"], grave["id"]) == (table, record_id):
            return (moment_key(grave["deleted_at"]), 1, grave)
    return None


@settings(max_examples=150, deadline=None)
@given(steps, steps, steps)
def test_a_merge_keeps_the_newest_of_everything_either_computer_did(
    shared: list[Step], mine: list[Step], theirs: list[Step]
) -> None:
    start = run(base(), shared, 0)
    a, b = run(start, mine, 61), run(start, theirs, 62)
    merged = merge(a, b)
    for table in TABLES:
        for record_id in IDS:
            sides = [s for s in (state(a, table, record_id), state(b, table, record_id)) if s]
            got = state(merged, table, record_id)
            if not sides:
                assert got is None
                continue
            newest = max(sides, key=lambda s: (s[0], s[1], compact(s[2])))
            assert got is not None and got[1:] == newest[1:], (table, record_id)
            if len(sides) == 1 and sides[0][1] == 0:
                assert got[2] == sides[0][2], "a record only one side had is kept as it is"
    for field in ("theme", "bell"):
        stamped = [
            (moment_key(d["settings"]["1"]["field_times"][field]), d["settings"]["1"][field])
            for d in (a, b)
            if field in d.get("settings", {}).get("1", {})
        ]
        if stamped:
            assert merged["settings"]["1"][field] == max(stamped)[1]


@settings(max_examples=100, deadline=None)
@given(diaries, diaries)
def test_merging_is_idempotent_and_commutative(a: Tables, b: Tables) -> None:
    once = merge(a, b)
    assert merge(once, b) == once == merge(once, a) == merge(once, once)
    assert merge(b, a) == once, "the same bytes whichever copy is which"
    assert same_diary(merge(a, a), a) or not incoming(a, merge(a, a))


@settings(max_examples=100, deadline=None)
@given(diaries, diaries, diaries)
def test_merging_is_associative(a: Tables, b: Tables, c: Tables) -> None:
    assert merge(merge(a, b), c) == merge(a, merge(b, c)) == merge(a, b, c)


def test_a_delete_wins_over_an_older_edit_and_loses_to_a_newer_one() -> None:
    start = run(base(), [(0, "save", "journal", "e", "first")], 0)
    deleted = run(start, [(10, "delete", "journal", "e", "")], 0)
    edited_before = run(start, [(5, "save", "journal", "e", "edited")], 0)
    edited_after = run(start, [(20, "save", "journal", "e", "edited")], 0)
    edited_then = run(start, [(10, "save", "journal", "e", "edited")], 0)
    assert merge(deleted, edited_before)["journal"] == {}
    assert merge(edited_then, deleted)["journal"] == {}, "at the same moment, the delete"
    assert [d["note"] for d in merge(deleted, edited_after)["journal"].values()] == ["edited"]
    assert merge(deleted, edited_after)["_deleted"] == {}


def test_drafts_from_both_computers_are_all_kept() -> None:
    a = run(base(), [(1, "save", "drafts", "d1", "a")], 0)
    b = run(base(), [(2, "save", "drafts", "d2", "b")], 0)
    assert sorted(d["id"] for d in merge(a, b)["drafts"].values()) == ["d1", "d2"]


def test_what_came_in_is_counted() -> None:
    start = run(base(), [(0, "save", "checkins", "c0", "a")], 0)
    ours = run(start, [(1, "save", "journal", "j1", "a")], 0)
    theirs = run(
        start,
        [(2, "save", "checkins", "c1", "a"), (3, "save", "checkins", "c2", "a")]
        + [(4, "delete", "checkins", "c0", ""), (5, "theme", "", "", "nord")],
        0,
    )
    came = incoming(ours, merge(ours, theirs))
    assert (dict(came.records), came.deletes, came.settings) == ({"checkins": 2}, 1, True)
    assert not incoming(theirs, merge(theirs, theirs))
