"""Journal entries."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar

from wellbeing_tui.domain import table_names
from wellbeing_tui.domain.fields import (
    Timestamp,
    check_datetime,
    check_id,
    check_opt_text,
    check_text,
    check_words,
)
from wellbeing_tui.domain.records import Record


@dataclass(frozen=True)
class JournalEntry(Record):
    """A journal entry: free text, perhaps started from a prompt, with emotions and tags."""

    TABLE: ClassVar[str] = table_names.JOURNAL
    FALLBACKS: ClassVar[Mapping[str, str]] = {"updated_at": "created_at"}

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

    @property
    def first_line(self) -> str:
        """The first line with words in it, for lists and the dashboard."""
        for line in self.text.splitlines():
            stripped = line.strip().lstrip("#").strip()
            if stripped:
                return stripped
        return ""


_HASHTAG = re.compile(r"(?<![\w#])#(\w[\w-]*)")


def hashtags(text: str) -> tuple[str, ...]:
    """The words written as ``#word`` in ``text``, lower case, each once, in order. A
    Markdown heading ("# Title") is not one."""
    return tuple(dict.fromkeys(t.lower() for t in _HASHTAG.findall(text)))
