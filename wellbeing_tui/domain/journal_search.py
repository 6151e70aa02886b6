"""Finding journal entries: words, tags, emotions and a date range, on stored documents
(so a search never turns every entry into a record)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.fields import check_date
from wellbeing_tui.domain.moments import moment_key


@dataclass(frozen=True)
class JournalQuery:
    """What to look for. Written as words plus ``tag:x``, ``emotion:y``, ``from:D``, ``to:D``."""

    words: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    emotions: tuple[str, ...] = ()
    start: str | None = None
    end: str | None = None
    days: frozenset[str] = field(default_factory=frozenset)  # month-day matches, "on this day"

    @property
    def empty(self) -> bool:
        return not (self.words or self.tags or self.emotions or self.start or self.end or self.days)


def parse_query(text: str) -> JournalQuery:
    words: list[str] = []
    tags: list[str] = []
    emotions: list[str] = []
    start = end = None
    for part in text.split():
        key, _, value = part.partition(":")
        key = key.lower()
        if value and key in ("tag", "#"):
            tags.append(value.lower())
        elif value and key in ("emotion", "feeling"):
            emotions.append(value.lower().replace("_", " "))
        elif value and key == "from":
            start = check_date("from", value)
        elif value and key == "to":
            end = check_date("to", value)
        elif part.startswith("#") and len(part) > 1:
            tags.append(part[1:].lower())
        else:
            words.append(part.lower())
    if start and end and start > end:
        raise ValidationError("from", "the start date is after the end date")
    return JournalQuery(tuple(words), tuple(tags), tuple(emotions), start, end)


def on_this_day(today: date) -> JournalQuery:
    """Entries from the same day of the month in earlier months and years."""
    return JournalQuery(
        end=str(date.fromordinal(today.toordinal() - 1)), days=frozenset({f"{today.day:02d}"})
    )


def matches(doc: Mapping[str, Any], query: JournalQuery) -> bool:
    created = str(doc.get("created_at", ""))
    day = created[:10]
    if query.start and day < query.start:
        return False
    if query.end and day > query.end:
        return False
    if query.days and day[8:10] not in query.days:
        return False
    tags = {str(t).lower() for t in doc.get("tags") or ()}
    if any(t not in tags for t in query.tags):
        return False
    emotions = {str(e).lower() for e in doc.get("emotions") or ()}
    if any(e not in emotions for e in query.emotions):
        return False
    if query.words:
        haystack = " ".join(
            [str(doc.get("text", "")), str(doc.get("prompt") or ""), *tags, *emotions]
        ).lower()
        if any(w not in haystack for w in query.words):
            return False
    return True


def newest_first(docs: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Newest moment first, whatever UTC offset each was written with."""
    return sorted(docs, key=lambda d: moment_key(d.get("created_at")), reverse=True)
