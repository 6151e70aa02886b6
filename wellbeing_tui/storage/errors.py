"""Errors of the data file, each with a message a person can act on."""

from __future__ import annotations

from pathlib import Path

CHECK_HINT = "Run `wellbeing check` to see the backups and how to restore one."


class StoreError(Exception):
    """Base class: something about the data file stops the program from going on."""


class DataFileError(StoreError):
    """The data file cannot be read; it is left exactly as it is."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(
            f"The data file {path} cannot be read: {problem}. It has not been changed. {CHECK_HINT}"
        )


class ReadOnlyError(StoreError):
    """The file is open read-only (written by a newer version); nothing can be saved."""


class SaveError(StoreError):
    """A save failed (disk full, permissions...); the file still holds what it held before."""

    def __init__(self, path: Path, cause: OSError) -> None:
        self.path = path
        self.cause = cause
        reason = cause.strerror or str(cause)
        super().__init__(
            f"Could not save to {path}: {reason}. Nothing was lost: the file still holds "
            "everything saved before this."
        )


class UnsafeFolderError(StoreError):
    """A folder the diary would be written into can be changed by someone else."""

    def __init__(self, folder: Path, problem: str) -> None:
        self.folder = folder
        super().__init__(
            f"{folder} {problem}, so another user could replace or read what is written there. "
            "Keep your data file in a folder that only you can write to (for example the "
            "default one), or fix the folder's owner and permissions."
        )


class LockTimeout(StoreError):
    """Another process has held the lock for longer than we wait."""

    def __init__(self, lock: Path, waited: float) -> None:
        self.lock = lock
        super().__init__(
            f"Another copy of wellbeing is saving to this diary and has not finished after "
            f"{waited:g} seconds (it holds {lock}). Nothing was changed. Close the other copy, "
            "or try again in a moment."
        )


class LockUnavailable(StoreError):
    """The lock file cannot be opened (another user's file, a read-only folder...)."""

    def __init__(self, lock: Path, cause: OSError) -> None:
        self.lock = lock
        super().__init__(
            f"Cannot use the lock file {lock}: {cause.strerror or cause}. Nothing was changed. "
            "If it belongs to another user, remove it or give it back to you."
        )


class NoDataFile(StoreError):
    """A command that only reads found no diary; it created none."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"There is no diary at {path} yet, and this command creates none. `wellbeing` or "
            "`wellbeing log mood 3` starts one."
        )


class EncryptedFile(StoreError):
    """The file is encrypted and was opened without its key."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"{path} is encrypted: it opens with its passphrase")


class WrongPassphrase(StoreError):
    def __init__(self, key_file: Path) -> None:
        super().__init__(f"wrong passphrase for {key_file}; nothing was changed")


class KeyFileError(StoreError):
    """The key file is missing, damaged, or does not belong to the data file."""


class BackupError(SaveError):
    """A backup copy could not be written in the backups folder, so the save that needed it
    was not made; the data file still holds what it held before."""

    def __init__(self, path: Path, folder: Path, cause: OSError) -> None:
        self.path = path
        self.cause = cause
        self.folder = folder
        reason = cause.strerror or str(cause)
        StoreError.__init__(
            self,
            f"Could not write a backup copy in {folder}: {reason}. Nothing was saved, and "
            f"nothing was lost: {path.name} still holds everything saved before this. Make "
            "that folder yours and writable (or move it aside), then save again.",
        )


class LinkRefused(StoreError):
    """A link where the program writes its own file (the lock, a backup, the backups
    folder): it is never followed, and nothing was changed."""

    def __init__(self, link: Path, what: str) -> None:
        self.link = link
        super().__init__(
            f"{link} is a link, but {what} is never followed through a link. Nothing was "
            "changed. Remove the link (or move it aside) and try again."
        )


class KeyFileDamaged(KeyFileError):
    """The key file is not whole (a byte changed, cut short): no passphrase opens it."""

    def __init__(self, key_file: Path, problem: str) -> None:
        self.key_file = key_file
        super().__init__(
            f"the key file {key_file} is damaged ({problem}), so no passphrase can open it; "
            "nothing was changed. Put back a copy of the key file (from a backup of your "
            "computer) and try again"
        )


class ConversionStopped(StoreError):
    """``encrypt``, ``decrypt`` or a new passphrase could not write a file (a full disk,
    say); what was done is whole, and running the command again finishes it."""

    def __init__(self, command: str, path: Path, cause: OSError, doing: str = "write") -> None:
        self.path = path
        self.cause = cause
        reason = cause.strerror or str(cause)
        super().__init__(
            f"could not {doing} {path}: {reason}. Nothing was lost: every file is whole and "
            f"opens as before. Free some space (or fix the problem), then run `wellbeing "
            f"{command}` again to finish"
        )
