"""What the worksheet's fields hold: a saved worksheet as field values, a number read from
a field, and the help shown beside each step."""

from __future__ import annotations

from typing import Any

from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.thoughts import ThoughtRecord

MOOD_ROWS = 4
HELP = {
    "situation": "What happened? Who was there, what, when and where. Just the facts of one "
    "moment.",
    "moods": "Which moods did you feel? One word each, and how strong, 0 to 100.",
    "thoughts": "What was going through your mind just before you felt this way? Write the "
    "thought that carries the most feeling: the hot thought.",
    "traps": "Do any of these thinking traps fit the hot thought? Space ticks one; tick as "
    "many as fit, or none.",
    "evidence-for": "What facts support the hot thought? Facts, not interpretations.",
    "evidence-against": "What facts don't fit the hot thought? These questions can help; "
    "answer any you like.",
    "balanced": "Putting it together, what is a more balanced way to see it? Try joining the "
    'evidence for and against with "and".',
    "rerate": "How strong is each mood now, 0 to 100?",
    "summary": "",
}


def int_or_none(text: str, field: str) -> int | None:
    text = text.strip()
    if not text:
        return None
    if not text.isdigit() or int(text) > 100:
        raise ValidationError(field, "is a whole number from 0 to 100")
    return int(text)


def record_state(record: ThoughtRecord) -> dict[str, Any]:
    """The widget values that show a saved worksheet."""
    state: dict[str, Any] = {
        "situation": record.situation,
        "hot-thought": record.automatic_thought or "",
        "belief-before": "" if record.belief_before is None else str(record.belief_before),
        "other-thoughts": "\n".join(record.other_thoughts),
        "evidence-for": record.evidence_for or "",
        "evidence-against": record.evidence_against or "",
        "balanced": record.balanced_thought or "",
        "belief-after": "" if record.belief_after is None else str(record.belief_after),
        "traps": list(record.distortions),
    }
    for n, mood in enumerate(record.moods[:MOOD_ROWS]):
        state[f"mood-name-{n}"] = mood.name
        state[f"mood-before-{n}"] = str(mood.before)
        state[f"mood-after-{n}"] = "" if mood.after is None else str(mood.after)
    for slug, answer in record.answers.items():
        state[f"answer-{slug}"] = answer
    return state
