"""Every command's arguments, driven with generated hostile values: each run ends with exit
0, 1 or 2, never a traceback; a refused command (exit 2) says why in one line on stderr and
leaves the data file byte for byte as it was."""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import sys
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from tests.conftest import DEMO
from wellbeing_tui.cli import main

NASTY = [
    "",
    " ",
    "-1",
    "0",
    "3",
    "11",
    "9" * 5000,
    "٣",
    "𝟛",
    "²",
    "1e9",
    "nan",
    "0001-01-01",
    "9999-12-31",
    "2026-02-30",
    "2026-11-26",
    "25:99",
    "23:10",
    "11pm",
    "[/]",
    "[@click=app.quit]x[/]",
    "\x1b[2J",
    "\udc80",  # a byte that is not UTF-8 reaches argv as a lone surrogate like this
    "caf\udcff",
    "=HYPERLINK()",
    "a,b,,c",
    "super=²",
    "x" * 200_000,
    "../../etc/passwd",
    "/dev/null",
]
value = st.one_of(st.sampled_from(NASTY), st.text(max_size=40).filter(lambda t: "\x00" not in t))


def slot(good: str) -> st.SearchStrategy[str]:
    """Mostly a good value, so that runs get past the first argument; sometimes a nasty one."""
    return st.one_of(st.just(good), st.just(good), st.just(good), value)


def command(*parts: str | st.SearchStrategy[str]) -> st.SearchStrategy[list[str]]:
    return st.tuples(*(st.just(p) if isinstance(p, str) else p for p in parts)).map(list)


COMMANDS = st.one_of(
    command("log", "mood", slot("3"), "--emotions", slot("numb"), "--note", slot("a note")),
    command("log", "mood", slot("2"), "--energy", slot("4")),
    command("log", "meal", slot("lunch"), "--at", slot("12:30"), "--date", slot("2026-11-26")),
    command("log", "journal", slot("words"), "--at", slot("2026-11-26 10:00"), "--tags", value),
    command(
        "log",
        "sleep",
        "--date",
        slot("2026-11-26"),
        "--in-bed",
        slot("23:00"),
        "--lights-out",
        slot("23:15"),
        "--sol",
        slot("20"),
        "--awakenings",
        slot("1"),
        "--waso",
        slot("10"),
        "--final-wake",
        slot("06:45"),
        "--out-of-bed",
        slot("07:00"),
        "--quality",
        slot("3"),
        "--note",
        value,
    ),  # fmt: skip
    command("week", "--date", slot("2026-11-26"), "--json"),
    command(
        "journal", "--search", value, "--tag", value, "--from", slot("2026-01-01"), "-n", slot("5")
    ),
    command(
        "export", "--format", slot("md"), "--from", slot("2026-11-01"), "--to", slot("2026-11-26")
    ),
    command("import", value, "--dry-run", "--mood-map", slot("rad=5")),
    command("trends", "--weeks", slot("12"), "--json"),
    command("trends", "--from", slot("2026-09-01"), "--to", slot("2026-11-26")),
    command("export", "--format", slot("json"), "--out", value, "--encrypt"),
    command("decrypt", "--passphrase-file", value),
    command("check", "--passphrase-file", value),
    command("completion", slot("bash")),
)


def run(argv: list[str]) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    stdin, sys.stdin = sys.stdin, io.StringIO("words from standard input")  # for "-"
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(argv)
            except SystemExit as stop:
                code = stop.code if isinstance(stop.code, int) else 2
    finally:
        sys.stdin = stdin
    return code, err.getvalue()


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(argv=COMMANDS)
def test_no_command_line_gives_a_traceback_or_changes_a_refused_file(argv: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "w.json"
        shutil.copy(DEMO, path)
        path.chmod(0o600)
        before = path.read_bytes()
        code, stderr = run([*argv, "--data", str(path)])
        assert code in (0, 1, 2), (argv, code, stderr)
        assert "Traceback" not in stderr
        event(f"{argv[0]} exit {code}")
        if code == 2:
            assert stderr.strip() and stderr.strip().count("\n") == 0, (argv, stderr)
            assert path.read_bytes() == before


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | value,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(value, inner, max_size=4),
    max_leaves=20,
)
HOSTILE_FILES = [
    ("json", "[" * 100_000 + "]" * 100_000),
    ("json", '{"format": "wellbeing-tui", "tables": {"checkins": [{"mood": ' + "9" * 30 + "}]}}"),
    ("jrnl", '{"tags": 5, "entries": [{"date": "2026-01-01", "time": "10:00", "tags": 5}]}'),
    ("jrnl", '{"entries": [{"date": "\\ud800", "time": "10:00", "title": "x", "body": "y"}]}'),
    ("daylio", "full_date,date,weekday,time,mood,activities,note_title,note\n" + "x" * 140_000),
    (
        "json",
        '{"format": "wellbeing-tui", "tables": {"drafts": [{"id": "d1", "kind": "journal",'
        ' "updated_at": "2026-11-26T10:00:00+00:00", "data": {"emotions": 5}}]}}',
    ),
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    content=st.one_of(
        st.sampled_from(HOSTILE_FILES),
        st.tuples(st.sampled_from(["json", "jrnl"]), json_values.map(json.dumps)),
        st.tuples(
            st.just("daylio"),
            st.lists(st.lists(value, min_size=1, max_size=9), max_size=4).map(
                lambda rows: (
                    "full_date,date,weekday,time,mood,activities,note_title,note\n"
                    + "\n".join(",".join(f'"{c}"' for c in row) for row in rows)
                )
            ),
        ),
    )
)
def test_no_import_gives_a_traceback_or_changes_the_file(content: tuple[str, str]) -> None:
    fmt, text = content
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "w.json"
        shutil.copy(DEMO, path)
        path.chmod(0o600)
        before = path.read_bytes()
        source = Path(folder) / "import.txt"
        source.write_bytes(text.encode("utf-8", "surrogatepass"))
        for dry in (["--dry-run"], []):
            code, stderr = run(["import", str(source), "--format", fmt, *dry, "--data", str(path)])
            assert code in (0, 2), (fmt, code, stderr)
            assert "Traceback" not in stderr
            if code == 2:
                assert stderr.strip().count("\n") == 0
                assert path.read_bytes() == before
