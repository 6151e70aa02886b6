"""The errors a save or a read can end in, for the screens and commands to show."""

from wellbeing_tui.storage.errors import (
    DataFileError,
    EncryptedFile,
    ReadOnlyError,
    SaveError,
    StoreError,
    WrongPassphrase,
)
from wellbeing_tui.storage.fileformat import ChangedUnderUs

__all__ = [
    "ChangedUnderUs",
    "DataFileError",
    "EncryptedFile",
    "ReadOnlyError",
    "SaveError",
    "StoreError",
    "WrongPassphrase",
]
