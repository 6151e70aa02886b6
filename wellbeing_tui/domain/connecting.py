"""Figures for the fun list and the people log: how often, predicted against felt, and how
long since the last contact. No streaks, no scores."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from statistics import mean

from wellbeing_tui.domain.activities import Activity, ActivityLog, Connection

NUDGE_DAYS = 7


@dataclass(frozen=True)
class ActivityStats:
    activity: Activity
    done: int
    predicted_mean: float | None  # over the times with both a prediction and a result
    enjoyment_mean: float | None  # over the same times
    pairs: int
    last_done: str | None


def activity_stats(activity: Activity, logs: Sequence[ActivityLog]) -> ActivityStats:
    mine = [log for log in logs if log.activity_id == activity.id]
    pairs = [
        (log.predicted, log.enjoyment)
        for log in mine
        if log.predicted is not None and log.enjoyment is not None
    ]
    return ActivityStats(
        activity=activity,
        done=len(mine),
        predicted_mean=mean(p for p, _ in pairs) if pairs else None,
        enjoyment_mean=mean(e for _, e in pairs) if pairs else None,
        pairs=len(pairs),
        last_done=max((log.at for log in mine), default=None),
    )


def prediction_gap(logs: Sequence[ActivityLog]) -> tuple[float, float, int] | None:
    """Mean predicted and mean felt enjoyment over every time both were recorded."""
    pairs = [
        (log.predicted, log.enjoyment)
        for log in logs
        if log.predicted is not None and log.enjoyment is not None
    ]
    if not pairs:
        return None
    return mean(p for p, _ in pairs), mean(e for _, e in pairs), len(pairs)


def ranked(activities: Sequence[Activity]) -> list[Activity]:
    """The list as shown: favourite first, archived ones left out."""
    return sorted((a for a in activities if not a.archived), key=lambda a: (a.rank, a.created_at))


@dataclass(frozen=True)
class Person:
    who: str
    last: str  # ISO moment of the latest contact
    days_since: int
    contacts: int
    ways: tuple[str, ...]


def people(connections: Sequence[Connection], today: date) -> list[Person]:
    """Everyone you logged time with, most recent first, with the days since."""
    by_name: dict[str, list[Connection]] = {}
    for c in connections:
        by_name.setdefault(c.who.strip().casefold(), []).append(c)
    out = []
    for contacts in by_name.values():
        latest = max(contacts, key=lambda c: c.at)
        out.append(
            Person(
                who=latest.who.strip(),
                last=latest.at,
                days_since=(today - date.fromisoformat(latest.at[:10])).days,
                contacts=len(contacts),
                ways=tuple(dict.fromkeys(c.how for c in sorted(contacts, key=lambda c: c.at))),
            )
        )
    return sorted(out, key=lambda p: p.last, reverse=True)


def days_without_contact(connections: Sequence[Connection], today: date) -> int | None:
    """Days since the last contact with anyone; None when nothing was ever logged."""
    if not connections:
        return None
    latest = max(c.at for c in connections)
    return (today - date.fromisoformat(latest[:10])).days
