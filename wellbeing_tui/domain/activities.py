"""The fun list, what was done from it, time with people, and coping entries."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

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
    get,
    need,
)

CONTACT_WAYS: dict[str, str] = {
    "in_person": "in person",
    "call": "call",
    "video": "video",
    "text": "text",
    "other": "other",
}


@dataclass(frozen=True)
class Activity:
    """Something on the fun list; rank 1 is the favourite."""

    TABLE: ClassVar[str] = "activities"

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

    def to_doc(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "rank": self.rank,
            "created_at": self.created_at,
            "archived": self.archived,
        }

    @classmethod
    def from_doc(cls, doc: Mapping[str, Any]) -> Activity:
        return cls(
            id=need(doc, "id"),
            title=need(doc, "title"),
            rank=need(doc, "rank"),
            created_at=need(doc, "created_at"),
            archived=get(doc, "archived", False),
        )


@dataclass(frozen=True)
class ActivityLog:
    """One time an activity was done: predicted enjoyment, then enjoyment and mastery."""

    TABLE: ClassVar[str] = "activity_log"

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

    def to_doc(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "activity_id": self.activity_id,
            "at": self.at,
            "predicted": self.predicted,
            "enjoyment": self.enjoyment,
            "mastery": self.mastery,
            "note": self.note,
        }

    @classmethod
    def from_doc(cls, doc: Mapping[str, Any]) -> ActivityLog:
        return cls(
            id=need(doc, "id"),
            activity_id=need(doc, "activity_id"),
            at=need(doc, "at"),
            predicted=get(doc, "predicted"),
            enjoyment=get(doc, "enjoyment"),
            mastery=get(doc, "mastery"),
            note=get(doc, "note"),
        )


@dataclass(frozen=True)
class Connection:
    """Time spent with someone."""

    TABLE: ClassVar[str] = "connections"

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

    def to_doc(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "at": self.at,
            "who": self.who,
            "how": self.how,
            "minutes": self.minutes,
            "felt": self.felt,
            "note": self.note,
        }

    @classmethod
    def from_doc(cls, doc: Mapping[str, Any]) -> Connection:
        return cls(
            id=need(doc, "id"),
            at=need(doc, "at"),
            who=need(doc, "who"),
            how=need(doc, "how"),
            minutes=get(doc, "minutes"),
            felt=get(doc, "felt"),
            note=get(doc, "note"),
        )


@dataclass(frozen=True)
class Coping:
    """Having used alcohol or another substance to cope, and what was felt just before."""

    TABLE: ClassVar[str] = "coping"

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

    def to_doc(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "at": self.at,
            "what": self.what,
            "feeling_before": list(self.feeling_before),
            "note": self.note,
        }

    @classmethod
    def from_doc(cls, doc: Mapping[str, Any]) -> Coping:
        return cls(
            id=need(doc, "id"),
            at=need(doc, "at"),
            what=need(doc, "what"),
            feeling_before=get(doc, "feeling_before", ()),
            note=get(doc, "note"),
        )
