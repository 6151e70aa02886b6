"""The diary read and written faithfully from the shell: an import of any kind of file is
read within its limit or refused in one line with nothing changed; a JSON export is the same
bytes on standard output as in a file, and reads back to exactly what was stored; journal
entries across a clock change are listed in the order they were written; a passphrase file
that is a pipe with no writer, or that starts with a byte-order mark, is read as meant."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.cli.test_cli import ROOT, cli
from tests.conftest import DEMO_NOW
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.storage import Store

HOSTILE_NOTE = (
    "del\x7f nel\x85 csi\x9b31m rlo\u202eexe.txt esc\x1b[2J bell\x07 caf\u00e9 \U0001f331"
)


def refused_in_one_line(result: subprocess.CompletedProcess[str], words: str) -> None:
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and words in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_an_endless_device_is_refused_in_one_line_and_creates_nothing(
    tmp_path: Path, device: str
) -> None:
    path = tmp_path / "w.json"
    result = cli("import", device, "--data", str(path))
    refused_in_one_line(result, "larger than the 50 MB limit; nothing was imported")
    assert not path.exists()


def test_a_named_pipe_with_no_writer_is_refused_in_one_line(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo, 0o600)
    path = tmp_path / "w.json"
    result = cli("import", str(fifo), "--data", str(path))
    refused_in_one_line(result, "a named pipe that no program wrote to within 2 seconds")
    assert not path.exists()


def run_with_stdin(
    *args: str, stdin: bytes, env: dict[str, str] | None = None
) -> tuple[int, bytes, str]:
    done = subprocess.run(
        [sys.executable, "-m", "wellbeing_tui", *args],
        input=stdin,
        capture_output=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT), **(env or {})),
        cwd=ROOT,
        timeout=60,
    )
    return done.returncode, done.stdout, done.stderr.decode("utf-8", "replace")


def test_an_import_from_standard_input(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    jrnl = (ROOT / "tests" / "fixtures" / "jrnl.json").read_bytes()
    code, out, err = run_with_stdin("import", "-", "--data", str(path), stdin=jrnl)
    assert code == 0, err
    assert b"journal: 3 new" in out
    assert len(json.loads(path.read_text(encoding="utf-8"))["journal"]) == 3


def test_a_record_twice_in_one_import_with_other_content_imports_nothing(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    doc = CheckIn(id="c1", at="2026-11-26T10:00:00+00:00", mood=3, note="one").to_doc()
    source = tmp_path / "b.json"
    tables = {"checkins": [doc, {**doc, "note": "two"}]}
    source.write_text(json.dumps({"format": "wellbeing-tui", "tables": tables}), encoding="utf-8")
    result = cli("import", str(source), "--data", str(path))
    refused_in_one_line(result, "1 record in the file more than once with other content")
    assert "checkins c1" in result.stdout
    assert not json.loads(path.read_text(encoding="utf-8")).get("checkins")
    taken = cli("import", str(source), "--replace", "--data", str(path))
    assert taken.returncode == 0, taken.stderr
    [kept] = json.loads(path.read_text(encoding="utf-8"))["checkins"].values()
    assert kept["note"] == "two"


def test_a_5000_digit_number_is_refused_naming_its_field(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    source = tmp_path / "b.json"
    doc = json.dumps(CheckIn(id="c1", at="2026-11-26T10:00:00+00:00", mood=3).to_doc())
    huge = doc.replace('"mood": 3', '"mood": ' + "4" * 5000)
    source.write_text(f'{{"format": "wellbeing-tui", "tables": {{"checkins": [{huge}]}}}}')
    result = cli("import", str(source), "--data", str(path))
    refused_in_one_line(result, "checkins record 1: mood: a number of 5000 digits")
    assert "None" not in result.stderr


def hostile_diary(tmp_path: Path) -> Path:
    path = tmp_path / "w.json"
    store = Store(path, FixedClock(DEMO_NOW))
    store.add(CheckIn(id="c1", at="2026-11-26T10:00:00+00:00", mood=3, note=HOSTILE_NOTE))
    store.add(JournalEntry(id="j1", created_at="2026-11-26T11:00:00+00:00",
                           updated_at="2026-11-26T11:00:00+00:00", text=HOSTILE_NOTE))  # fmt: skip
    return path


def test_a_json_export_is_the_same_bytes_on_standard_output_as_in_a_file(tmp_path: Path) -> None:
    path = hostile_diary(tmp_path)
    out = tmp_path / "export.json"
    code, stdout, err = run_with_stdin("export", "--format", "json", "--data", str(path), stdin=b"")
    assert code == 0, err
    written = cli("export", "--format", "json", "--out", str(out), "--data", str(path))
    assert written.returncode == 0, written.stderr
    strip = [b for b in stdout.splitlines() if b"exported_at" not in b]
    assert strip == [b for b in out.read_bytes().splitlines() if b"exported_at" not in b]
    assert b"\x1b" not in stdout and b"\x7f" not in stdout and b"\xc2\x85" not in stdout
    assert "\u202e".encode() not in stdout
    [note] = [c["note"] for c in json.loads(stdout)["tables"]["checkins"]]
    assert note == HOSTILE_NOTE
    again = tmp_path / "again.json"
    source = tmp_path / "from-stdout.json"
    source.write_bytes(stdout)
    assert cli("import", str(source), "--data", str(again)).returncode == 0
    [doc] = json.loads(again.read_text(encoding="utf-8"))["checkins"].values()
    assert doc["note"] == HOSTILE_NOTE


def test_where_the_output_cannot_write_a_character_the_export_escapes_it(tmp_path: Path) -> None:
    path = hostile_diary(tmp_path)
    code, stdout, err = run_with_stdin(
        "export", "--format", "json", "--data", str(path), stdin=b"",
        env={"PYTHONIOENCODING": "ascii", "LANG": "C", "LC_ALL": "C"},
    )  # fmt: skip
    assert code == 0, err
    assert stdout.isascii() and b"?" not in stdout.replace(b'"?', b"")
    [note] = [c["note"] for c in json.loads(stdout)["tables"]["checkins"]]
    assert note == HOSTILE_NOTE


def test_journal_entries_across_the_clock_change_are_listed_newest_first(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    store = Store(path, FixedClock(DEMO_NOW))
    for entry_id, at in (("written-first", "2026-10-25T01:30:00+01:00"),
                         ("written-second", "2026-10-25T01:20:00+00:00")):  # fmt: skip
        store.add(JournalEntry(id=entry_id, created_at=at, updated_at=at, text=entry_id))
    result = cli("journal", "--json", "--data", str(path), env={"TZ": "Europe/London"})
    assert result.returncode == 0, result.stderr
    shown = [e["text"] for e in json.loads(result.stdout)]
    assert shown == ["written-second", "written-first"]


def test_a_right_to_left_override_never_reaches_the_terminal(tmp_path: Path) -> None:
    path = hostile_diary(tmp_path)
    result = cli("journal", "--data", str(path))
    assert result.returncode == 0, result.stderr
    assert "\u202e" not in result.stdout and "rlo\ufffdexe.txt" in result.stdout
    stored = json.loads(path.read_text(encoding="utf-8"))["journal"]
    assert [e["text"] for e in stored.values()] == [HOSTILE_NOTE]


def encrypted_diary(tmp_path: Path, passphrase: str = "secret words") -> Path:
    path = tmp_path / "w.json"
    assert cli("log", "mood", "3", "--data", str(path)).returncode == 0
    secret = tmp_path / "secret.txt"
    secret.write_text(passphrase + "\n", encoding="utf-8")
    assert cli("encrypt", "--data", str(path), "--passphrase-file", str(secret)).returncode == 0
    return path


def test_a_passphrase_pipe_with_no_writer_is_refused_in_one_line(tmp_path: Path) -> None:
    path = encrypted_diary(tmp_path)
    before = path.read_bytes()
    fifo = tmp_path / "pass"
    os.mkfifo(fifo, 0o600)
    for how in (["--passphrase-file", str(fifo)], []):
        env = {} if how else {"WELLBEING_PASSPHRASE_FILE": str(fifo)}
        result = cli("log", "mood", "2", "--data", str(path), *how, env=env)
        refused_in_one_line(result, "a named pipe that no program wrote to within 2 seconds")
    assert path.read_bytes() == before


def test_a_passphrase_from_a_pipe_a_program_writes_to(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    assert cli("log", "mood", "3", "--data", str(path)).returncode == 0
    fifo = tmp_path / "pass"
    os.mkfifo(fifo, 0o600)

    def write_once() -> None:
        with open(fifo, "w", encoding="utf-8") as out:
            out.write("from a pipe\n")

    thread = threading.Thread(target=write_once, daemon=True)
    thread.start()
    result = cli("encrypt", "--data", str(path), "--passphrase-file", str(fifo))
    assert result.returncode == 0, result.stderr
    thread.join(10)
    plain = tmp_path / "plain"
    plain.write_text("from a pipe", encoding="utf-8")
    assert cli("week", "--data", str(path), "--passphrase-file", str(plain)).returncode == 0


def test_a_byte_order_mark_is_not_part_of_the_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    assert cli("log", "mood", "3", "--data", str(path)).returncode == 0
    with_mark = tmp_path / "notepad.txt"
    with_mark.write_bytes("\ufeffsecret words\r\n".encode())
    assert cli("encrypt", "--data", str(path), "--passphrase-file", str(with_mark)).returncode == 0
    typed = tmp_path / "typed.txt"
    typed.write_text("secret words\n", encoding="utf-8")
    result = cli("week", "--data", str(path), "--passphrase-file", str(typed))
    assert result.returncode == 0, result.stderr
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("\ufeffother words\n", encoding="utf-8")
    assert cli("week", "--data", str(path), "--passphrase-file", str(wrong)).returncode == 1


def test_a_key_made_with_the_mark_as_part_of_the_passphrase_still_opens(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    assert cli("log", "mood", "3", "--data", str(path)).returncode == 0
    # Two marks: the first is taken off, so the key is made with a passphrase starting with
    # the mark, as versions before this one made it from a file with one mark.
    made_before = tmp_path / "old.txt"
    made_before.write_bytes("\ufeff\ufeffsecret\n".encode())
    assert (
        cli("encrypt", "--data", str(path), "--passphrase-file", str(made_before)).returncode == 0
    )
    same_file_as_then = tmp_path / "then.txt"
    same_file_as_then.write_bytes("\ufeffsecret\n".encode())
    result = cli("week", "--data", str(path), "--passphrase-file", str(same_file_as_then))
    assert result.returncode == 0, result.stderr
