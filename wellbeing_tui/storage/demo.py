"""The demo data: a private temporary copy, moved in time so its last day is today, with
nothing after the moment it is opened."""

from __future__ import annotations

import json
import shutil
import tempfile
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from wellbeing_tui.domain.fields import TimeKind
from wellbeing_tui.domain.tables import RECORD_TYPES
from wellbeing_tui.domain.timeshift import shift_by_shape, shift_doc, time_layout
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


# The clock time that says when a record kept by date happened: a meal at its time, a night
# when it ended (the sleep diary is dated by the morning).
HAPPENED_AT: dict[str, str] = {"meals": "at", "sleep": "out_of_bed"}


def up_to(data: Tables, now: datetime) -> Tables:
    """``data`` without the records that lie after ``now`` on the clock as the diary shows
    it (each time as written, in its own offset), so the demo never shows a future event:
    opened at 01:30, its last day holds nothing yet."""
    clock = now.strftime("%Y-%m-%dT%H:%M")
    today = clock[:10]

    def after_now(name: str, record_type: type, doc: dict[str, Any]) -> bool:
        for field, kind in time_layout(record_type).items():
            value = doc.get(field)
            if not isinstance(value, str):
                continue
            if kind is TimeKind.TIMESTAMP and value[:16] > clock:
                return True
            if kind is TimeKind.DATE and value > today:
                return True
            if kind is TimeKind.DATE and value == today:
                when = doc.get(HAPPENED_AT.get(name, ""))
                if isinstance(when, str) and f"{today}T{when}" > clock:
                    return True
        return False

    out: Tables = {}
    for name, table in data.items():
        record_type = RECORD_TYPES.get(name)
        out[name] = {
            key: doc
            for key, doc in table.items()
            if record_type is None or not after_now(name, record_type, doc)
        }
    return out


def make_demo_copy(now: date) -> tuple[Path, Path]:
    """Write a shifted demo file into a new private temporary folder; returns (folder, file).

    Its last day becomes the date of ``now``; given the moment itself (a ``datetime``),
    what would lie after it on that day is left out."""
    data = load_demo()
    today = now.date() if isinstance(now, datetime) else now
    shifted = shift_days(data, (today - demo_last_day(data)).days)
    if isinstance(now, datetime):
        shifted = up_to(shifted, now)
    folder = Path(tempfile.mkdtemp(prefix="wellbeing-demo-"))
    path = folder / "demo.json"
    write_atomic(path, serialise(shifted))
    return folder, path


def remove_demo_copy(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
