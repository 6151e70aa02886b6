"""Grounding sessions: the one done last, to offer it again."""

from __future__ import annotations

from wellbeing_tui.domain.grounding import GroundingSession
from wellbeing_tui.storage.store import Store


def last_session(store: Store) -> GroundingSession | None:
    return store.latest(GroundingSession, "started_at")
