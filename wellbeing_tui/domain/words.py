"""Numbers in sentences: "1 night", "2 nights", never "1 night(s)"."""

from __future__ import annotations


def count(n: int, one: str, many: str | None = None) -> str:
    """``n`` and the word for that many: count(1, "entry", "entries") is "1 entry"."""
    return f"{n} {one if n == 1 else (many or one + 's')}"


def number(x: float) -> str:
    """A mean as people write it: 3, 3.5, never 3.0 beside a 3 elsewhere."""
    text = f"{x:.1f}"
    return text[:-2] if text.endswith(".0") else text
