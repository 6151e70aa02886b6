"""The session timer: a pure object that takes a clock.

Where the session is comes from how long it has been running on a monotonic clock (minus
pauses, plus skipped time), never from counting ticks, so it neither drifts nor speeds up
when the screen is busy. The UI only asks and redraws.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from itertools import accumulate

from wellbeing_tui.domain.clock import Clock
from wellbeing_tui.domain.exercise import Segment


@dataclass(frozen=True)
class TimerState:
    index: int  # the current segment; len(plan) when finished
    segment: Segment | None
    phase_elapsed: float
    phase_left: float
    session_left: float
    position: float  # seconds into the plan, skips included
    finished: bool
    paused: bool

    @property
    def phase_progress(self) -> float:
        """0.0 at the start of the segment, 1.0 at its end."""
        if self.segment is None or self.segment.seconds <= 0:
            return 1.0
        return min(1.0, self.phase_elapsed / self.segment.seconds)


class SessionTimer:
    """Walks a plan of segments on a clock: start, pause, resume, skip, stop."""

    def __init__(self, plan: tuple[Segment, ...], clock: Clock) -> None:
        if not plan:
            raise ValueError("a session needs at least one segment")
        self.plan = plan
        self.clock = clock
        self._ends = list(accumulate(s.seconds for s in plan))
        self.total = self._ends[-1]
        self._started: float | None = None
        self._paused_at: float | None = None
        self._paused_total = 0.0
        self._skipped = 0.0
        self._skips = 0  # segments left early with n
        self._stopped_at: float | None = None

    def start(self) -> None:
        if self._started is None:
            self._started = self.clock.monotonic()

    def _now(self) -> float:
        return self._stopped_at if self._stopped_at is not None else self.clock.monotonic()

    def active_seconds(self) -> float:
        """Time actually spent in the session, pauses left out."""
        if self._started is None:
            return 0.0
        now = self._now()
        paused = self._paused_total + (now - self._paused_at if self._paused_at is not None else 0)
        return max(0.0, min(now - self._started - paused, self.total - self._skipped))

    def position(self) -> float:
        return min(self.total, self.active_seconds() + self._skipped)

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    def pause(self) -> None:
        if self._started is not None and self._paused_at is None and self._stopped_at is None:
            self._paused_at = self.clock.monotonic()

    def resume(self) -> None:
        if self._paused_at is not None:
            self._paused_total += self.clock.monotonic() - self._paused_at
            self._paused_at = None

    def toggle_pause(self) -> None:
        if self.paused:
            self.resume()
        else:
            self.pause()

    def skip(self) -> None:
        """Move to the start of the next segment (the skipped time is not counted as spent)."""
        state = self.state()
        if not state.finished:
            self._skipped += state.phase_left
            self._skips += 1

    @property
    def every_step_skipped(self) -> bool:
        """Every segment was left early: the end was reached, but not by doing it."""
        return self._skips >= len(self.plan)

    def stop(self) -> float:
        """End now; returns the seconds actually spent."""
        if self._stopped_at is None:
            self.resume()
            self._stopped_at = self.clock.monotonic()
        return self.active_seconds()

    def state(self) -> TimerState:
        position = self.position()
        index = bisect.bisect_right(self._ends, position)
        finished = index >= len(self.plan)
        if finished:
            return TimerState(len(self.plan), None, 0.0, 0.0, 0.0, self.total, True, self.paused)
        start = self._ends[index - 1] if index else 0.0
        segment = self.plan[index]
        elapsed = position - start
        return TimerState(
            index=index,
            segment=segment,
            phase_elapsed=elapsed,
            phase_left=segment.seconds - elapsed,
            session_left=self.total - position,
            position=position,
            finished=False,
            paused=self.paused,
        )

    def next_boundary_in(self) -> float:
        """Seconds of running time until the next segment starts (for sleeping until then)."""
        state = self.state()
        return 0.0 if state.finished else state.phase_left
