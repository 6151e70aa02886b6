"""Mood check-ins: mood and energy in words, emotion words and body cues."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from wellbeing_tui.domain import table_names
from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.fields import (
    Timestamp,
    check_choice,
    check_datetime,
    check_id,
    check_opt_int,
    check_opt_text,
    check_words,
)
from wellbeing_tui.domain.records import Record

MOOD_WORDS: dict[int, str] = {1: "very low", 2: "low", 3: "okay", 4: "good", 5: "very good"}
ENERGY_WORDS: dict[int, str] = {
    1: "very low",
    2: "low",
    3: "moderate",
    4: "high",
    5: "very high",
}
BODY_AREAS: dict[str, str] = {
    "head": "Head",
    "throat": "Throat",
    "chest": "Chest",
    "stomach": "Stomach",
    "shoulders": "Shoulders",
    "arms-hands": "Arms and hands",
    "legs": "Legs",
}
BODY_FEELINGS = ("more", "less", "nothing")


@dataclass(frozen=True)
class BodyCue(Record):
    """What one area of the body felt like: more than usual, less, or nothing at all."""

    IN_FIELD: ClassVar[str] = "body"

    area: str
    feeling: str

    def __post_init__(self) -> None:
        check_choice("body.area", self.area, BODY_AREAS)
        check_choice("body.feeling", self.feeling, BODY_FEELINGS)


@dataclass(frozen=True)
class CheckIn(Record):
    """One mood check-in; many a day are allowed."""

    TABLE: ClassVar[str] = table_names.CHECKINS

    id: str
    at: Timestamp
    mood: int | None  # None: only words were given ("numb", "can't tell")
    energy: int | None = None
    emotions: tuple[str, ...] = ()
    body: tuple[BodyCue, ...] = field(default=())
    note: str | None = None
    tags: tuple[str, ...] = ()  # activities that came with it (from a Daylio import, say)

    def __post_init__(self) -> None:
        check_id("id", self.id)
        check_datetime("at", self.at)
        check_opt_int("mood", self.mood, 1, 5)
        check_opt_int("energy", self.energy, 1, 5)
        object.__setattr__(self, "emotions", check_words("emotions", self.emotions))
        if self.mood is None and not self.emotions:
            raise ValidationError(
                "mood", "choose a mood from 1 to 5, or a word such as numb or can't tell"
            )
        if not isinstance(self.body, tuple | list):
            raise ValidationError("body", "must be a list of body cues")
        cues = tuple(c if isinstance(c, BodyCue) else BodyCue.from_doc(c) for c in self.body)
        if len({c.area for c in cues}) != len(cues):
            raise ValidationError("body", "names the same area twice")
        object.__setattr__(self, "body", cues)
        check_opt_text("note", self.note)
        object.__setattr__(self, "tags", check_words("tags", self.tags))

    @property
    def mood_word(self) -> str:
        """The mood in words, or the emotion words when no number was given."""
        return ", ".join(self.emotions) if self.mood is None else MOOD_WORDS[self.mood]

    @property
    def clock(self) -> str:
        """The clock time it was recorded at, as the person saw it then (HH:MM)."""
        return self.at[11:16]
