"""Merging two copies of the diary (two parsed data files), with nothing lost.

- Records: the union by table and ``id``. Of the versions of one record, and the tombstones
  of its id (``_deleted``, see ``stamps.py``), the newest wins: the greatest ``updated_at``
  or ``deleted_at`` by instant. A tombstone wins over an edit as old as itself or older and
  loses to a newer one (which then clears it, as an undo does). Equal times with different
  content are settled by the content itself, so both computers choose the same.
- Drafts are records like any other: every draft of both copies is kept.
- Settings merge field by field: each field takes the value stamped latest in
  ``field_times`` (a copy that has no stamp for a field counts its ``updated_at``, or as
  older than any stamp).
- ``_meta``: the highest schema version, the earliest ``created_at``.

Each result is the greatest of its candidates in one total order, so ``merge`` is
idempotent, commutative and associative, and its output (tables numbered in a fixed order)
does not depend on which copy is which: two computers merging the same two copies write the
same bytes, so the sync engine sees nothing more to reconcile.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import orjson

from wellbeing_tui.domain import table_names
from wellbeing_tui.domain.moments import MomentKey, moment_key
from wellbeing_tui.domain.tables import TABLES
from wellbeing_tui.storage.fileformat import Tables
from wellbeing_tui.storage.schema import META
from wellbeing_tui.storage.stamps import DELETED, FIELD_TIMES, TOMBSTONES, UPDATED

Doc = dict[str, Any]
Key = tuple[MomentKey, int, bytes]  # when, then a tombstone over a record, then content
RECORD, GRAVE = 0, 1


def _json(value: Any) -> bytes:
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS)


def _rank(doc: Doc, kind: int) -> Key:
    return (moment_key(doc.get(DELETED if kind == GRAVE else UPDATED)), kind, _json(doc))


def _is_record_table(name: str) -> bool:
    return not name.startswith("_") and name != table_names.SETTINGS


def _newest(
    copies: Iterable[Tables],
) -> tuple[dict[tuple[str, str], tuple[Key, Doc]], list[Doc]]:
    """Of every (table, id), the winning record or tombstone; and the documents without a
    string id (edited in by hand), kept as they are."""
    best: dict[tuple[str, str], tuple[Key, Doc]] = {}
    loose: dict[bytes, Doc] = {}

    def offer(where: tuple[str, str], doc: Doc, kind: int) -> None:
        rank = _rank(doc, kind)
        if where not in best or best[where][0] < rank:
            best[where] = (rank, doc)

    for copy in copies:
        for name, rows in copy.items():
            if name == TOMBSTONES:
                for doc in rows.values():
                    offer((str(doc.get("table")), str(doc.get("id"))), doc, GRAVE)
            elif _is_record_table(name):
                for doc in rows.values():
                    if isinstance(doc.get("id"), str):
                        offer((name, doc["id"]), doc, RECORD)
                    else:
                        loose[_json({"table": name, "doc": doc})] = {"table": name, "doc": doc}
    return best, [loose[k] for k in sorted(loose)]


def _order(name: str, doc: Doc) -> tuple[MomentKey, str]:
    spec = TABLES.get(name)
    return moment_key(doc.get(spec.date_field or "") if spec else None), str(doc.get("id"))


def _numbered(docs: list[Doc]) -> dict[str, Doc]:
    return {str(n): doc for n, doc in enumerate(docs, start=1)}


def _settings(copies: list[Tables]) -> Doc | None:
    docs = [doc for copy in copies for doc in copy.get(table_names.SETTINGS, {}).values()]
    if not docs:
        return None
    chosen: dict[str, tuple[MomentKey, bytes, Any, Any]] = {}
    for doc in docs:
        times = doc.get(FIELD_TIMES) if isinstance(doc.get(FIELD_TIMES), dict) else {}
        for name, value in doc.items():
            if name in (FIELD_TIMES, UPDATED):
                continue
            stamp = times[name] if name in times else doc.get(UPDATED)
            candidate = (moment_key(stamp), _json(value), value, stamp)
            if name not in chosen or chosen[name][:2] < candidate[:2]:
                chosen[name] = candidate
    merged: Doc = {name: chosen[name][2] for name in sorted(chosen)}
    # Every field's stamp is kept, none too: a field never stamped must not take the
    # document's time in a later merge, or the order of merging would matter.
    merged[FIELD_TIMES] = {name: chosen[name][3] for name in sorted(chosen)}
    updated = max((d.get(UPDATED) for d in docs), key=moment_key)
    if updated is not None:
        merged[UPDATED] = updated
    return merged


def _meta(copies: list[Tables]) -> Doc:
    docs = [doc for copy in copies for doc in copy.get(META, {}).values()]
    merged: Doc = {}
    for doc in docs:  # a key two copies disagree on: the same choice whatever the order
        for name, value in doc.items():
            if name not in merged or _json(merged[name]) < _json(value):
                merged[name] = value
    versions = [v for d in docs if isinstance(v := d.get("schema_version"), int)]
    if versions:
        merged["schema_version"] = max(versions)
    created = [d["created_at"] for d in docs if d.get("created_at") is not None]
    if created:
        merged["created_at"] = min(created, key=lambda c: (moment_key(c), _json(c)))
    return merged


def _other_tables(copies: list[Tables]) -> dict[str, dict[str, Doc]]:
    """Tables this version does not know (``_`` and a name of its own): every distinct
    document of both, kept."""
    found: dict[str, dict[bytes, Doc]] = {}
    for copy in copies:
        for name, rows in copy.items():
            if name.startswith("_") and name not in (META, TOMBSTONES):
                for doc in rows.values():
                    found.setdefault(name, {})[_json(doc)] = doc
    return {name: _numbered([docs[k] for k in sorted(docs)]) for name, docs in found.items()}


def merge(*copies: Tables) -> Tables:
    """Copies of one diary merged into one (see the module's notes). Nothing given is
    changed; documents in the result may be shared with them."""
    best, loose = _newest(copies)
    tables: dict[str, list[Doc]] = {}
    graves: list[Doc] = []
    for (name, _id), (rank, doc) in best.items():
        if rank[1] == GRAVE:
            graves.append(doc)
        else:
            tables.setdefault(name, []).append(doc)
    for item in loose:
        tables.setdefault(item["table"], []).append(item["doc"])
    names = {n for copy in copies for n in copy if _is_record_table(n)}
    out: Tables = {META: {"1": _meta(list(copies))}}
    for name in sorted(names):
        docs = tables.get(name, [])
        out[name] = _numbered(sorted(docs, key=lambda d: (*_order(name, d), _json(d))))
    settings = _settings(list(copies))
    if settings is not None:
        out[table_names.SETTINGS] = {"1": settings}
    if graves or any(TOMBSTONES in copy for copy in copies):
        out[TOMBSTONES] = _numbered(
            sorted(graves, key=lambda d: (str(d.get("table")), str(d.get("id"))))
        )
    out.update(_other_tables(list(copies)))
    return out


@dataclass
class Incoming:
    """What a merge brought into one copy: records new or changed there, by table; records
    it had that the other copy deleted; and whether its settings changed."""

    records: Counter[str] = field(default_factory=Counter)
    deletes: int = 0
    settings: bool = False

    def __bool__(self) -> bool:
        return bool(self.records or self.deletes or self.settings)


def by_id(data: Mapping[str, Mapping[str, Doc]], name: str) -> dict[str, bytes]:
    return {str(d.get("id")): _json(d) for d in data.get(name, {}).values()}


def incoming(ours: Tables, merged: Tables) -> Incoming:
    """What ``merged`` holds that ``ours`` did not."""
    came = Incoming()
    for name in merged.keys() | ours.keys():
        if not _is_record_table(name):
            continue
        before, after = by_id(ours, name), by_id(merged, name)
        came.records[name] = sum(1 for i, doc in after.items() if before.get(i) != doc)
        came.deletes += sum(1 for i in before if i not in after)
    came.records = +came.records  # no zero counts
    came.settings = _values(ours) != _values(merged)
    return came


def _values(data: Tables) -> dict[str, Any]:
    doc: Doc = next(iter(data.get(table_names.SETTINGS, {}).values()), {})
    return {k: v for k, v in doc.items() if k not in (FIELD_TIMES, UPDATED)}


def same_diary(a: Tables, b: Tables) -> bool:
    """Whether two copies hold the same records, deletes, settings and meta, however
    their documents are numbered."""
    return canonical(a) == canonical(b)


def canonical(data: Tables) -> dict[str, list[bytes]]:
    return {name: sorted(map(_json, rows.values())) for name, rows in data.items() if rows}
