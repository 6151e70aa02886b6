"""jrnl's plain text, read and written by this program alone (the real jrnl is in
test_jrnl_real.py): what a person is told about a file that cannot be read, tags with either
symbol, and hostile text both ways."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tests.cli.test_cli import cli
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.fields import iso
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.domain.visible import SHOWN_AS_PLACEHOLDER
from wellbeing_tui.exchange import jrnl
from wellbeing_tui.exchange.common import ExchangeError
from wellbeing_tui.exchange.importers import plan_import, stable_id
from wellbeing_tui.exchange.jrnl_export import jrnl_text
from wellbeing_tui.storage import Store

LONDON = ZoneInfo("Europe/London")
HINT = "export it with `jrnl --format json` and import that file; nothing was imported\n"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "w.json", FixedClock(datetime(2026, 12, 1, 12, 0, tzinfo=LONDON)))


def refused(tmp_path: Path, name: str, content: bytes, *args: str) -> str:
    source = tmp_path / name
    source.write_bytes(content)
    data = tmp_path / "w.json"
    done = cli("import", str(source), *args, "--data", str(data))
    assert done.returncode == 2
    assert not data.exists() or not json.loads(data.read_text(encoding="utf-8")).get("journal")
    assert done.stderr.count("\n") == 1
    return done.stderr


def test_an_encrypted_jrnl_journal_says_how_to_export_it(tmp_path: Path) -> None:
    # jrnl 2 and later: one Fernet token (version byte 0x80, then the time, in base64).
    token = base64.urlsafe_b64encode(b"\x80" + bytes(8) + bytes(range(80))) + b"\n"
    assert refused(tmp_path, "journal.txt", token) == (
        "wellbeing import: journal.txt: an encrypted jrnl journal, which cannot be read "
        f"here; {HINT}"
    )
    # jrnl 1: bytes that are not text at all.
    binary = refused(
        tmp_path, "journal.txt", b"\x8b\x02\xff" + bytes(range(200)), "--format", "jrnl"
    )
    assert binary == (
        "wellbeing import: journal.txt: not UTF-8 text (byte 0); if it is an encrypted "
        f"jrnl journal, {HINT}"
    )


def test_a_jrnl_date_in_another_format_is_named(tmp_path: Path) -> None:
    stderr = refused(tmp_path, "journal.txt", b"[03.10.2026 21:15] Hello\nbody\n")
    assert "jrnl dates written like '03.10.2026 21:15' cannot be read here" in stderr
    assert stderr.endswith(HINT)
    words = refused(tmp_path, "notes.txt", b"just some words\n", "--format", "jrnl")
    assert "no jrnl entries ('[YYYY-MM-DD HH:MM] Title' lines)" in words


def test_tags_with_either_symbol_are_words_without_it(store: Store) -> None:
    text = "[2026-10-03 09:15:00 PM] Lunch with #Family, @work and ##sleep *\nok #family\n"
    [entry] = jrnl.text_plan(text, store).new
    assert isinstance(entry, JournalEntry)
    assert entry.tags == ("family", "work", "sleep", "starred")
    assert entry.created_at == "2026-10-03T21:15:00+01:00"
    assert entry.text == "Lunch with #Family, @work and ##sleep\n\nok #family"


def test_an_entry_imported_with_its_tag_symbol_before_is_already_here(
    tmp_path: Path, store: Store
) -> None:
    when, text = "2026-10-04T14:02:00+01:00", "Lunch"
    earlier = stable_id("jrnl", when, text)
    store.add(
        JournalEntry(
            id=earlier, created_at=when, updated_at=when, text=text, tags=("#family", "starred")
        )
    )
    source = tmp_path / "j.json"
    entry = {"date": "2026-10-04", "time": "14:02", "title": "Lunch", "tags": ["#family"]}
    source.write_text(json.dumps({"entries": [{**entry, "starred": True}]}), encoding="utf-8")
    plan = plan_import(source, store)
    assert not plan.new and not plan.conflicts and plan.skipped["journal"] == 1


PIECES = ["\x1b[2J", "\x07", "\ud800", "\u202e", "\x85", "\n", "[", "] ", "*", "@a", "#b"]
words = st.lists(
    st.text(st.characters(codec="utf-8", exclude_characters="\r"), max_size=6)
    | st.sampled_from(PIECES),
    min_size=1,
    max_size=8,
).map("".join)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 60 * 24 * 365),
            words,
            st.lists(st.text("abc d-é", min_size=1, max_size=6), max_size=3),
            st.booleans(),
        ),
        min_size=1,
        max_size=5,
    )
)
def test_whatever_the_journal_holds_jrnl_text_reads_back_as_the_same_entries(
    store: Store, tmp_path: Path, entries: list[tuple[int, str, list[str], bool]]
) -> None:
    records = []
    start = datetime(2025, 1, 1, tzinfo=UTC)
    for n, (minutes, text, tags, starred) in enumerate(entries):
        first = next((line.strip() for line in text.split("\n") if line.strip()), "")
        assume(first and "*" not in (first[0], first[-1]))  # jrnl strips a star from both ends
        when = iso((start + timedelta(minutes=minutes)).astimezone(LONDON))
        all_tags = (*tags, "starred") if starred else tuple(tags)
        records.append(
            JournalEntry(id=f"e{n}", created_at=when, updated_at=when, text=text, tags=all_tags)
        )
    assume(len({key(r)[0] for r in records}) == len(records))  # else one is kept
    fresh = Store(tmp_path / f"w{len(list(tmp_path.iterdir()))}.json", store.clock)
    fresh.add_many(records)
    written = jrnl_text(fresh.records(JournalEntry))
    assert not SHOWN_AS_PLACEHOLDER.search(written.replace("\n", ""))
    written.encode("utf-8")  # no lone surrogate
    plan = jrnl.text_plan(written, fresh)
    assert not plan.new and not plan.conflicts  # every entry is recognised as already here
    back = [r for r in jrnl.text_plan(written, Store(tmp_path / "e.json", store.clock)).new]
    assert all(isinstance(r, JournalEntry) for r in back)
    assert {key(r) for r in back} == {key(r) for r in records}


def key(record: object) -> tuple[str, bool]:
    """An entry as jrnl keeps it: its minute, its words but tags, and its star."""
    assert isinstance(record, JournalEntry)
    return jrnl.content_key(record.created_at, record.text), "starred" in record.tags


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.sampled_from(
            ["[2026-10-03 21:15] ", "### 2026-10-03 9:15 pm ", "# 2026\n", "\n", "*", "@x"]
        )
        | words,
        max_size=12,
    )
)
def test_whatever_a_jrnl_text_holds_the_answer_is_a_plan_or_one_reason(
    store: Store, pieces: list[str]
) -> None:
    try:
        plan = jrnl.text_plan("".join(pieces), store)
    except ExchangeError as err:
        assert "\n" not in str(err)
    else:
        assert all(r.id for r in plan.new)
