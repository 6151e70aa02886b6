"""A mood check-in, made the same way from the screen and from the shell."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from wellbeing_tui.domain.fields import iso, new_id
from wellbeing_tui.domain.mood import BodyCue, CheckIn


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
