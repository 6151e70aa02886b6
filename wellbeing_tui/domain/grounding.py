"""Grounding sessions as they are stored."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import ClassVar

from wellbeing_tui.domain import table_names
from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.fields import (
    Timestamp,
    check_bool,
    check_choice,
    check_datetime,
    check_id,
    check_int,
    check_number,
    check_opt_int,
    check_opt_text,
    check_words,
)
from wellbeing_tui.domain.records import Record

EXERCISE_SLUGS: tuple[str, ...] = (
    "senses-54321",
    "calm-breathing",
    "box-breathing",
    "breathing-478",
    "cyclic-sigh",
    "feet-on-floor",
    "colour-spotting",
    "body-scan",
)
MAX_SESSION_SECONDS = 4 * 3600


@dataclass(frozen=True)
class GroundingSession(Record):
    """One grounding exercise, finished or ended early."""

    TABLE: ClassVar[str] = table_names.GROUNDING

    id: str
    exercise: str
    started_at: Timestamp
    ended_at: Timestamp
    planned_seconds: int
    actual_seconds: float
    completed: bool
    distress_before: int | None = None
    distress_after: int | None = None
    noticed: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    note: str | None = None

    def __post_init__(self) -> None:
        check_id("id", self.id)
        check_choice("exercise", self.exercise, EXERCISE_SLUGS)
        check_datetime("started_at", self.started_at)
        check_datetime("ended_at", self.ended_at)
        check_int("planned_seconds", self.planned_seconds, 1, MAX_SESSION_SECONDS)
        seconds = check_number("actual_seconds", self.actual_seconds, 0, MAX_SESSION_SECONDS)
        object.__setattr__(self, "actual_seconds", round(seconds, 3))  # stored to the ms
        check_bool("completed", self.completed)
        check_opt_int("distress_before", self.distress_before, 0, 10)
        check_opt_int("distress_after", self.distress_after, 0, 10)
        if not isinstance(self.noticed, Mapping):
            raise ValidationError("noticed", "must map each step to a list of notes")
        noticed = {str(k): check_words("noticed", v) for k, v in self.noticed.items()}
        object.__setattr__(self, "noticed", noticed)
        check_opt_text("note", self.note)

    @property
    def distress_change(self) -> int | None:
        """After minus before; negative means the distress went down."""
        if self.distress_before is None or self.distress_after is None:
            return None
        return self.distress_after - self.distress_before
