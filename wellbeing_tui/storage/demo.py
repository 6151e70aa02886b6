"""The demo data: a private temporary copy, moved in time so its last day is today."""

from __future__ import annotations

import json
import shutil
import tempfile
from datetime import date, datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

from wellbeing_tui.storage.atomic import write_atomic
from wellbeing_tui.storage.fileformat import Tables, serialise

DATETIME_KEYS = frozenset({"at", "created_at", "updated_at", "started_at", "ended_at"})
DATE_KEYS = frozenset({"date"})


def demo_source() -> Path:
    """The demo file shipped in the package, or the repository's copy in a checkout."""
    packaged = resources.files("wellbeing_tui") / "data" / "demo.json"
    if packaged.is_file():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "data" / "demo.json"


def load_demo() -> Tables:
    data: Tables = json.loads(demo_source().read_text(encoding="utf-8"))
    return data


def demo_last_day(data: Tables) -> date:
    meta = next(iter(data["_meta"].values()))
    return date.fromisoformat(meta["demo_last_day"])


def _shift(value: Any, key: str, days: int) -> Any:
    if isinstance(value, str) and key in DATETIME_KEYS:
        return (datetime.fromisoformat(value) + timedelta(days=days)).isoformat()
    if isinstance(value, str) and key in DATE_KEYS:
        return (date.fromisoformat(value) + timedelta(days=days)).isoformat()
    return value


def shift_days(data: Tables, days: int) -> Tables:
    """A copy of ``data`` with every date and time moved by ``days`` days."""
    if days == 0:
        return json.loads(json.dumps(data))  # type: ignore[no-any-return]
    out: Tables = {}
    for name, table in data.items():
        out[name] = {
            key: {k: _shift(v, k, days) for k, v in doc.items()} for key, doc in table.items()
        }
    return out


def make_demo_copy(today: date) -> tuple[Path, Path]:
    """Write a shifted demo file into a new private temporary folder; returns (folder, file)."""
    data = load_demo()
    shifted = shift_days(data, (today - demo_last_day(data)).days)
    folder = Path(tempfile.mkdtemp(prefix="wellbeing-demo-"))
    path = folder / "demo.json"
    write_atomic(path, serialise(shifted))
    return folder, path


def remove_demo_copy(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
