"""Export and import, as commands and on the domain objects."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from tests.cli.test_cli import cli
from tests.conftest import DEMO
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.fields import iso, new_id
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.domain.tables import RECORD_TYPES
from wellbeing_tui.exchange.export import csv_text
from wellbeing_tui.storage import Store

FIXTURES = Path(__file__).parents[1] / "fixtures"


def demo_copy(tmp_path: Path) -> Path:
    path = tmp_path / "demo.json"
    shutil.copy(DEMO, path)
    return path


def test_json_round_trip_is_identical_and_reimport_adds_nothing(tmp_path: Path) -> None:
    first = cli("export", "--format", "json", "--data", str(demo_copy(tmp_path)))
    assert first.returncode == 0, first.stderr
    exported = tmp_path / "export.json"
    exported.write_text(first.stdout, encoding="utf-8")
    empty = tmp_path / "empty.json"
    imported = cli("import", str(exported), "--data", str(empty))
    assert imported.returncode == 0, imported.stderr
    total = sum(len(t) for t in json.loads(first.stdout)["tables"].values())
    assert f"Imported {total} records." in imported.stdout
    again = cli("export", "--format", "json", "--data", str(empty))
    a, b = json.loads(first.stdout), json.loads(again.stdout)
    del a["exported_at"], b["exported_at"]
    assert a == b
    second = cli("import", str(exported), "--data", str(empty))
    assert "Imported 0 records." in second.stdout
    assert "checkins: 0 new, 29 already here" in second.stdout


def test_every_table_and_field_is_in_the_json_export(tmp_path: Path) -> None:
    exported = json.loads(
        cli("export", "--format", "json", "--data", str(demo_copy(tmp_path))).stdout
    )
    demo = json.loads(DEMO.read_text(encoding="utf-8"))
    for table in RECORD_TYPES:
        assert exported["tables"][table] == list(demo.get(table, {}).values())


def test_csv_has_a_file_per_table_with_words_beside_numbers(tmp_path: Path) -> None:
    out = tmp_path / "csv"
    result = cli("export", "--format", "csv", "--out", str(out), "--data", str(demo_copy(tmp_path)))
    assert result.returncode == 0, result.stderr
    assert sorted(p.stem for p in out.iterdir()) == sorted(RECORD_TYPES)
    with open(out / "checkins.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0])[:4] == ["id", "at", "mood", "mood_words"]
    demo = list(json.loads(DEMO.read_text(encoding="utf-8"))["checkins"].values())
    assert len(rows) == len(demo)
    words = {1: "very low", 2: "low", 3: "okay", 4: "good", 5: "very good"}
    for row, doc in zip(rows, demo, strict=True):
        assert row["mood"] == str(doc["mood"]) and row["mood_words"] == words[doc["mood"]]
        assert row["emotions"] == "; ".join(doc["emotions"])
    assert (out / "checkins.csv").stat().st_mode & 0o777 == 0o600


def test_csv_quotes_commas_quotes_and_newlines(empty_store: Store, clock: FixedClock) -> None:
    tricky = 'Mum said "hello", then\nwe had tea, café au lait'
    empty_store.add(CheckIn(id="x", at=iso(clock.now()), mood=2, note=tricky))
    [row] = list(csv.DictReader(csv_text(empty_store, "checkins").splitlines(keepends=True)))
    assert row["note"] == tricky and row["mood_words"] == "low"


def test_markdown_summary_has_the_sleep_table_checked_by_hand(tmp_path: Path) -> None:
    result = cli(
        "export",
        "--format",
        "md",
        "--from",
        "2026-11-20",
        "--to",
        "2026-11-26",
        "--data",
        str(demo_copy(tmp_path)),
    )
    assert result.returncode == 0
    md = result.stdout
    # The night's row in each of the three sleep tables (going to bed; the night and the
    # morning; time in bed and asleep).
    # 20 Nov: in bed 22:15, lights out 22:25, 15 min to sleep, 10 min awake, woke 06:10, up
    # 06:30. In bed 8 h 15; asleep (06:10 - 22:25 = 7:45) - 15 - 10 = 7:20; 440/495 = 88.9%.
    assert "| 2026-11-20 | 22:15    | 22:25      | 15 min         |" in md
    assert "| 2026-11-20 | 1          | 10 min         | 06:10      | 06:30      |" in md
    assert "| 2026-11-20 | 8:15   | 7:20   | 88.9%      | fair    |" in md
    # 25 Nov: 23:45 in bed, 23:50 lights out, 20 min, no waking, woke 07:05, up 07:15.
    # In bed 7:30; asleep 7:15 - 20 = 6:55; 415/450 = 92.2%.
    assert "| 2026-11-25 | 23:45    | 23:50      | 20 min         |" in md
    assert "| 2026-11-25 | 0          | 0 min          | 07:05      | 07:15      |" in md
    assert "| 2026-11-25 | 7:30   | 6:55   | 92.2%      | good    |" in md
    assert "6 nights logged" in md and "pooled" in md
    assert "## Mood by day" in md and "## Thought worksheets" in md
    assert "## Grounding sessions" in md and "## Meals" in md
    assert "Consensus Sleep Diary" in md
    assert "Journal entries are private and were left out" in md
    assert "--include-journal" in result.stderr
    with_journal = cli(
        "export",
        "--format",
        "md",
        "--from",
        "2026-11-20",
        "--to",
        "2026-11-26",
        "--include-journal",
        "--data",
        str(demo_copy(tmp_path)),
    )
    assert "The deadline. It sat in my stomach" in with_journal.stdout


def test_export_writes_private_files_atomically(tmp_path: Path) -> None:
    out = tmp_path / "summary.md"
    result = cli("export", "--format", "md", "--out", str(out), "--data", str(demo_copy(tmp_path)))
    assert result.returncode == 0 and out.stat().st_mode & 0o777 == 0o600
    assert out.read_text(encoding="utf-8").startswith('---\ntitle: "Wellbeing summary')


def test_jrnl_import_with_awkward_entries(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "w.json"
    dry = cli("import", str(FIXTURES / "jrnl.json"), "--dry-run", "--data", str(path))
    assert dry.returncode == 0 and "journal: 3 new, 0 already here" in dry.stdout
    assert "Dry run" in dry.stdout and not path.exists()
    assert cli("import", str(FIXTURES / "jrnl.json"), "--data", str(path)).returncode == 0
    entries = sorted(Store(path, clock).records(JournalEntry), key=lambda e: e.created_at)
    assert [e.created_at[:16] for e in entries] == [
        "2026-10-03T21:15",
        "2026-10-04T14:02",
        "2026-10-05T07:45",
    ]
    assert entries[0].text.startswith("Long day at the office.\n\nMeetings all afternoon.\n")
    assert entries[0].tags == ("work",)
    assert entries[1].text == "Sunday lunch with Grand-mère — crêpes!"
    assert entries[1].tags == ("family", "starred")
    assert entries[2].text.endswith("😴")
    again = cli("import", str(FIXTURES / "jrnl.json"), "--data", str(path))
    assert "journal: 0 new, 3 already here" in again.stdout


def test_daylio_import_maps_moods_and_notes(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "w.json"
    refused = cli("import", str(FIXTURES / "daylio.csv"), "--data", str(path))
    assert refused.returncode == 2
    assert (
        'unknown mood: "super"; give each a number from 1 (awful) to 5 (rad): '
        "--mood-map super=N; nothing was imported"
    ) in refused.stderr
    assert not path.exists() or Store(path, clock).count("checkins") == 0
    done = cli("import", str(FIXTURES / "daylio.csv"), "--mood-map", "super=5", "--data", str(path))
    assert done.returncode == 0, done.stderr
    store = Store(path, clock)
    checkins = sorted(store.records(CheckIn), key=lambda c: c.at)
    assert [(c.at[:16], c.mood) for c in checkins] == [
        ("2026-10-05T08:10", 1),
        ("2026-10-05T21:40", 3),
        ("2026-10-06T20:30", 5),
        ("2026-10-07T12:00", 4),
    ]
    notes = {e.created_at[:16]: e for e in store.records(JournalEntry)}
    assert (
        notes["2026-10-05T21:40"].text == "Quiet day\n\nNothing much happened.\n"
        "Felt flat but OK, I think."
    )
    assert notes["2026-10-05T21:40"].tags == ("work", "walk")
    assert notes["2026-10-06T20:30"].text == "Saw Zoë, laughed for the first time in ages."
    assert notes["2026-10-07T12:00"].text == 'A line with "quotes" and, a comma.'
    assert len(notes) == 3
    again = cli(
        "import", str(FIXTURES / "daylio.csv"), "--mood-map", "super=5", "--data", str(path)
    )
    assert "Imported 0 records." in again.stdout


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        (
            "broken.json",
            '{"format": "wellbeing-tui", "tables": {"checkins": [{"mood": 2}]}}',
            "checkins record 1: id: is missing",
        ),
        ("entries.json", '{"entries": [{"title": "x", "date": "2026-02-30"}]}', "entry 1: date"),
        ("notjson.json", "{ not json", "not JSON"),
    ],
)
def test_a_broken_file_imports_nothing(
    tmp_path: Path, clock: FixedClock, name: str, content: str, words: str
) -> None:
    path = tmp_path / "w.json"
    store = Store(path, clock)
    store.add(CheckIn(id=new_id(), at=iso(clock.now()), mood=3))
    before = path.read_bytes()
    source = tmp_path / name
    source.write_text(content, encoding="utf-8")
    result = cli("import", str(source), "--data", str(path))
    assert result.returncode == 2 and words in result.stderr
    assert "nothing was imported" in result.stderr and result.stderr.count("\n") == 1
    assert path.read_bytes() == before


def test_a_broken_daylio_row_imports_nothing(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "w.json"
    result = cli("import", str(FIXTURES / "daylio_broken.csv"), "--data", str(path))
    assert result.returncode == 2 and "row 3: date" in result.stderr
    assert Store(path, clock).count("checkins") == 0


def test_a_summary_counts_checkins_that_gave_only_words(tmp_path: Path) -> None:
    from datetime import UTC, date, datetime

    from wellbeing_tui.domain.clock import FixedClock
    from wellbeing_tui.domain.mood import CheckIn
    from wellbeing_tui.exchange.summary import markdown_summary
    from wellbeing_tui.storage import Store

    clock = FixedClock(datetime(2026, 11, 26, 19, 30, tzinfo=UTC))
    store = Store(tmp_path / "w.json", clock)
    store.add(CheckIn(id="a", at="2026-11-25T10:00:00+00:00", mood=None, emotions=("numb",)))
    store.add(CheckIn(id="b", at="2026-11-26T10:00:00+00:00", mood=3))
    text = markdown_summary(store, date(2026, 11, 20), date(2026, 11, 26), include_journal=False)
    assert "| Wed 25 Nov | 1         | words only  | —              | numb          |" in text
    # One check-in with a number is too few for an average (the rule every view follows).
    assert "Average mood: 1 check-in with a number; at least 3 are needed" in text
    assert "1 check-in gave only words." in text
    store.add(CheckIn(id="c", at="2026-11-24T10:00:00+00:00", mood=2))
    store.add(CheckIn(id="d", at="2026-11-23T10:00:00+00:00", mood=4))
    text = markdown_summary(store, date(2026, 11, 20), date(2026, 11, 26), include_journal=False)
    assert "Average mood 3.0 over 3 check-ins with a number" in text
    assert "1 check-in gave only words." in text


def test_a_daylio_row_without_a_note_keeps_its_activities(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    source = tmp_path / "daylio.csv"
    source.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        '2026-11-26,November 26,Thursday,10:00 am,good,"cook | walk",,\n',
        encoding="utf-8",
    )
    result = cli("import", str(source), "--format", "daylio", "--data", str(path))
    assert result.returncode == 0, result.stderr
    [checkin] = json.loads(path.read_text(encoding="utf-8"))["checkins"].values()
    assert checkin["mood"] == 4 and checkin["tags"] == ["cook", "walk"]


def test_a_known_id_with_other_content_is_a_conflict_not_already_here(tmp_path: Path) -> None:
    path = demo_copy(tmp_path)
    backup = json.loads(cli("export", "--format", "json", "--data", str(path)).stdout)
    first = backup["tables"]["checkins"][0]
    first["note"] = "changed elsewhere"
    source = tmp_path / "backup.json"
    source.write_text(json.dumps(backup), encoding="utf-8")
    before = path.read_bytes()
    refused = cli("import", str(source), "--data", str(path))
    assert refused.returncode == 2 and "already here with other content" in refused.stderr
    assert f"checkins {first['id']}" in refused.stdout and "1 differ" in refused.stdout
    assert path.read_bytes() == before
    replaced = cli("import", str(source), "--replace", "--data", str(path))
    assert replaced.returncode == 0, replaced.stderr
    notes = {c["id"]: c["note"] for c in json.loads(path.read_text())["checkins"].values()}
    assert notes[first["id"]] == "changed elsewhere"


def test_a_dry_run_import_does_not_wait_for_another_copys_lock(tmp_path: Path) -> None:
    from tests.helpers.locks import lock_held

    data = tmp_path / "w.json"
    shutil.copy(DEMO, data)
    with lock_held(data):
        jrnl = Path(__file__).parents[1] / "fixtures" / "jrnl.json"
        # Not waiting at all for the lock: an import that needed it would be refused.
        no_wait = {"WELLBEING_LOCK_TIMEOUT": "0"}
        done = cli("import", str(jrnl), "--dry-run", "--data", str(data), env=no_wait)
    assert done.returncode == 0, done.stderr
    assert "Dry run: nothing was changed." in done.stdout
