"""CSV files a spreadsheet reads correctly, and that are safe to show in a terminal."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tests.cli.test_cli import cli
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.fields import iso
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.domain.tables import RECORD_TYPES
from wellbeing_tui.domain.visible import SHOWN_AS_PLACEHOLDER, visible
from wellbeing_tui.exchange.export import FORMULA_START, columns, csv_of, json_text
from wellbeing_tui.storage import Store

BOM = b"\xef\xbb\xbf"
HOSTILE_NOTE = "clears \x1b[2J the screen, rings \x07, \u202ereversed\u202c, DEL \x7f, café ☕"
# The fields of the data contract (design notes), table by table.
CONTRACT = {
    "checkins": "id at mood energy emotions body note",
    "journal": "id created_at updated_at prompt text emotions tags",
    "grounding": "id exercise started_at ended_at planned_seconds actual_seconds completed "
    "distress_before distress_after noticed note",
    "thoughts": "id created_at updated_at situation moods automatic_thought belief_before "
    "distortions evidence_for evidence_against answers balanced_thought belief_after",
    "sleep": "id date in_bed lights_out sol_min awakenings waso_min final_wake out_of_bed "
    "quality rested nap_min alcohol_drinks caffeine_drinks note",
    "meals": "id date kind at skipped note",
    "activities": "id title rank created_at archived",
    "activity_log": "id activity_id at predicted enjoyment mastery note",
    "connections": "id at who how minutes felt note",
    "coping": "id at what feeling_before note",
    "drafts": "id kind updated_at data",
    "safety_plan": "id updated_at warning_signs on_my_own distractions people_to_ask "
    "professionals safer_surroundings reasons_to_live",
}
# Fields the contract allows beyond its list ("more may be added"), named in its notes or
# added since: a check-in's tags, a worksheet's other thoughts, people who distract.
ADDED = {
    "checkins": {"tags"},
    "thoughts": {"other_thoughts"},
    "safety_plan": {"distraction_people"},
}


def export(fmt: str, out: Path, data: Path, *more: str) -> subprocess.CompletedProcess[str]:
    return cli("export", "--format", fmt, "--out", str(out), "--data", str(data), *more)


def _header(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return next(csv.reader(handle))


def test_every_csv_has_the_contract_fields_and_nothing_else(tmp_path: Path) -> None:
    data, out = tmp_path / "w.json", tmp_path / "csv"
    assert cli("log", "mood", "3", "--data", str(data)).returncode == 0
    assert export("csv", out, data).returncode == 0
    assert _header(out / "journal.csv") == [
        "id", "created_at", "updated_at", "text", "prompt", "emotions", "tags"
    ]  # fmt: skip
    for table, fields in CONTRACT.items():
        header = _header(out / f"{table}.csv")
        # A number with words (a mood of 2) has its words in the next column ("low").
        plain = [c for c in header if not (c.endswith("_words") and c[:-6] in header)]
        assert set(plain) == set(fields.split()) | ADDED.get(table, set()), table
        assert all(f"{c}_words" not in header or header[header.index(c) + 1] == f"{c}_words"
                   for c in plain)  # fmt: skip


def test_csv_files_start_with_a_byte_order_mark_so_spreadsheets_read_utf8(
    tmp_path: Path,
) -> None:
    data, out = tmp_path / "w.json", tmp_path / "csv"
    assert cli("log", "mood", "2", "--note", "café ☕", "--data", str(data)).returncode == 0
    assert export("csv", out, data).returncode == 0
    for table in RECORD_TYPES:
        assert (out / f"{table}.csv").read_bytes().startswith(BOM + b"id,")
    assert "café ☕" in (out / "checkins.csv").read_bytes().decode("utf-8")


def test_control_characters_are_placeholders_in_csv_and_markdown_files(
    tmp_path: Path, clock: FixedClock
) -> None:
    data = tmp_path / "w.json"
    store = Store(data, clock)
    at = iso(clock.now())
    store.add(CheckIn(id="c", at=at, mood=2, note=HOSTILE_NOTE, emotions=("numb\x1b]0;x\x07",)))
    store.add(JournalEntry(id="j", created_at=at, updated_at=at, text=HOSTILE_NOTE))
    csv_dir, summary = tmp_path / "csv", tmp_path / "summary.md"
    assert export("csv", csv_dir, data).returncode == 0
    assert export("md", summary, data, "--include-journal").returncode == 0
    shown = "clears ␛[2J the screen, rings ␇, \ufffdreversed\ufffd, DEL ␡, café ☕"
    for path in (csv_dir / "checkins.csv", csv_dir / "journal.csv", summary):
        raw = path.read_bytes()
        assert b"\x1b" not in raw and b"\x07" not in raw and b"\x7f" not in raw, path.name
        # The only control characters left: CSV rows end in CR LF (RFC 4180), one line ending.
        assert visible(raw.decode("utf-8")) == raw.decode("utf-8").replace("\r\n", "\n")
    with (csv_dir / "checkins.csv").open(encoding="utf-8-sig", newline="") as handle:
        [row] = list(csv.DictReader(handle))
    assert row["note"] == shown and row["emotions"] == "numb␛]0;x␇"
    assert "rings ␇" in summary.read_text(encoding="utf-8")


def test_the_json_backup_keeps_the_exact_text_escaped(tmp_path: Path, clock: FixedClock) -> None:
    data, backup = tmp_path / "w.json", tmp_path / "backup.json"
    Store(data, clock).add(CheckIn(id="c", at=iso(clock.now()), mood=2, note=HOSTILE_NOTE))
    assert export("json", backup, data).returncode == 0
    raw = backup.read_bytes()
    assert b"\x1b" not in raw and b"\x07" not in raw and b"\\u001b[2J" in raw
    assert json.loads(raw)["tables"]["checkins"][0]["note"] == HOSTILE_NOTE


ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=80)


@given(ANY_TEXT)
def test_any_note_reads_back_from_the_csv_as_it_is_shown(text: str) -> None:
    doc = {"id": "x", "at": "2026-11-26T10:00:00+00:00", "mood": 2, "note": text}
    written = csv_of("checkins", [doc]).encode("utf-8-sig")  # what the file holds
    [header, row] = list(csv.reader(io.StringIO(written.decode("utf-8-sig"), newline="")))
    cells = dict(zip(header, row, strict=True))
    shown = visible(text)
    assert cells["note"] == ("'" + shown if shown.startswith(FORMULA_START) else shown)
    assert cells["mood_words"] == "low" and header == columns("checkins")


@given(ANY_TEXT)
def test_any_text_survives_the_json_backup_exactly(text: str) -> None:
    written = json_text({"note": text})
    assert not SHOWN_AS_PLACEHOLDER.search(written)
    assert json.loads(written.encode("utf-8")) == {"note": text}
