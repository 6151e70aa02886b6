"""Records imported twice: the same entry under two ids.

Before imported times were read in the person's zone on their own date, importing one jrnl
or Daylio file in winter and again in summer gave every entry a second id (its time carried
the offset of the day of import). Such pairs hold the same fields but the id, and the same
wall-clock time with another offset. ``check`` names them; nothing is removed on its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from wellbeing_tui.domain import table_names

# The tables an import writes to, and the field holding each record's time.
IMPORTED = {table_names.JOURNAL: "created_at", table_names.CHECKINS: "at"}
# Fields that differ between two imports of one entry (besides the time's offset).
_NOT_COMPARED = {"id", "updated_at"}


def _likeness(doc: Mapping[str, Any], when: str) -> str:
    """What two imports of one record share: the wall-clock time without its offset, and
    every other field."""
    stamp = str(doc.get(when, ""))[:19]
    rest = sorted((k, repr(v)) for k, v in doc.items() if k not in _NOT_COMPARED | {when})
    return repr((stamp, rest))


def imported_twice(tables: Mapping[str, Mapping[str, Any]]) -> Iterable[tuple[str, int]]:
    """(table, how many records are second copies) for each table that has any."""
    for table, when in IMPORTED.items():
        seen: dict[str, set[str]] = {}
        for doc in tables.get(table, {}).values():
            if isinstance(doc, dict) and isinstance(doc.get(when), str):
                seen.setdefault(_likeness(doc, when), set()).add(str(doc.get(when)))
        extra = sum(len(stamps) - 1 for stamps in seen.values() if len(stamps) > 1)
        if extra:
            yield table, extra
