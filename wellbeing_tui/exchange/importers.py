"""Imports: our own JSON export, jrnl's JSON export and Daylio's CSV export.

Everything is read and checked first; the data file is written once, at the end, or not at
all. Records already in the file are recognised (by id, or for jrnl and Daylio by a stable
id made from their time and text), so importing the same file twice adds nothing.
"""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Mapping
from datetime import date, time, timedelta, timezone, tzinfo
from pathlib import Path
from typing import Any, BinaryIO

from wellbeing_tui.domain.clocktime import parse_clock
from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.fields import check_date, iso
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.domain.localtime import person_zone, place
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.domain.tables import RECORD_TYPES
from wellbeing_tui.domain.words import count, word_for
from wellbeing_tui.exchange.common import FORMAT_NAME, ExchangeError
from wellbeing_tui.exchange.plan import ImportPlan
from wellbeing_tui.exchange.source import Source, read_source
from wellbeing_tui.exchange.strict_json import load, unusable_in
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

DAYLIO_MOODS: dict[str, int] = {"rad": 5, "good": 4, "meh": 3, "bad": 2, "awful": 1}
NAMESPACE = uuid.UUID("6f2b7c1e-3d4a-4e5f-9a8b-0c1d2e3f4a5b")
KINDS = {"json": "a wellbeing-tui", "jrnl": "a jrnl", "daylio": "a Daylio"}
SHOWN = 40  # characters of a name from the file shown in a message


def _shown(text: str) -> str:
    return text if len(text) <= SHOWN else text[:SHOWN] + "..."


def _json_format(data: Any, name: str) -> str:
    if isinstance(data, dict) and data.get("format") == FORMAT_NAME:
        return "json"
    if isinstance(data, dict) and isinstance(data.get("entries"), list):
        return "jrnl"
    raise ExchangeError(f"{name}: not a wellbeing-tui or jrnl export; give --format")


def stable_id(*parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, "\x1f".join(parts)))


def _no_unusable(value: Any, where: str) -> None:
    """A number no field can hold (5000 digits, 1e999) is named with its field."""
    if (found := unusable_in(value)) is not None:
        field, what = found
        raise ExchangeError(f"{where}: {field}: {what.what} is not a value a diary holds")


class _Incoming:
    """The ids of one table: those already in the data file, and those earlier in this
    import, so that an id seen twice in one file is a difference like any other."""

    def __init__(self, store: Store, table: str, plan: ImportPlan) -> None:
        self.table, self.plan = table, plan
        self.here = {str(d.get("id")): d for d in store.raw(table).values()}
        self.earlier: dict[str, StoredRecord] = {}

    def take(self, record: StoredRecord, *aliases: str) -> None:
        if any(a in self.here for a in aliases):
            self.plan.skipped[self.table] += 1  # imported before under an older id
            return
        earlier = self.earlier.get(record.id)
        if earlier is not None:
            if earlier.to_doc() == record.to_doc():
                self.plan.skipped[self.table] += 1
            else:
                self.plan.conflicts.append(record)
                self.plan.twice.add((self.table, record.id))
            return
        self.earlier[record.id] = record
        here = self.here.get(record.id)
        if here is None:
            self.plan.new.append(record)
        elif _same(type(record), here, record):
            self.plan.skipped[self.table] += 1
        else:
            self.plan.conflicts.append(record)


def _same(cls: type[StoredRecord], doc: Mapping[str, Any], record: StoredRecord) -> bool:
    try:
        return cls.from_doc(doc).to_doc() == record.to_doc()
    except (ValidationError, TypeError):
        return False  # what is here was edited by hand into the wrong shape


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
            raise ExchangeError(f"unknown table '{_shown(table)}'")
        if not isinstance(docs, list):
            raise ExchangeError(f"table '{table}' is not a list")
        incoming = _Incoming(store, table, plan)
        for n, doc in enumerate(docs, start=1):
            _no_unusable(doc, f"{table} record {n}")
            try:
                record = cls.from_doc(doc)
            except (ValidationError, TypeError, AttributeError) as err:
                raise ExchangeError(f"{table} record {n}: {err}") from None
            incoming.take(record)
    return plan


