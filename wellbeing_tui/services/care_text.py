"""The plain form of what was written, as the crisis patterns read it.

Lower case, contractions spelled out, clauses split at . ! ? ; , : and new lines, words of
letters and digits with one space between them; shorthand and digits read as words, words
spelled a letter at a time or split in two joined, and one slip in a longer key word forgiven.
Each word remembers which of these repairs made it, so that a match can say so.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from operator import itemgetter

from wellbeing_tui.content.crisis import (
    CONTRACTIONS,
    DIGIT_WORDS,
    DIGITS,
    DROPPED_G,
    JOINED,
    LEET,
    LEET_L,
    MISSPELLING,
    MISSPELT,
    NOT_JOINED_BEFORE,
    REAL_NEIGHBOURS,
    SHORT_FORMS,
    SHORTHAND,
    SPACED_LETTERS,
    SPELLED,
    SPELLED_SENTENCE_WORDS,
    SPLIT_WORD,
    SWAP_TOLERANT,
    TOLERANT,
)

NO_REPAIR: frozenset[str] = frozenset()

_QUOTES = re.compile("[\u2019\u2018\u02bc\u2032`\u00b4]")
_NEGATIVES = (
    ("can't", "can not"),
    ("won't", "will not"),
    ("shan't", "shall not"),
    ("ain't", "is not"),
)
_ENDING = re.compile(r"'(m|re|ve|ll|d)\b")
_ENDINGS = {"m": " am", "re": " are", "ve": " have", "ll": " will", "d": " d"}
_DOTS = re.compile(r"\.{2,}")
_CLAUSE = re.compile(r"[.!?;,:\n\r]+")
_WORD = re.compile(r"[a-z0-9]+")
_STRETCHED = re.compile(r"([a-z])\1\1+")
_JOIN_FIRST = frozenset(pair.split()[0] for pair in JOINED)
_PAIRS = re.compile(r"\b(?:" + "|".join(sorted(JOINED, key=len, reverse=True)) + r")\b")
_HALVES = re.compile("|".join(pair.replace(" ", r"\W+") for pair in JOINED))
_SPACED = re.compile(r"\b[a-z]\W+[a-z]\W+[a-z]\b")
_KNOWN = SPELLED | frozenset(TOLERANT) | frozenset(SWAP_TOLERANT) | frozenset(MISSPELT)


@dataclass(frozen=True)
class Clause:
    """One clause in plain form: its text, its words, and the repairs behind each word."""

    text: str
    words: tuple[str, ...]
    repairs: tuple[frozenset[str], ...]


def _spell_out(text: str) -> str:
    """Contractions as their words: "can't" is "can not", "i'm" is "i am"; other
    apostrophes dropped ("mum's" is "mums")."""
    for short, long in _NEGATIVES:
        text = text.replace(short, long)
    text = text.replace("n't", " not")
    return _ENDING.sub(lambda m: _ENDINGS[m.group(1)], text).replace("'", "")


def _edits(word: str) -> set[str]:
    """Every string one letter away from ``word``: missing, extra, wrong or swapped."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    found = {a + b[1:] for a, b in splits if b}
    found |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    found |= {a + c + b[1:] for a, b in splits if b for c in letters}
    found |= {a + c + b for a, b in splits for c in letters}
    return found


@cache
def _slips() -> dict[str, str]:
    """Each forgiven slip of a key word, and the word it stands for (made once)."""
    keys = set(TOLERANT) | set(SWAP_TOLERANT)
    slips: dict[str, str] = {}
    for word in SWAP_TOLERANT:
        for i in range(len(word) - 1):
            slips.setdefault(word[:i] + word[i + 1] + word[i] + word[i + 2 :], word)
    for word in TOLERANT:
        for slip in _edits(word):
            slips.setdefault(slip, word)
    for word in keys | REAL_NEIGHBOURS:
        slips.pop(word, None)
    return slips


def _destretch(word: str) -> str:
    """ "diiiie" is "die", "sooo" is "soo": runs of three or more letters shortened."""
    double = _STRETCHED.sub(r"\1\1", word)
    single = _STRETCHED.sub(r"\1", word)
    return single if double not in SPELLED and single in SPELLED else double


