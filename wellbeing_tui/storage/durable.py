"""A TinyDB storage that never leaves a half-written file and never loses another
process's records.

- Every write is atomic (see ``atomic.py``) and runs under an exclusive lock file.
- The parsed tables stay in memory; the file is re-read only when its signature (inode,
  size, mtime) shows that another process replaced it.
- A file that cannot be parsed is refused with ``DataFileError`` and never written over.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tinydb.storages import Storage

from wellbeing_tui.storage.atomic import write_atomic
from wellbeing_tui.storage.errors import ReadOnlyError, SaveError
from wellbeing_tui.storage.fileformat import Tables, encode, read_file, signature
from wellbeing_tui.storage.filelock import FileLock

if TYPE_CHECKING:
    from wellbeing_tui.storage.crypt import Cipher


class DurableStorage(Storage):
    """TinyDB storage on one JSON file, shared safely between processes."""

    def __init__(
        self,
        path: Path,
        lock: FileLock,
        *,
        read_only_reason: str | None = None,
        before_write: Callable[[], None] | None = None,
        cipher: Cipher | None = None,
    ) -> None:
        self.path = path
        self.cipher = cipher  # an encrypted file: every read decrypts, every write encrypts
        self.lock = lock
        self.read_only_reason = read_only_reason
        self._before_write = before_write
        self._cache: Tables | None = None
        self._sig: tuple[int, int, int, int] | None = None
        self.reloads = 0
        self.version = 0  # goes up whenever the tables in memory change

    def prime(self, data: Tables, stat: os.stat_result) -> None:
        """Start from tables already parsed (with the stat taken before reading them)."""
        self._cache, self._sig = data, signature(stat)
        self.version += 1

    def _current_sig(self) -> tuple[int, int, int, int] | None:
        try:
            return signature(os.stat(self.path))
        except FileNotFoundError:
            return None

    def read(self) -> Tables:
        sig = self._current_sig()
        if self._cache is None or sig != self._sig:
            data, stat = read_file(self.path, self.cipher)
            self._cache, self._sig = data, signature(stat)
            self.reloads += 1
            self.version += 1
        return self._cache

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        if self.read_only_reason is not None:
            self._cache = None
            raise ReadOnlyError(self.read_only_reason)
        with self.lock:
            try:
                if self._before_write is not None:
                    self._before_write()
                write_atomic(self.path, encode(data, self.cipher))
            except OSError as err:
                self._cache = None  # memory may hold the change the disk refused
                raise SaveError(self.path, err) from err
            except BaseException:
                self._cache = None
                raise
            self._cache = data
            self._sig = self._current_sig()
            self.version += 1

    def close(self) -> None:
        self._cache = None
