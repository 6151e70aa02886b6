"""Thought records (the seven-column worksheet)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import ClassVar

from wellbeing_tui.domain import table_names
from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.fields import (
    Timestamp,
    check_datetime,
    check_id,
    check_int,
    check_opt_int,
    check_opt_text,
    check_text,
)
from wellbeing_tui.domain.records import Record

DISTORTION_SLUGS: tuple[str, ...] = (
    "all-or-nothing",
    "overgeneralization",
    "mental-filter",
    "discounting-positive",
    "mind-reading",
    "fortune-telling",
    "magnification",
    "emotional-reasoning",
    "should-statements",
    "labeling",
    "personalization",
)


@dataclass(frozen=True)
class MoodRating(Record):
    """A mood named in a worksheet, rated 0-100 before and (optionally) after."""

    IN_FIELD: ClassVar[str] = "moods"

    name: str
    before: int
    after: int | None = None

    def __post_init__(self) -> None:
        check_text("moods.name", self.name, required=True)
        check_int("moods.before", self.before, 0, 100)
        check_opt_int("moods.after", self.after, 0, 100)


@dataclass(frozen=True)
class ThoughtRecord(Record):
    """A thought-challenge worksheet. Only the situation is required."""

    TABLE: ClassVar[str] = table_names.THOUGHTS
    FALLBACKS: ClassVar[Mapping[str, str]] = {"updated_at": "created_at"}

    id: str
    created_at: Timestamp
    updated_at: Timestamp
    situation: str
    moods: tuple[MoodRating, ...] = ()
    automatic_thought: str | None = None  # the hot thought
    belief_before: int | None = None
    distortions: tuple[str, ...] = ()
    evidence_for: str | None = None
    evidence_against: str | None = None
    answers: Mapping[str, str] = field(default_factory=dict)
    balanced_thought: str | None = None
    belief_after: int | None = None
    other_thoughts: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        check_id("id", self.id)
        check_datetime("created_at", self.created_at)
        check_datetime("updated_at", self.updated_at)
        check_text("situation", self.situation, required=True)
        if not isinstance(self.moods, tuple | list):
            raise ValidationError("moods", "must be a list")
        moods = tuple(
            m if isinstance(m, MoodRating) else MoodRating.from_doc(m) for m in self.moods
        )
        object.__setattr__(self, "moods", moods)
        check_opt_text("automatic_thought", self.automatic_thought)
        check_opt_int("belief_before", self.belief_before, 0, 100)
        if not isinstance(self.distortions, tuple | list):
            raise ValidationError("distortions", "must be a list of thinking traps")
        for slug in self.distortions:
            if slug not in DISTORTION_SLUGS:
                raise ValidationError("distortions", f"'{slug}' is not a known thinking trap")
        object.__setattr__(self, "distortions", tuple(dict.fromkeys(self.distortions)))
        check_opt_text("evidence_for", self.evidence_for)
        check_opt_text("evidence_against", self.evidence_against)
        if not isinstance(self.answers, Mapping):
            raise ValidationError("answers", "must map each question to its answer")
        for key, answer in self.answers.items():
            check_text(f"answers.{key}", answer)
        object.__setattr__(self, "answers", dict(self.answers))
        check_opt_text("balanced_thought", self.balanced_thought)
        check_opt_int("belief_after", self.belief_after, 0, 100)
        if isinstance(self.other_thoughts, str) or not isinstance(
            self.other_thoughts, tuple | list
        ):
            raise ValidationError("other_thoughts", "must be a list")
        for thought in self.other_thoughts:
            check_text("other_thoughts", thought)
        object.__setattr__(self, "other_thoughts", tuple(self.other_thoughts))
