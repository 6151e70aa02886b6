"""Ways to meet people, and the gentle nudge, in the app's own words."""

from __future__ import annotations

MEET_PEOPLE: tuple[str, ...] = (
    "Local social activities: walking groups, book clubs, quiz nights, board-game cafés.",
    "Volunteering: a food bank, an animal shelter, a community garden, a charity shop.",
    "Classes: art, cooking, a language, a sport; the people there already share something "
    "with you.",
    "Community and cultural events, libraries and community centres often list them.",
    "Peer support groups, in person or online, for people going through something similar.",
)

# Said without reproach: quiet stretches happen, and the step offered is small.
NUDGE_TEXT = (
    "No time with people logged for {days} days; quiet stretches happen. When you feel up "
    "to it, a small step is enough: a message to one person, or a local activity this week."
)
