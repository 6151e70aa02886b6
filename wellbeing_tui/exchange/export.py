"""Exports: JSON (everything, ids kept), CSV (one file per table), Markdown (a summary)."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from wellbeing_tui.domain.activities import CONTACT_WAYS
from wellbeing_tui.domain.fields import iso
from wellbeing_tui.domain.mood import ENERGY_WORDS, MOOD_WORDS
from wellbeing_tui.domain.sleep import QUALITY_WORDS, RESTED_WORDS
from wellbeing_tui.domain.tables import RECORD_TYPES
from wellbeing_tui.domain.visible import SHOWN_AS_PLACEHOLDER, visible
from wellbeing_tui.exchange.common import (
    EXPORT_TABLES,
    FORMAT_NAME,
    Progress,
    no_progress,
)
from wellbeing_tui.storage.atomic import make_private_dirs, write_atomic
from wellbeing_tui.storage.store import Store

# Numbers that have words: the CSV gets a "<field>_words" column beside each.
WORDED: dict[str, dict[str, Mapping[int, str]]] = {
    "checkins": {"mood": MOOD_WORDS, "energy": ENERGY_WORDS},
    "sleep": {"quality": QUALITY_WORDS, "rested": RESTED_WORDS},
    "connections": {"felt": MOOD_WORDS},
}


def table_docs(store: Store, table: str) -> list[dict[str, Any]]:
    """A table's documents in a stable order (by TinyDB id), as plain dicts."""
    raw = store.raw(table)
    return [dict(raw[key]) for key in sorted(raw, key=int)]


def export_json(store: Store, progress: Progress = no_progress) -> dict[str, Any]:
    tables: dict[str, list[dict[str, Any]]] = {}
    for n, table in enumerate(EXPORT_TABLES):
        tables[table] = table_docs(store, table)
        progress(n + 1, len(EXPORT_TABLES))
    return {
        "format": FORMAT_NAME,
        "schema_version": store.schema_version(),
        "exported_at": iso(store.clock.now()),
        "settings": store.settings().to_doc(),
        "tables": tables,
    }


def _escaped(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def json_text(data: Mapping[str, Any]) -> str:
    """The export as JSON text, the same in a file and on standard output: every character
    that a terminal would act on or that is shown as a placeholder (DEL, C1 controls such as
    U+0085, bidirectional controls, a lone surrogate) is written as a JSON escape (the JSON
    encoder escapes the C0 controls itself), so the text reads back to exactly the data."""
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n"
    return SHOWN_AS_PLACEHOLDER.sub(_escaped, text)


def ascii_json(text: str) -> str:
    """JSON text (from ``json_text``) with every character outside ASCII escaped: the same
    data, for an output whose encoding cannot write the text as it is."""
    return _NOT_ASCII.sub(_ascii_escape, text)


_NOT_ASCII = re.compile("[^\x00-\x7f]")


def _ascii_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000  # a UTF-16 surrogate pair, as JSON writes characters beyond U+FFFF
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def columns(table: str) -> list[str]:
    """A table's CSV columns: the fields of its records (the data contract's, in the order
    the record type declares them), each number that has words followed by its words."""
    out: list[str] = []
    for field in (f.name for f in dataclasses.fields(RECORD_TYPES[table])):
        out.append(field)
        if field in WORDED.get(table, {}):
            out.append(f"{field}_words")
    return out


# A cell a spreadsheet would read as a formula (=, +, -, @, or a tab or carriage return
# first) starts with an apostrophe instead, as OWASP advises against CSV injection.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> str:
    """A value as a spreadsheet cell: control characters as the placeholders the screen
    shows (an escape code in a note would otherwise act on a terminal that shows the file),
    and never a formula."""
    text = visible(_plain_cell(value))
    return f"'{text}" if text.startswith(FORMULA_START) and not _is_number(value) else text


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _plain_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "; ".join(value)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def csv_text(store: Store, table: str) -> str:
    return csv_of(table, table_docs(store, table))


def csv_of(table: str, docs: Iterable[Mapping[str, Any]]) -> str:
    """The CSV text of a table's documents (a header row, then a row each)."""
    header = columns(table)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    words = WORDED.get(table, {})
    for doc in docs:
        row = []
        for column in header:
            if column.endswith("_words") and column[:-6] in words:
                value = doc.get(column[:-6])
                row.append(words[column[:-6]].get(value, "") if isinstance(value, int) else "")
            elif table == "connections" and column == "how":
                row.append(CONTACT_WAYS.get(str(doc.get("how")), _cell(doc.get("how"))))
            else:
                row.append(_cell(doc.get(column)))
        writer.writerow(row)
    return buffer.getvalue()


def export_csv(store: Store, folder: Path, progress: Progress = no_progress) -> list[Path]:
    """One CSV file per table in ``folder`` (UTF-8 with a byte-order mark, so spreadsheets
    read accents and emoji correctly); each written atomically, mode 0600."""
    make_private_dirs(folder)
    written = []
    for n, table in enumerate(EXPORT_TABLES):
        path = folder / f"{table}.csv"
        write_atomic(path, csv_text(store, table).encode("utf-8-sig"))
        written.append(path)
        progress(n + 1, len(EXPORT_TABLES))
    return written
