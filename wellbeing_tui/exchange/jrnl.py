"""jrnl's journals, read: its JSON export (``jrnl --format json``), its own journal file and
its ``--format txt`` and ``--format md`` exports.

jrnl keeps a journal as plain text: an entry starts with a line ``[date] Title``, ``*`` after
the title marks it starred, and the lines below it are the body. The date is written in the
journal's ``timeformat``: jrnl's default ``2026-10-03 09:15:00 PM``, or ``2026-10-03 21:15``.
A tag is a word starting with ``@`` or ``#`` (jrnl's default tag symbols) anywhere in the
title or body; jrnl reads it in lower case. Its Markdown export writes each entry as
``### date Title`` (under ``# year`` and ``## month``), adds ``###`` to the headings in a body
and leaves the star out. Seconds are left out, as jrnl's JSON export leaves them out, so one
journal read from any of these gives the same entries, with the same ids.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.domain.visible import visible
from wellbeing_tui.exchange.common import ExchangeError
from wellbeing_tui.exchange.incoming import (
    Clock,
    Incoming,
    imported_entry,
    no_unusable,
    stable_id,
    titled,
)
from wellbeing_tui.exchange.plan import ImportPlan
from wellbeing_tui.storage.store import Store

TAG = re.compile(r"(?<!\S)([#@][-+*#/\w]+)")  # jrnl's own rule, with its default symbols
_DATE = r"(\d{4}-\d{2}-\d{2})[ T]+(\d{1,2}:\d{2})(?::\d{2})?(?: ?([AaPp]\.?[Mm]\.?))?"
_HEADER = re.compile(rf"\[{_DATE}\] ?(.*)")
_MD_HEADER = re.compile(rf"(#{{1,3}}) {_DATE}(?: (.*))?")
_BRACKETED = re.compile(r"\[([^\]\n]+)\] ")
_YEAR = re.compile(r"# \d{4}")  # the first line of jrnl's Markdown
EXPORT_HINT = "export it with `jrnl --format json` and import that file"


def tags_in(text: str) -> list[str]:
    """The tags jrnl finds in ``text``, lower case, without their symbol, each once."""
    found = (t.lower().lstrip("#@") for t in TAG.findall(text))
    return list(dict.fromkeys(t for t in found if t))


def content_key(created_at: str, text: str) -> str:
    """What an entry is, whatever jrnl did to its lines: the minute it was written and its
    words but its tags, as a terminal shows them. An entry exported to jrnl and imported
    back is recognised by it."""
    words = " ".join(
        w.removeprefix("\\") if w.startswith("\\[") else w  # as the jrnl export escapes it
        for w in visible(text).split()
        if not TAG.fullmatch(w)
    )
    return stable_id("journal-content", created_at[:16], words)


@dataclass
class _Entry:
    """One jrnl entry as read: where it was found, its date and time, title, body and star."""

    where: str
    day: object
    clock: object
    title: str
    body: list[str] = field(default_factory=list)
    starred: bool = False
    tags: list[str] | None = None  # as the JSON export lists them; else found in the text


def looks_like_text(text: str) -> bool:
    """Whether ``text`` starts (after blank lines) like a jrnl journal or its Markdown."""
    for line in text.splitlines():
        if line.strip():
            return bool(
                any(r.fullmatch(line) for r in (_HEADER, _MD_HEADER, _YEAR))
                or _BRACKETED.match(line)
            )
    return False


def looks_encrypted(text: str) -> bool:
    """jrnl 2 and later encrypt a journal into one Fernet token (base64 of 0x80 ...)."""
    return text.lstrip().startswith("gAAAAA")


def text_plan(text: str, store: Store) -> ImportPlan:
    """A jrnl journal file, or its txt or md export."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    first = next((line for line in lines if line.strip()), "")
    md = (
        None
        if first.startswith("[")
        else next(filter(None, map(_MD_HEADER.fullmatch, lines)), None)
    )
    entries = _markdown(lines, len(md[1])) if md else _journal(lines)
    if not entries:
        other = next((m[1] for line in lines if (m := _BRACKETED.match(line))), None)
        if other is not None:
            raise ExchangeError(
                f"jrnl dates written like '{other[:30]}' cannot be read here (only "
                f"YYYY-MM-DD HH:MM, with or without seconds and AM/PM); {EXPORT_HINT}"
            )
        raise ExchangeError(f"no jrnl entries ('[YYYY-MM-DD HH:MM] Title' lines); {EXPORT_HINT}")
    return _plan(entries, store)


