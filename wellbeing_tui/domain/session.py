"""One grounding session from start to saved record, shared by the screen and the plain
command-line mode."""

from __future__ import annotations

from wellbeing_tui.domain.clock import Clock
from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.exercise import Exercise, Segment, build_plan, planned_seconds
from wellbeing_tui.domain.fields import check_opt_int, iso, new_id
from wellbeing_tui.domain.grounding import GroundingSession
from wellbeing_tui.domain.timer import SessionTimer

MAX_MINUTES = 120


class GroundingRun:
    """An exercise being done: its plan, its timer, what was noticed, the ratings."""

    def __init__(
        self,
        exercise: Exercise,
        clock: Clock,
        minutes: float | None = None,
        distress_before: int | None = None,
    ) -> None:
        if minutes is not None and not 0 < minutes <= MAX_MINUTES:
            raise ValidationError("minutes", f"must be more than 0 and at most {MAX_MINUTES}")
        check_opt_int("distress_before", distress_before, 0, 10)
        self.exercise = exercise
        self.clock = clock
        self.minutes = minutes
        self.plan: tuple[Segment, ...] = build_plan(exercise, minutes)
        self.timer = SessionTimer(self.plan, clock)
        self.distress_before = distress_before
        self.noticed: dict[str, list[str]] = {}
        self.started_at: str | None = None
        self.ended_at: str | None = None

    @property
    def planned_seconds(self) -> int:
        return max(1, round(planned_seconds(self.plan)))

    def start(self) -> None:
        if self.started_at is None:
            self.started_at = iso(self.clock.now())
            self.timer.start()

    def end(self) -> float:
        """Stop the clock (at the end, or early); returns the seconds actually spent."""
        self.start()
        if self.ended_at is None:
            self.ended_at = iso(self.clock.now())
        return self.timer.stop()

    def notice(self, step_key: str, text: str) -> None:
        """Keep something the person noticed during a step (blank text is ignored)."""
        words = " ".join(text.split())
        if words:
            self.noticed.setdefault(step_key, []).append(words[:60])

    def finish(
        self,
        *,
        completed: bool,
        distress_after: int | None = None,
        note: str | None = None,
    ) -> GroundingSession:
        """Stop the timer and make the record to save."""
        actual = self.end()
        assert self.started_at is not None and self.ended_at is not None
        return GroundingSession(
            id=new_id(),
            exercise=self.exercise.slug,
            started_at=self.started_at,
            ended_at=self.ended_at,
            planned_seconds=self.planned_seconds,
            actual_seconds=round(actual, 3),
            # Reaching the end by skipping every step, noticing nothing, is not finishing it.
            completed=completed and not (self.timer.every_step_skipped and not self.noticed),
            distress_before=self.distress_before,
            distress_after=distress_after,
            noticed={k: tuple(v) for k, v in self.noticed.items()},
            note=(note or "").strip() or None,
        )


def format_seconds(seconds: float) -> str:
    """45 seconds, 1 min 30 s, 3 min."""
    total = round(seconds)
    if total < 60:
        return f"{total} second" + ("" if total == 1 else "s")
    minutes, rest = divmod(total, 60)
    return f"{minutes} min {rest} s" if rest else f"{minutes} min"


def phase_line(segment: Segment) -> str:
    """One line that says what to do now, for plain mode and screen readers."""
    seconds = round(segment.seconds)
    unit = "second" if seconds == 1 else "seconds"
    if segment.kind == "step":
        return f"{segment.label}, {seconds} {unit}. {segment.hint}"
    hint = f" ({segment.hint})" if segment.hint else ""
    return f"{segment.label}, {seconds} {unit}{hint}"
