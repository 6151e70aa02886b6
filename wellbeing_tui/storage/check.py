"""``wellbeing check``: can the data file and its backups be read, and what is in them."""

from __future__ import annotations

import shlex
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.tables import RECORD_TYPES
from wellbeing_tui.domain.words import count
from wellbeing_tui.storage.backups import all_backups
from wellbeing_tui.storage.errors import DataFileError, StoreError
from wellbeing_tui.storage.fileformat import Tables, read_file
from wellbeing_tui.storage.schema import SCHEMA_VERSION, schema_version

if TYPE_CHECKING:
    from wellbeing_tui.storage.crypt import Cipher

MAX_LISTED = 5


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


def _check_encrypted(path: Path, report: CheckReport, cipher: Cipher | None) -> Tables | None:
    from wellbeing_tui.storage.crypt import age_shape, is_encrypted, key_path

    key = key_path(path)
    problem = age_shape(path.read_bytes())
    if problem:
        report.problem(f"Encrypted, but damaged: {problem}.")
        return None
    report.lines.append("Encrypted (age): its outside is whole.")
    if not key.exists():
        report.problem(f"Its key file {key.name} is missing: without it the file cannot be opened.")
    elif age_shape(key.read_bytes()) or not is_encrypted(key):
        report.problem(f"Its key file {key.name} is damaged.")
    else:
        mode = key.stat().st_mode & 0o777
        note = "" if mode & 0o077 == 0 else f" (mode {mode:o}: others may read it)"
        report.lines.append(f"Key file: {key.name}, an age passphrase file{note}.")
    if cipher is None:
        report.lines.append("Records are counted when the passphrase is given.")
        return None
    try:
        return read_file(path, cipher)[0]
    except StoreError as err:
        report.problem(f"Cannot be read with its key: {err}.")
        return None


def check_data_file(path: Path, cipher: Cipher | None = None) -> CheckReport:
    """The data file, its key file if it is encrypted (its records are counted only with
    ``cipher``) and its backups."""
    from wellbeing_tui.storage.crypt import is_encrypted

    report = CheckReport(path)
    report.lines.append(f"Data file: {path}")
    data: Tables | None = None
    if not path.exists():
        report.lines.append("No data file there yet; it is made the first time you save.")
    elif is_encrypted(path):
        data = _check_encrypted(path, report, cipher)
    else:
        try:
            data, _ = read_file(path)
        except DataFileError as err:
            report.problem(f"Cannot be read: {err.problem}.")
    if data is not None:
        version = schema_version(data)
        note = (
            "" if version == SCHEMA_VERSION else f" (this version of the app uses {SCHEMA_VERSION})"
        )
        report.lines.append(f"Readable. Schema version {version}{note}.")
        if version > SCHEMA_VERSION:
            report.problem("Written by a newer version of wellbeing-tui: it opens read-only.")
        report.lines.append("Records:")
        names = [n for n in RECORD_TYPES] + sorted(
            n for n in data if n not in RECORD_TYPES and n not in ("_meta",)
        )
        for name in names:
            report.lines.append(f"  {name:<14}{len(data.get(name, {})):>7}")
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
    backups = all_backups(path)
    if not backups:
        report.lines.append("Backups: none yet (one is made each day before the first save).")
        return report
    report.lines.append(f"Backups ({len(backups)}, newest first):")
    newest_good: Path | None = None
    for backup in backups:
        state = _backup_state(backup, cipher)
        if state in ("readable", "encrypted"):
            newest_good = newest_good or backup
        report.lines.append(f"  {backup.name}: {state}")
    if newest_good is None:
        report.problem("No backup can be read.")
    else:
        report.lines.append(f"Newest good backup: {newest_good}")
        if not report.ok:
            report.lines.append(
                "To restore it (keeping the damaged file aside), close the app and run:"
            )
            damaged = path.with_name(path.name + ".damaged")
            report.lines.append(
                f"  mv {shlex.quote(str(path))} {shlex.quote(str(damaged))} && "
                f"cp {shlex.quote(str(newest_good))} {shlex.quote(str(path))}"
            )
    return report


def _backup_state(backup: Path, cipher: Cipher | None) -> str:
    from wellbeing_tui.storage.crypt import age_shape, is_encrypted

    if is_encrypted(backup) and cipher is None:
        problem = age_shape(backup.read_bytes())
        return "encrypted" if problem is None else f"cannot be read ({problem})"
    try:
        read_file(backup, cipher)
    except DataFileError as err:
        return f"cannot be read ({err.problem})"
    except StoreError as err:
        return f"cannot be read ({err})"
    return "readable"
