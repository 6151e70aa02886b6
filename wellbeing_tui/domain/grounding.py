"""Grounding sessions as they are stored."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

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
    get,
    need,
)

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
class GroundingSession:
    """One grounding exercise, finished or ended early."""

    TABLE: ClassVar[str] = "grounding"

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
        check_number("actual_seconds", self.actual_seconds, 0, MAX_SESSION_SECONDS)
        check_bool("completed", self.completed)
        check_opt_int("distress_before", self.distress_before, 0, 10)
        check_opt_int("distress_after", self.distress_after, 0, 10)
        if not isinstance(self.noticed, Mapping):
            raise ValidationError("noticed", "must map each step to a list of notes")
        noticed = {str(k): check_words("noticed", v) for k, v in self.noticed.items()}
        object.__setattr__(self, "noticed", noticed)
        check_opt_text("note", self.note)

    def to_doc(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "exercise": self.exercise,
            "started_at": self.started_at,
            "ended_at": self.ended_at,
            "planned_seconds": self.planned_seconds,
            "actual_seconds": round(self.actual_seconds, 3),
            "completed": self.completed,
            "distress_before": self.distress_before,
            "distress_after": self.distress_after,
            "noticed": {k: list(v) for k, v in self.noticed.items()},
            "note": self.note,
        }

    @classmethod
    def from_doc(cls, doc: Mapping[str, Any]) -> GroundingSession:
        return cls(
            id=need(doc, "id"),
            exercise=need(doc, "exercise"),
            started_at=need(doc, "started_at"),
            ended_at=need(doc, "ended_at"),
            planned_seconds=need(doc, "planned_seconds"),
            actual_seconds=need(doc, "actual_seconds"),
            completed=need(doc, "completed"),
            distress_before=get(doc, "distress_before"),
            distress_after=get(doc, "distress_after"),
            noticed=get(doc, "noticed") or {},
            note=get(doc, "note"),
        )

    @property
    def distress_change(self) -> int | None:
        """After minus before; negative means the distress went down."""
        if self.distress_before is None or self.distress_after is None:
            return None
        return self.distress_after - self.distress_before
