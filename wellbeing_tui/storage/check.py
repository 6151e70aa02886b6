"""``wellbeing check``: can the data file and its backups be read, and what is in them.

Only this diary's own files are looked at (see ``backups.py``), and nothing is changed or
removed: what is found is named, with the command or step that deals with it."""

from __future__ import annotations

import os
import shlex
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.tables import RECORD_TYPES
from wellbeing_tui.domain.words import count
from wellbeing_tui.storage.armor import is_armored
from wellbeing_tui.storage.backups import all_backups, named_day
from wellbeing_tui.storage.conflicts import conflict_copies
from wellbeing_tui.storage.crypt import age_shape, is_encrypted, key_path
from wellbeing_tui.storage.errors import DataFileError, StoreError
from wellbeing_tui.storage.fileformat import Tables, read_file
from wellbeing_tui.storage.key_conflicts import check_lines
from wellbeing_tui.storage.keyfile import holds_plain_key, key_file_problem, protect_command
from wellbeing_tui.storage.leftovers import report_leftovers
from wellbeing_tui.storage.schema import SCHEMA_VERSION, schema_version
from wellbeing_tui.storage.stamps import TOMBSTONES
from wellbeing_tui.storage.twice import imported_twice

if TYPE_CHECKING:
    from wellbeing_tui.storage.crypt import Cipher, Secret

MAX_LISTED = 5
READABLE = "readable"
ENCRYPTED = "encrypted"


@dataclass
class CheckReport:
    path: Path
    ok: bool = True
    lines: list[str] = field(default_factory=list)

    def problem(self, line: str) -> None:
        self.ok = False
        self.lines.append(line)


def _invalid_records(data: Tables) -> list[str]:
    found: list[str] = []
    for table, cls in RECORD_TYPES.items():
        for key, doc in data.get(table, {}).items():
            try:
                cls.from_doc(doc)
            except (ValidationError, TypeError) as err:
                found.append(f"{table} record {key}: {err}")
    return found


def _check_key_file(key: Path, report: CheckReport) -> None:
    try:
        raw = key.read_bytes()
    except FileNotFoundError:
        report.problem(f"Its key file {key.name} is missing: without it the file cannot be opened.")
        return
    except OSError as err:
        report.problem(f"Its key file {key.name} cannot be read: {err.strerror}.")
        return
    if holds_plain_key(raw):
        report.problem(
            f"Its key file {key.name} holds the key in plain text, with no passphrase: anyone "
            f"who can read it can read the diary. Protect it: {protect_command(key)}"
        )
        return
    problem = key_file_problem(raw)
    if problem:
        report.problem(f"Its key file {key.name} is damaged: {problem}.")
        return
    mode = key.stat().st_mode & 0o777
    note = "" if mode & 0o077 == 0 else f" (mode {mode:o}: others may read it)"
    report.lines.append(f"Key file: {key.name}, an age passphrase file{note}.")


def _check_encrypted(path: Path, report: CheckReport, cipher: Cipher | None) -> Tables | None:
    raw = path.read_bytes()
    problem = age_shape(raw)
    if problem:
        report.problem(f"Encrypted, but damaged: {problem}.")
        return None
    armored = ", armored text" if is_armored(raw) else ""
    report.lines.append(f"Encrypted (age{armored}): its outside is whole.")
    _check_key_file(key_path(path), report)
    if cipher is None:
        report.lines.append("Records are counted when the passphrase is given.")
        return None
    try:
        return read_file(path, cipher)[0]
    except StoreError as err:
        report.problem(f"Cannot be read with its key: {err}.")
        return None


def _check_records(data: Tables, report: CheckReport) -> None:
    version = schema_version(data)
    note = "" if version == SCHEMA_VERSION else f" (this version of the app uses {SCHEMA_VERSION})"
    report.lines.append(f"Readable. Schema version {version}{note}.")
    if version > SCHEMA_VERSION:
        report.problem("Written by a newer version of wellbeing-tui: it opens read-only.")
    report.lines.append("Records:")
    names = [n for n in RECORD_TYPES] + sorted(
        n for n in data if n not in RECORD_TYPES and n not in ("_meta", TOMBSTONES)
    )
    for name in names:
        report.lines.append(f"  {name:<14}{len(data.get(name, {})):>7}")
    deletes = len(data.get(TOMBSTONES, {}))
    report.lines.append(
        f"Deletes remembered, so that a copy from another computer cannot bring them back: "
        f"{deletes}."
    )
    for table, extra in imported_twice(data):
        report.lines.append(
            f"{table}: {count(extra, 'record looks', 'records look')} imported twice (the same "
            "words at the same time of day under another time offset, from an import made "
            "before imports kept each date's own offset). Nothing was removed; delete the "
            "copies in the app if you like."
        )
    invalid = _invalid_records(data)
    if invalid:
        report.problem(
            f"{count(len(invalid), 'record')} {'does' if len(invalid) == 1 else 'do'} not "
            "fit the data contract; the app "
            "leaves them in the file but does not show them:"
        )
        report.lines.extend(f"  {line}" for line in invalid[:MAX_LISTED])
        if len(invalid) > MAX_LISTED:
            report.lines.append(f"  ... and {len(invalid) - MAX_LISTED} more")


