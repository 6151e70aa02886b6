"""What a save, ``encrypt`` or ``decrypt`` stopped half way leaves beside a diary, named by
``wellbeing check`` with what to do about each. Nothing here removes anything: plain text
beside an encrypted diary is a problem to report, and the person decides."""

from __future__ import annotations

import os
import shlex
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing_tui.domain.words import count
from wellbeing_tui.storage.aside import asides
from wellbeing_tui.storage.atomic import stale_temps
from wellbeing_tui.storage.backups import backup_dir, leftovers
from wellbeing_tui.storage.crypt import is_encrypted, key_path
from wellbeing_tui.storage.errors import StoreError
from wellbeing_tui.storage.scratch import stale_scratch_folders

if TYPE_CHECKING:
    from wellbeing_tui.storage.check import CheckReport


def _temporary_files(path: Path) -> list[Path]:
    try:
        return stale_temps(path) + leftovers(path)
    except (StoreError, OSError):  # a backups folder that is refused is reported already
        return stale_temps(path)


def _holds(temp: Path) -> str:
    try:
        if os.lstat(temp).st_size == 0:
            return "nothing (it is empty)"
    except OSError:
        return "something that cannot be read"
    return "encrypted text" if is_encrypted(temp) else "plain text"


def _copy_of(path: Path, temp: Path) -> str:
    if temp.parent == backup_dir(path):
        return "a backup"
    if temp.name.startswith(f".{key_path(path).name}."):
        return "the key file"
    return "the data file"


def report_leftovers(
    path: Path, report: CheckReport, *, sealed: bool, plain_backups: list[Path]
) -> None:
    """Name a plain data file with a key file beside it, plain backups beside an encrypted
    diary (``plain_backups``), and the temporary files of a stopped write, each with what
    to do; plain text where the diary is (being) encrypted is a problem."""
    key = key_path(path)
    keyed = sealed or os.path.lexists(key)
    if not sealed and path.is_file() and os.path.lexists(key):
        report.problem(
            f"{path.name} is plain JSON, but its key file {key.name} is beside it: an "
            "`encrypt` or a `decrypt` was stopped before it finished. Run `wellbeing encrypt` "
            "to finish encrypting, or `wellbeing decrypt` to finish decrypting (either asks "
            "for the passphrase that opens the key file)."
        )
    if plain_backups:
        are = "is" if len(plain_backups) == 1 else "are"
        report.problem(
            f"{count(len(plain_backups), 'backup')} (marked above) {are} plain text beside "
            "the encrypted diary: a `decrypt` was stopped before it finished. Run "
            "`wellbeing decrypt` to finish decrypting, or `wellbeing encrypt` to encrypt "
            f"{'it' if len(plain_backups) == 1 else 'them'} as the diary is."
        )
    for temp in _temporary_files(path):
        holds = _holds(temp)
        line = (
            f"Left over: {temp}, a temporary copy of {_copy_of(path, temp)} that a save, "
            f"`encrypt` or `decrypt` was writing when it was stopped; it holds {holds}. "
            f"Nothing needs it; to delete it: rm {shlex.quote(str(temp))}"
        )
        if keyed and holds == "plain text":
            report.problem(line)
        else:
            report.lines.append(line)
    _report_scratch_and_asides(path, report)


def _report_scratch_and_asides(path: Path, report: CheckReport) -> None:
    """An editor's scratch folder left by a process killed outright (it may hold a journal
    entry in plain text), and drafts kept aside that no opening could take in yet."""
    for folder in stale_scratch_folders():
        report.problem(
            f"Left over: {folder}, the scratch folder of an editor whose wellbeing was killed "
            "while it was open; it may hold what was being written, in plain text. It is "
            "removed the next time an editor is opened; to delete it now: rm -r "
            f"{shlex.quote(str(folder))}"
        )
    for aside in asides(path):
        report.lines.append(
            f"Kept aside: {aside}, a draft saved while another copy held the lock; the next "
            "time wellbeing opens the diary to write, it is taken in."
        )
