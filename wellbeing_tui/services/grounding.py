"""Grounding sessions: the one done last, to offer it again."""

from __future__ import annotations

from wellbeing_tui.domain.grounding import GroundingSession
from wellbeing_tui.services.feature import Feature
from wellbeing_tui.storage.store import Store


def last_session(store: Store) -> GroundingSession | None:
    return store.latest(GroundingSession, "started_at")


class Grounding(Feature):
    """Grounding sessions."""

    def last(self) -> GroundingSession | None:
        """The session done last, to offer the same exercise again."""
        return last_session(self._store)

    def save(self, session: GroundingSession) -> None:
        self._keep(session)