def check_data_file(
    path: Path,
    cipher: Cipher | None = None,
    today: date | None = None,
    passphrase: Secret | None = None,
) -> CheckReport:
    """The data file, its key file if it is encrypted (its records are counted only with
    ``cipher``; the key file's conflict copies are judged only with ``passphrase`` too),
    its backups (the newest good one dated ``today`` or before is named), and what a
    stopped save, ``encrypt`` or ``decrypt`` left beside them."""
    today = today or date.today()
    real = Path(os.path.realpath(path))
    report = CheckReport(path)
    report.lines.append(f"Data file: {path}")
    data: Tables | None = None
    sealed = is_encrypted(real)
    if not real.exists():
        report.lines.append("No data file there yet; it is made the first time you save.")
    elif sealed:
        data = _check_encrypted(real, report, cipher)
    else:
        try:
            data, _ = read_file(real)
        except DataFileError as err:
            report.problem(f"Cannot be read: {err.problem}.")
    if data is not None:
        _check_records(data, report)
    restore = not report.ok
    newest_good, plain = _check_backups(real, report, cipher, today, sealed)
    if restore and newest_good is not None:
        report.lines.append(
            "To restore it (keeping the damaged file aside), close the app and run:"
        )
        damaged = path.with_name(path.name + ".damaged")
        report.lines.append(
            f"  mv {shlex.quote(str(path))} {shlex.quote(str(damaged))} && "
            f"cp {shlex.quote(str(newest_good))} {shlex.quote(str(path))}"
        )
    report_leftovers(real, report, sealed=sealed, plain_backups=plain)
    _check_conflict_copies(real, report, cipher)
    _check_key_copies(real, report, (cipher, passphrase) if cipher and passphrase else None)
    return report


def _check_key_copies(
    path: Path, report: CheckReport, unlocked: tuple[Cipher, Secret] | None
) -> None:
    for problem, line in check_lines(path, unlocked):
        if problem:
            report.problem(line)
        else:
            report.lines.append(line)


def _check_conflict_copies(path: Path, report: CheckReport, cipher: Cipher | None) -> None:
    """Conflict copies a sync engine left beside the file: one that can be read is merged
    the next time the diary is opened to write; one that cannot is named."""
    for copy in conflict_copies(path):
        if is_encrypted(copy) and cipher is None:
            report.lines.append(
                f"Conflict copy {copy.name}: encrypted; checked with the passphrase."
            )
            continue
        try:
            read_file(copy, cipher)
        except StoreError as err:
            problem = getattr(err, "problem", None) or str(err)
            report.problem(
                f"Conflict copy {copy.name} cannot be read ({problem}), so it is left where it "
                "is and not merged. Move it away once you no longer need what it held."
            )
            continue
        report.lines.append(
            f"Conflict copy {copy.name}: readable; merged the next time the diary is opened "
            "to write (wellbeing merge merges it now)."
        )


def _check_backups(
    path: Path, report: CheckReport, cipher: Cipher | None, today: date, sealed: bool
) -> tuple[Path | None, list[Path]]:
    """List the backups, newest first by the date each names; returns the newest good one
    dated ``today`` or before, and those that are plain beside an encrypted file."""
    try:
        backups = all_backups(path)
    except StoreError as err:
        report.problem(f"Backups: {err}")
        return None, []
    except OSError as err:
        report.problem(f"Backups: the folder cannot be read: {err.strerror}.")
        return None, []
    if not backups:
        report.lines.append("Backups: none yet (one is made each day before the first save).")
        return None, []
    report.lines.append(f"Backups ({len(backups)}, newest first):")
    newest_good: Path | None = None
    ahead = 0
    plain: list[Path] = []
    for backup in backups:
        state = _backup_state(backup, cipher)
        if sealed and state == READABLE and not is_encrypted(backup):
            plain.append(backup)
            state = "readable, plain text beside an encrypted diary"
        if (named_day(path, backup) or today) > today:
            ahead += 1
            state += "; dated after today (made while the clock was ahead?), so not used"
        elif newest_good is None and state in (READABLE, ENCRYPTED):
            newest_good = backup
        report.lines.append(f"  {backup.name}: {state}")
    if ahead:
        report.lines.append(
            f"  {count(ahead, 'backup')} dated after today {'is' if ahead == 1 else 'are'} "
            f"kept as {'it is' if ahead == 1 else 'they are'} and never counted among the "
            f"seven; delete {'it' if ahead == 1 else 'them'} when no longer needed."
        )
    if newest_good is None:
        report.problem("No backup dated today or before can be read.")
    else:
        report.lines.append(f"Newest good backup: {newest_good}")
    return newest_good, plain


def _backup_state(backup: Path, cipher: Cipher | None) -> str:
    try:
        if is_encrypted(backup):
            problem = age_shape(backup.read_bytes())
            if problem is not None:
                return f"cannot be read ({problem})"
            if cipher is None:
                return ENCRYPTED
        read_file(backup, cipher)
    except DataFileError as err:
        return f"cannot be read ({err.problem})"
    except StoreError as err:
        return f"cannot be read ({err})"
    except OSError as err:
        return f"cannot be read ({err.strerror})"
    return READABLE
