"""Conflict copies of an encrypted diary's key file, judged when the diary is unlocked.

When the key file changed on two computers before they synced (the passphrase changed on
both), the sync engine keeps one and renames the other beside it by the rules the data
file's copies follow (``conflicts.py``): Syncthing names a copy of ``wellbeing.json.key.age``
``wellbeing.json.key.sync-conflict-20261201-213000-ABCDEFG.age``, Dropbox
``wellbeing.json.key (Laptop's conflicted copy 2026-12-01).age``.

Only the passphrase tells what a copy holds, so each is judged when the diary is opened
with it:

- the same key (it opens with this passphrase, and each key opens what the other seals):
  an older seal of this key, moved into the backups folder;
- another key, or a copy this passphrase does not open: the two computers no longer share
  a key and passphrase, and only the person can say which to keep, so nothing is written
  and nothing is moved (``KeyConflict`` says what happened and what to do);
- a copy that cannot be read (damaged): left where it is; ``wellbeing check`` names it.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass
from pathlib import Path

from wellbeing_tui.storage.atomic import fsync_dir, make_private_dirs
from wellbeing_tui.storage.backups import backup_dir
from wellbeing_tui.storage.conflicts import conflict_copies, put_away
from wellbeing_tui.storage.crypt import Cipher, Secret, is_encrypted, key_path, unlock
from wellbeing_tui.storage.errors import KeyFileError, StoreError, WrongPassphrase

SAME = "same key"
OTHER_KEY = "another key"
OTHER_PASSPHRASE = "another passphrase"
UNREADABLE = "cannot be read"
PROBE = b"wellbeing-tui: does this key open what the other seals?\n"


@dataclass(frozen=True)
class KeyCopy:
    path: Path
    kind: str
    problem: str = ""


class KeyConflict(StoreError):
    """The key file's conflict copy holds another key, or another passphrase opens it:
    nothing was written and nothing moved."""

    def __init__(self, copy: KeyCopy, message: str) -> None:
        self.copy = copy
        super().__init__(message)


def key_copies(data: Path) -> list[Path]:
    """The conflict copies of the key file of the data file ``data`` (one listing)."""
    return conflict_copies(key_path(data))


def _opens(cipher: Cipher, path: Path, sealed: bytes) -> bool:
    try:
        cipher.open(path, sealed)
    except StoreError:
        return False
    return True


def judge(copy: Path, cipher: Cipher, passphrase: Secret) -> KeyCopy:
    """What the key file's conflict copy ``copy`` holds, told with the diary's unlocked
    ``cipher`` and the passphrase that unlocked it (one key derivation)."""
    try:
        other = unlock(copy, passphrase)
    except WrongPassphrase:
        return KeyCopy(copy, OTHER_PASSPHRASE)
    except KeyFileError as err:
        return KeyCopy(copy, UNREADABLE, getattr(err, "problem", None) or str(err))
    same = _opens(other, copy, cipher.seal(PROBE)) and _opens(cipher, copy, other.seal(PROBE))
    return KeyCopy(copy, SAME if same else OTHER_KEY)


def settle_key_copies(data: Path, cipher: Cipher, passphrase: Secret) -> str | None:
    """Judge the key file's conflict copies beside the data file ``data``: one sentence
    when some were moved into backups or left (None when there are none).
    ``KeyConflict`` before anything is moved when one holds another key or passphrase."""
    copies = key_copies(data)
    if not copies:
        return None
    judged = [judge(copy, cipher, passphrase) for copy in copies]
    for found in judged:
        if found.kind in (OTHER_KEY, OTHER_PASSPHRASE):
            raise KeyConflict(found, stop_message(data, found, cipher))
    said: list[str] = []
    same = [found.path for found in judged if found.kind == SAME]
    if same:
        _move_to_backups(data, same)
        names = ", ".join(path.name for path in same)
        if len(same) == 1:
            said.append(
                f"A copy of the key file from another computer ({names}) holds the "
                "same key; it is in backups."
            )
        else:
            said.append(
                f"{len(same)} copies of the key file from other computers ({names}) "
                "hold the same key; they are in backups."
            )
    for found in judged:
        if found.kind == UNREADABLE:
            said.append(
                f"A copy of the key file, {found.path.name}, cannot be read and is left where "
                "it is: see wellbeing check."
            )
    return " ".join(said) or None


def _move_to_backups(data: Path, copies: list[Path]) -> None:
    folder = backup_dir(data)
    make_private_dirs(folder)
    for copy in copies:
        put_away(copy, folder)
    fsync_dir(folder)
    fsync_dir(data.parent)


def _unopened(data: Path, cipher: Cipher) -> list[Path]:
    """The data file and its conflict copies that are encrypted to a key other than
    ``cipher``'s: what the other computer wrote with its own key."""
    found: list[Path] = []
    for path in [data, *conflict_copies(data)]:
        try:
            sealed = path.read_bytes() if is_encrypted(path) else None
        except OSError:
            continue
        if sealed is not None and not _opens(cipher, path, sealed):
            found.append(path)
    return found


