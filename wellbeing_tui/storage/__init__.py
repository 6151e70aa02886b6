"""Persistence: TinyDB on a durable storage, locking, schema versions, backups and the
location of the data file. Nothing here imports Textual.

``Store`` (and TinyDB with it) is imported when first asked for, so that finding the data
file or writing a small file beside it (``wellbeing nudge``) starts quickly."""

from __future__ import annotations

from wellbeing_tui.storage.errors import DataFileError, ReadOnlyError, SaveError, StoreError

# Not from typing: importing it costs a prompt-time command (``nudge``) several ms.
TYPE_CHECKING = False

if TYPE_CHECKING:
    from typing import Any

    from wellbeing_tui.storage.store import Store

__all__ = ["DataFileError", "ReadOnlyError", "SaveError", "Store", "StoreError"]


def __getattr__(name: str) -> Any:
    if name == "Store":
        # deferred: `wellbeing nudge` finds the data file through this package without loading the
        # store and TinyDB (30 ms, python -X importtime)
        from wellbeing_tui.storage.store import Store

        return Store
    raise AttributeError(name)
