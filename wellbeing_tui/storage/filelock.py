"""An exclusive lock on a file beside the data file, shared by every process that writes.

Waiting for it is bounded: if another process holds it for longer than ``timeout`` seconds
(10 unless ``WELLBEING_LOCK_TIMEOUT`` says otherwise), ``LockTimeout`` says so in words,
instead of the command or the app waiting for ever. A lock file that cannot be opened (it
belongs to another user, say) gives a ``LockUnavailable`` with a message, not a traceback;
a link in its place is refused (``LinkRefused``), never followed."""

from __future__ import annotations

import contextlib
import os
import threading
import time
from pathlib import Path
from types import TracebackType

from wellbeing_tui.storage.errors import LinkRefused, LockTimeout, LockUnavailable

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt


def default_timeout() -> float:
    try:
        return max(0.0, float(os.environ.get("WELLBEING_LOCK_TIMEOUT", "10")))
    except ValueError:
        return 10.0


class FileLock:
    """Re-entrant within a process; exclusive across processes (flock on POSIX)."""

    def __init__(self, path: Path, timeout: float | None = None) -> None:
        self.path = path
        self.timeout = default_timeout() if timeout is None else timeout
        self._fd: int | None = None
        self._depth = 0
        self._thread_lock = threading.RLock()

    def _take(self, fd: int) -> None:
        """Lock ``fd``, trying again every 50 ms until ``timeout`` has passed."""
        started = time.monotonic()
        while True:
            try:
                if fcntl is not None:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                else:  # pragma: no cover - Windows
                    msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
                return
            except (BlockingIOError, PermissionError):
                # The limit is read each time: closing may shorten it while this waits.
                if time.monotonic() - started >= self.timeout:
                    raise LockTimeout(self.path, self.timeout) from None
                time.sleep(0.05)

    def __enter__(self) -> FileLock:
        self._thread_lock.acquire()
        try:
            if self._depth == 0:
                fd = self._open()
                try:
                    self._take(fd)
                except BaseException:
                    os.close(fd)
                    raise
                self._fd = fd
            self._depth += 1
        except BaseException:
            self._thread_lock.release()
            raise
        return self

    def _open(self) -> int:
        """The lock file, made if missing; never opened through a link (a link there,
        dangling or not, would make the lock, or create a file, somewhere else)."""
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
        try:
            return os.open(self.path, flags, 0o600)
        except OSError as err:
            if os.path.islink(self.path):
                raise LinkRefused(self.path, "the lock file") from None
            raise LockUnavailable(self.path, err) from None

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            self._depth -= 1
            if self._depth == 0 and self._fd is not None:
                fd, self._fd = self._fd, None
                if fcntl is not None:
                    fcntl.flock(fd, fcntl.LOCK_UN)
                else:  # pragma: no cover - Windows
                    with contextlib.suppress(OSError):
                        os.lseek(fd, 0, os.SEEK_SET)
                        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
                os.close(fd)
        finally:
            self._thread_lock.release()