def stop_message(data: Path, found: KeyCopy, cipher: Cipher) -> str:
    """The one line that says why nothing was changed, and what to do."""
    name, backups = found.path.name, backup_dir(data)
    if found.kind == OTHER_PASSPHRASE:
        return (
            f"The passphrase was changed on two computers before they synced: the key file "
            f"from the other, {name}, does not open with this passphrase. Nothing here was "
            "changed. This passphrase opens the diary on both computers from now on; move "
            f"{name} into {backups} (keep it: it may hold a key something there needs) and "
            "run this again: what was written there is merged then, and wellbeing check "
            "names any copy that does not open."
        )
    said = (
        f"The key file from another computer, {name}, opens with this passphrase but holds "
        "another key (the diary was encrypted anew there). Nothing here was changed."
    )
    unopened = _unopened(data, cipher)
    if data in unopened:
        here = key_path(data).with_name(f"{data.name}.key-here.age")
        return (
            f"{said} This diary's data file was written there with that key: put {name} in "
            f"place of {key_path(data).name}, keeping this one as {here.name} (what was "
            "written here needs it), and run this again."
        )
    if not unopened:
        return (
            f"{said} No copy of the diary beside this one needs that key: move {name} into "
            f"{backups} (keep it: something written there may still need it) and run this "
            "again."
        )
    q = shlex.quote
    kept, plain = backups / name, backups / "other.json"  # the backups folder is private
    steps = " && ".join(
        [f"mv -n {q(str(found.path))} {q(str(backups))}/"]
        + [
            f"age -d -i {q(str(kept))} -o {q(str(plain))} {q(str(path))} && wellbeing merge "
            f"--data {q(str(data))} {q(str(plain))} && rm {q(str(plain))} && "
            f"mv -n {q(str(path))} {q(str(backups))}/"
            for path in unopened
        ]
    )
    return (
        f"{said} What was written there opens only with that key: keep it in backups and "
        f"bring that in with `{steps}` (age asks for this passphrase)."
    )


def check_lines(data: Path, unlocked: tuple[Cipher, Secret] | None) -> list[tuple[bool, str]]:
    """What ``wellbeing check`` says of each copy of the key file (and whether it is a
    problem); with the diary's key and passphrase each is judged, without them it cannot
    be told. Nothing is moved."""
    lines: list[tuple[bool, str]] = []
    for copy in key_copies(data):
        if unlocked is None:
            lines.append(
                (
                    False,
                    f"Key file copy {copy.name} (from another computer): whether "
                    "it holds the same key cannot be told without the passphrase "
                    "(check with --passphrase-file tells).",
                )
            )
            continue
        found = judge(copy, *unlocked)
        if found.kind == SAME:
            lines.append(
                (
                    False,
                    f"Key file copy {copy.name}: the same key; moved into "
                    "backups the next time the diary is opened to write.",
                )
            )
        elif found.kind == UNREADABLE:
            lines.append(
                (
                    True,
                    f"Key file copy {copy.name} cannot be read ({found.problem}); "
                    "it is left where it is.",
                )
            )
        else:
            lines.append((True, stop_message(data, found, unlocked[0])))
    return lines
