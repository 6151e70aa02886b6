"""A TinyDB storage that never leaves a half-written file and never loses another
process's records.

- Every write is atomic (see ``atomic.py``) and runs under an exclusive lock file.
- The parsed tables stay in memory; the file is re-read only when its signature (inode,
  size, mtime) shows that another process replaced it.
- A file that cannot be parsed is refused with ``DataFileError`` and never written over.
- The file's form is checked whenever it is read again: a file another command decrypted
  is saved plain from then on (its key is gone); a file another command encrypted, or
  encrypted again to a new key, is never written to until it is opened again. Every write
  reads first under the lock, so no write goes to a key that is gone.
- A file replaced by a version that lacks some of what was held here (a sync engine put
  down another computer's copy) is merged with what was held, never taken over it, so a
  save never drops what either side had (see ``following.py``).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tinydb.storages import Storage

from wellbeing_tui.storage.atomic import write_atomic
from wellbeing_tui.storage.errors import ReadOnlyError, SaveError, StoreError
from wellbeing_tui.storage.fileformat import Tables, encode, read_any, signature
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
        self.news: list[str] = []  # what changed about the file, for the person to be told
        self.trouble: StoreError | None = None  # why the file cannot be read now, if it cannot
        self._bad_sig: tuple[int, int, int, int] | None = None

    def prime(self, data: Tables, stat: os.stat_result) -> None:
        """Start from tables already parsed (with the stat taken before reading them)."""
        self._cache, self._sig = data, signature(stat)
        self.version += 1

    def _current_sig(self) -> tuple[int, int, int, int] | None:
        try:
            return signature(os.stat(self.path))
        except OSError:  # gone, or not reachable now: read as changed
            return None

    def read(self, *, strict: bool = False) -> Tables:
        """The tables, read again if another process replaced the file.

        A file that cannot be read now (cut short, encrypted by another command, gone) is a
        ``StoreError`` when ``strict`` (every write reads strictly, under the lock). Otherwise
        what was read last is kept and shown, and ``trouble`` says what is wrong, so screens
        go on showing the diary while the person is told."""
        sig = self._current_sig()
        if self._cache is not None and sig == self._sig:
            return self._cache
        if not strict and self._cache is not None and sig == self._bad_sig:
            return self._cache  # the same unreadable file as last time: not parsed again
        try:
            data, stat, sealed = read_any(self.path, self.cipher, was_open=self._sig is not None)
        except StoreError as err:
            self.trouble, self._bad_sig = err, sig
            if strict or self._cache is None:
                raise
            return self._cache
        self.trouble, self._bad_sig = None, None
        if self.cipher is not None and not sealed:
            # Decrypted by another command, which removed the key: saved plain now.
            self.cipher = None
            self.news.append(
                "Your diary was decrypted by another wellbeing command: it is kept as "
                "plain text from now on."
            )
        if self._cache is not None:
            data = self._followed(self._cache, data)
        self._cache, self._sig = data, signature(stat)
        self.reloads += 1
        self.version += 1
        return self._cache

    def _followed(self, held: Tables, found: Tables) -> Tables:
        """The file replaced since it was read (by a sync engine, say): what it holds now,
        merged with what was held here if it lacks some of that (see ``following.py``); the
        next save writes the merge."""
        # deferred: only when another program replaced the file; with the merge it brings, 16 ms of
        # every `log mood` and first frame (python -X importtime)
        from wellbeing_tui.storage.following import followed

        merged = followed(held, found)
        if merged is None:
            return found
        self.news.append(
            "Your diary was replaced by another program (a sync engine, say) with a copy "
            "that lacked some of what this one held: the two are merged, nothing is lost."
        )
        return merged

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        if self.read_only_reason is not None:
            self._cache = None
            raise ReadOnlyError(self.read_only_reason)
        with self.lock:
            if self._current_sig() != self._sig:
                # Changed since it was read: read it again (which checks its form) and let
                # the caller work from what is there now, rather than write over it.
                self.read(strict=True)
                raise SaveError(self.path, OSError(0, "it changed while being saved; try again"))
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
