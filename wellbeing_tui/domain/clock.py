"""Clocks: the one place where the program asks what time it is.

The app, the command line and the timers take a clock, so tests and screenshots can run
at a fixed moment and step time forward by hand.
"""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Something that tells the time."""

    def now(self) -> datetime:
        """The current local time, timezone-aware."""
        ...

    def monotonic(self) -> float:
        """Seconds on a clock that never goes backwards (for timers)."""
        ...


class SystemClock:
    """The real clock of this machine."""

    def now(self) -> datetime:
        return datetime.now().astimezone().replace(microsecond=0)

    def monotonic(self) -> float:
        return time.monotonic()


class FixedClock:
    """A clock that only moves when told to; for tests, demos and screenshots."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("FixedClock needs a timezone-aware datetime")
        self._now = start
        self._mono = 1000.0

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._mono

    def advance(self, seconds: float) -> None:
        """Move both the wall clock and the monotonic clock forward."""
        self._now = self._now + timedelta(seconds=seconds)
        self._mono += seconds


def logging_day(moment: str, day_start_hour: int = 0) -> str:
    """The day (YYYY-MM-DD) a moment is logged under: before ``day_start_hour`` on the clock
    as it was recorded, a moment still belongs to the day before (01:30 with 4 is the
    evening before)."""
    if day_start_hour and int(moment[11:13]) < day_start_hour:
        return (date.fromisoformat(moment[:10]) - timedelta(days=1)).isoformat()
    return moment[:10]


def today(clock: Clock, day_start_hour: int = 0) -> date:
    """The logging day: before ``day_start_hour`` a moment still belongs to the day before."""
    return (clock.now() - timedelta(hours=day_start_hour)).date()
