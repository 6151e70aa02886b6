"""JSON read as it is written, or refused: no key that appears twice in one object (which of
the two would be meant?), and no number that cannot be held as written (5000 digits,
``1e999``, ``NaN``, ``Infinity``). Such a number is kept as an ``Unusable`` value, so the
message can name the field it sits in."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from typing import Any

from wellbeing_tui.exchange.common import ExchangeError

KEY_SHOWN = 40


class Unusable:
    """A number in the file that no field can hold; ``what`` describes it."""

    __slots__ = ("what",)

    def __init__(self, what: str) -> None:
        self.what = what

    def __repr__(self) -> str:
        return self.what


def _whole(text: str) -> int | Unusable:
    try:
        return int(text)
    except ValueError:  # more digits than Python turns into a number
        return Unusable(f"a number of {len(text.lstrip('-'))} digits")


def _fraction(text: str) -> float | Unusable:
    value = float(text)
    if math.isfinite(value):
        return value
    return Unusable(f"a number too large to hold ({text[:20]}{'...' if len(text) > 20 else ''})")


def _constant(text: str) -> Unusable:
    return Unusable(f"{text}, which is not a number")


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ExchangeError(f"the key '{_shown(key)}' appears twice in one object")
        out[key] = value
    return out


def _shown(key: str) -> str:
    return key if len(key) <= KEY_SHOWN else key[:KEY_SHOWN] + "..."


def load(text: str) -> Any:
    """``text`` as JSON; ``json.JSONDecodeError`` for text that is not JSON, and
    ``ExchangeError`` for a key that appears twice in one object."""
    return json.loads(
        text,
        parse_int=_whole,
        parse_float=_fraction,
        parse_constant=_constant,
        object_pairs_hook=_object,
    )


def unusable_in(value: Any, where: str = "") -> tuple[str, Unusable] | None:
    """The first ``Unusable`` number inside ``value`` and the field path to it."""
    for path, found in _walk(value, where):
        return path, found
    return None


def _walk(value: Any, where: str) -> Iterator[tuple[str, Unusable]]:
    stack: list[tuple[str, Any]] = [(where, value)]
    while stack:
        path, item = stack.pop()
        if isinstance(item, Unusable):
            yield path, item
        elif isinstance(item, dict):
            stack.extend(
                (f"{path}.{_shown(k)}" if path else _shown(k), v) for k, v in reversed(item.items())
            )
        elif isinstance(item, list):
            stack.extend((f"{path}[{n}]", v) for n, v in reversed(list(enumerate(item))))
