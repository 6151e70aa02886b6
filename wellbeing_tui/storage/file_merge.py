"""Two versions of the data file merged into the first, file to file, with no Store and no
lock: what git asks of a merge driver (``wellbeing merge-driver``). Each side is read as
the data file is (plain or encrypted, an older schema brought up to date in memory), the
two are merged by ``merge.py``'s rules, and the result replaces the first atomically,
encrypted when either side was."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing_tui.storage.atomic import write_atomic
from wellbeing_tui.storage.errors import DataFileError
from wellbeing_tui.storage.fileformat import Tables, encode, read_any
from wellbeing_tui.storage.merge import merge
from wellbeing_tui.storage.schema import SCHEMA_VERSION, migrate, schema_version

if TYPE_CHECKING:
    from wellbeing_tui.storage.crypt import Cipher


def _side(path: Path, cipher: Cipher | None, now: str) -> tuple[Tables, bool]:
    data, _stat, sealed = read_any(path, cipher)
    version = schema_version(data)
    if version > SCHEMA_VERSION:
        raise DataFileError(
            path,
            f"it was written by a newer version of wellbeing-tui (schema {version}); update "
            "this one first",
        )
    migrate(data, now)
    return data, sealed


def merge_into(ours: Path, theirs: Path, cipher: Cipher | None, now: str) -> Tables:
    """Merge ``theirs`` into ``ours`` and write the result to ``ours`` in one atomic
    write; the merged tables. A side that cannot be read is a ``StoreError`` and nothing
    is written."""
    mine, my_seal = _side(ours, cipher, now)
    other, other_seal = _side(theirs, cipher, now)
    merged = merge(mine, other)
    write_atomic(ours, encode(merged, cipher if my_seal or other_seal else None))
    return merged