@cache
def _read(word: str) -> tuple[str, frozenset[str]]:
    """One word as the patterns read it (one or more words), and the repairs it took."""
    if word in CONTRACTIONS:
        return CONTRACTIONS[word], NO_REPAIR
    if word in DIGIT_WORDS:
        return DIGIT_WORDS[word], frozenset({DIGITS})
    if word in SHORT_FORMS:
        return SHORT_FORMS[word], frozenset({SHORTHAND})
    if not word.isalpha() and not word.isdigit():
        for guess in (word.translate(LEET), word.translate(LEET_L)):
            if guess != word:
                plain, repairs = _read(guess)
                if guess in _KNOWN or repairs:
                    return plain, repairs | {DIGITS}
        return word, NO_REPAIR
    if len(word) > 2 and _STRETCHED.search(word):
        word = _destretch(word)
    if word in MISSPELT:
        return MISSPELT[word], frozenset({MISSPELLING})
    if word.endswith("in") and word + "g" in DROPPED_G:
        return word + "g", frozenset({SHORTHAND})
    if len(word) >= 4 and word in _slips():
        return _slips()[word], frozenset({MISSPELLING})
    return word, NO_REPAIR


def _join_letters(words: list[str], repairs: list[frozenset[str]]) -> None:
    """ "k i l l" is "kill": a run of three or more single letters that spells a key word
    (after an "i" or "a" that starts the run: "i d i e")."""
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and len(words[j]) == 1 and words[j].isalpha():
            j += 1
        if j - i < 3:
            i = j + 1 if j > i else i + 1
            continue
        start = i if "".join(words[i:j]) in SPELLED or words[i] not in "ia" else i + 1
        spelled = "".join(words[start:j])
        if j - start >= 3 and spelled in SPELLED:
            words[start:j] = [spelled]
            repairs[start:j] = [frozenset({SPACED_LETTERS})]
            i = start + 1
        elif cut := _cut("".join(words[i:j])):
            words[i:j] = cut
            repairs[i:j] = [frozenset({SPACED_LETTERS})] * len(cut)
            i += len(cut)
        else:
            i = j


def _cut(letters: str) -> list[str]:
    """ "iwanttodie" as the words it spells ("i want to die"), or [] (fewest words)."""
    best: list[list[str] | None] = [[]] + [None] * len(letters)
    for end in range(1, len(letters) + 1):
        for start in range(max(0, end - 9), end):
            head = best[start]
            if head is None or letters[start:end] not in SPELLED_SENTENCE_WORDS:
                continue
            if best[end] is None or len(head) + 1 < len(best[end] or ()):
                best[end] = [*head, letters[start:end]]
    return best[-1] or []


def _join_halves(words: list[str], repairs: list[frozenset[str]]) -> None:
    """ "my self" is "myself", "sewer slide" is "sewerslide"."""
    i = 0
    while i < len(words) - 1:
        if words[i] in _JOIN_FIRST:
            pair = f"{words[i]} {words[i + 1]}"
            after = words[i + 2] if i + 2 < len(words) else ""
            if pair in JOINED and not (pair == "my self" and after in NOT_JOINED_BEFORE):
                words[i : i + 2] = [JOINED[pair]]
                repairs[i : i + 2] = [repairs[i] | repairs[i + 1] | {SPLIT_WORD}]
        i += 1


def _clause(words: list[str], spaced: bool, halves: bool) -> Clause:
    repairs = [NO_REPAIR] * len(words)
    if spaced:
        _join_letters(words, repairs)
    if halves and _PAIRS.search(" ".join(words)):
        _join_halves(words, repairs)
    reads = [_read(word) for word in words]
    if not any(map(itemgetter(1), reads)) and not any(repairs):
        text = " ".join(read for read, _ in reads)
        plain = tuple(text.split(" "))
        return Clause(text, plain, (NO_REPAIR,) * len(plain))
    found: list[str] = []
    made: list[frozenset[str]] = []
    for (read, repaired), before in zip(reads, repairs, strict=True):
        for part in read.split(" "):
            found.append(part)
            made.append(before | repaired)
    _join_halves(found, made)  # "my slef" once the slip is mended
    return Clause(" ".join(found), tuple(found), tuple(made))


def clauses(text: str) -> list[Clause]:
    """``text`` in plain form, clause by clause (empty clauses left out)."""
    if not text.isascii():
        text = _QUOTES.sub("'", text)
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = text.lower().replace("`", "'").replace("$", "s")
    if "'" in text:
        text = _spell_out(text)
    spaced = _SPACED.search(text) is not None
    halves = _HALVES.search(text) is not None
    found = []
    for part in _CLAUSE.split(_DOTS.sub(" ", text)):
        words = _WORD.findall(part)
        if words:
            found.append(_clause(words, spaced, halves))
    return found
