"""Merging on the ten-year file: `wellbeing merge` of a conflict copy with a hundred changed
records, and what looking for conflict copies adds to opening the diary.

The data file is the ten-year file brought to the current schema; the conflict copy is the
same diary as another computer changed it: 90 records edited there (check-in notes and
journal entries) and 10 deleted.

1. Whole processes, run alternately, each on a fresh copy of the data file: `wellbeing log
   mood 3` as the baseline (a command that reads and rewrites the whole file), `wellbeing
   merge COPY`, and `wellbeing log mood 3` with the copy beside the data file under
   Syncthing's name (the next command merges it by itself). Then, in this process, where a
   merge's time goes.
2. Opening with no conflict copy present, in this process, alternately: `Store(...)` opening
   the file, and the check every writing command and the app make after opening (one listing
   of the folder), in a folder as a synced one holds it (the backups folder, the lock and
   nudge files) and in a busy one (1,000 other files beside the diary); then importing the
   module that looks, in a fresh process.

    python bench/merge.py [--runs 7]

Targets: the merge under 1 s; the check under 5 ms more than opening without it.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import child_env, generated, median_ms, scratch  # noqa: E402
from wellbeing_tui.domain.clock import SystemClock  # noqa: E402
from wellbeing_tui.services.diary import Diary  # noqa: E402
from wellbeing_tui.storage.conflicts import conflict_copies  # noqa: E402
from wellbeing_tui.storage.copies import read_copy  # noqa: E402
from wellbeing_tui.storage.fileformat import read_file  # noqa: E402
from wellbeing_tui.storage.merge import incoming, merge  # noqa: E402
from wellbeing_tui.storage.schema import migrate  # noqa: E402
from wellbeing_tui.storage.store import Store  # noqa: E402

CONFLICT = "wellbeing.sync-conflict-20261201-213000-ABCDEFG.json"
EDITED, DELETED = 90, 10
LATER = "2030-01-01T12:00:00+00:00"  # the other computer's changes are the newest


def current(source: Path, target: Path) -> Path:
    """``source`` brought to the current schema, as a data file in use is."""
    data, _ = read_file(source)
    migrate(data, LATER)
    target.write_bytes(json.dumps(data).encode())
    target.chmod(0o600)
    return target


def other_computers_copy(data_file: Path, target: Path) -> Path:
    """The diary as another computer left it: a hundred records changed there."""
    data: dict[str, dict[str, dict[str, Any]]] = json.loads(data_file.read_bytes())
    pick = random.Random(31)
    checkins = pick.sample(sorted(data["checkins"]), EDITED // 2)
    journal = pick.sample(sorted(data["journal"]), EDITED - EDITED // 2)
    for key in checkins:
        data["checkins"][key].update(note="added on the other computer", updated_at=LATER)
    for key in journal:
        doc = data["journal"][key]
        doc.update(text=doc["text"] + " And a line more.", updated_at=LATER)
    gone = pick.sample(sorted(set(data["checkins"]) - set(checkins)), DELETED)
    tombstones = data.setdefault("_deleted", {})
    for n, key in enumerate(gone, start=len(tombstones) + 1):
        record = data["checkins"].pop(key)
        tombstones[str(n)] = {"table": "checkins", "id": record["id"], "deleted_at": LATER}
    target.write_bytes(json.dumps(data).encode())
    target.chmod(0o600)
    return target


def timed(command: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(command, check=True, capture_output=True, text=True, env=child_env())
    return time.perf_counter() - start, (done.stdout + done.stderr).strip()


def whole_processes(data_file: Path, copy: Path, root: Path, runs: int) -> None:
    entry = [sys.executable, "-c", "from wellbeing_tui.cli import run; run()"]
    kinds = ["log mood 3", "merge COPY", "log mood 3, copy beside"]
    times: dict[str, list[float]] = {k: [] for k in kinds}
    said: dict[str, str] = {}
    for _ in range(runs):
        for n, kind in enumerate(kinds):
            folder = root / f"kind-{n}"  # its own folder: the day's backup is made once
            folder.mkdir(mode=0o700, exist_ok=True)
            target = folder / "wellbeing.json"
            target.write_bytes(data_file.read_bytes())
            target.chmod(0o600)
            if kind == "merge COPY":
                command = [*entry, "merge", str(copy), "--data", str(target)]
            else:
                command = [*entry, "log", "mood", "3", "--data", str(target)]
            if kind.endswith("beside"):
                (folder / CONFLICT).write_bytes(copy.read_bytes())
            seconds, said[kind] = timed(command)
            times[kind].append(seconds)
    base = median_ms(times[kinds[0]])
    print(f"whole process on the ten-year file, median of {runs} runs, run alternately")
    for kind in kinds:
        ms = median_ms(times[kind])
        print(f"  {kind:<24} {ms:7.0f} ms  ({ms / base:4.2f}x)")
    for kind in kinds[1:]:
        print(f"  {kind} said: {said[kind].splitlines()[-1]}")


def merge_parts(data_file: Path, copy: Path, runs: int) -> None:

    parts: dict[str, list[float]] = {k: [] for k in ("read the copy", "merge", "what came in")}
    store = Store(data_file, SystemClock())
    ours = store.tables_now()
    for _ in range(runs):
        start = time.perf_counter()
        theirs = read_copy(copy, store)
        parts["read the copy"].append(time.perf_counter() - start)
        start = time.perf_counter()
        merged = merge(ours, theirs)
        parts["merge"].append(time.perf_counter() - start)
        start = time.perf_counter()
        incoming(ours, merged)
        parts["what came in"].append(time.perf_counter() - start)
    print("where a merge's time goes, in this process (then one backup and one write):")
    for name, values in parts.items():
        print(f"  {name:<22} {median_ms(values):7.1f} ms")


def opening(data_file: Path, root: Path, runs: int) -> None:

    clock = SystemClock()
    print(f"opening with no conflict copy present, in this process, median of {runs}:")
    for label, others in [("a synced folder", 0), ("1,000 other files", 1000)]:
        folder = root / f"open-{others}"
        folder.mkdir(mode=0o700)
        path = folder / "wellbeing.json"
        path.write_bytes(data_file.read_bytes())
        (folder / "backups").mkdir(mode=0o700)
        for name in ("wellbeing.json.lock", "wellbeing.json.nudge"):
            (folder / name).touch()
        for n in range(others):
            (folder / f"photo-{n:04}.jpg").touch()
        times: dict[str, list[float]] = {"open": [], "the check": [], "its listing": []}
        for _ in range(runs):
            start = time.perf_counter()
            diary = Diary(Store(path, clock))
            times["open"].append(time.perf_counter() - start)
            start = time.perf_counter()
            assert diary.take_in_conflicts() is None
            times["the check"].append(time.perf_counter() - start)
            start = time.perf_counter()
            assert not conflict_copies(path)
            times["its listing"].append(time.perf_counter() - start)
        base = median_ms(times["open"])
        print(f"  {label}:")
        for name, values in times.items():
            ms = median_ms(values)
            print(f"    {name:<12} {ms:8.3f} ms  ({ms / base:6.4f}x)")


def module_import(runs: int) -> None:
    """Importing the module that looks, after what opening the diary imports anyway."""
    child = (
        "import time; import wellbeing_tui.storage.store; start = time.perf_counter(); "
        "import wellbeing_tui.storage.conflicts; print(time.perf_counter() - start)"
    )
    times = [float(timed([sys.executable, "-c", child])[1].splitlines()[-1]) for _ in range(runs)]
    print(f"  importing storage.conflicts, in a fresh process: {median_ms(times):.3f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description="Merging on the ten-year file.")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--years", type=float, default=10)
    args = parser.parse_args()
    with scratch() as name:
        root = Path(name)
        data_file = current(generated(args.years), root / "wellbeing.json")
        (root / "other").mkdir(mode=0o700)
        copy = other_computers_copy(data_file, root / "other" / CONFLICT)
        whole_processes(data_file, copy, root, args.runs)
        merge_parts(data_file, copy, args.runs)
        opening(data_file, root, max(args.runs, 25))
        module_import(args.runs)
    print("targets: the merge under 1 s; the check under 5 ms more than opening without it")


if __name__ == "__main__":
    main()
