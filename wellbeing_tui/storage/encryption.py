"""Turning a data file and its backups into age files and back, and a new passphrase.

Each runs under the data file's lock, checks everything it needs before it writes anything
(a wrong passphrase or a damaged file changes nothing), and replaces each file atomically.
The order makes an interrupted run safe to run again: ``encrypt`` writes the key file first
and the data file last; ``decrypt`` writes the data file, then removes the key file.
"""

from __future__ import annotations

import os
from pathlib import Path

from wellbeing_tui.storage.atomic import write_atomic
from wellbeing_tui.storage.backups import all_backups
from wellbeing_tui.storage.crypt import Cipher, Secret, is_age, key_path, unlock
from wellbeing_tui.storage.errors import DataFileError, KeyFileError, NoDataFile, StoreError
from wellbeing_tui.storage.fileformat import parse
from wellbeing_tui.storage.filelock import FileLock


class AlreadyEncrypted(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} is already encrypted; nothing was changed")


class NotEncrypted(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} is not encrypted; nothing was changed")


def _lock(path: Path, timeout: float | None) -> FileLock:
    return FileLock(path.with_name(path.name + ".lock"), timeout)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise NoDataFile(path) from None
    except OSError as err:
        raise DataFileError(path, err.strerror or str(err)) from None


def _replace_keeping_time(path: Path, content: bytes) -> None:
    """Replace a backup and keep when it was made (backups are kept by that order)."""
    info = path.stat()
    write_atomic(path, content)
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))


def encrypt_data_file(path: Path, passphrase: Secret, *, lock_timeout: float | None = None) -> int:
    """Encrypt the data file and every backup to a new key kept in the key file; returns
    how many files were encrypted."""
    path = Path(os.path.realpath(path))
    key = key_path(path)
    with _lock(path, lock_timeout):
        raw = _read(path)
        if is_age(raw):
            raise AlreadyEncrypted(path)
        parse(path, raw)  # a damaged file is refused before anything is written
        if key.exists():
            # Left by an earlier run that did not finish: used again only if this passphrase
            # opens it (some backups may already be encrypted to it).
            try:
                cipher = unlock(key, passphrase)
            except KeyFileError as err:
                raise KeyFileError(f"{err}; nothing was changed") from None
        else:
            cipher = Cipher.generate()
            write_atomic(key, cipher.key_file_bytes(passphrase))
        done = 0
        for backup in all_backups(path):
            content = backup.read_bytes()
            if not is_age(content):
                _replace_keeping_time(backup, cipher.seal(content))
                done += 1
        write_atomic(path, cipher.seal(raw))
        return done + 1


def decrypt_data_file(path: Path, passphrase: Secret, *, lock_timeout: float | None = None) -> int:
    """Turn the data file and its backups back into plain JSON and remove the key file;
    returns how many files were decrypted."""
    path = Path(os.path.realpath(path))
    key = key_path(path)
    with _lock(path, lock_timeout):
        raw = _read(path)
        if not is_age(raw) and not key.exists():
            raise NotEncrypted(path)
        cipher = unlock(key, passphrase)
        plain = cipher.open(path, raw) if is_age(raw) else raw
        parse(path, plain)
        backups = {}
        for backup in all_backups(path):
            content = backup.read_bytes()
            if is_age(content):
                backups[backup] = cipher.open(backup, content)  # all of them, before writing
        for backup, content in backups.items():
            _replace_keeping_time(backup, content)
        if is_age(raw):
            write_atomic(path, plain)
        key.unlink()
        return len(backups) + is_age(raw)


def change_passphrase(
    path: Path, old: Secret, new: Secret, *, lock_timeout: float | None = None
) -> None:
    """Encrypt the same key with ``new``: only the small key file is written."""
    path = Path(os.path.realpath(path))
    key = key_path(path)
    with _lock(path, lock_timeout):
        raw = _read(path)
        if not is_age(raw):
            raise NotEncrypted(path)
        cipher = unlock(key, old)
        parse(path, cipher.open(path, raw))  # the key belongs to this file
        write_atomic(key, cipher.key_file_bytes(new))
