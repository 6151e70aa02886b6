"""Imports: our own JSON export, jrnl's JSON export and Daylio's CSV export.

Everything is read and checked first; the data file is written once, at the end, or not at
all. Records already in the file are recognised (by id, or for jrnl and Daylio by a stable
id made from their time and text), so importing the same file twice adds nothing.
"""

from __future__ import annotations

import csv
import io
import json
import uuid
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from wellbeing_tui.domain.clocktime import parse_clock
from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.fields import check_date, iso
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.domain.tables import RECORD_TYPES
from wellbeing_tui.domain.words import count, word_for
from wellbeing_tui.exchange.common import FORMAT_NAME, ExchangeError
from wellbeing_tui.storage.store import Store, StoredRecord

DAYLIO_MOODS: dict[str, int] = {"rad": 5, "good": 4, "meh": 3, "bad": 2, "awful": 1}
NAMESPACE = uuid.UUID("6f2b7c1e-3d4a-4e5f-9a8b-0c1d2e3f4a5b")


@dataclass
class ImportPlan:
    """What an import would add, per table, and what it would skip."""

    new: list[StoredRecord] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)
    # Records whose id is already here with other content: imported only on request.
    conflicts: list[StoredRecord] = field(default_factory=list)

    def counts(self) -> Counter[str]:
        return Counter(r.TABLE for r in self.new)

    def describe(self) -> list[str]:
        counts = self.counts()
        tables = sorted(set(counts) | set(self.skipped))
        if not tables:
            return ["Nothing to import."]
        differ = Counter(r.TABLE for r in self.conflicts)
        tables = sorted(set(tables) | set(differ))
        lines = [
            f"{table}: {counts[table]} new, {self.skipped[table]} already here"
            + (
                f", {differ[table]} {word_for(differ[table], 'differs', 'differ')} from what "
                "is here"
                if differ[table]
                else ""
            )
            for table in tables
        ]
        if self.conflicts:
            named = ", ".join(f"{r.TABLE} {r.id}" for r in self.conflicts[:5])
            more = f" and {len(self.conflicts) - 5} more" if len(self.conflicts) > 5 else ""
            lines.append(
                f"Already here with other content: {named}{more}. Nothing is imported unless "
                "you choose to replace them with the imported version (wellbeing import --replace)."
            )
        return lines


def guess_format(path: Path, raw: bytes) -> str:
    if path.suffix.lower() == ".csv":
        return "daylio"
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ExchangeError(f"{path.name}: not JSON or a Daylio CSV; give --format") from None
    if isinstance(data, dict) and data.get("format") == FORMAT_NAME:
        return "json"
    if isinstance(data, dict) and isinstance(data.get("entries"), list):
        return "jrnl"
    raise ExchangeError(f"{path.name}: not a wellbeing-tui or jrnl export; give --format")


def stable_id(*parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, "\x1f".join(parts)))


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
            raise ExchangeError(f"unknown table '{table}'")
        if not isinstance(docs, list):
            raise ExchangeError(f"table '{table}' is not a list")
        seen = store.ids(table)
        for n, doc in enumerate(docs, start=1):
            try:
                record = cls.from_doc(doc)
            except (ValidationError, TypeError, AttributeError) as err:
                raise ExchangeError(f"{table} record {n}: {err}") from None
            if record.id in seen:
                here = store.get(cls, record.id)
                if here is not None and here.to_doc() != record.to_doc():
                    plan.conflicts.append(record)
                else:
                    plan.skipped[table] += 1
                continue
            seen.add(record.id)
            plan.new.append(record)
    return plan


def _moment(day: str, clock_time: str, tz: tzinfo, where: str) -> str:
    try:
        check_date("date", day)
        hhmm = parse_clock("time", clock_time)
    except ValidationError as err:
        raise ExchangeError(f"{where}: {err.field} {err.message}") from None
    return iso(datetime.fromisoformat(f"{day}T{hhmm}:00").replace(tzinfo=tz))


def _jrnl_plan(data: Any, store: Store, tz: tzinfo) -> ImportPlan:
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise ExchangeError('not a jrnl JSON export (no "entries" list)')
    plan = ImportPlan()
    seen = store.ids(JournalEntry.TABLE)
    for n, entry in enumerate(data["entries"], start=1):
        where = f"entry {n}"
        if not isinstance(entry, Mapping):
            raise ExchangeError(f"{where}: not an object")
        title = str(entry.get("title") or "").strip()
        body = str(entry.get("body") or "").strip()
        when = _moment(str(entry.get("date", "")), str(entry.get("time") or "00:00"), tz, where)
        tags = [str(t).lstrip("@") for t in entry.get("tags") or []]
        if entry.get("starred"):
            tags.append("starred")
        text = f"{title}\n\n{body}" if body else title
        record = JournalEntry(
            id=stable_id("jrnl", when, text),
            created_at=when,
            updated_at=when,
            text=text,
            tags=tuple(tags),
        )
        if record.id in seen:
            plan.skipped[JournalEntry.TABLE] += 1
            continue
        seen.add(record.id)
        plan.new.append(record)
    return plan


def parse_mood_map(text: str | None) -> dict[str, int]:
    """``super=5,ok=3`` added to Daylio's default words."""
    moods = dict(DAYLIO_MOODS)
    for part in (text or "").split(","):
        if not part.strip():
            continue
        word, _, value = part.partition("=")
        if not value.strip().isdigit() or not 1 <= int(value) <= 5:
            raise ExchangeError(f"--mood-map: '{part.strip()}' should be word=1..5")
        moods[word.strip().lower()] = int(value)
    return moods


