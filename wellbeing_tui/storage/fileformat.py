"""Reading the data file: bytes to tables, refusing anything that is not a data file."""

from __future__ import annotations

import gc
import json
import os
import stat as stat_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from wellbeing_tui.storage.armor import looks_like_age
from wellbeing_tui.storage.errors import DataFileError, EncryptedFile, StoreError

if TYPE_CHECKING:
    from wellbeing_tui.storage.crypt import Cipher

Tables = dict[str, dict[str, Any]]


def parse(path: Path, raw: bytes) -> Tables:
    """The tables in ``raw``, or ``DataFileError`` saying what is wrong with it."""
    if not raw:
        raise DataFileError(path, "it is empty (0 bytes), but a data file was expected there")
    if not raw.strip():
        raise DataFileError(path, "it holds only blank space")
    if b"\x00" in raw:
        raise DataFileError(path, f"it holds NUL bytes (first at position {raw.index(0)})")
    collecting = gc.isenabled()
    gc.disable()  # parsing makes some 200,000 objects, none of them garbage yet
    try:
        data = orjson.loads(raw)
    except json.JSONDecodeError as err:
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError as bad:
            raise DataFileError(
                path, f"it is not UTF-8 text (bad byte at position {bad.start})"
            ) from None
        raise DataFileError(
            path, f"it is not valid JSON ({err.msg} at line {err.lineno}, column {err.colno})"
        ) from None
    finally:
        if collecting:
            gc.enable()
    check_shape(path, data)
    return data  # type: ignore[no-any-return]


def check_shape(path: Path, data: object) -> None:
    """Every table is an object of numbered documents, each an object."""
    if not isinstance(data, dict):
        raise DataFileError(path, f"it holds a JSON {type(data).__name__}, not tables")
    for name, table in data.items():
        if not isinstance(table, dict):
            raise DataFileError(path, f"table '{name}' is a {type(table).__name__}, not an object")
        for key, doc in table.items():
            if not key.isdigit():
                raise DataFileError(path, f"table '{name}' has a record numbered '{key}'")
            if not isinstance(doc, dict):
                raise DataFileError(path, f"record {key} of table '{name}' is not an object")


class ChangedUnderUs(StoreError):
    """The file was encrypted, or encrypted again to a new key, by another program since
    this one opened it: nothing is written to it until it is opened again."""

    def __init__(self, path: Path, what: str) -> None:
        self.path = path
        super().__init__(
            f"{path} {what} by another wellbeing command while this one had it open; nothing "
            "was written to it. Open it again to go on."
        )


def read_file(path: Path, cipher: Cipher | None = None) -> tuple[Tables, os.stat_result]:
    """Parse the file and return it with the stat taken before reading. An encrypted file
    is decrypted with ``cipher``; without one it is ``EncryptedFile``."""
    data, stat, _sealed = read_any(path, cipher)
    return data, stat


def read_any(
    path: Path, cipher: Cipher | None, *, was_open: bool = False
) -> tuple[Tables, os.stat_result, bool]:
    """Parse the file, plain or encrypted; also whether it was encrypted. With
    ``was_open`` (a file read before, now changed), a file encrypted meanwhile is
    ``ChangedUnderUs`` rather than ``EncryptedFile``."""
    try:
        with open(path, "rb") as handle:
            stat = os.fstat(handle.fileno())
            raw = handle.read()
    except OSError as err:
        raise DataFileError(path, err.strerror or str(err)) from None
    sealed = looks_like_age(raw)  # binary, or armored as text (age -a)
    if sealed:
        if cipher is None:
            if was_open:
                raise ChangedUnderUs(path, "was encrypted")
            raise EncryptedFile(path)
        try:
            raw = cipher.open(path, raw)
        except StoreError:
            if was_open:
                raise ChangedUnderUs(path, "was encrypted again with a new key") from None
            raise
    return parse(path, raw), stat, sealed


def encode(data: Tables, cipher: Cipher | None = None) -> bytes:
    """The bytes of the file: the JSON, encrypted to ``cipher``'s recipient when given."""
    plain = serialise(data)
    return plain if cipher is None else cipher.seal(plain)


def serialise(data: Tables) -> bytes:
    """Compact JSON in UTF-8: small to write, quick to parse (orjson is several times
    faster than the standard library here, which matters on every save).

    A lone surrogate (from a command-line argument in another encoding, say) cannot be
    written as UTF-8: it is saved as the replacement character rather than failing the save.
    """
    try:
        return orjson.dumps(data)
    except TypeError:
        return orjson.dumps(_writable(data))


def _writable(value: Any) -> Any:
    """``value`` with every lone surrogate in its strings replaced by U+FFFD (a surrogate
    pair becomes the one character it stands for)."""
    if isinstance(value, str):
        return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    if isinstance(value, dict):
        return {_writable(k): _writable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_writable(v) for v in value]
    return value


def signature(stat: os.stat_result) -> tuple[int, int, int, int]:
    """What changes whenever the file is replaced or rewritten."""
    return (stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_dev)


def read_only_file_system(folder: Path) -> bool:
    """Whether ``folder`` is on a file system mounted read-only."""
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no such folder yet, or no statvfs on this system
        return False


def refuse_what_is_not_a_file(path: Path) -> str | None:
    """A folder, a device or a pipe is no diary (a pipe would hang the first read):
    ``DataFileError``. A file its owner may not write to is opened read-only rather than
    replaced: the reason, to show (None for a file that can be written)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return None
    except OSError as err:
        raise DataFileError(path, err.strerror or str(err)) from None
    if not stat_module.S_ISREG(info.st_mode):
        raise DataFileError(path, "it is not a file (a folder, a device or a pipe)")
    if not info.st_mode & stat_module.S_IWUSR:
        return (
            f"{path} is read-only (its permissions do not let you write to it), so it is open "
            "read-only and nothing in it is changed. Make it writable to save new entries."
        )
    return None
