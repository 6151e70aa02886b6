"""When a save calls for a gentle answer: explicit words about suicide or self-harm in what
was written, a mood of 1, or distress of 9 or 10 after grounding.

Nothing here is stored or sent, and nothing counts how often it happened: the app (or a
command) only shows a calm pointer to support after the save.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from wellbeing_tui.content.crisis import PHRASES

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})
_NOT_A_WORD = re.compile(r"[^a-z0-9']+")
_SPELLED_OUT = {"don't": "do not", "can't": "cannot", "wasn't": "was not", "i'm": "i am"}


def _words(text: str) -> str:
    """Lower case, one space between words, and one at each end, so that a phrase is found
    only as whole words."""
    plain = _NOT_A_WORD.sub(" ", text.lower().translate(_APOSTROPHES).replace("-", " "))
    return f" {' '.join(plain.split())} "


def _forms(phrase: str) -> set[str]:
    form = _words(phrase)
    forms = {form, form.replace("'", "")}
    for short, long in _SPELLED_OUT.items():
        if f" {short} " in form:
            forms.add(form.replace(f" {short} ", f" {long} "))
    return forms


FORMS: frozenset[str] = frozenset(f for phrase in PHRASES for f in _forms(phrase))


def mentions_crisis(text: str) -> bool:
    """Whether ``text`` holds one of the phrases, as whole words."""
    words = _words(text)
    return any(form in words for form in FORMS)


def _texts(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _texts(item)


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
    return any(mentions_crisis(text) for text in _texts(record.to_doc()))
