"""Writing a file so that a crash, a kill or a full disk leaves either the old or the new
content, never a mix: temporary file in the same folder, fsync, rename, fsync the folder."""

from __future__ import annotations

import contextlib
import os
import re
import stat
from pathlib import Path

from wellbeing_tui.storage.errors import UnsafeFolderError

FILE_MODE = 0o600
DIR_MODE = 0o700


def temp_prefix(path: Path) -> str:
    return f".{path.name}."


TEMP_SUFFIX = ".tmp"


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - e.g. Windows
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover - some filesystems refuse
        pass
    finally:
        os.close(fd)


def new_temp(path: Path) -> tuple[int, Path]:
    """A new, empty, private temporary file beside ``path`` (never one that exists)."""
    while True:
        tmp = path.with_name(f"{temp_prefix(path)}{os.urandom(6).hex()}{TEMP_SUFFIX}")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        except FileExistsError:  # pragma: no cover - 48 random bits
            continue
        make_private(fd, tmp)  # whatever the umask
        return fd, tmp


def make_private(fd: int, path: Path) -> None:
    """Mode 0600 on an open file. ``os.fchmod`` exists on Windows only from Python 3.13;
    before that the file is changed by its name (Windows keeps only the read-only bit)."""
    if hasattr(os, "fchmod"):
        os.fchmod(fd, FILE_MODE)
    else:
        os.chmod(path, FILE_MODE)


def flush_to_disk(fd: int) -> None:
    """Make what was written to ``fd`` reach the disk. On macOS ``fsync`` only hands it to
    the drive's cache; ``F_FULLFSYNC`` asks the drive to write it down."""
    os.fsync(fd)
    try:
        # deferred: POSIX only (Windows has no fcntl)
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        return
    full = getattr(fcntl, "F_FULLFSYNC", None)
    if full is not None:
        with contextlib.suppress(OSError):  # some file systems refuse; fsync has run
            fcntl.fcntl(fd, full)


# Dropbox's mark on a file it is to leave alone (``attr -s com.dropbox.ignored -V 1 FILE``).
DROPBOX_IGNORED = "user.com.dropbox.ignored"


def keep_marks(path: Path, tmp: Path) -> None:
    """Put Dropbox's ignore mark of ``path``, if it has one, on ``tmp``, which replaces it:
    a file kept out of Dropbox (the nudge's, rewritten whole) stays out. Only where
    extended attributes can be read (Linux); one look, nothing when there is none."""
    if not hasattr(os, "getxattr"):  # pragma: no cover - not Linux
        return
    try:
        mark = os.getxattr(path, DROPBOX_IGNORED)
    except OSError:  # no mark, no file yet, or no extended attributes here
        return
    with contextlib.suppress(OSError):
        os.setxattr(tmp, DROPBOX_IGNORED, mark)


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically and durably (the new file is 0600)."""
    fd, tmp = new_temp(path)
    try:
        keep_marks(path, tmp)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            flush_to_disk(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def make_private_dirs(folder: Path) -> None:
    """Create ``folder`` and any missing parents; each one created gets mode 0700."""
    missing: list[Path] = []
    probe = folder
    while not os.path.lexists(probe):  # a link (even a dangling one) is not made over
        missing.append(probe)
        if probe.parent == probe:
            break
        probe = probe.parent
    for created in reversed(missing):
        with contextlib.suppress(FileExistsError):
            created.mkdir(mode=DIR_MODE)
        os.chmod(created, DIR_MODE)


def check_private_folder(folder: Path) -> None:
    """Refuse ``folder`` if it is a link, belongs to another user (root aside) or any user
    may write to it: whoever can write to a folder can swap the files in it. A folder only
    its group may write to is accepted (most systems give each user a group of their own).
    Where the platform has no owners (Windows), nothing is checked."""
    if not hasattr(os, "getuid"):  # pragma: no cover - Windows
        return
    try:
        info = os.lstat(folder)
    except FileNotFoundError:
        return
    if stat.S_ISLNK(info.st_mode):
        raise UnsafeFolderError(folder, "is a link to another folder")
    if info.st_uid not in (os.getuid(), 0):
        raise UnsafeFolderError(folder, "belongs to another user")
    if info.st_mode & stat.S_IWOTH:
        raise UnsafeFolderError(folder, "can be written to by every user")


def stale_temps(path: Path) -> list[Path]:
    """Temporary files that a killed save left beside ``path``: those of ``path`` itself and
    of its key file (``<name>.key.age``), found by their exact names (``.<name>.``, hex
    digits, ``.tmp``), so another diary's (``.<name>.x.json.<hex>.tmp``) are never taken."""
    pattern = re.compile(
        "|".join(
            re.escape(temp_prefix(path.with_name(name))) + r"[0-9a-f]+" + re.escape(TEMP_SUFFIX)
            for name in (path.name, path.name + ".key.age")
        )
    )
    try:
        with os.scandir(path.parent) as entries:
            return sorted(
                Path(e.path)
                for e in entries
                if pattern.fullmatch(e.name) and not e.is_dir(follow_symlinks=False)
            )
    except OSError:
        return []


def remove_stale_temps(path: Path) -> int:
    """Delete temporary files that a killed save left beside ``path``; call under the lock."""
    removed = 0
    for stale in stale_temps(path):
        with contextlib.suppress(OSError):
            stale.unlink()
            removed += 1
    return removed
