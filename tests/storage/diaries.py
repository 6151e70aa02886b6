"""Diaries on disk for the tests of backups, encryption and leftovers: built in the test's
folder, with daily backups, and opened as a person would (with the passphrase, or plain)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from wellbeing_tui.storage.crypt import Secret, is_age, key_path, unlock
from wellbeing_tui.storage.fileformat import Tables, parse
from wellbeing_tui.storage.schema import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery"

# The command as installed, with one change: key files it makes use a small work factor
# (read back from each key file's header, so every later unlock is quick too). Everything
# else, the files written and the order they are written in, is the real command's.
QUICK_KEYS = (
    "import sys\n"
    "from wellbeing_tui.storage import crypt\n"
    "crypt.SCRYPT_LOG_N = 10\n"
    "from wellbeing_tui.cli.parse import main\n"
    "raise SystemExit(main(sys.argv[1:]))\n"
)


def env(**extra: str) -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="1", **extra)


def command(*args: str, quick_keys: bool = True) -> list[str]:
    start = ["-c", QUICK_KEYS] if quick_keys else ["-m", "wellbeing_tui"]
    return [sys.executable, *start, *args]


def run(
    *args: str,
    preexec: Callable[[], None] | None = None,
    quick_keys: bool = True,
) -> subprocess.CompletedProcess[str]:
    """The command in a session of its own: it has no terminal to ask on, as under cron."""
    return subprocess.run(
        command(*args, quick_keys=quick_keys),
        capture_output=True,
        text=True,
        env=env(),
        cwd=ROOT,
        timeout=120,
        start_new_session=True,
        preexec_fn=preexec,
    )


def contents(label: str, records: int) -> Tables:
    """A valid data file of ``records`` check-ins, each note naming ``label``."""
    checkins: dict[str, Any] = {
        str(n + 1): {
            "id": f"{label}-{n}",
            "at": f"2026-{1 + n % 12:02d}-{1 + n % 28:02d}T09:{n % 60:02d}:00+00:00",
            "mood": 1 + n % 5,
            "energy": None,
            "emotions": ["flat"],
            "body": [],
            "note": f"{label}: an ordinary day, nothing much to say about it",
        }
        for n in range(records)
    }
    meta = {"1": {"schema_version": SCHEMA_VERSION, "created_at": "2026-01-01T09:00:00+00:00"}}
    return {"_meta": meta, "checkins": checkins}


def write_private(path: Path, data: Tables) -> bytes:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    raw = json.dumps(data, separators=(",", ":")).encode()
    path.write_bytes(raw)
    path.chmod(0o600)
    return raw


def make_diary(
    folder: Path, name: str = "w.json", *, records: int = 20, backup_days: int = 7
) -> tuple[Path, dict[Path, bytes]]:
    """A plain diary with a daily backup for each of the ``backup_days`` days before today
    (each a different state of the diary); returns it and every backup's bytes."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = folder / name
    stem = path.stem
    write_private(path, contents(stem, records))
    originals: dict[Path, bytes] = {}
    for back in range(1, backup_days + 1):
        day = date.today() - timedelta(days=back)
        backup = folder / "backups" / f"{stem}-{day.isoformat()}.json"
        originals[backup] = write_private(backup, contents(f"{stem} {day}", records - back))
    return path, originals


def passphrase_file(folder: Path, text: str = PASSPHRASE) -> Path:
    secret = folder / f"pass-{abs(hash(text)) % 10_000}.txt"
    secret.write_text(text + "\n", encoding="utf-8")
    return secret


def plain_bytes(path: Path, diary: Path, passphrase: str = PASSPHRASE) -> bytes:
    """What ``path``, the data file ``diary`` or one of its backups, holds: decrypted with
    the diary's key file when it is an age file (which fails if the key file is gone)."""
    raw = path.read_bytes()
    if not is_age(raw):
        return raw
    return unlock(key_path(diary), Secret(passphrase)).open(path, raw)


def opened(path: Path, passphrase: str = PASSPHRASE) -> Tables:
    """The diary's tables as the program reads them."""
    return parse(path, plain_bytes(path, path, passphrase))


def files_of(folder: Path) -> dict[Path, bytes]:
    """Every file under ``folder`` and what it holds (the empty lock files left out: a
    command that takes the lock makes one)."""
    return {
        p: p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith(".lock")
    }
