"""The worksheet's steps and its plain-words summary."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from wellbeing_tui.domain.moments import moment_key
from wellbeing_tui.domain.thoughts import ThoughtRecord

STEPS: tuple[tuple[str, str], ...] = (
    ("situation", "The situation"),
    ("moods", "Your moods"),
    ("thoughts", "The thoughts"),
    ("traps", "Thinking traps"),
    ("evidence-for", "Evidence for the hot thought"),
    ("evidence-against", "Evidence against it"),
    ("balanced", "A balanced thought"),
    ("rerate", "Your moods now"),
    ("summary", "Summary"),
)


def summary_lines(record: ThoughtRecord) -> list[str]:
    """Before and after, in plain words, without judging the result."""
    lines: list[str] = []
    for mood in record.moods:
        if mood.after is None:
            lines.append(f"{mood.name}: {mood.before} before; not rated again.")
        elif mood.after == mood.before:
            lines.append(f"{mood.name}: {mood.before} before and after.")
        else:
            lines.append(f"{mood.name}: {mood.before} before, {mood.after} after.")
    if record.automatic_thought:
        if record.belief_before is not None and record.belief_after is not None:
            lines.append(
                f"How much you believed the hot thought: {record.belief_before} "
                f"before, and {record.belief_after} for the balanced thought."
            )
        elif record.belief_before is not None:
            lines.append(f"How much you believed the hot thought: {record.belief_before}.")
    if not lines:
        lines.append("You wrote down the situation. That is a start, and it is saved.")
    return lines


def mood_change(record: ThoughtRecord) -> str:
    """anxious 70 → 40, ashamed 50 → 30 (for lists and the dashboard)."""
    parts = []
    for mood in record.moods:
        after = "" if mood.after is None else f" → {mood.after}"
        parts.append(f"{mood.name} {mood.before}{after}")
    return ", ".join(parts)


def search_thoughts(
    docs: Iterable[Mapping[str, Any]], words: str, traps: Iterable[str] = ()
) -> list[Mapping[str, Any]]:
    """Worksheets containing every word (in any text field) and every thinking trap."""
    wanted = [w.lower() for w in words.split()]
    trap_set = set(traps)
    out = []
    for doc in docs:
        if trap_set and not trap_set <= set(doc.get("distortions") or ()):
            continue
        text = " ".join(
            str(v)
            for k, v in doc.items()
            if k
            in (
                "situation",
                "automatic_thought",
                "evidence_for",
                "evidence_against",
                "balanced_thought",
            )
            and v
        ).lower()
        text += " " + " ".join(str(a) for a in (doc.get("answers") or {}).values()).lower()
        text += " " + " ".join(str(m.get("name", "")) for m in doc.get("moods") or ()).lower()
        if all(w in text for w in wanted):
            out.append(doc)
    return sorted(out, key=lambda d: moment_key(d.get("created_at")), reverse=True)
