"""When a save calls for a gentle answer: words about suicide or self-harm in what was
written, a mood of 1, or distress of 9 or 10 after grounding.

What was written is put in a plain form (``services.care_text``), then read clause by clause
by named patterns (``content.crisis_patterns`` and its neighbours) after guards have blanked
out everyday idioms. Weak cues (``content.crisis_cues``), too often ordinary alone, answer
when two of different families come within a few clauses of each other. ``crisis_match``
says which pattern (or which two cues) answered and why, so that each answer can be
explained; a "not" before the words does not silence it, since a gentle answer is harmless
and "I don't want to kill myself, but..." still deserves one.

Guards about someone else, or about a subject of study or a story
(``content.crisis_others``, ``content.crisis_told``), are set aside for the whole entry when
the writer joins in ("my friend died by suicide and now I want to as well"). One of them is
kept only in an entry about a lesson, a course, a book or the news: there "suicide" said
with no word of the writer's own is the subject; another only in an entry about a day at
work, for a case counted or named as work ("two overdoses", "an overdose call").
A guard for a past told as past ("two years free from self-harm today") is set aside when
the entry turns back to now ("again", "urges", "tonight"). Two acts of preparation alone
(things given away, a contract cancelled) do not answer in an entry that gives an ordinary
reason for them (a move, a trip).

Nothing here is stored or sent, and nothing counts how often it happened: the app (or a
command) only shows a calm pointer to support after the save.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from wellbeing_tui.content.crisis_cues import COMBINED, REACH
from wellbeing_tui.content.crisis_others import FRAME, FRAME_WORDS, JOINING_IN, JOINING_WORDS
from wellbeing_tui.content.crisis_scene_cues import (
    ORDINARY_REASON,
    PREPARING,
    REASON_STEMS,
    REASON_WORDS,
)
from wellbeing_tui.content.crisis_told import TURNS_BACK, TURNS_BACK_WORDS, WORK, WORK_WORDS
from wellbeing_tui.services import care_model, care_rules
from wellbeing_tui.services.care_rules import (
    FRAMED_GUARD,
    OTHERS_GUARD,
    PAST_GUARD,
    WORK_GUARD,
    Rule,
    expand,
    guards,
    wanted,
)
from wellbeing_tui.services.care_text import Clause, clauses
from wellbeing_tui.services.written import WORDS_TO_READ, texts_in, what_to_look_at

_NEGATION = frozenset({"not", "never", "no"})
_NEGATION_REACH = 6
_JOINING_IN = re.compile(expand(JOINING_IN))
_JOINING_WORDS = frozenset(JOINING_WORDS.split())
_FRAME = re.compile(FRAME)
_FRAME_WORDS = frozenset(FRAME_WORDS.split())
_REASON = re.compile(ORDINARY_REASON)
_REASON_WORDS = frozenset(REASON_WORDS.split())
_TURNS_BACK = re.compile(TURNS_BACK)
_TURNS_BACK_WORDS = frozenset(TURNS_BACK_WORDS.split())
_WORK = re.compile(WORK)
_WORK_WORDS = frozenset(WORK_WORDS.split())


@dataclass(frozen=True)
class Match:
    """Why a text answered: the pattern's category and name, the words it matched (in plain
    form), the repairs that made them (a misspelling, a split word, digits for words...), and
    whether a negation came before them. Two weak cues that answered together are named
    "family+family", with their words joined by " + "."""

    category: str
    pattern: str
    words: str
    repairs: tuple[str, ...]
    negated: bool


class _Entry:
    """The clauses of one entry; whether the writer joins in with someone else's words,
    whether the entry is about a lesson, a book or the news, and whether it gives an ordinary
    reason for a preparation (each read once, and only once something asks)."""

    def __init__(self, parts: Sequence[Clause]) -> None:
        self.parts = parts
        self._joins: bool | None = None
        self._framed: bool | None = None
        self._reason: bool | None = None
        self._work: bool | None = None

    def _holds(self, words: frozenset[str], regex: re.Pattern[str]) -> bool:
        """Whether a clause holding one of ``words`` matches ``regex``."""
        return any(
            not words.isdisjoint(part.words) and regex.search(part.text) for part in self.parts
        )

    def joins_in(self) -> bool:
        if self._joins is None:
            self._joins = self._holds(_JOINING_WORDS, _JOINING_IN)
        return self._joins

    def framed(self) -> bool:
        if self._framed is None:
            self._framed = self._holds(_FRAME_WORDS, _FRAME)
        return self._framed

    def at_work(self) -> bool:
        if self._work is None:
            self._work = self._holds(_WORK_WORDS, _WORK)
        return self._work

    def turns_back(self, clause: Clause, told: str) -> bool:
        """Whether the entry turns from a past told as past back to now ("again", "urges",
        "until last night"), anywhere but in the words of the past itself (``told``: the
        clause with them blanked out)."""
        return any(
            not _TURNS_BACK_WORDS.isdisjoint(part.words)
            and _TURNS_BACK.search(told if part is clause else part.text)
            for part in self.parts
        )

    def gives_a_reason(self) -> bool:
        if self._reason is None:
            self._reason = any(
                (
                    not _REASON_WORDS.isdisjoint(part.words)
                    or any(stem in part.text for stem in REASON_STEMS)
                )
                and _REASON.search(part.text)
                for part in self.parts
            )
        return self._reason


def _guarded(clause: Clause, entry: _Entry, thorough: bool) -> str:
    """The clause's text with every guard's words blanked out (same length)."""
    found, index = guards()
    text = clause.text
    for number in wanted(clause.words, index, len(found) if thorough else 0):
        guard = found[number]
        matches = guard.finditer(text)
        if not matches:
            continue
        if guard.category == FRAMED_GUARD and not entry.framed():
            continue
        if guard.category == WORK_GUARD and not entry.at_work():
            continue
        if guard.category in (OTHERS_GUARD, FRAMED_GUARD, WORK_GUARD) and entry.joins_in():
            continue
        if guard.category == PAST_GUARD and entry.turns_back(clause, _blank(text, matches)):
            continue
        text = _blank(text, matches)
    return text


def _blank(text: str, matches: Sequence[re.Match[str]]) -> str:
    """``text`` with the words of ``matches`` blanked out (same length)."""
    for match in matches:
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


def _combined(found: list[tuple[int, Match]], entry: _Entry) -> Match | None:
    """The first two cues of different families (a cue's category is its family) at most
    ``REACH`` clauses apart, as one answer; or None. Two acts of preparation alone do not
    answer when the entry gives an ordinary reason for them."""
    for i, (at, first) in enumerate(found):
        for later, second in found[i + 1 :]:
            if later - at > REACH:
                break
            if {first.category, second.category} <= PREPARING and entry.gives_a_reason():
                continue
            if second.category != first.category:
                return Match(
                    category=COMBINED,
                    pattern=f"{first.category}+{second.category}",
                    words=f"{first.words} + {second.words}",
                    repairs=tuple(sorted({*first.repairs, *second.repairs})),
                    negated=first.negated or second.negated,
                )
    return None


def _scan(entry: _Entry, thorough: bool, found_cues: list[tuple[int, Match]]) -> Iterator[Match]:
    """Every pattern that answers the entry, clause by clause; each weak cue found on the
    way is added to ``found_cues`` with the number of its clause."""
    readers, index, first_cue = care_rules.readers()
    for at, clause in enumerate(entry.parts):
        numbers = wanted(clause.words, index, len(readers) if thorough else 0)
        if not numbers:
            continue
        guarded = _guarded(clause, entry, thorough)
        for number in numbers:
            if found := readers[number].search(guarded):
                if number < first_cue:
                    yield _explain(readers[number], clause, found)
                else:
                    found_cues.append((at, _explain(readers[number], clause, found)))


def crisis_cues(text: str, *, thorough: bool = False) -> list[tuple[int, Match]]:
    """Every weak cue in ``text``, with the number of its clause (a cue's category is its
    family)."""
    found: list[tuple[int, Match]] = []
    for _ in _scan(_Entry(clauses(text)), thorough, found):
        pass
    return found


def crisis_matches(text: str, *, thorough: bool = False, learned: bool = True) -> Iterator[Match]:
    """Every pattern that answers ``text``, clause by clause, then two weak cues that answer
    together, if any, then the learned reader, if its score is over its threshold.
    ``thorough`` tries every pattern, cue and guard on every clause instead of only those
    whose anchor words are there (slower; the result is the same, which a test checks).
    Without ``learned``, the rules alone."""
    found: list[tuple[int, Match]] = []
    entry = _Entry(clauses(text))
    yield from _scan(entry, thorough, found)
    if together := _combined(found, entry):
        yield together
    if learned and (answer := _learned(entry)):
        yield answer


def _learned(entry: _Entry) -> Match | None:
    """The learned reader's answer (``services.care_model``), after the rules: its score
    over the threshold, with the three features that added most as its words. A clause
    repeated word for word is read once: saying it again adds no new words."""
    model = care_model.model()
    unique = list({clause.text: clause for clause in entry.parts}.values())
    parts = [clause.words for clause in unique]
    best = model.best(parts)
    if best is None or best.score <= model.threshold:
        return None
    stretch = unique[best.start : best.end]
    words = [word for clause in stretch for word in clause.words]
    return Match(
        category=care_model.CATEGORY,
        pattern=care_model.PATTERN,
        words=" + ".join(model.reasons(parts[best.start : best.end])),
        repairs=tuple(sorted({r for clause in stretch for made in clause.repairs for r in made})),
        negated=not _NEGATION.isdisjoint(words),
    )


def crisis_match(text: str) -> Match | None:
    """The first pattern (or two weak cues) that answers ``text``, or None."""
    return next(crisis_matches(text), None)


def mentions_crisis(text: str) -> bool:
    """Whether ``text`` talks of suicide or self-harm (see ``crisis_match`` for why)."""
    return crisis_match(text) is not None


def calls_for_care(record: Any) -> bool:
    """Whether saving ``record`` should be followed by a gentle answer."""
    kind = what_to_look_at(record)
    if kind == WORDS_TO_READ:
        return any(mentions_crisis(text) for text in texts_in(record.to_doc()))
    return kind is not None
