"""The errors a save or a read can end in, for the screens and commands to show."""

from wellbeing_tui.storage.errors import (
    DataFileError,
    ReadOnlyError,
    SaveError,
    StoreError,
    WrongPassphrase,
)

__all__ = ["DataFileError", "ReadOnlyError", "SaveError", "StoreError", "WrongPassphrase"]
