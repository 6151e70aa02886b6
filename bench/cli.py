"""`wellbeing log mood 3` and `wellbeing nudge` as whole processes, on an empty file and on
a ten-year file, against `python -c "import tinydb"`, run alternately; then where the time
goes, in-process.

    python bench/cli.py [--runs 9]

Targets: `log mood` on the ten-year file at most 3x the baseline; `nudge` (run at every shell
prompt) at most 1.5x, whether it stays quiet or speaks. Neither may import Textual.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import child_env, fresh_copy, generated, median_ms, scratch  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def timed(command: list[str], *, on_a_terminal: bool = False) -> float:
    """Seconds for ``command`` as a whole process; ``on_a_terminal`` gives it a terminal
    for its output (the nudge speaks only to one), whose output is then read and dropped."""
    env = child_env()
    if not on_a_terminal:
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, env=env)
        return time.perf_counter() - start
    import pty

    main, terminal = pty.openpty()
    try:
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=terminal, stderr=terminal, env=env)
        took = time.perf_counter() - start
        os.set_blocking(main, False)
        with contextlib.suppress(BlockingIOError):
            os.read(main, 1 << 16)
        return took
    finally:
        os.close(main)
        os.close(terminal)


def breakdown(path: Path) -> dict[str, float]:
    """One save, split into its parts, in this process."""
    import orjson

    from wellbeing_tui.domain.clock import SystemClock
    from wellbeing_tui.domain.fields import iso, new_id
    from wellbeing_tui.domain.mood import CheckIn
    from wellbeing_tui.storage.atomic import write_atomic
    from wellbeing_tui.storage.fileformat import read_file

    parts: dict[str, float] = {}
    start = time.perf_counter()
    data, _ = read_file(path)
    parts["read and parse"] = time.perf_counter() - start
    start = time.perf_counter()
    record = CheckIn(id=new_id(), at=iso(SystemClock().now()), mood=3)
    parts["validate"] = time.perf_counter() - start
    data["checkins"][str(len(data["checkins"]) + 10**6)] = record.to_doc()
    start = time.perf_counter()
    raw = orjson.dumps(data)
    parts["serialise"] = time.perf_counter() - start
    start = time.perf_counter()
    write_atomic(path, raw)
    parts["write, fsync, rename"] = time.perf_counter() - start
    return parts


def main() -> None:
    parser = argparse.ArgumentParser(description="Time `wellbeing log mood 3`.")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--years", type=float, default=10)
    args = parser.parse_args()
    big = generated(args.years)
    label = f"{args.years:g} years"
    results: dict[str, list[float]] = {
        "import tinydb": [],
        "empty file": [],
        label: [],
        "nudge, quiet": [],
        "nudge, speaks": [],
    }
    # The parts of a run that do not depend on the file, timed the same way.
    fixed: dict[str, list[float]] = {"start Python": [], "and import what it needs": []}
    imports = (
        "from wellbeing_tui.cli.parse import build_parser, command_words; "
        "build_parser(command_words(['log', 'mood', '3'])); "
        "import wellbeing_tui.storage, wellbeing_tui.storage.backups, orjson"
    )
    with scratch() as folder:
        empty = Path(folder) / "empty.json"
        full = fresh_copy(big, Path(folder))
        # What the installed `wellbeing` command runs.
        entry = "from wellbeing_tui.cli import run; run()"
        command = [sys.executable, "-c", entry, "log", "mood", "3", "--data"]
        nudge = [sys.executable, "-c", entry, "nudge", "--data", str(full)]
        for _ in range(args.runs):
            results["import tinydb"].append(timed([sys.executable, "-c", "import tinydb"]))
            results["empty file"].append(timed([*command, str(empty)]))
            results[label].append(timed([*command, str(full)]))
            # the file was written just now
            results["nudge, quiet"].append(timed(nudge, on_a_terminal=True))
            os.utime(full, (0, 0))  # nothing logged today...
            Path(f"{full}.nudge").unlink(missing_ok=True)  # ...and not yet said today
            results["nudge, speaks"].append(timed(nudge, on_a_terminal=True))
            fixed["start Python"].append(timed([sys.executable, "-c", "pass"]))
            fixed["and import what it needs"].append(timed([sys.executable, "-c", imports]))
        check = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; from wellbeing_tui.cli import main; "
                f"main(['log', 'mood', '3', '--data', {str(full)!r}]); "
                "print('textual' in sys.modules)",
            ],
            capture_output=True,
            text=True,
            env=child_env(),
        )
        parts = breakdown(full)
    base = median_ms(results["import tinydb"])
    print(f"whole process, median of {args.runs} runs, run alternately")
    for name, values in results.items():
        print(f"  {name:<14} {median_ms(values):7.0f} ms  ({median_ms(values) / base:4.2f}x)")
    print(f"  imports Textual: {check.stdout.strip().splitlines()[-1]}")
    print("where the time goes: in separate processes,")
    python = median_ms(fixed["start Python"])
    print(f"  start Python           {python:6.1f} ms")
    loaded = median_ms(fixed["and import what it needs"]) - python
    print(f"  import what it needs   {loaded:6.1f} ms (parse the command line included)")
    print("then one save on the ten-year file, in this process:")
    for name, seconds in parts.items():
        print(f"  {name:<22} {1000 * seconds:6.1f} ms")
    print("targets: log mood on the ten-year file at most 3x the baseline, nudge 1.5x")


if __name__ == "__main__":
    main()
