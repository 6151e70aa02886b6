"""Another copy of the diary merged into this one (a conflict copy, a backup, the file
from another computer): read as the data file is (plain, or encrypted to the same key; an
older schema brought up to date in memory), merged under the lock after a backup, and
written in one atomic write."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing_tui.domain.fields import iso
from wellbeing_tui.storage.backups import backup_dir, copy_private
from wellbeing_tui.storage.errors import EncryptedFile, StoreError
from wellbeing_tui.storage.fileformat import Tables, read_any
from wellbeing_tui.storage.merge import Incoming, incoming, merge
from wellbeing_tui.storage.schema import SCHEMA_VERSION, migrate, schema_version

if TYPE_CHECKING:
    from wellbeing_tui.storage.store import Store


class OtherCopyError(StoreError):
    """The other copy cannot be merged; nothing was changed."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path} cannot be merged: {problem}; nothing was changed")


def read_copy(path: Path, store: Store) -> Tables:
    """Another copy's tables, as this version keeps them."""
    try:
        data, _stat, _sealed = read_any(path, store.cipher)
    except EncryptedFile:
        raise OtherCopyError(
            path, "it is encrypted and this diary is not, so there is no key to open it"
        ) from None
    except StoreError as err:
        problem = getattr(err, "problem", None) or str(err).rstrip(".")
        raise OtherCopyError(path, problem) from None
    version = schema_version(data)
    if version > SCHEMA_VERSION:
        raise OtherCopyError(
            path,
            f"it was written by a newer version of wellbeing-tui (schema {version}); "
            "update this one first",
        )
    migrate(data, iso(store.clock.now()))
    return data


@dataclass
class MergeResult:
    came: Incoming
    backup: Path | None = None


def merge_copies(store: Store, copies: list[Tables], *, dry_run: bool = False) -> MergeResult:
    """Merge ``copies`` into the data file: a backup of it first, then one atomic write of
    the merged tables (nothing is written when nothing came in, or for a dry run)."""
    result = MergeResult(Incoming())

    def change(data: Tables) -> Tables | None:
        merged = merge(data, *copies)
        result.came = incoming(data, merged)
        if dry_run or not result.came:
            return None
        stamp = store.clock.now().strftime("%Y%m%d-%H%M%S")
        result.backup = backup_dir(store.path) / f"{store.path.stem}-merge-{stamp}.json"
        copy_private(store.path, result.backup)
        return merged

    if dry_run:
        change(store.tables_now())
    else:
        store.rewrite(change)
    return result
