"""Persistence: TinyDB on a durable storage, locking, schema versions, backups and the
location of the data file. Nothing here imports Textual."""

from wellbeing_tui.storage.errors import DataFileError, ReadOnlyError, SaveError, StoreError
from wellbeing_tui.storage.store import Store

__all__ = ["DataFileError", "ReadOnlyError", "SaveError", "Store", "StoreError"]