def _daylio_plan(text: str, store: Store, tz: tzinfo, moods: dict[str, int]) -> ImportPlan:
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in ("full_date", "time", "mood") if c not in (reader.fieldnames or [])]
    if missing:
        raise ExchangeError(f"not a Daylio CSV: no column {', '.join(missing)}")
    plan = ImportPlan()
    seen_checkins = store.ids(CheckIn.TABLE)
    seen_journal = store.ids(JournalEntry.TABLE)
    for n, row in enumerate(reader, start=2):
        where = f"row {n}"
        word = (row.get("mood") or "").strip().lower()
        if word not in moods:
            raise ExchangeError(
                f"{where}: mood '{word}' is not in the mood map; give its "
                f"number with --mood-map {word or 'WORD'}=1..5"
            )
        when = _moment(
            (row.get("full_date") or "").strip(), (row.get("time") or "").strip(), tz, where
        )
        tags = [t.strip() for t in (row.get("activities") or "").split("|") if t.strip()]
        checkin = CheckIn(
            id=stable_id("daylio", when, word, "|".join(tags)),
            at=when,
            mood=moods[word],
            emotions=(),
            note=None,
            tags=tuple(tags),  # a row without a note keeps its activities too
        )
        if checkin.id in seen_checkins:
            plan.skipped[CheckIn.TABLE] += 1
        else:
            seen_checkins.add(checkin.id)
            plan.new.append(checkin)
        title = (row.get("note_title") or "").strip()
        note = (row.get("note") or "").replace("<br>", "\n").strip()
        if title or note:
            body = f"{title}\n\n{note}" if title and note else title or note
            entry = JournalEntry(
                id=stable_id("daylio-note", when, body),
                created_at=when,
                updated_at=when,
                text=body,
                tags=tuple(tags),
            )
            if entry.id in seen_journal:
                plan.skipped[JournalEntry.TABLE] += 1
            else:
                seen_journal.add(entry.id)
                plan.new.append(entry)
    return plan


# Bigger files are refused before they are read: ten years of daily entries are about 6 MB,
# and parsing a file takes several times its size in memory.
MAX_IMPORT_BYTES = 50 * 1024 * 1024


def _opened(path: Path, raw: bytes, store: Store) -> bytes:
    """An age file (``export --encrypt``) is decrypted with the data file's own key."""
    from wellbeing_tui.storage.crypt import is_age
    from wellbeing_tui.storage.errors import StoreError

    if not is_age(raw):
        return raw
    if store.cipher is None:
        raise ExchangeError(
            f"{path.name}: an encrypted export; it opens into an encrypted diary with its key"
        )
    try:
        return store.cipher.open(path, raw)
    except StoreError:
        raise ExchangeError(
            f"{path.name}: an encrypted export made with another diary's key; it cannot be "
            "opened here"
        ) from None


def plan_import(
    path: Path, store: Store, fmt: str | None = None, mood_map: str | None = None
) -> ImportPlan:
    """Read and check the whole file; nothing is written. Whatever the file holds, the
    answer is a plan or an ``ExchangeError`` that says what is wrong, never a traceback."""
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise ExchangeError(
                f"{path.name}: {size // (1024 * 1024)} MB is more than the "
                f"{MAX_IMPORT_BYTES // (1024 * 1024)} MB an import may be"
            )
        raw = path.read_bytes()
    except OSError as err:
        raise ExchangeError(f"{path}: {err.strerror or err}") from None
    except UnicodeEncodeError:
        raise ExchangeError(f"{path}: a file name this system cannot use") from None
    raw = _opened(path, raw, store)
    tz = store.clock.now().tzinfo
    assert tz is not None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ExchangeError(f"{path.name}: not UTF-8 text (byte {err.start})") from None
    try:
        fmt = fmt or guess_format(path, raw)
        if fmt == "daylio":
            return _daylio_plan(text, store, tz, parse_mood_map(mood_map))
        try:
            data = json.loads(text)
        except json.JSONDecodeError as err:
            raise ExchangeError(
                f"{path.name}: not valid JSON ({err.msg}, line {err.lineno})"
            ) from None
        return _json_plan(data, store) if fmt == "json" else _jrnl_plan(data, store, tz)
    except ExchangeError:
        raise
    except RecursionError:
        raise ExchangeError(f"{path.name}: nested too deeply to be an export") from None
    except csv.Error as err:
        raise ExchangeError(f"{path.name}: not a CSV file this program can read ({err})") from None
    except (TypeError, ValueError, KeyError, AttributeError, OverflowError):
        # A field of the wrong kind somewhere (a number where a list belongs, say); the
        # message names no text from the file.
        raise ExchangeError(
            f"{path.name}: a field holds something of the wrong kind for a {fmt} export"
        ) from None


def apply_import(plan: ImportPlan, store: Store, *, replace: bool = False) -> int:
    """Write every new record at once, and with ``replace`` the imported version of each
    record that differs from the one here. With differences and no ``replace``, nothing is
    written."""
    if plan.conflicts and not replace:
        n = len(plan.conflicts)
        raise ExchangeError(
            f"{count(n, 'record')} {word_for(n, 'is', 'are')} already here with other content"
        )
    for record in plan.conflicts if replace else []:
        store.save(record)
    return store.add_many(plan.new) + (len(plan.conflicts) if replace else 0)
