"""Imports: our own JSON export, a jrnl journal (its own file, or its JSON, txt or md
export: exchange/jrnl.py) and Daylio's CSV export in any of its layouts (exchange/daylio.py).

Everything is read and checked first; the data file is written once, at the end, or not at
all. Records already in the file are recognised (by id, or for jrnl and Daylio by a stable
id made from their time and text), so importing the same file twice adds nothing.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any, BinaryIO

from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.tables import RECORD_TYPES
from wellbeing_tui.domain.words import count, word_for
from wellbeing_tui.exchange import daylio, jrnl
from wellbeing_tui.exchange.common import FORMAT_NAME, ExchangeError
from wellbeing_tui.exchange.daylio import parse_mood_map
from wellbeing_tui.exchange.incoming import Incoming, no_unusable, shown, stable_id
from wellbeing_tui.exchange.plan import ImportPlan
from wellbeing_tui.exchange.source import Source, read_source
from wellbeing_tui.exchange.strict_json import load
from wellbeing_tui.storage.crypt import is_age
from wellbeing_tui.storage.errors import DataFileError, StoreError
from wellbeing_tui.storage.store import Store, StoredRecord

__all__ = [
    "ImportPlan",
    "Source",
    "apply_import",
    "parse_mood_map",
    "plan_import",
    "plan_read",
    "read_source",
    "stable_id",
]

KINDS = {"json": "a wellbeing-tui", "jrnl": "a jrnl", "daylio": "a Daylio"}


def _json_format(data: Any) -> str:
    if isinstance(data, dict) and data.get("format") == FORMAT_NAME:
        return "json"
    if isinstance(data, dict) and isinstance(data.get("entries"), list):
        return "jrnl"
    raise ExchangeError("not a wellbeing-tui or jrnl export; give --format")


def _json_plan(data: Any, store: Store) -> ImportPlan:
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise ExchangeError('not a wellbeing-tui export (its "format" field is missing)')
    tables = data.get("tables")
    if not isinstance(tables, dict):
        raise ExchangeError('the export has no "tables"')
    plan = ImportPlan()
    for table, docs in tables.items():
        cls = RECORD_TYPES.get(table)
        if cls is None:
            raise ExchangeError(f"unknown table '{shown(table)}'")
        if not isinstance(docs, list):
            raise ExchangeError(f"table '{table}' is not a list")
        incoming = Incoming(store, table, plan)
        for n, doc in enumerate(docs, start=1):
            no_unusable(doc, f"{table} record {n}")
            try:
                record = cls.from_doc(doc)
            except (ValidationError, TypeError, AttributeError) as err:
                raise ExchangeError(f"{table} record {n}: {err}") from None
            incoming.take(record)
    return plan


def _opened(name: str, raw: bytes, store: Store) -> bytes:
    """An age file (``export --encrypt``, binary or armored by ``age -a``) is decrypted
    with the data file's own key."""
    if not is_age(raw):
        return raw
    if store.cipher is None:
        raise ExchangeError(
            f"{name}: an encrypted export; it opens into an encrypted diary with its key"
        )
    try:
        return store.cipher.open(Path(name), raw)
    except DataFileError as err:  # its armor is broken
        raise ExchangeError(f"{name}: {err.problem}") from None
    except StoreError:
        raise ExchangeError(
            f"{name}: an encrypted export made with another diary's key; it cannot be opened here"
        ) from None


def plan_import(
    source: Path | BinaryIO | Source,
    store: Store,
    fmt: str | None = None,
    mood_map: str | None = None,
) -> ImportPlan:
    """Read (unless it was read already) and check the whole file or standard input;
    nothing is written. Whatever the file holds, the answer is a plan or an
    ``ExchangeError`` that says what is wrong, never a traceback."""
    read = source if isinstance(source, Source) else read_source(source)
    return plan_read(read, store, fmt, mood_map)


def plan_read(
    source: Source, store: Store, fmt: str | None = None, mood_map: str | None = None
) -> ImportPlan:
    """What importing the bytes read would add; nothing is written."""
    name = source.name
    raw = _opened(name, source.raw, store)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        hint = ""
        if fmt == "jrnl" or (fmt is None and source.suffix in ("", ".txt", ".jrnl")):
            hint = f"; if it is an encrypted jrnl journal, {jrnl.EXPORT_HINT}"
        raise ExchangeError(f"{name}: not UTF-8 text (byte {err.start}){hint}") from None
    if fmt is None and (source.suffix == ".csv" or daylio.looks_like_daylio(text)):
        fmt = "daylio"
    try:
        return _plan_text(text, store, fmt, mood_map)
    except ExchangeError as err:
        if str(err).startswith(f"{name}: "):
            raise
        raise ExchangeError(f"{name}: {err}") from None
    except RecursionError:
        raise ExchangeError(f"{name}: nested too deeply to be an export") from None
    except csv.Error as err:
        raise ExchangeError(f"{name}: not a CSV file this program can read ({err})") from None
    except (TypeError, ValueError, KeyError, AttributeError, OverflowError):
        # A field of the wrong kind somewhere (a number where a list belongs, say); the
        # message names no text from the file.
        raise ExchangeError(
            f"{name}: a field holds something of the wrong kind for "
            f"{KINDS.get(fmt or '', 'an')} export"
        ) from None


def _plan_text(text: str, store: Store, fmt: str | None, mood_map: str | None) -> ImportPlan:
    if fmt == "daylio":
        return daylio.plan(text, store, parse_mood_map(mood_map))
    if fmt in (None, "jrnl") and jrnl.looks_encrypted(text):
        raise ExchangeError(
            f"an encrypted jrnl journal, which cannot be read here; {jrnl.EXPORT_HINT}"
        )
    if fmt in (None, "jrnl") and jrnl.looks_like_text(text):
        return jrnl.text_plan(text, store)
    try:
        data = load(text)
    except ExchangeError:
        raise
    except ValueError as err:  # JSONDecodeError, or a digit limit of the system's
        if fmt is None:
            raise ExchangeError("not JSON, a jrnl journal or a Daylio CSV; give --format") from None
        if fmt == "jrnl" and not text.lstrip().startswith("{"):
            return jrnl.text_plan(text, store)  # it says what a jrnl journal looks like
        where = f", line {err.lineno}" if hasattr(err, "lineno") else ""
        reason = getattr(err, "msg", "a value it cannot read")
        raise ExchangeError(f"not valid JSON ({reason}{where})") from None
    fmt = fmt or _json_format(data)
    return _json_plan(data, store) if fmt == "json" else jrnl.json_plan(data, store)


def apply_import(plan: ImportPlan, store: Store, *, replace: bool = False) -> int:
    """Write every new record at once, and with ``replace`` the imported version of each
    record that differs from the one here (of a record in the file more than once, the last
    version). With differences and no ``replace``, nothing is written. The answer is how
    many records were added or replaced."""
    if plan.conflicts and not replace:
        n = len(plan.conflicts)
        raise ExchangeError(
            f"{count(n, 'record')} {word_for(n, 'is', 'are')} already here with other content"
        )
    last: dict[tuple[str, str], StoredRecord] = {}
    for record in plan.conflicts if replace else []:
        last[(record.TABLE, record.id)] = record
    new = [last.pop((r.TABLE, r.id), r) for r in plan.new]
    for record in last.values():
        store.save(record)
    return store.add_many(new) + len(last)
