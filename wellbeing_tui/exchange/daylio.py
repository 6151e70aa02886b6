"""Daylio's CSV export, in each layout it has had.

- ``full_date,date,weekday,time,mood,activities,note_title,note`` (now);
- ``full_date,date,weekday,time,mood,activities,note`` (before note titles);
- ``year,date,weekday,time,mood,activities,note`` (the oldest: the day written ``26 September``
  or ``Sep 26``, the year in a column of its own).

Fields are separated by ``,`` or ``;``; the file may start with a byte order mark and end its
lines with CR LF; times are written ``21:40``, ``9:40 pm`` or ``03:26:00 AM``. Activities are
separated by ``|``. Notes may hold Daylio's HTML (``<br>``, ``<b>``, ``&amp;``), which
becomes plain text. Each row is a check-in; a row with a note also gives a journal entry.
"""

from __future__ import annotations

import csv
import html
import io
import re
import shlex
from collections.abc import Iterator

from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.exchange.common import ExchangeError
from wellbeing_tui.exchange.incoming import (
    Clock,
    Incoming,
    imported_entry,
    shown,
    stable_id,
    titled,
)
from wellbeing_tui.exchange.plan import ImportPlan
from wellbeing_tui.storage.store import Store

MOODS: dict[str, int] = {"rad": 5, "good": 4, "meh": 3, "bad": 2, "awful": 1}
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
DELIMITERS = (",", ";", "\t")
_SECONDS = re.compile(r"(\d{1,2}[:.]\d{2})[:.]\d{2}\b")
_BREAK = re.compile(r"<br\s*/?>|</(?:p|div|li|h[1-6])>", re.IGNORECASE)
_ITEM = re.compile(r"<li(?:\s[^<>]*)?>", re.IGNORECASE)
_TAG = re.compile(
    r"</?(?:b|i|u|s|em|strong|strike|del|span|font|p|div|ul|ol|a|h[1-6])(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)


def parse_mood_map(text: str | None) -> dict[str, int]:
    """``super=5,ok=3`` added to Daylio's default words."""
    moods = dict(MOODS)
    for part in (text or "").split(","):
        if not part.strip():
            continue
        word, _, value = part.rpartition("=")
        if not word.strip() or not value.strip().isdigit() or not 1 <= int(value) <= 5:
            raise ExchangeError(f"--mood-map: '{part.strip()}' should be word=1..5")
        moods[_word(word)] = int(value)
    return moods


def _word(text: str) -> str:
    return " ".join(text.lower().split())


def looks_like_daylio(text: str) -> bool:
    """Whether the first line is the header of one of Daylio's layouts."""
    header = text.lstrip("\ufeff").split("\n", 1)[0]
    return "mood" in header and "time" in header and ("full_date" in header or "year" in header)


def note_text(note: str) -> str:
    """Daylio's note as plain text: line breaks for ``<br>`` and the ends of paragraphs and
    list items, ``- `` for an item, no other markup, entities (``&amp;``) as characters."""
    text = _BREAK.sub("\n", note.replace("\r\n", "\n").replace("\r", "\n"))
    text = _TAG.sub("", _ITEM.sub("- ", text))
    text = html.unescape(text).replace("\xa0", " ")
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _rows(text: str) -> tuple[list[str], Iterator[list[str]]]:
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    first = text.split("\n", 1)[0]
    delimiter = max(DELIMITERS, key=lambda d: len(first.split(d)))
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = [_word(name) for name in next(reader, [])]
    return header, reader


def plan(text: str, store: Store, moods: dict[str, int]) -> ImportPlan:
    header, reader = _rows(text)
    dated = "full_date" in header or "year" in header
    missing = [c for c in ("time", "mood") if c not in header] + ([] if dated else ["full_date"])
    if missing or ("full_date" not in header and "date" not in header):
        raise ExchangeError(f"not a Daylio CSV: no column {', '.join(missing or ['date'])}")
    rows = [
        (n, dict(zip(header, row, strict=False)))
        for n, row in enumerate(reader, start=2)
        if any(cell.strip() for cell in row)
    ]
    unknown = list(
        dict.fromkeys(w for _, r in rows if (w := _word(r.get("mood") or "")) and w not in moods)
    )
    if unknown:
        names = ", ".join(f'"{shown(w)}"' for w in unknown)
        given = shlex.quote(",".join(f"{w}=N" for w in unknown))
        raise ExchangeError(
            f"unknown {'moods' if len(unknown) > 1 else 'mood'}: {names}; give each a number "
            f"from 1 (awful) to 5 (rad): --mood-map {given}"
        )
    result = ImportPlan()
    clock = Clock(store, result)
    checkins = Incoming(store, CheckIn.TABLE, result)
    journal = Incoming(store, JournalEntry.TABLE, result)
    for n, row in rows:
        where = f"row {n}"
        word = _word(row.get("mood") or "")
        if not word:
            raise ExchangeError(f"{where}: mood: is empty")
        day = (row.get("full_date") or "").strip() or _old_day(row, where)
        hhmm = _SECONDS.sub(r"\1", (row.get("time") or "").strip())
        when, older = clock.moment(day, hhmm, where)
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
        title = note_text(row.get("note_title") or "")
        note = note_text(row.get("note") or "")
        if not (title or note):
            continue
        body = titled(title, note)
        entry = imported_entry("daylio-note", when, body, tags)
        # Earlier versions turned only <br> into a line break: a note they imported is here.
        raw_title = (row.get("note_title") or "").strip()
        raw_note = (row.get("note") or "").replace("<br>", "\n").strip()
        raw = titled(raw_title, raw_note)
        olds = [when, *older] if raw != body else older
        journal.take(entry, *(stable_id("daylio-note", o, raw) for o in olds))
    return result


def _old_day(row: dict[str, str], where: str) -> str:
    """The oldest layout's day: ``26 September``, ``Sep 26`` or ``September 26,`` in the
    ``date`` column and the year in ``year``."""
    written, year = (row.get("date") or "").strip(), (row.get("year") or "").strip()
    words = re.findall(r"[^\W\d_]+", written)
    numbers = re.findall(r"\d+", written)
    month = words[0][:3].lower() if len(words) == 1 else ""
    if month not in MONTHS or len(numbers) != 1 or not re.fullmatch(r"\d{4}", year):
        raise ExchangeError(
            f"{where}: date: '{shown(written)}' in '{shown(year)}' is not a day like "
            "'26 September' with a year like 2018"
        )
    return f"{year}-{MONTHS.index(month) + 1:02d}-{int(numbers[0]):02d}"
