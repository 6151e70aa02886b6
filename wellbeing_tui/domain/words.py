"""Numbers in sentences: "1 night", "2 nights", never "1 night(s)"; ranges said once when
both ends are the same."""

from __future__ import annotations


def count(n: int, one: str, many: str | None = None) -> str:
    """``n`` and the word for that many: count(1, "entry", "entries") is "1 entry"."""
    return f"{n} {word_for(n, one, many or one + 's')}"


def word_for(n: int, one: str, many: str) -> str:
    """The word that goes with ``n`` things, without the number: "is" or "are"."""
    return one if n == 1 else many


def number(x: float) -> str:
    """A mean as people write it: 3, 3.5, never 3.0 beside a 3 elsewhere."""
    text = f"{x:.1f}"
    return text[:-2] if text.endswith(".0") else text


def span(low: str, high: str, start: str = "from ") -> str:
    """A range as words: "from 6 h to 8 h" (``start`` "" for "1 Nov to 7 Nov"); when both
    ends read the same there is no range, and it is said once: "6 h"."""
    return low if low == high else f"{start}{low} to {high}"


def spread(low: str, high: str) -> str:
    """The range after a mean: " (from 6 h to 8 h)"; nothing when both ends read the same,
    as the mean then says it already."""
    return "" if low == high else f" ({span(low, high)})"
