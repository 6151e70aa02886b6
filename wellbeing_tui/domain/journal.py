"""Journal entries."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from wellbeing_tui.domain.fields import (
    Timestamp,
    check_datetime,
    check_id,
    check_opt_text,
    check_text,
    check_words,
    get,
    need,
)


@dataclass(frozen=True)
class JournalEntry:
    """A journal entry: free text, perhaps started from a prompt, with emotions and tags."""

    TABLE: ClassVar[str] = "journal"

    id: str
    created_at: Timestamp
    updated_at: Timestamp
    text: str
    prompt: str | None = None
    emotions: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        check_id("id", self.id)
        check_datetime("created_at", self.created_at)
        check_datetime("updated_at", self.updated_at)
        check_text("text", self.text)
        check_opt_text("prompt", self.prompt)
        object.__setattr__(self, "emotions", check_words("emotions", self.emotions))
        object.__setattr__(self, "tags", check_words("tags", self.tags))

    def to_doc(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "prompt": self.prompt,
            "text": self.text,
            "emotions": list(self.emotions),
            "tags": list(self.tags),
        }

    @classmethod
    def from_doc(cls, doc: Mapping[str, Any]) -> JournalEntry:
        return cls(
            id=need(doc, "id"),
            created_at=need(doc, "created_at"),
            updated_at=get(doc, "updated_at") or need(doc, "created_at"),
            text=need(doc, "text"),
            prompt=get(doc, "prompt"),
            emotions=get(doc, "emotions", ()),
            tags=get(doc, "tags", ()),
        )

    @property
    def first_line(self) -> str:
        """The first line with words in it, for lists and the dashboard."""
        for line in self.text.splitlines():
            stripped = line.strip().lstrip("#").strip()
            if stripped:
                return stripped
        return ""
