"""The demo data: a private temporary copy, moved in time so its last day is today."""

from __future__ import annotations

import json
import shutil
import tempfile
from datetime import date
from importlib import resources
from pathlib import Path

from wellbeing_tui.domain.tables import RECORD_TYPES
from wellbeing_tui.domain.timeshift import shift_by_shape, shift_doc
from wellbeing_tui.storage.atomic import write_atomic
from wellbeing_tui.storage.fileformat import Tables, serialise


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


def shift_days(data: Tables, days: int) -> Tables:
    """A copy of ``data`` with every date and timestamp moved by ``days`` days.

    Each table's record type says which of its fields hold what; the bookkeeping table
    (``_meta``) and any table without a record type are moved by what their values look like.
    """
    out: Tables = {}
    for name, table in data.items():
        record_type = RECORD_TYPES.get(name)
        out[name] = {
            key: shift_doc(record_type, doc, days)
            if record_type is not None
            else shift_by_shape(doc, days)
            for key, doc in table.items()
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
