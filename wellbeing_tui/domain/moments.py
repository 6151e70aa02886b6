"""Ordering stored times as the moments they name.

A timestamp is stored with the UTC offset it had where and when it was written, so two
timestamps cannot be ordered as strings: on the night the clocks go back in London,
``01:30+01:00`` comes 50 minutes before ``01:20+00:00``, and a note written in Tokyo
(``+09:00``) is earlier than one written at a later hour in London on the same date.
``moment_key`` orders them by the instant; a date or anything unreadable is ordered by its
text, after nothing and before every readable moment, so that a record edited by hand never
stops a list from being shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from functools import lru_cache
from typing import TypeVar

T = TypeVar("T")
MomentKey = tuple[int, float, str]


@lru_cache(maxsize=1 << 16)
def _key(stamp: str) -> MomentKey:
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return (0, 0.0, stamp)
    if moment.tzinfo is None or moment.utcoffset() is None:
        return (0, 0.0, stamp)  # a date, or a time with no offset: no instant to compare
    try:
        return (1, moment.timestamp(), stamp)
    except (OverflowError, OSError, ValueError):
        return (0, 0.0, stamp)


def moment_key(stamp: object) -> MomentKey:
    """A sort key for a stored time: by instant, then by its text (for equal instants)."""
    return _key(stamp) if isinstance(stamp, str) else (0, 0.0, "")


def by_moment(
    items: Iterable[T], when: Callable[[T], object], *, newest_first: bool = False
) -> list[T]:
    """``items`` ordered by the moment ``when`` gives for each (stable for equal moments)."""
    return sorted(items, key=lambda item: moment_key(when(item)), reverse=newest_first)


def latest(items: Iterable[T], when: Callable[[T], object]) -> T | None:
    """The item whose moment is the latest (None for none)."""
    return max(items, key=lambda item: moment_key(when(item)), default=None)
