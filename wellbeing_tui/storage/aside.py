"""Records kept aside: a draft or an entry that must be kept now (the terminal closed) while
another copy holds the diary's lock goes to a small file of its own beside the data file,
``<data file>.draft-<id>``, encrypted like the diary. The next copy that opens the diary for
writing takes each one in, under the lock, and removes it once the diary holding it is on
disk. One that cannot be read (encrypted to a key that is gone, say) is left where it is.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wellbeing_tui.storage.atomic import write_atomic
from wellbeing_tui.storage.errors import StoreError
from wellbeing_tui.storage.fileformat import Tables, encode, read_any

if TYPE_CHECKING:
    from wellbeing_tui.storage.crypt import Cipher

_SAFE = re.compile(r"[^A-Za-z0-9-]")
DRAFTS = "drafts"


def aside_path(path: Path, draft_id: str) -> Path:
    return path.with_name(f"{path.name}.draft-{_SAFE.sub('', draft_id)[:64] or 'draft'}")


def keep_aside(path: Path, table: str, doc: dict[str, Any], cipher: Cipher | None) -> Path:
    """Write one document of ``table`` to its own file beside ``path`` (no lock needed)."""
    target = aside_path(path, str(doc.get("id", "")))
    write_atomic(target, encode({table: {"1": doc}}, cipher))
    return target


def asides(path: Path) -> list[Path]:
    """The drafts kept aside for ``path`` (regular files only, never through a link)."""
    prefix = f"{path.name}.draft-"
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return []
    return sorted(
        Path(e.path)
        for e in entries
        if e.name.startswith(prefix) and stat.S_ISREG(e.stat(follow_symlinks=False).st_mode)
    )


def take_in(path: Path, data: Tables, cipher: Cipher | None) -> list[Path]:
    """Put every draft kept aside into ``data`` (a newer draft of one id replaces an older
    one); the files taken in, to remove once ``data`` is written."""
    taken: list[Path] = []
    for aside in asides(path):
        try:
            kept, _stat, _sealed = read_any(aside, cipher)
        except StoreError:
            continue  # left in place; check names it
        for table, kept_rows in kept.items():
            rows = dict(data.get(table, {}))
            by_id = {str(doc.get("id")): key for key, doc in rows.items()}
            for doc in kept_rows.values():
                key = by_id.get(str(doc.get("id")))
                if key is None:
                    key = str(max(map(int, rows), default=0) + 1)
                elif str(rows[key].get("updated_at", "")) > str(doc.get("updated_at", "")):
                    continue  # the diary holds a newer version
                rows[key] = {**rows.get(key, {}), **doc}
            data[table] = rows
        taken.append(aside)
    return taken


def take_in_and_write(path: Path, data: Tables, cipher: Cipher | None) -> bool:
    """Take in the drafts kept aside, write the diary, then remove them (under the lock);
    whether there were any."""
    taken = take_in(path, data, cipher)
    if taken:
        write_atomic(path, encode(data, cipher))
        for aside in taken:
            aside.unlink(missing_ok=True)
    return bool(taken)
