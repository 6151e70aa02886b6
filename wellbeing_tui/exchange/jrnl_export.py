r"""The journal as a jrnl journal file, which ``jrnl --import`` reads.

Each entry is ``[YYYY-MM-DD HH:MM] first line``, `` *`` after it when the entry is tagged
``starred``, then the rest of the text; entries are separated by a blank line, as jrnl writes
them. A tag not written in the text already (as ``@word`` or ``#word``) is added on a last
line as ``@word``. jrnl takes a line starting ``[something] `` as the start of an entry when
it can read a date in it ("[next Monday] plans"), so such a line in a body is written
``\[something] `` (as Markdown escapes it; a space would not do, since jrnl strips the
body). Characters a terminal would act on are shown as placeholders (as every command
shows them).

What jrnl cannot keep: seconds, emotions and the prompt an entry started from; a first line
ending in ``*`` reads back as a star.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.domain.moments import moment_key
from wellbeing_tui.domain.visible import visible
from wellbeing_tui.exchange.jrnl import tags_in

STAR = "starred"
_NOT_IN_TAG = re.compile(r"[^-+*#/\w]+")
# jrnl ignores a bracket of 6 characters or fewer (a footnote, a checkbox: "[x] ").
_LOOKS_LIKE_A_DATE = re.compile(r"\[[^\]]{7,}\] ")


def jrnl_tag(word: str) -> str:
    """A tag as jrnl can write it: lower case, a ``-`` for each run of other characters."""
    return _NOT_IN_TAG.sub("-", word.lower()).strip("-")


def jrnl_text(
    entries: Iterable[JournalEntry], first: date | None = None, last: date | None = None
) -> str:
    """The entries (those from ``first`` to ``last``, when given) as a jrnl journal file."""
    chosen = [
        e
        for e in entries
        if (first is None or e.created_at[:10] >= first.isoformat())
        and (last is None or e.created_at[:10] <= last.isoformat())
    ]
    chosen.sort(key=lambda e: moment_key(e.created_at))
    return "\n".join(_entry(e) for e in chosen)


def _entry(entry: JournalEntry) -> str:
    lines = visible(entry.text).split("\n")
    while lines and not lines[0].strip():
        del lines[0]
    title = lines[0].strip() if lines else ""
    body = ["\\" + line if _starts_an_entry(line) else line for line in lines[1:]]
    written = set(tags_in(visible(entry.text)))
    extra = [t for t in map(jrnl_tag, (t for t in entry.tags if t != STAR)) if t]
    extra = [t for t in dict.fromkeys(extra) if t not in written]
    text = "\n".join(body).strip("\n")
    if extra:
        text = (text + "\n" if text else "") + " ".join("@" + t for t in extra)
    stamp = f"{entry.created_at[:10]} {entry.created_at[11:16]}"
    header = f"[{stamp}] {title}" + (" *" if STAR in entry.tags else "")
    return f"{header}\n{text}\n" if text else f"{header}\n"


def _starts_an_entry(line: str) -> bool:
    """Whether jrnl could take ``line`` for the start of an entry: ``[`` and the first ``]``
    after it followed by a space (a ``]`` on a later line counts, so a ``[`` with none after
    it on its line is taken to start one too)."""
    return line.startswith("[") and ("]" not in line or bool(_LOOKS_LIKE_A_DATE.match(line)))
