"""The crisis patterns and guards, compiled for speed.

A pattern's top-level alternatives are compiled one by one, and a leading ``\\b`` is checked
by hand instead of by the regular expression: Python's engine then skips straight to the
places where an alternative's first letters are, which makes a long entry several times
quicker to read. The matches are the same (a test checks this against plain compiled
patterns).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from wellbeing_tui.content.crisis_cues import CUES, Cue
from wellbeing_tui.content.crisis_families import FAMILIES
from wellbeing_tui.content.crisis_feelings import FEELINGS
from wellbeing_tui.content.crisis_guards import GUARDS
from wellbeing_tui.content.crisis_harm_words import HARM_WORDS
from wellbeing_tui.content.crisis_methods import METHODS
from wellbeing_tui.content.crisis_others import OTHERS
from wellbeing_tui.content.crisis_patterns import MACROS, PATTERNS, Guard, Pattern
from wellbeing_tui.content.crisis_scene_cues import SCENE_CUES
from wellbeing_tui.content.crisis_scenes import SCENES
from wellbeing_tui.content.crisis_self import SELF
from wellbeing_tui.content.crisis_signs import SIGNS
from wellbeing_tui.content.crisis_told import TOLD

ALL_PATTERNS: tuple[Pattern, ...] = (
    PATTERNS + FEELINGS + METHODS + SIGNS + FAMILIES + SELF + SCENES + HARM_WORDS
)
ALL_CUES: tuple[Cue, ...] = CUES + SCENE_CUES
ALL_GUARDS = GUARDS + OTHERS + TOLD
OTHERS_GUARD = "others"  # a guard set aside when the writer joins the others (see care.py)
FRAMED_GUARD = "framed"  # the same, and kept only in an entry about a lesson or a story
PAST_GUARD = "past"  # a past told as past: set aside when the entry turns back to now
WORK_GUARD = "work"  # about someone else, and kept only in an entry about a day at work
_MACRO = re.compile(r"<([a-z_]+)>")
_WORDLIKE = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")

Index = dict[str, tuple[int, ...]]


def expand(regex: str) -> str:
    """``regex`` with its ``<name>`` word lists written out."""
    return _MACRO.sub(lambda m: MACROS[m.group(1)], regex)


def alternatives(regex: str) -> list[str]:
    """The top-level alternatives of ``regex`` (split at a ``|`` outside any group or set)."""
    parts: list[str] = []
    depth = 0
    start = 0
    i = 0
    in_set = False
    while i < len(regex):
        char = regex[i]
        if char == "\\":
            i += 2
            continue
        if in_set:
            in_set = char != "]"
        elif char == "[":
            in_set = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(regex[start:i])
            start = i + 1
        i += 1
    parts.append(regex[start:])
    return parts


@dataclass(frozen=True)
class Rule:
    """A pattern (or guard) ready to search a clause."""

    name: str
    category: str
    parts: tuple[tuple[re.Pattern[str], bool], ...]  # (alternative, starts at a word)

    def finditer(self, text: str) -> list[re.Match[str]]:
        """Every match of every alternative, as the whole pattern would find them one by
        one (for a guard: overlapping ones are blanked alike)."""
        found = []
        for regex, at_word in self.parts:
            for match in regex.finditer(text):
                start = match.start()
                if not at_word or start == 0 or text[start - 1] not in _WORDLIKE:
                    found.append(match)
        return found

    def search(self, text: str) -> re.Match[str] | None:
        """The leftmost match (the first alternative at that place), or None."""
        best: re.Match[str] | None = None
        for regex, at_word in self.parts:
            match = regex.search(text)
            while match and at_word and match.start() and text[match.start() - 1] in _WORDLIKE:
                match = regex.search(text, match.start() + 1)
            if match and (best is None or match.start() < best.start()):
                best = match
        return best


def compiled(name: str, category: str, regex: str) -> Rule:
    parts = []
    for part in alternatives(expand(regex)):
        at_word = part.startswith(r"\b")
        parts.append((re.compile(part[2:] if at_word else part), at_word))
    return Rule(name, category, tuple(parts))


def _index(anchored: list[str]) -> Index:
    index: dict[str, list[int]] = {}
    for number, words in enumerate(anchored):
        for word in words.split():
            index.setdefault(word, []).append(number)
    return {word: tuple(numbers) for word, numbers in index.items()}


@cache
def rules() -> tuple[tuple[Rule, ...], Index]:
    """Every pattern, and which of them each anchor word calls for."""
    found = tuple(compiled(p.name, p.category, p.regex) for p in ALL_PATTERNS)
    return found, _index([p.anchors for p in ALL_PATTERNS])


def _guard_category(guard: Guard) -> str:
    if guard.past:
        return PAST_GUARD
    if guard.at_work:
        return WORK_GUARD
    return FRAMED_GUARD if guard.framed else OTHERS_GUARD if guard.others else "guard"


@cache
def guards() -> tuple[tuple[Rule, ...], Index]:
    """Every guard, and which of them each anchor word calls for. A guard about someone
    else, or about a subject of study or a story, has the category ``OTHERS_GUARD``; one
    kept only in an entry about a lesson, a book or the news, ``FRAMED_GUARD``; a past told
    as past, ``PAST_GUARD``; a case at work, ``WORK_GUARD``."""
    found = tuple(compiled(g.name, _guard_category(g), g.regex) for g in ALL_GUARDS)
    return found, _index([g.anchors for g in ALL_GUARDS])


@cache
def cues() -> tuple[tuple[Rule, ...], Index]:
    """Every weak cue (its family as category), and which of them each anchor word calls
    for. A cue is compiled whole: it is short, and one search a clause is quicker."""
    found = tuple(compiled(c.name, c.family, f"(?:{c.regex})") for c in ALL_CUES)
    return found, _index([c.anchors for c in ALL_CUES])


@cache
def readers() -> tuple[tuple[Rule, ...], Index, int]:
    """Every pattern then every weak cue, one index for both (so that a clause's words are
    looked up once), and the number of patterns (the cues come after them)."""
    patterns, _ = rules()
    weak, _ = cues()
    anchored = [p.anchors for p in ALL_PATTERNS] + [c.anchors for c in ALL_CUES]
    return patterns + weak, _index(anchored), len(patterns)


def wanted(words: tuple[str, ...], index: Index, every: int = 0) -> list[int]:
    """The patterns (or guards) worth trying on a clause: those with an anchor among its
    words, in their order; every one of them when ``every`` (their number) is given."""
    if every:
        return list(range(every))
    anchors = index.keys() & set(words)
    if len(anchors) == 1:
        return list(index[anchors.pop()])
    return sorted({n for word in anchors for n in index[word]})
