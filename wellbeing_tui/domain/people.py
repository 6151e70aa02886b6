"""Figures for the log of time with people: who, how long since, and when to nudge."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from wellbeing_tui.domain.activities import Connection
from wellbeing_tui.domain.moments import by_moment, moment_key

NUDGE_DAYS = 7  # days without logged contact before the dashboard offers a small step


@dataclass(frozen=True)
class Person:
    who: str
    last: str  # ISO moment of the latest contact
    days_since: int
    contacts: int
    ways: tuple[str, ...]


def when_words(days_since: int, last: str) -> str:
    """ "today", "yesterday", "5 days ago"; a contact dated after today (a clock that was
    ahead, an import) is named by its date, never as "-187 days ago"."""
    if days_since < 0:
        day = date.fromisoformat(last[:10])
        return f"on {day.day} {day:%b %Y} (a future date)"
    if days_since == 0:
        return "today"
    if days_since == 1:
        return "yesterday"
    return f"{days_since} days ago"


def people(connections: Sequence[Connection], today: date) -> list[Person]:
    """Everyone you logged time with, most recent first, with the days since."""
    by_name: dict[str, list[Connection]] = {}
    for c in connections:
        by_name.setdefault(c.who.strip().casefold(), []).append(c)
    out = []
    for contacts in by_name.values():
        newest = max(contacts, key=lambda c: moment_key(c.at))
        out.append(
            Person(
                who=newest.who.strip(),
                last=newest.at,
                days_since=(today - date.fromisoformat(newest.at[:10])).days,
                contacts=len(contacts),
                ways=tuple(dict.fromkeys(c.how for c in by_moment(contacts, lambda c: c.at))),
            )
        )
    return by_moment(out, lambda p: p.last, newest_first=True)


def days_without_contact(connections: Sequence[Connection], today: date) -> int | None:
    """Days since the last contact with anyone; None when nothing was ever logged."""
    if not connections:
        return None
    newest = max((c.at for c in connections), key=moment_key)
    return (today - date.fromisoformat(newest[:10])).days
