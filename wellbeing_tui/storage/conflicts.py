"""Conflict copies that sync engines leave beside the data file, merged in by themselves.

When the file changed on two computers before they synced, the sync engine keeps one and
renames the other beside it:

- Syncthing: ``NAME.sync-conflict-20261201-213000-ABCDEFG.json``
- Dropbox: ``NAME (Laptop's conflicted copy 2026-12-01).json``
- Nextcloud and ownCloud: ``NAME (conflicted copy 2026-12-01 213000).json``,
  ``NAME_conflict-20261201-213000.json``
- Google Drive and iCloud Drive: ``NAME (1).json``, ``NAME 2.json``

Each one found is merged into the data file (one atomic write, after a backup), and only
once that write is on disk is the copy moved into the backups folder. A copy that cannot
be read (damaged, encrypted to another key, from a newer version) is left where it is, and
``wellbeing check`` names it. The key file of an encrypted diary gets copies by the same
names (``conflict_copies(key_path(data))``), judged with the passphrase in
``key_conflicts.py``.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing_tui.storage.atomic import fsync_dir, make_private_dirs

if TYPE_CHECKING:
    from wellbeing_tui.storage.fileformat import Tables
    from wellbeing_tui.storage.merge import Incoming
    from wellbeing_tui.storage.store import Store

_FORMS = (
    r"\.sync-conflict-\d{8}-\d{6}-[A-Za-z0-9]+",  # Syncthing
    r" \([^()]*conflicted copy[^()]*\)",  # Dropbox, Nextcloud, ownCloud
    r"_conflict-[^/]*",  # ownCloud, Nextcloud's older clients
    r" \(\d{1,3}\)",  # Google Drive
    r" \d{1,3}",  # iCloud Drive
)


def conflict_name(path: Path) -> re.Pattern[str]:
    forms = "|".join(f"(?:{form})" for form in _FORMS)
    return re.compile(f"{re.escape(path.stem)}(?:{forms}){re.escape(path.suffix)}", re.IGNORECASE)


def conflict_copies(path: Path) -> list[Path]:
    """The conflict copies of the data file ``path`` beside it (one listing of its folder),
    oldest name first. Only regular files: a link is never taken for one."""
    pattern = conflict_name(path)
    try:
        with os.scandir(path.parent) as entries:
            found = [
                Path(e.path)
                for e in entries
                if pattern.fullmatch(e.name) and e.is_file(follow_symlinks=False)
            ]
    except OSError:
        return []
    return sorted(found)


def put_away(copy: Path, folder: Path) -> None:  # after the merged file is on disk
    """Move a merged copy into the backups folder (never over a file there)."""
    target, n = folder / copy.name, 1
    while target.exists():
        n += 1
        target = folder / f"{copy.stem}.{n}{copy.suffix}"
    os.replace(copy, target)


def take_in_conflicts(store: Store) -> tuple[Incoming, list[Path], list[Path]] | None:
    """Merge every readable conflict copy into the data file, then move each into the
    backups folder: what came in, the copies taken in, and those left (unreadable). None
    when there are none, or the diary is open read-only. Only the folder is listed when
    there are none: the merging is loaded only for a copy found."""
    copies = conflict_copies(store.path)
    if not copies or store.read_only:
        return None
    # deferred: merging is 22 ms of every `log mood` and first frame that finds no conflict copy
    # (python -X importtime)
    from wellbeing_tui.storage.backups import backup_dir
    from wellbeing_tui.storage.copies import OtherCopyError, merge_copies, read_copy
    from wellbeing_tui.storage.merge import Incoming

    readable: list[Path] = []
    tables: list[Tables] = []
    left: list[Path] = []
    for copy in copies:
        try:
            tables.append(read_copy(copy, store))
            readable.append(copy)
        except OtherCopyError:
            left.append(copy)
    if not readable:
        return Incoming(), [], left
    came = merge_copies(store, tables).came  # written and flushed to disk before the move
    fsync_dir(store.path.parent)
    folder = backup_dir(store.path)
    make_private_dirs(folder)
    for copy in readable:
        put_away(copy, folder)
    fsync_dir(folder)
    fsync_dir(store.path.parent)  # the copy is gone from beside the file
    return came, readable, left
