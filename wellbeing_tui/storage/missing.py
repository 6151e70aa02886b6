"""A data file that is missing where a sync engine keeps it: no new, empty diary is made
over it.

- iCloud Drive may evict a file to save space, leaving a placeholder ``.NAME.icloud`` until
  it is downloaded again;
- a sync engine may leave only a conflict copy (the file itself deleted, or not synced yet).

A new diary there would be synced over the one in the cloud, or stand beside the copy and
hide it. So the opening stops with a message that says what is there and what to do.
"""

from __future__ import annotations

from pathlib import Path

from wellbeing_tui.storage.conflicts import conflict_copies
from wellbeing_tui.storage.errors import NoDataFile, StoreError


class DiaryElsewhere(StoreError):
    """The data file is missing, but its folder shows that the diary exists elsewhere."""

    def __init__(self, path: Path, what: str) -> None:
        self.path = path
        super().__init__(f"There is no diary at {path}, but {what}. No new diary was made.")


def icloud_placeholder(path: Path) -> Path:
    return path.with_name(f".{path.name}.icloud")


def refuse_missing(path: Path, create: bool) -> None:
    """The data file ``path`` is missing: ``DiaryElsewhere`` when its folder holds an
    iCloud placeholder or a conflict copy of it, else ``NoDataFile`` unless ``create``."""
    if icloud_placeholder(path).exists():
        raise DiaryElsewhere(
            path,
            f"iCloud Drive keeps it in the cloud ({icloud_placeholder(path).name} is its "
            f"placeholder): open the folder in Finder or run `brctl download {path}`, wait "
            "for it to download, and try again",
        )
    copies = conflict_copies(path)
    if copies:
        raise DiaryElsewhere(
            path,
            f"a sync engine left a conflict copy of it ({copies[0].name}): rename that copy "
            f"to {path.name} (its other conflict copies merge in when it opens), or wait for "
            "the sync to finish, and try again",
        )
    if not create:
        raise NoDataFile(path)
