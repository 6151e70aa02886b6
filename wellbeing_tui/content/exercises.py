"""Names of the grounding exercises (their steps arrive with the grounding screen)."""

from __future__ import annotations

EXERCISE_NAMES: dict[str, str] = {
    "senses-54321": "5-4-3-2-1 senses",
    "calm-breathing": "Calm breathing",
    "box-breathing": "Box breathing",
    "breathing-478": "4-7-8 breathing",
    "cyclic-sigh": "Cyclic sighing",
    "feet-on-floor": "Feet on the floor",
    "colour-spotting": "Colour spotting",
    "body-scan": "Short body scan",
}
