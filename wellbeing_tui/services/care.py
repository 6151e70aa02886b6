"""When a save calls for a gentle answer: words about suicide or self-harm in what was
written, a mood of 1, or distress of 9 or 10 after grounding.

What was written is put in a plain form (``services.care_text``), then read clause by clause
by named patterns (``content.crisis_patterns`` and its neighbours) after guards have blanked
out everyday idioms. ``crisis_match`` says which pattern answered and why, so that each answer
can be explained; a "not" before the words does not silence it, since a gentle answer is
harmless and "I don't want to kill myself, but..." still deserves one.

Nothing here is stored or sent, and nothing counts how often it happened: the app (or a
command) only shows a calm pointer to support after the save.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from wellbeing_tui.services.care_rules import Rule, guards, rules, wanted
from wellbeing_tui.services.care_text import Clause, clauses

_NEGATION = frozenset({"not", "never", "no"})
_NEGATION_REACH = 6


@dataclass(frozen=True)
class Match:
    """Why a text answered: the pattern's category and name, the words it matched (in plain
    form), the repairs that made them (a misspelling, a split word, digits for words...), and
    whether a negation came before them."""

    category: str
    pattern: str
    words: str
    repairs: tuple[str, ...]
    negated: bool


def _guarded(clause: Clause, thorough: bool) -> str:
    """The clause's text with every guard's words blanked out (same length)."""
    found, index = guards()
    text = clause.text
    for number in wanted(clause.words, index, len(found) if thorough else 0):
        for match in found[number].finditer(text):
            start, end = match.span()
            text = text[:start] + re.sub(r"[^ ]", "_", text[start:end]) + text[end:]
    return text


def _explain(rule: Rule, clause: Clause, found: re.Match[str]) -> Match:
    start, end = found.span()
    repairs: set[str] = set()
    before = 0
    position = 0
    for word, made in zip(clause.words, clause.repairs, strict=True):
        if position + len(word) <= start:
            before += 1
        elif position < end:
            repairs |= made
        position += len(word) + 1
    preceding = clause.words[max(0, before - _NEGATION_REACH) : before]
    return Match(
        category=rule.category,
        pattern=rule.name,
        words=found.group(0).strip(),
        repairs=tuple(sorted(repairs)),
        negated=not _NEGATION.isdisjoint(preceding),
    )


def crisis_matches(text: str, *, thorough: bool = False) -> Iterator[Match]:
    """Every pattern that answers ``text``, clause by clause. ``thorough`` tries every
    pattern and guard on every clause instead of only those whose anchor words are there
    (slower; the result is the same, which a test checks)."""
    patterns, index = rules()
    for clause in clauses(text):
        numbers = wanted(clause.words, index, len(patterns) if thorough else 0)
        if not numbers:
            continue
        guarded = _guarded(clause, thorough)
        for number in numbers:
            if found := patterns[number].search(guarded):
                yield _explain(patterns[number], clause, found)


def crisis_match(text: str) -> Match | None:
    """The first pattern that answers ``text``, or None."""
    return next(crisis_matches(text), None)


def mentions_crisis(text: str) -> bool:
    """Whether ``text`` talks of suicide or self-harm (see ``crisis_match`` for why)."""
    return crisis_match(text) is not None


def texts_in(value: Any) -> Iterator[str]:
    """Every string in a stored document, however deep."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from texts_in(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from texts_in(item)


def calls_for_care(record: Any) -> bool:
    """Whether saving ``record`` should be followed by a gentle answer."""
    table = getattr(record, "TABLE", "")
    # A safety plan names warning signs on purpose: writing it is the help, not a sign.
    if table in ("drafts", "settings", "safety_plan", "") or not hasattr(record, "to_doc"):
        return False
    if table == "checkins" and record.mood == 1:
        return True
    after = getattr(record, "distress_after", None)
    if table == "grounding" and after is not None and after >= 9:
        return True
    return any(mentions_crisis(text) for text in texts_in(record.to_doc()))