def _journal(lines: list[str]) -> list[_Entry]:
    entries: list[_Entry] = []
    for n, line in enumerate(lines, start=1):
        if m := _HEADER.fullmatch(line):
            title = m[4]
            starred = title.strip().endswith("*")
            title = title.strip("\n *") if starred else title.strip()
            clock = f"{m[2]} {m[3]}" if m[3] else m[2]
            entries.append(_Entry(f"line {n}", m[1], clock, title, starred=starred))
        elif entries:
            entries[-1].body.append(line)
    return entries


def _markdown(lines: list[str], level: int) -> list[_Entry]:
    """jrnl's Markdown: ``level`` hashes start an entry, fewer are the year and month, and
    every heading in a body has ``level`` more than it was written with."""
    deeper = re.compile("#" * (level + 1) + "+ ")
    outline = re.compile(f"#{{1,{level - 1}}} " if level > 1 else "(?!)")
    entries: list[_Entry] = []
    for n, line in enumerate(lines, start=1):
        if (m := _MD_HEADER.fullmatch(line)) and len(m[1]) == level:
            clock = f"{m[3]} {m[4]}" if m[4] else m[3]
            entries.append(_Entry(f"line {n}", m[2], clock, (m[5] or "").strip()))
        elif outline.match(line):
            continue
        elif entries:
            entries[-1].body.append(line[level:] if deeper.match(line) else line)
    return entries


def json_plan(data: Any, store: Store) -> ImportPlan:
    """jrnl's JSON export: ``{"entries": [{"title", "body", "date", "time", "tags",
    "starred"}]}``."""
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise ExchangeError('not a jrnl JSON export (no "entries" list)')
    entries: list[_Entry] = []
    for n, item in enumerate(data["entries"], start=1):
        where = f"entry {n}"
        if not isinstance(item, Mapping):
            raise ExchangeError(f"{where}: not an object")
        no_unusable(item, where)
        day, clock = item.get("date", ""), item.get("time") or "00:00"
        entry = _Entry(where, day, clock, _text(item, "title", where))
        entry.body = [_text(item, "body", where)]
        entry.starred = bool(item.get("starred"))
        entry.tags = _json_tags(item.get("tags"), where)
        entries.append(entry)
    return _plan(entries, store)


def _text(entry: Mapping[str, Any], name: str, where: str) -> str:
    value = entry.get(name)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ExchangeError(f"{where}: {name} must be text")
    return value.strip()


def _json_tags(value: object, where: str) -> list[str]:
    """jrnl writes a list of tags; a single tag written as text is one tag, not letters."""
    if value is None:
        return []
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(t, str) for t in items):
        raise ExchangeError(f"{where}: tags must be a list of words")
    return [t for t in (str(t).lstrip("#@") for t in items) if t]


def _plan(entries: Iterable[_Entry], store: Store) -> ImportPlan:
    plan = ImportPlan()
    clock = Clock(store, plan)
    known = (
        content_key(d["created_at"], d["text"])
        for d in store.raw(JournalEntry.TABLE).values()
        if isinstance(d.get("created_at"), str) and isinstance(d.get("text"), str)
    )
    incoming = Incoming(store, JournalEntry.TABLE, plan, known)
    for entry in entries:
        when, older = clock.moment(entry.day, entry.clock, entry.where)
        body = "\n".join(entry.body).strip()
        text = titled(entry.title, body)
        if not text:
            continue  # jrnl keeps an entry with neither title nor body; there is nothing to keep
        tags = tags_in(text)
        if entry.tags is not None:  # as listed (in no order), in the order of the text
            tags = [t for t in tags if t in entry.tags]
            tags += [t for t in entry.tags if t not in tags]
        if entry.starred:
            tags.append("starred")
        record = imported_entry("jrnl", when, text, tags)
        record = _as_kept(record, incoming.here.get(record.id))
        incoming.take(
            record,
            *(stable_id("jrnl", o, text) for o in older),
            content_key(when, text),
        )
    return plan


def _as_kept(record: JournalEntry, here: Mapping[str, Any] | None) -> JournalEntry:
    """Earlier versions kept a ``#`` tag with its symbol (``#sleep``) and the tags in the
    order of the JSON export; the entry they imported is the same entry."""
    tags = here.get("tags") if here is not None else None
    if not isinstance(tags, list) or tags == list(record.tags):
        return record
    if sorted(str(t).lstrip("#@") for t in tags) != sorted(record.tags):
        return record
    return dataclasses.replace(record, tags=tuple(str(t) for t in tags))
