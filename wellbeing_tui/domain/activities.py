"""The fun list, what was done from it, time with people, and coping entries."""

from __future__ import annotations

from dataclasses import dataclass
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
    check_opt_int,
    check_opt_text,
    check_text,
    check_words,
)
from wellbeing_tui.domain.records import Record

CONTACT_WAYS: dict[str, str] = {
    "in_person": "in person",
    "call": "call",
    "video": "video",
    "text": "text",
    "other": "other",
}


@dataclass(frozen=True)
class Activity(Record):
    """Something on the fun list; rank 1 is the favourite."""

    TABLE: ClassVar[str] = table_names.ACTIVITIES

    id: str
    title: str
    rank: int
    created_at: Timestamp
    archived: bool = False

    def __post_init__(self) -> None:
        check_id("id", self.id)
        check_text("title", self.title, required=True)
        if len(self.title) > 200:
            raise ValidationError("title", "is longer than 200 characters")
        check_int("rank", self.rank, 1, 100_000)
        check_datetime("created_at", self.created_at)
        check_bool("archived", self.archived)


@dataclass(frozen=True)
class ActivityLog(Record):
    """One time an activity was done: predicted enjoyment, then enjoyment and mastery."""

    TABLE: ClassVar[str] = table_names.ACTIVITY_LOG

    id: str
    activity_id: str
    at: Timestamp
    predicted: int | None = None
    enjoyment: int | None = None
    mastery: int | None = None
    note: str | None = None

    def __post_init__(self) -> None:
        check_id("id", self.id)
        check_id("activity_id", self.activity_id)
        check_datetime("at", self.at)
        check_opt_int("predicted", self.predicted, 0, 10)
        check_opt_int("enjoyment", self.enjoyment, 0, 10)
        check_opt_int("mastery", self.mastery, 0, 10)
        check_opt_text("note", self.note)


@dataclass(frozen=True)
class Connection(Record):
    """Time spent with someone."""

    TABLE: ClassVar[str] = table_names.CONNECTIONS

    id: str
    at: Timestamp
    who: str
    how: str
    minutes: int | None = None
    felt: int | None = None
    note: str | None = None

    def __post_init__(self) -> None:
        check_id("id", self.id)
        check_datetime("at", self.at)
        check_text("who", self.who, required=True)
        check_choice("how", self.how, CONTACT_WAYS)
        check_opt_int("minutes", self.minutes, 0, 1440)
        check_opt_int("felt", self.felt, 1, 5)
        check_opt_text("note", self.note)


@dataclass(frozen=True)
class Coping(Record):
    """Having used alcohol or another substance to cope, and what was felt just before."""

    TABLE: ClassVar[str] = table_names.COPING

    id: str
    at: Timestamp
    what: str
    feeling_before: tuple[str, ...] = ()
    note: str | None = None

    def __post_init__(self) -> None:
        check_id("id", self.id)
        check_datetime("at", self.at)
        check_text("what", self.what, required=True)
        object.__setattr__(
            self, "feeling_before", check_words("feeling_before", self.feeling_before)
        )
        check_opt_text("note", self.note)
