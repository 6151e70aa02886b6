"""jrnl both ways, with the real jrnl: its journal file and its txt, md and json exports
import as the same entries, and ``export --format jrnl`` gives jrnl back what we hold."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.cli.test_cli import cli
from tests.exchange.jrnl_tool import Jrnl
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.storage import Store

LONDON = {"TZ": "Europe/London"}
# Written for jrnl --import: jrnl reads the dates, finds the stars and writes its own file.
ENTRIES = """\
[2026-10-03 21:15] Long day at @work.
Meetings all afternoon.
Felt far away, like watching through glass.

Walked home the long way. #walk

[2026-10-04 14:02] Sunday lunch with Grand-mère — crêpes! *
@Family

[2026-10-05 07:45] 眠れなかった ##sleep
שלום, עולם — מחר יהיה טוב יותר
Tired. 😴
"""
# One more typed on jrnl's command line: jrnl splits the title at the first sentence.
TYPED = "2026-10-06 22:30: Quick note with @Work and #Rest. Second sentence."

Row = tuple[str, str, tuple[str, ...]]
EXPECTED: list[Row] = [
    (
        "2026-10-03T21:15",
        "Long day at @work.\n\nMeetings all afternoon.\n"
        "Felt far away, like watching through glass.\n\nWalked home the long way. #walk",
        ("work", "walk"),
    ),
    (
        "2026-10-04T14:02",
        "Sunday lunch with Grand-mère — crêpes!\n\n@Family",
        ("family", "starred"),
    ),
    (
        "2026-10-05T07:45",
        "眠れなかった ##sleep\n\nשלום, עולם — מחר יהיה טוב יותר\nTired. 😴",
        ("sleep",),
    ),
    ("2026-10-06T22:30", "Quick note with @Work and #Rest.\n\nSecond sentence.", ("work", "rest")),
]


def imported(folder: Path, name: str, content: str, data: Path | None = None) -> list[Row]:
    """The journal entries in a data file (a new one unless given) after importing
    ``content`` as the file ``name``."""
    source = folder / name
    source.write_text(content, encoding="utf-8")
    data = data or folder / f"{name}.data.json"
    done = cli("import", str(source), "--data", str(data), env=LONDON)
    assert done.returncode == 0, done.stderr
    docs = json.loads(data.read_text(encoding="utf-8"))["journal"].values()
    return sorted((d["created_at"][:16], d["text"], tuple(d["tags"])) for d in docs)


@pytest.fixture(params=["%F %r", "%Y-%m-%d %H:%M"], ids=["12-hour", "24-hour"])
def filled(request: pytest.FixtureRequest, tmp_path: Path) -> Jrnl:
    jrnl = Jrnl(tmp_path / "jrnl", request.param)
    jrnl.run("--import", stdin=ENTRIES)
    jrnl.run(TYPED)
    return jrnl


def test_jrnls_file_and_its_exports_import_as_the_same_entries(
    filled: Jrnl, tmp_path: Path
) -> None:
    own = filled.journal.read_text(encoding="utf-8")
    assert "] Sunday lunch with Grand-mère — crêpes! *\n" in own
    stamp = "2026-10-03 09:15:00 PM" if filled.timeformat == "%F %r" else "2026-10-03 21:15"
    assert f"[{stamp}] Long day at @work.\n" in own  # in the journal's own time format
    assert imported(tmp_path, "export.json", filled.exported("json")) == EXPECTED
    assert imported(tmp_path, "journal.txt", own) == EXPECTED
    assert imported(tmp_path, "export.txt", filled.exported("txt")) == EXPECTED
    # jrnl's Markdown leaves the star out; everything else is there.
    unstarred = [
        (at, text, tuple(t for t in tags if t != "starred")) for at, text, tags in EXPECTED
    ]
    assert imported(tmp_path, "export.md", filled.exported("md")) == unstarred


def test_the_same_journal_from_another_export_adds_nothing(filled: Jrnl, tmp_path: Path) -> None:
    data = tmp_path / "w.json"
    imported(tmp_path, "export.json", filled.exported("json"), data)
    (tmp_path / "journal.txt").write_bytes(filled.journal.read_bytes())
    again = cli("import", str(tmp_path / "journal.txt"), "--data", str(data), env=LONDON)
    assert again.returncode == 0, again.stderr
    assert "journal: 0 new, 4 already here" in again.stdout


def test_a_markdown_heading_in_a_body_comes_back_as_written(tmp_path: Path) -> None:
    jrnl = Jrnl(tmp_path / "jrnl")
    jrnl.run("--import", stdin="[2026-10-03 21:15] Plans\n# This week\n- rest\n## Later\n")
    md = jrnl.exported("md")
    assert "#### This week" in md  # jrnl adds ### to every heading in a body
    [(_, text, _)] = imported(tmp_path, "export.md", md)
    assert text == "Plans\n\n# This week\n- rest\n## Later"


def ours(n: int, when: str, text: str, tags: tuple[str, ...] = ()) -> JournalEntry:
    return JournalEntry(id=f"e{n}", created_at=when, updated_at=when, text=text, tags=tags)


OURS = [
    ours(
        1,
        "2026-11-20T08:05:41+00:00",
        "Slept badly.\nWoke at 3, mind racing.\n\nTea helped a bit.",
        ("sleep", "feeling low"),
    ),
    ours(2, "2026-11-21T19:40:00+00:00", "Walk with Zoë 🌧️ — 雨 — גשם", ("starred", "walk")),
    ours(
        3,
        "2026-11-22T22:10:00+00:00",
        "Notes from today\n[2026-01-01 10:00] not an entry\n[x] done\n"
        "[next Monday] plans, not a date\n#calm evening",
        ("calm",),
    ),
    ours(
        4,
        "2026-11-23T07:00:00+00:00",
        "Title \x1b[2J with an escape\nbody with a lone \ud800 surrogate",
    ),
]
# What jrnl holds after importing our export: titles, bodies, dates, stars and tags.
THEIRS = [
    {
        "title": "Slept badly.",
        "body": "Woke at 3, mind racing.\n\nTea helped a bit.\n@sleep @feeling-low",
        "date": "2026-11-20",
        "time": "08:05",
        "tags": ["@feeling-low", "@sleep"],
        "starred": False,
    },
    {
        "title": "Walk with Zoë 🌧️ — 雨 — גשם",
        "body": "@walk",
        "date": "2026-11-21",
        "time": "19:40",
        "tags": ["@walk"],
        "starred": True,
    },
    {
        "title": "Notes from today",
        "body": "\\[2026-01-01 10:00] not an entry\n[x] done\n"
        "\\[next Monday] plans, not a date\n#calm evening",
        "date": "2026-11-22",
        "time": "22:10",
        "tags": ["#calm"],
        "starred": False,
    },
    {
        "title": "Title \u241b[2J with an escape",
        "body": "body with a lone \ufffd surrogate",
        "date": "2026-11-23",
        "time": "07:00",
        "tags": [],
        "starred": False,
    },
]


def test_jrnl_takes_back_the_journal_we_export(tmp_path: Path) -> None:
    data = tmp_path / "w.json"
    store = Store(data, FixedClock(datetime(2026, 11, 26, 12, 0, tzinfo=UTC)))
    store.add_many(OURS)
    out = tmp_path / "for-jrnl.txt"
    done = cli("export", "--format", "jrnl", "--out", str(out), "--data", str(data), env=LONDON)
    assert done.returncode == 0, done.stderr
    assert out.stat().st_mode & 0o777 == 0o600
    jrnl = Jrnl(tmp_path / "jrnl")
    jrnl.run("--import", "--file", str(out))
    theirs = sorted(jrnl.entries(), key=lambda e: (e["date"], e["time"]))
    assert [{**e, "tags": sorted(e["tags"])} for e in theirs] == THEIRS
    # Brought back from jrnl, every entry is recognised: nothing is added twice.
    back = tmp_path / "back.json"
    back.write_text(jrnl.exported("json"), encoding="utf-8")
    again = cli("import", str(back), "--data", str(data), env=LONDON)
    assert again.returncode == 0, again.stderr
    assert "journal: 0 new, 4 already here" in again.stdout


def test_export_for_jrnl_chooses_days_and_goes_to_standard_output(tmp_path: Path) -> None:
    data = tmp_path / "w.json"
    Store(data, FixedClock(datetime(2026, 11, 26, 12, 0, tzinfo=UTC))).add_many(OURS)
    args = ("export", "--format", "jrnl", "--data", str(data))
    one = cli(*args, "--from", "2026-11-21", "--to", "2026-11-21", env=LONDON)
    assert one.returncode == 0, one.stderr
    assert one.stdout == "[2026-11-21 19:40] Walk with Zoë 🌧️ — 雨 — גשם *\n@walk\n"
    backwards = cli(*args, "--from", "2026-11-22", "--to", "2026-11-21", env=LONDON)
    assert backwards.returncode == 2
    assert backwards.stderr == "wellbeing export: --from: the start is after the end\n"
