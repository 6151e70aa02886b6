"""Turning a data file and its backups into age files and back, and a new passphrase.

Each runs under the data file's lock, in folders only this user can change (as every save
does), checks everything it needs before it writes anything (a wrong passphrase or a
damaged file changes nothing), and replaces each file atomically and durably. A failure (a
full disk, say) is one ``StoreError`` naming the file.

The order makes a run stopped at any moment (a kill, a power cut) safe to run again, and no
file ever becomes unreadable: ``encrypt`` writes the key file first, then the backups, the
data file last; ``decrypt`` writes every backup and the data file plain, makes them durable,
and only then removes the key file. Run again, each finishes what is left: ``decrypt``
whenever the key file is still there, ``encrypt`` whenever a file of the diary is plain.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from wellbeing_tui.storage.aside import take_in
from wellbeing_tui.storage.atomic import (
    check_private_folder,
    fsync_dir,
    remove_stale_temps,
    write_atomic,
)
from wellbeing_tui.storage.backups import all_backups, backup_dir, backups_folder, leftovers
from wellbeing_tui.storage.crypt import Cipher, Secret, is_age, is_encrypted, key_path, unlock
from wellbeing_tui.storage.errors import (
    ConversionStopped,
    DataFileError,
    KeyFileError,
    NoDataFile,
    StoreError,
    WrongPassphrase,
)
from wellbeing_tui.storage.fileformat import Tables, parse, serialise
from wellbeing_tui.storage.filelock import FileLock


class AlreadyEncrypted(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} is already encrypted; nothing was changed")


class NotEncrypted(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} is not encrypted; nothing was changed")


def _read(command: str, path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as err:
        raise ConversionStopped(command, path, err, "read") from None


def _write(command: str, path: Path, content: bytes, *, keep_time: bool = False) -> None:
    """Replace ``path`` atomically and durably (file and folder fsynced); a backup keeps
    its time, which tells a person when it was made."""
    try:
        info = path.stat() if keep_time else None
        write_atomic(path, content)
        if info is not None:
            os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    except OSError as err:
        raise ConversionStopped(command, path, err) from None


@contextmanager
def _diary(command: str, path: Path, timeout: float | None) -> Iterator[tuple[Path, bytes]]:
    """The data file (its real path) and its bytes, under its lock, once its folders are
    found private and the temporary files a stopped run left are gone."""
    path = Path(os.path.realpath(path))
    try:
        if not path.is_file():
            if path.exists():
                raise DataFileError(path, "it is not a file (a folder, a device or a pipe)")
            raise NoDataFile(path)
        check_private_folder(path.parent)
        backups_folder(path)  # a link, or a folder others can change, is refused
        with FileLock(path.with_name(path.name + ".lock"), timeout):
            remove_stale_temps(path)
            for leftover in leftovers(path):
                leftover.unlink(missing_ok=True)
            yield path, _read(command, path)
    except OSError as err:
        where = Path(os.fsdecode(err.filename)) if isinstance(err.filename, str | bytes) else path
        raise ConversionStopped(command, where, err, "change") from None


def _plain_backups(command: str, path: Path) -> list[tuple[Path, bytes]]:
    found = ((b, _read(command, b)) for b in all_backups(path))
    return [(b, content) for b, content in found if not is_age(content)]


def _sync(path: Path) -> None:
    """Make every rename in the data folder and its backups folder durable."""
    if backup_dir(path).is_dir():
        fsync_dir(backup_dir(path))
    fsync_dir(path.parent)


def encrypt_data_file(path: Path, passphrase: Secret, *, lock_timeout: float | None = None) -> int:
    """Encrypt the data file and every backup to a new key kept in the key file; returns
    how many files were encrypted. An encrypted data file with plain backups beside it (a
    ``decrypt`` that was stopped) has those encrypted to its key (``passphrase`` opens it)."""
    with _diary("encrypt", path, lock_timeout) as (path, raw):
        key = key_path(path)
        if is_age(raw):
            plain = _plain_backups("encrypt", path)
            if not plain:
                raise AlreadyEncrypted(path)
            cipher = unlock(key, passphrase)
            cipher.open(path, raw)  # the key belongs to this file
            for backup, content in plain:
                _write("encrypt", backup, cipher.seal(content), keep_time=True)
            return len(plain)
        # A damaged file is refused before anything is written; records kept aside (plain,
        # like the diary) are taken in, so none stays plain beside it.
        raw, taken = _with_records_kept_aside(path, parse(path, raw), raw, None)
        if os.path.lexists(key):
            cipher = _unfinished_key(key, passphrase)
        else:
            cipher = Cipher.generate()
            _write("encrypt", key, cipher.key_file_bytes(passphrase))
        plain = _plain_backups("encrypt", path)
        for backup, content in plain:
            _write("encrypt", backup, cipher.seal(content), keep_time=True)
        _write("encrypt", path, cipher.seal(raw))
        for aside in taken:
            aside.unlink(missing_ok=True)
        return len(plain) + 1


def _with_records_kept_aside(
    path: Path, data: Tables, raw: bytes, cipher: Cipher | None
) -> tuple[bytes, list[Path]]:
    """``raw`` with the records kept aside for ``path`` taken in (see ``aside.py``), and
    the files taken in, to remove once the data file holding them is written."""
    taken = take_in(path, data, cipher)
    return (serialise(data) if taken else raw), taken


def _unfinished_key(key: Path, passphrase: Secret) -> Cipher:
    """The key an ``encrypt`` or ``decrypt`` that did not finish left: used again (some
    backups may be encrypted to it), so only if this passphrase opens it."""
    try:
        return unlock(key, passphrase)
    except WrongPassphrase:
        raise KeyFileError(
            f"the key file {key}, left by an encrypt or decrypt that did not finish, opens "
            "with another passphrase: run `wellbeing encrypt` (or `wellbeing decrypt`) "
            "again with that one; nothing was changed"
        ) from None


def decrypt_data_file(path: Path, passphrase: Secret, *, lock_timeout: float | None = None) -> int:
    """Turn the data file and its backups back into plain JSON and remove the key file;
    returns how many files were decrypted."""
    with _diary("decrypt", path, lock_timeout) as (path, raw):
        key = key_path(path)
        if not is_age(raw) and not os.path.lexists(key):
            raise NotEncrypted(path)
        cipher = unlock(key, passphrase)
        plain = cipher.open(path, raw) if is_age(raw) else raw
        # Records kept aside are encrypted to the key that is about to go: taken in first.
        plain, taken = _with_records_kept_aside(path, parse(path, plain), plain, cipher)
        opened: list[tuple[Path, bytes]] = []
        for backup in all_backups(path):
            content = _read("decrypt", backup)
            if is_age(content):  # every one opened before any is written
                opened.append((backup, cipher.open(backup, content)))
        for backup, content in opened:
            _write("decrypt", backup, content, keep_time=True)
        if is_age(raw) or taken:
            _write("decrypt", path, plain)
        for aside in taken:
            aside.unlink(missing_ok=True)
        _sync(path)  # only now may the key go: nothing needs it any more
        try:
            key.unlink()
        except FileNotFoundError:
            pass
        except OSError as err:
            raise ConversionStopped("decrypt", key, err, "remove") from None
        fsync_dir(path.parent)
        return len(opened) + is_age(raw)


def change_passphrase(
    path: Path, old: Secret, new: Secret, *, lock_timeout: float | None = None
) -> None:
    """Encrypt the same key with ``new``: only the small key file is written."""
    with _diary("passphrase", path, lock_timeout) as (path, raw):
        key = key_path(path)
        if not is_age(raw):
            raise NotEncrypted(path)
        cipher = unlock(key, old)
        parse(path, cipher.open(path, raw))  # the key belongs to this file
        _write("passphrase", key, cipher.key_file_bytes(new))


def plain_backups(path: Path) -> list[Path]:
    """The backups of ``path`` that are plain JSON (beside an encrypted data file, what a
    stopped ``decrypt`` left)."""
    return [b for b in all_backups(path) if not is_encrypted(b)]
