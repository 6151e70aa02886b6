"""Daily backup copies of the data file, the last seven kept."""

from __future__ import annotations

import os
import re
import shutil
from datetime import date
from pathlib import Path

from wellbeing_tui.storage.atomic import (
    TEMP_SUFFIX,
    check_private_folder,
    flush_to_disk,
    fsync_dir,
    make_private_dirs,
    new_temp,
)

KEEP = 7


def backup_dir(path: Path) -> Path:
    return path.parent / "backups"


def _daily_pattern(path: Path) -> re.Pattern[str]:
    return re.compile(re.escape(path.stem) + r"-(\d{4}-\d{2}-\d{2})\.json$")


def daily_backup_path(path: Path, day: date) -> Path:
    return backup_dir(path) / f"{path.stem}-{day.isoformat()}.json"


def copy_private(source: Path, target: Path) -> None:
    """Copy a file to a new private file (0600), durably. The copy is written to a new file
    with a random name (never one that exists, never through a link) in a folder that only
    this user can change, then renamed over ``target``."""
    make_private_dirs(target.parent)
    check_private_folder(target.parent)
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


def daily_backups(path: Path) -> list[Path]:
    """The daily backups of ``path``, oldest first."""
    folder = backup_dir(path)
    if not folder.is_dir():
        return []
    pattern = _daily_pattern(path)
    return sorted(p for p in folder.iterdir() if pattern.match(p.name))


def all_backups(path: Path) -> list[Path]:
    """Daily and pre-migration backups of ``path``, newest first by modification time."""
    folder = backup_dir(path)
    if not folder.is_dir():
        return []
    found = [
        p for p in folder.iterdir() if p.name.startswith(path.stem + "-") and p.suffix == ".json"
    ]
    return sorted(found, key=lambda p: p.stat().st_mtime_ns, reverse=True)


def make_daily_backup(path: Path, day: date) -> Path | None:
    """Copy today's first state of the file, unless today's copy exists; keep the seven
    newest copies. Newest by when each was made, not by the date in its name: a clock that
    was once ahead would otherwise make every later copy the "oldest". Call under the lock."""
    if not path.exists():
        return None
    target = daily_backup_path(path, day)
    if target.exists():
        return None
    folder = backup_dir(path)
    if folder.is_dir():
        _remove_leftovers(path)
    copy_private(path, target)
    by_age = sorted(daily_backups(path), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for old in by_age[KEEP:]:
        if old != target:
            old.unlink(missing_ok=True)
    return target


def _remove_leftovers(path: Path) -> None:
    """What a copy that was killed half way left in the backups folder."""
    folder = backup_dir(path)
    for leftover in folder.glob(f"{path.stem}-*.json.partial"):  # an older version's name
        leftover.unlink(missing_ok=True)
    for leftover in folder.glob(f".{path.stem}-*{TEMP_SUFFIX}"):
        leftover.unlink(missing_ok=True)
