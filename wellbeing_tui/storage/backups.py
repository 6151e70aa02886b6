"""Backup copies of the data file, in ``backups/`` beside it: one a day before the first
save (the seven newest days kept), and one before each migration or merge
(``NAME-merge-YYYYMMDD-HHMMSS.json``).

A diary's copies are found by their exact names: its stem, a dash, then a date
(``YYYY-MM-DD``) or the pre-migration form ``schemaN-YYYYMMDD-HHMMSS``, then ``.json``. So
two diaries in one folder never touch each other's copies, even when one's stem begins with
the other's (``wellbeing`` and ``wellbeing-work``) or ends in a date. Only regular files
are copies: a link is never taken for one, followed or written through, and a ``backups``
that is itself a link is refused.

Copies are ordered by the date their names give, never by when the files were last changed
(``encrypt`` rewrites them all). A copy dated after today (made while the clock was ahead)
is left alone and not counted, so it can never push out a real day's copy.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import stat
from datetime import date, datetime
from pathlib import Path

from wellbeing_tui.storage.atomic import (
    TEMP_SUFFIX,
    check_private_folder,
    flush_to_disk,
    fsync_dir,
    make_private_dirs,
    new_temp,
)
from wellbeing_tui.storage.errors import BackupError

KEEP = 7
_DAY = r"(?P<day>\d{4}-\d{2}-\d{2})"
_BEFORE_MIGRATION = r"(?:schema\d+|merge)-(?P<stamp>\d{8}-\d{6})"
_TEMP = r"\.[0-9a-f]+" + re.escape(TEMP_SUFFIX)


def backup_dir(path: Path) -> Path:
    return path.parent / "backups"


def daily_backup_path(path: Path, day: date) -> Path:
    return backup_dir(path) / f"{path.stem}-{day.isoformat()}.json"


def _name(path: Path) -> str:
    return re.escape(path.stem) + f"-(?:{_DAY}|{_BEFORE_MIGRATION})\\.json"


def named_moment(path: Path, name: str) -> tuple[date, str] | None:
    """The day a backup of ``path`` called ``name`` is dated, with a key that orders the
    copies of one day; None when ``name`` is not the name of one of ``path``'s copies."""
    found = re.fullmatch(_name(path), name)
    if found is None:
        return None
    try:
        if found["day"]:
            return date.fromisoformat(found["day"]), ""
        moment = datetime.strptime(found["stamp"], "%Y%m%d-%H%M%S")
    except ValueError:  # 2026-13-45: not a date, so not a copy made here
        return None
    return moment.date(), moment.strftime("%H%M%S")


def named_day(path: Path, backup: Path) -> date | None:
    """The day the name of ``backup`` gives (None: not one of ``path``'s copies)."""
    moment = named_moment(path, backup.name)
    return None if moment is None else moment[0]


def backups_folder(path: Path) -> Path | None:
    """The backups folder of ``path`` if there is one; a link there, or a folder that
    others can change, is refused (``UnsafeFolderError``)."""
    folder = backup_dir(path)
    try:
        info = os.lstat(folder)
    except FileNotFoundError:
        return None
    check_private_folder(folder)
    return folder if stat.S_ISDIR(info.st_mode) else None


def _entries(path: Path) -> list[os.DirEntry[str]]:
    folder = backups_folder(path)
    if folder is None:
        return []
    with os.scandir(folder) as found:
        return list(found)


def all_backups(path: Path) -> list[Path]:
    """Every copy of ``path`` (daily and pre-migration, dated ahead or not), newest first
    by the date its name gives. Only regular files: a link is no copy."""
    dated: list[tuple[date, str, str, Path]] = []
    for entry in _entries(path):
        moment = named_moment(path, entry.name)
        if moment is not None and entry.is_file(follow_symlinks=False):
            dated.append((*moment, entry.name, Path(entry.path)))
    return [found[-1] for found in sorted(dated, reverse=True)]


def usable_backups(path: Path, today: date) -> list[Path]:
    """The copies dated today or before, newest first (those a restore may use)."""
    return [b for b in all_backups(path) if (named_day(path, b) or today) <= today]


def daily_backups(path: Path) -> list[Path]:
    """The daily copies of ``path``, oldest first by the date in their names."""
    daily = re.compile(re.escape(path.stem) + f"-{_DAY}\\.json")
    return [b for b in reversed(all_backups(path)) if daily.fullmatch(b.name)]


def leftovers(path: Path) -> list[Path]:
    """What a copy stopped half way left in the backups folder: a temporary file of one of
    ``path``'s copies (``.<copy>.<random>.tmp``), or an older version's ``<copy>.partial``."""
    temp = re.compile(f"\\.(.+){_TEMP}|(.+)\\.partial")
    found: list[Path] = []
    for entry in _entries(path):
        match = temp.fullmatch(entry.name)
        copy = match and (match[1] or match[2])
        if copy and named_moment(path, copy) and not entry.is_dir(follow_symlinks=False):
            found.append(Path(entry.path))
    return sorted(found)


def copy_private(source: Path, target: Path) -> None:
    """Copy a file to a new private file (0600), durably. The copy is written to a new file
    with a random name (never one that exists, never through a link) in a folder that only
    this user can change, then renamed over ``target`` (a link there is replaced, not
    followed). A failure names the folder (``BackupError``)."""
    make_private_dirs(target.parent)
    check_private_folder(target.parent)
    try:
        fd, tmp = new_temp(target)
        try:
            with open(source, "rb") as src, os.fdopen(fd, "wb") as dst:
                shutil.copyfileobj(src, dst)
                dst.flush()
                flush_to_disk(dst.fileno())
            os.replace(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        fsync_dir(target.parent)
    except OSError as err:
        raise BackupError(source, target.parent, err) from err


def make_daily_backup(path: Path, day: date) -> Path | None:
    """Copy the file as it is before the first save of ``day``, unless that day's copy
    exists; then keep the seven newest copies dated ``day`` or before. Call under the lock."""
    if not path.exists():
        return None
    target = daily_backup_path(path, day)
    try:
        make_private_dirs(target.parent)
        if backups_folder(path) is not None:
            with contextlib.suppress(FileNotFoundError):
                if stat.S_ISREG(os.lstat(target).st_mode):
                    return None  # made earlier today (a link there is no copy: replaced)
            for leftover in leftovers(path):
                leftover.unlink(missing_ok=True)
        copy_private(path, target)
        real = [b for b in daily_backups(path) if (named_day(path, b) or day) <= day]
        for old in real[:-KEEP]:
            old.unlink(missing_ok=True)
    except OSError as err:
        raise BackupError(path, target.parent, err) from err
    return target
