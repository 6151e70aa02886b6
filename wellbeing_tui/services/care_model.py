"""A learned second reader for the crisis detector: a logistic regression over the words of
an entry, after the rules (``services.care``) have found nothing.

The entry is read in its plain form (``services.care_text``: misspellings mended, split
words joined, digits read as words). Its features are words, pairs of neighbouring words in
a clause, pieces of three to five letters of each word (so that a slip still shares most of
its pieces), and a few yes-or-no features of who the words are about and how they are framed
(``content.crisis_learned``). Pieces are read only for words the tuning sets hold fewer than
twice: on the words they know well, pieces only echoed the words and the model learned less
well. The whole entry is scored, and in a longer entry each run of clauses of up to
``WINDOW`` words (about the length of the longest tuning phrasing); the highest score is the
entry's, so a sentence buried in a long entry counts. Word features are divided by the
square root of the stretch's length (counted as at least ``SHORTEST`` words), so a long
stretch is not louder for being long and a short one not louder for being short. Single
clauses are not scored alone: cross-validated, that answered more harmless phrasings for
every one more at risk (short clauses score high on a single word).

The weights, the threshold and the cross-validated figures that chose it are in
``content/crisis_model.json``, written by ``scripts/train_crisis_model.py`` and read once, on
first use. When the model answers, it names the three features that added most.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from wellbeing_tui.content.crisis_learned import (
    COMMON,
    FIRST_PERSON,
    FLAG_NAMES,
    FRAMES,
    GRAM_SIZES,
    NEGATIONS,
    OTHERS,
    SHORTEST,
    WINDOW,
)

MODEL_FILE = "crisis_model.json"
CATEGORY = "learned"  # a Match from the model: its category, and its pattern's name
PATTERN = "model"
_FLAG_WORDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("self", FIRST_PERSON),
    ("other", OTHERS),
    *FRAMES.items(),
)
_CACHE_LIMIT = 50_000
_FLAG_NAMES = frozenset(FLAG_NAMES.values())
_BITS: dict[str, int] = {}
for _bit, (_, _words) in enumerate(_FLAG_WORDS):
    for _word in _words:
        _BITS[_word] = _BITS.get(_word, 0) | 1 << _bit


def grams(word: str) -> list[str]:
    """The pieces of ``word`` read for slips: "<tab", "ablet", "ets>"... (none for short
    words or a negation)."""
    if len(word) < 3 or word in NEGATIONS:
        return []
    padded = f"<{word}>"
    return [padded[i : i + n] for n in GRAM_SIZES for i in range(len(padded) - n + 1)]


def flags(present: Sequence[bool]) -> list[str]:
    """The yes-or-no features of a stretch, given which of ``_FLAG_WORDS`` it holds."""
    own = present[0]
    found = ["self"] if own else []
    for (name, _), there in zip(_FLAG_WORDS[1:], present[1:], strict=True):
        if there:
            found.append(name)
            if not own:
                found.append(f"{name}-alone")
    return found


def window_features(
    parts: Sequence[Sequence[str]], known: frozenset[str] = frozenset()
) -> dict[str, float]:
    """The features of a stretch of clauses (each its plain words), by name: "w:" a word
    (not a very common one),
    "b:" two neighbouring words, "c:" a piece of a word not in ``known`` (a rare word or a
    slip), "f:" a yes-or-no feature."""
    counts: dict[str, int] = {}
    length = 0
    for words in parts:
        length += len(words)
        for word in words:
            pieces = () if word in known else grams(word)
            own = () if word in COMMON else (f"w:{word}",)
            for name in (*own, *(f"c:{g}" for g in pieces)):
                counts[name] = counts.get(name, 0) + 1
        for first, second in zip(words, words[1:], strict=False):
            name = f"b:{first} {second}"
            counts[name] = counts.get(name, 0) + 1
    scale = 1 / math.sqrt(max(length, SHORTEST))
    found = {name: count * scale for name, count in counts.items()}
    every = {word for words in parts for word in words}
    present = [not words.isdisjoint(every) for _, words in _FLAG_WORDS]
    for name in flags(present):
        found[f"f:{name}"] = 1.0
    return found


def spans(lengths: Sequence[int]) -> Iterator[tuple[int, int]]:
    """The stretches scored in an entry of clauses of ``lengths`` words: the whole entry,
    and in a longer entry, from each clause on, the longest run of whole clauses of at most
    ``WINDOW`` words (a single clause however long)."""
    count = len(lengths)
    yield 0, count
    if sum(lengths) <= WINDOW:
        return
    end = 0
    total = 0
    for start in range(count):
        if end <= start:
            end, total = start + 1, lengths[start]
        while end < count and total + lengths[end] <= WINDOW:
            total += lengths[end]
            end += 1
        yield start, end
        total -= lengths[start]


@dataclass(frozen=True)
class Scored:
    """The highest-scoring stretch of an entry: its score and its clauses."""

    score: float
    start: int
    end: int


class Model:
    """The weights of the model, ready to score an entry quickly: each word's own weight and
    its pieces' weights are summed once and kept."""

    def __init__(self, payload: dict[str, Any]) -> None:
        self.bias: float = payload["bias"]
        self.threshold: float = payload["threshold"]
        self.words: dict[str, float] = payload["words"]
        self.grams: dict[str, float] = payload["grams"]
        self.pairs: dict[str, dict[str, float]] = payload["pairs"]
        self.flags: dict[str, float] = payload["flags"]
        self.known = frozenset(payload["known"])
        self.figures: dict[str, Any] = payload.get("figures", {})
        self._values: dict[str, float] = {}
        self._masks: dict[int, float] = {}

    def value(self, word: str) -> float:
        """A word's weight with its pieces' weights."""
        found = self._values.get(word)
        if found is None:
            if len(self._values) > _CACHE_LIMIT:
                self._values.clear()
            get = self.grams.get
            found = self.words.get(word, 0.0)
            if word not in self.known:
                found += sum(get(g, 0.0) for g in grams(word))
            self._values[word] = found
        return found

    def best(self, parts: Sequence[Sequence[str]]) -> Scored | None:
        """The highest-scoring stretch of an entry of clauses (None for no words)."""
        if not parts:
            return None
        sums = [0.0]
        lengths: list[int] = []
        masks: list[int] = []
        values, pairs, value = self._values, self.pairs, self.value
        for words in parts:
            total = 0.0
            mask = 0
            before = ""
            for word in words:
                found = values.get(word)
                total += value(word) if found is None else found
                mask |= _BITS.get(word, 0)
                if (after := pairs.get(before)) is not None:
                    total += after.get(word, 0.0)
                before = word
            sums.append(sums[-1] + total)
            lengths.append(len(words))
            masks.append(mask)
        cumulative = [0]
        for length in lengths:
            cumulative.append(cumulative[-1] + length)
        best: Scored | None = None
        for start, end in spans(lengths):
            mask = 0
            for clause in masks[start:end]:
                mask |= clause
            size = max(cumulative[end] - cumulative[start], SHORTEST)
            score = self.bias + (sums[end] - sums[start]) / math.sqrt(size) + self._flags(mask)
            if best is None or score > best.score:
                best = Scored(score, start, end)
        return best

    def _flags(self, mask: int) -> float:
        """The weights of the yes-or-no features of a stretch holding the words of ``mask``."""
        found = self._masks.get(mask)
        if found is None:
            present = [bool(mask & (1 << n)) for n in range(len(_FLAG_WORDS))]
            found = sum(self.flags.get(name, 0.0) for name in flags(present))
            self._masks[mask] = found
        return found

    def reasons(self, parts: Sequence[Sequence[str]], count: int = 3) -> list[str]:
        """The ``count`` features that added most to a stretch's score, in plain words (a
        word with its pieces, two neighbouring words, or who or what frames it); features
        sharing a word with one already named are skipped."""
        length = max(sum(len(words) for words in parts), SHORTEST)
        scale = 1 / math.sqrt(length)
        added: dict[str, float] = {}
        for words in parts:
            for word in words:
                added[word] = added.get(word, 0.0) + self.value(word) * scale
            for first, second in zip(words, words[1:], strict=False):
                weight = self.pairs.get(first, {}).get(second, 0.0)
                if weight:
                    name = f"{first} {second}"
                    added[name] = added.get(name, 0.0) + weight * scale
        every = {word for words in parts for word in words}
        present = [not found.isdisjoint(every) for _, found in _FLAG_WORDS]
        for flag in flags(present):
            added[FLAG_NAMES[flag]] = self.flags.get(flag, 0.0)
        named: list[str] = []
        used: set[str] = set()
        for name, weight in sorted(added.items(), key=lambda item: (-item[1], item[0])):
            if weight <= 0 or len(named) == count:
                break
            shared = set() if name in _FLAG_NAMES else set(name.split())
            if shared & used:
                continue
            used |= shared
            named.append(name)
        return named


@cache
def model() -> Model:
    """The shipped model, read on first use."""
    text = resources.files("wellbeing_tui.content").joinpath(MODEL_FILE).read_text("utf-8")
    return Model(json.loads(text))
