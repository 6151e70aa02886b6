"""The file replaced under an open diary: what it holds now, merged with what was held.

Another wellbeing command always reads the file under the lock before it writes, so what it
leaves holds everything this copy held, as new or newer. A sync engine (or a person copying
a file over it) may instead put down another computer's version, which lacks what this copy
saved since. So when the file has changed, what it holds now is taken as it is only if it
already holds everything held here: every record in a version as new or newer, or deleted
at or after it; every delete, or a newer edit of its record; the settings as the merge would
have them. Otherwise the two are merged (``merge.py``'s rules) and this copy goes on from the
result, which its next save writes. The check is one pass over the held tables, with no
documents compared, so the usual case (another command added an entry) costs little.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from wellbeing_tui.domain import table_names
from wellbeing_tui.domain.moments import moment_key
from wellbeing_tui.storage.fileformat import Tables
from wellbeing_tui.storage.merge import merge
from wellbeing_tui.storage.schema import META
from wellbeing_tui.storage.stamps import DELETED, FIELD_TIMES, TOMBSTONES, UPDATED

Rows = Mapping[str, Mapping[str, Any]]


def _not_older(found: object, held: object, *, tie: bool = True) -> bool:
    """Whether the stamp ``found`` is at or after ``held`` (strictly after without
    ``tie``)."""
    if found == held:
        return tie
    a, b = moment_key(found), moment_key(held)
    return a > b or (tie and a == b)


def _graves(rows: Rows) -> dict[tuple[str, str], object]:
    return {(str(d.get("table")), str(d.get("id"))): d.get(DELETED) for d in rows.values()}


def _stamps(rows: Rows) -> dict[object, object]:
    return {d.get("id"): d.get(UPDATED) for d in rows.values()}


def _records_kept(name: str, held: Rows, found: Rows, graves: Mapping[Any, object]) -> bool:
    stamps = _stamps(found)
    loose: list[Mapping[str, Any]] | None = None
    for doc in held.values():
        record_id = doc.get("id")
        if not isinstance(record_id, str):  # edited in by hand: kept only if there as it is
            loose = loose if loose is not None else list(found.values())
            if doc not in loose:
                return False
            continue
        mine = doc.get(UPDATED)
        if record_id in stamps and _not_older(stamps[record_id], mine):
            continue
        grave = graves.get((name, record_id))
        if grave is None or not _not_older(grave, mine):
            return False
    return True


def _deletes_kept(held: Rows, found: Tables, graves: Mapping[Any, object]) -> bool:
    tables: dict[str, dict[object, object]] = {}
    for (name, record_id), mine in _graves(held).items():
        if (name, record_id) in graves and _not_older(graves[(name, record_id)], mine):
            continue
        if name not in tables:
            tables[name] = _stamps(found.get(name, {}))
        stamp = tables[name].get(record_id, ...)
        if stamp is ... or not _not_older(stamp, mine, tie=False):
            return False
    return True


def _settings_kept(held: Tables, found: Tables) -> bool:
    name = table_names.SETTINGS
    if not held.get(name):
        return True
    both = merge({name: held[name]}, {name: found.get(name, {})})[name]["1"]
    now: Mapping[str, Any] = next(iter(found.get(name, {}).values()), {})
    return all(now.get(k, ...) == v for k, v in both.items() if k not in (FIELD_TIMES, UPDATED))


def holds_everything(held: Tables, found: Tables) -> bool:
    """Whether ``found`` holds everything ``held`` does, as new or newer."""
    graves = _graves(found.get(TOMBSTONES, {}))
    for name, rows in held.items():
        if name in (META, table_names.SETTINGS) or not rows:
            continue
        if name == TOMBSTONES:
            if not _deletes_kept(rows, found, graves):
                return False
        elif name.startswith("_"):  # a table of a newer version: every document kept
            if any(doc not in list(found.get(name, {}).values()) for doc in rows.values()):
                return False
        elif not _records_kept(name, rows, found.get(name, {}), graves):
            return False
    return _settings_kept(held, found)


def followed(held: Tables, found: Tables) -> Tables | None:
    """What to go on from when the file, last seen holding ``held``, now holds ``found``:
    None when ``found`` holds everything already (take it as it is), else the two merged."""
    if holds_everything(held, found):
        return None
    return merge(held, found)
