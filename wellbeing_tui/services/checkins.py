"""A mood check-in, made the same way from the screen and from the shell."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from wellbeing_tui.domain.fields import iso, new_id
from wellbeing_tui.domain.mood import BodyCue, CheckIn
from wellbeing_tui.services.feature import Feature


def new_checkin(
    now: datetime,
    *,
    mood: int | None,
    energy: int | None = None,
    emotions: Sequence[str] = (),
    body: Sequence[BodyCue] = (),
    note: str | None = None,
) -> CheckIn:
    """A check-in made at ``now``, not saved yet; ``ValidationError`` names a field that is
    wrong."""
    return CheckIn(
        id=new_id(),
        at=iso(now),
        mood=mood,
        energy=energy,
        emotions=tuple(emotions),
        body=tuple(body),
        note=note or None,
    )


class CheckIns(Feature):
    """Mood check-ins."""

    def save(self, checkin: CheckIn) -> CheckIn:
        self._keep(checkin)
        return checkin

    def save_now(
        self,
        *,
        mood: int | None,
        energy: int | None = None,
        emotions: Sequence[str] = (),
        body: Sequence[BodyCue] = (),
        note: str | None = None,
    ) -> CheckIn:
        """Save a check-in made now; ``ValidationError`` names a wrong field, and then
        nothing is saved."""
        return self.save(
            new_checkin(
                self._now(), mood=mood, energy=energy, emotions=emotions, body=body, note=note
            )
        )
