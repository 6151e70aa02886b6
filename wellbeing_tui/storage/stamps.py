"""What makes two copies of the diary mergeable: every change stamped, every delete kept.

- Every saved document carries ``updated_at``. A record type with a field of that name
  (journal entries, worksheets, drafts, the safety plan) keeps its own value; the others get
  the moment of the save. A record put back after a delete (an undo) is stamped anew, so it
  is newer than its own delete on every computer.
- A delete removes the document from its table and leaves a tombstone in the table
  ``_deleted``: ``{"table", "id", "deleted_at"}`` and nothing of the content. So the record
  tables hold only records (a plain TinyDB reader and the record types see nothing new), and
  a merge can tell a delete from a record the other copy never had. Saving the id again
  clears its tombstone.
- Settings are one document; each field changed is stamped in ``field_times``, so two
  copies' settings merge field by field.

Pure functions on the parsed tables: the Store calls them under its lock.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

TOMBSTONES = "_deleted"
UPDATED = "updated_at"
DELETED = "deleted_at"
FIELD_TIMES = "field_times"

Rows = dict[str, dict[str, Any]]
Saved = tuple[str, str, dict[str, Any]]  # table, id, document


def next_key(rows: Mapping[str, Any]) -> str:
    return str(max(map(int, rows), default=0) + 1)


def stamped(doc: dict[str, Any], now: str, *, restored: bool = False) -> dict[str, Any]:
    """``doc`` with ``updated_at``: its own if it has one (and is not being put back
    after a delete), else ``now``."""
    if restored or doc.get(UPDATED) is None:
        return {**doc, UPDATED: now}
    return doc


def with_own_time(table: str, doc: dict[str, Any], fallback: str) -> dict[str, Any]:
    """``doc`` with ``updated_at`` (one it has is kept) from its own time: the field its
    record type is dated by, else ``fallback``. Two computers stamping the same record so
    give it the same stamp (a migration, an import of the same export)."""
    # deferred: every record type, 12 ms of `log mood` (python -X importtime)
    from wellbeing_tui.domain.tables import TABLES

    if doc.get(UPDATED) is not None:
        return doc
    spec = TABLES.get(table)
    own = doc.get(spec.date_field or "") if spec is not None else None
    return {**doc, UPDATED: own if isinstance(own, str) and own else fallback}


def tombstone_keys(rows: Mapping[str, Mapping[str, Any]]) -> dict[tuple[str, str], str]:
    """The tombstones of a ``_deleted`` table by (table, id): their keys in it."""
    return {(str(d.get("table")), str(d.get("id"))): key for key, d in rows.items()}


def apply_change(
    data: Mapping[str, Rows],
    save: Sequence[Saved],
    remove: Iterable[tuple[str, str]],
    now: str,
) -> dict[str, Rows]:
    """The tables that change when ``save`` is saved (each replacing the document with its
    id, keeping fields the new one does not name) and ``remove`` removed; new copies, the
    tables in ``data`` are left as they are."""
    changed: dict[str, Rows] = {}
    graves = dict(data.get(TOMBSTONES, {}))
    buried = tombstone_keys(graves) if graves else {}

    def rows_of(table: str) -> Rows:
        return changed.setdefault(table, dict(data.get(table, {})))

    for table, record_id, doc in save:
        rows = rows_of(table)
        key = next((k for k, d in rows.items() if d.get("id") == record_id), None)
        grave = buried.pop((table, record_id), None)
        if grave is not None:
            del graves[grave]
        fresh = stamped(doc, now, restored=grave is not None)
        rows[key or next_key(rows)] = {**rows.get(key or "", {}), **fresh}
    for table, record_id in remove:
        rows = rows_of(table)
        gone = [k for k, d in rows.items() if d.get("id") == record_id]
        for key in gone:
            del rows[key]
        if gone and (table, record_id) not in buried:
            buried[(table, record_id)] = key = next_key(graves)
            graves[key] = {"table": table, "id": record_id, DELETED: now}
    if graves != data.get(TOMBSTONES, {}):
        changed[TOMBSTONES] = graves
    return changed


def stamp_settings(old: Mapping[str, Any], new: Mapping[str, Any], now: str) -> dict[str, Any]:
    """The settings document ``new`` over ``old``, each field that changed stamped."""
    kept = {name: old[name] for name in (UPDATED, FIELD_TIMES) if name in old}
    times = dict(old.get(FIELD_TIMES) or {})
    for name, value in new.items():
        if name not in (UPDATED, FIELD_TIMES) and old.get(name, ...) != value:
            times[name] = now
    if times == dict(old.get(FIELD_TIMES) or {}):
        return {**old, **new, **kept}
    return {**old, **new, FIELD_TIMES: times, UPDATED: now}


def apply_new(data: Mapping[str, Rows], save: Sequence[Saved], now: str) -> dict[str, Rows]:
    """The tables that change when the new records ``save`` are added (ids not yet in their
    tables, so none is looked for: quick for a big import). A new record is stamped with its
    own time, so a record imported from a backup is older than an edit made to it since on
    another computer; one put back after its delete is stamped ``now``."""
    changed: dict[str, Rows] = {}
    next_keys: dict[str, int] = {}
    graves = dict(data.get(TOMBSTONES, {}))
    buried = tombstone_keys(graves) if graves else {}
    for table, record_id, doc in save:
        rows = changed.setdefault(table, dict(data.get(table, {})))
        if table not in next_keys:
            next_keys[table] = int(next_key(rows))
        grave = buried.pop((table, record_id), None)
        if grave is not None:
            del graves[grave]
        fresh = stamped(doc, now, restored=True) if grave else with_own_time(table, doc, now)
        rows[str(next_keys[table])] = fresh
        next_keys[table] += 1
    if len(graves) != len(data.get(TOMBSTONES, {})):
        changed[TOMBSTONES] = graves
    return changed
