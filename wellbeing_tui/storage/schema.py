"""Schema versions of the data file and the migrations between them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wellbeing_tui.domain.fields import new_id
from wellbeing_tui.storage.fileformat import Tables
from wellbeing_tui.storage.stamps import with_own_time

SCHEMA_VERSION = 2
META = "_meta"


def schema_version(data: Tables) -> int:
    """The version recorded in ``_meta``; a file without it is version 0."""
    meta = data.get(META) or {}
    for doc in meta.values():
        version = doc.get("schema_version")
        if isinstance(version, int) and not isinstance(version, bool):
            return version
    return 0


def meta_doc(data: Tables) -> dict[str, Any]:
    meta = data.get(META) or {}
    return next(iter(meta.values()), {})


def new_file(created_at: str) -> Tables:
    return {META: {"1": {"schema_version": SCHEMA_VERSION, "created_at": created_at}}}


def _v0_to_v1(data: Tables, now: str) -> None:
    """Version 0 is a plain TinyDB file: add ``_meta`` and give every record an ``id``."""
    for name, table in data.items():
        if name == META:
            continue
        for doc in table.values():
            if not isinstance(doc.get("id"), str):
                doc["id"] = new_id()
    data[META] = {"1": {"schema_version": 1, "created_at": now}}


def _v1_to_v2(data: Tables, now: str) -> None:
    """Version 2 can be merged with another copy: every record gets ``updated_at`` (one it
    has is kept) from its own time (see ``stamps.with_own_time``)."""
    # deferred: every record type, 12 ms of `log mood` (python -X importtime)
    from wellbeing_tui.domain.tables import TABLES

    for name in TABLES:
        table = data.get(name, {})
        for key, doc in table.items():
            table[key] = with_own_time(name, doc, now)


MIGRATIONS: dict[int, Callable[[Tables, str], None]] = {0: _v0_to_v1, 1: _v1_to_v2}


def migrate(data: Tables, now: str) -> int:
    """Bring ``data`` up to ``SCHEMA_VERSION`` in place; returns the version it started at."""
    start = schema_version(data)
    version = start
    while version < SCHEMA_VERSION:
        MIGRATIONS[version](data, now)
        version += 1
        meta_doc(data)["schema_version"] = version
    return start