class _Clock:
    """Where the imported clock times are placed: the person's time zone, with its rules."""

    def __init__(self, store: Store, plan: ImportPlan) -> None:
        now = store.clock.now()
        self.zone: tzinfo = person_zone(now)
        self.today_offset = now.utcoffset() or timedelta(0)
        self.plan = plan

    def moment(self, day: object, clock_time: object, where: str) -> tuple[str, list[str]]:
        """The moment as stored, and the forms earlier versions may have stored it in: they
        gave every imported time the offset the clocks had on the day of the import, rather
        than on its own date, so an entry imported then is still recognised."""
        try:
            if not isinstance(day, str):
                raise ValidationError("date", "must be a date written YYYY-MM-DD")
            if not isinstance(clock_time, str):
                raise ValidationError("time", "must be a clock time such as 21:05")
            hhmm = parse_clock("time", clock_time)
            placed = place(
                date.fromisoformat(check_date("date", day)),
                time.fromisoformat(hhmm),
                self.zone,
                "time",
            )
        except ValidationError as err:
            raise ExchangeError(f"{where}: {err.field}: {err.message}") from None
        if placed.note:
            self.plan.notes.append(f"{where}: {placed.note}.")
        when = iso(placed.moment)
        wall = placed.moment.replace(tzinfo=None)
        # The offsets an import may have used: today's, and the zone's in winter and summer.
        offsets = {self.today_offset}
        for month in (1, 7):
            try:
                seasonal = wall.replace(month=month, day=15, tzinfo=self.zone).utcoffset()
            except (OverflowError, ValueError):
                seasonal = None
            offsets.add(seasonal or self.today_offset)
        older = {iso(wall.replace(tzinfo=timezone(o))) for o in offsets} - {when}
        return when, sorted(older)


def _text(entry: Mapping[str, Any], name: str, where: str) -> str:
    value = entry.get(name)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ExchangeError(f"{where}: {name} must be text")
    return value.strip()


def _jrnl_tags(value: object, where: str) -> list[str]:
    """jrnl writes a list of tags; a single tag written as text is one tag, not letters."""
    if value is None:
        return []
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(t, str) for t in items):
        raise ExchangeError(f"{where}: tags must be a list of words")
    return [t.lstrip("@") for t in items]


def _jrnl_plan(data: Any, store: Store) -> ImportPlan:
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise ExchangeError('not a jrnl JSON export (no "entries" list)')
    plan = ImportPlan()
    clock = _Clock(store, plan)
    incoming = _Incoming(store, JournalEntry.TABLE, plan)
    for n, entry in enumerate(data["entries"], start=1):
        where = f"entry {n}"
        if not isinstance(entry, Mapping):
            raise ExchangeError(f"{where}: not an object")
        _no_unusable(entry, where)
        title, body = _text(entry, "title", where), _text(entry, "body", where)
        when, older = clock.moment(entry.get("date", ""), entry.get("time") or "00:00", where)
        tags = _jrnl_tags(entry.get("tags"), where)
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
        incoming.take(record, *(stable_id("jrnl", o, text) for o in older))
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


def _daylio_plan(text: str, store: Store, moods: dict[str, int]) -> ImportPlan:
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in ("full_date", "time", "mood") if c not in (reader.fieldnames or [])]
    if missing:
        raise ExchangeError(f"not a Daylio CSV: no column {', '.join(missing)}")
    plan = ImportPlan()
    clock = _Clock(store, plan)
    checkins = _Incoming(store, CheckIn.TABLE, plan)
    journal = _Incoming(store, JournalEntry.TABLE, plan)
    for n, row in enumerate(reader, start=2):
        where = f"row {n}"
        word = (row.get("mood") or "").strip().lower()
        if word not in moods:
            raise ExchangeError(
                f"{where}: mood '{_shown(word)}' is not in the mood map; give its "
                f"number with --mood-map {_shown(word) or 'WORD'}=1..5"
            )
        when, older = clock.moment(
            (row.get("full_date") or "").strip(), (row.get("time") or "").strip(), where
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
        checkins.take(checkin, *(stable_id("daylio", o, word, "|".join(tags)) for o in older))
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
            journal.take(entry, *(stable_id("daylio-note", o, body) for o in older))
    return plan


def _opened(name: str, raw: bytes, store: Store) -> bytes:
    """An age file (``export --encrypt``, binary or armored by ``age -a``) is decrypted
    with the data file's own key."""
    from wellbeing_tui.storage.crypt import is_age
    from wellbeing_tui.storage.errors import DataFileError, StoreError

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
        raise ExchangeError(f"{name}: not UTF-8 text (byte {err.start})") from None
    if fmt is None and source.suffix == ".csv":
        fmt = "daylio"
    try:
        if fmt == "daylio":
            return _daylio_plan(text, store, parse_mood_map(mood_map))
        try:
            data = load(text)
        except ExchangeError:
            raise
        except ValueError as err:  # JSONDecodeError, or a digit limit of the system's
            if fmt is None:
                raise ExchangeError(f"{name}: not JSON or a Daylio CSV; give --format") from None
            where = f", line {err.lineno}" if hasattr(err, "lineno") else ""
            reason = getattr(err, "msg", "a value it cannot read")
            raise ExchangeError(f"{name}: not valid JSON ({reason}{where})") from None
        fmt = fmt or _json_format(data, name)
        return _json_plan(data, store) if fmt == "json" else _jrnl_plan(data, store)
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
