"""What a saved record holds that the gentle answer might look at, told without loading the
crisis detector: most saves (a check-in without a note, a night's times) hold no words at
all, and then the detector's rules and model are never imported."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from wellbeing_tui.domain import table_names

# Stored strings that are never a person's words: ids, moments, days and clock times.
_NOT_WORDS = re.compile(r"\d{4}-\d{2}-\d{2}(T[\d:.]+([+-]\d{2}:\d{2}|Z)?)?|\d{2}:\d{2}")


def texts_in(value: Any, key: str = "") -> Iterator[str]:
    """Every string a person wrote in a stored document, however deep: not ids, and not
    the moments, days and clock times the app stamps (reading those would load the whole
    detector for every check-in saved without a note)."""
    if isinstance(value, str):
        if key != "id" and not key.endswith("_id") and not _NOT_WORDS.fullmatch(value):
            yield value
    elif isinstance(value, dict):
        for name, item in value.items():
            yield from texts_in(item, str(name))
    elif isinstance(value, list | tuple):
        for item in value:
            yield from texts_in(item, key)


WORDS_TO_READ = "words"  # the record holds words the detector must read


def what_to_look_at(record: Any) -> str | None:
    """None when saving ``record`` never calls for the gentle answer; "mood" or "distress"
    when it does without reading a word; ``WORDS_TO_READ`` when it holds words to read."""
    table = getattr(record, "TABLE", "")
    # A safety plan names warning signs on purpose: writing it is the help, not a sign.
    quiet = (table_names.DRAFTS, table_names.SETTINGS, table_names.SAFETY_PLAN, "")
    if table in quiet or not hasattr(record, "to_doc"):
        return None
    if table == table_names.CHECKINS and getattr(record, "mood", None) == 1:
        return "mood"
    after = getattr(record, "distress_after", None)
    if table == table_names.GROUNDING and isinstance(after, int) and after >= 9:
        return "distress"
    return WORDS_TO_READ if next(texts_in(record.to_doc()), None) is not None else None
