"""Daily backup copies of the data file, the last seven kept."""

from __future__ import annotations

import os
import re
import shutil
from datetime import date
from pathlib import Path

from wellbeing_tui.storage.atomic import FILE_MODE, fsync_dir, make_private_dirs

KEEP = 7


def backup_dir(path: Path) -> Path:
    return path.parent / "backups"


def _daily_pattern(path: Path) -> re.Pattern[str]:
    return re.compile(re.escape(path.stem) + r"-(\d{4}-\d{2}-\d{2})\.json$")


def daily_backup_path(path: Path, day: date) -> Path:
    return backup_dir(path) / f"{path.stem}-{day.isoformat()}.json"


def copy_private(source: Path, target: Path) -> None:
    """Copy a file to a new private file (0600), durably."""
    make_private_dirs(target.parent)
    tmp = target.with_name(target.name + ".partial")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    os.chmod(tmp, FILE_MODE)
    with open(source, "rb") as src, os.fdopen(fd, "wb") as dst:
        shutil.copyfileobj(src, dst)
        dst.flush()
        os.fsync(dst.fileno())
    os.replace(tmp, target)
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
    """Copy today's first state of the file, unless today's copy exists; keep the last 7."""
    if not path.exists():
        return None
    target = daily_backup_path(path, day)
    if target.exists():
        return None
    copy_private(path, target)
    for old in daily_backups(path)[:-KEEP]:
        old.unlink(missing_ok=True)
    return target
