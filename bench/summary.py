"""The Markdown summary (``wellbeing export --format md``) of ten years, against reading
the records it is made from, measured in the same run; and the command as a whole process
against the full JSON export of the same file (which reads every record too).

Each check-in is put under its day once, so the summary grows with the records and the
days it covers, not with their product (ten years once took 40 s).

    python bench/summary.py [--years 10] [--runs 3]

Targets: the summary of ten years under 3x reading its records; the command under 2x
`export --format json`.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import child_env, fresh_copy, generated, median_ms, scratch  # noqa: E402
from bench.generate import END  # noqa: E402
from wellbeing_tui.domain.clock import FixedClock  # noqa: E402
from wellbeing_tui.domain.grounding import GroundingSession  # noqa: E402
from wellbeing_tui.domain.meals import Meal  # noqa: E402
from wellbeing_tui.domain.mood import CheckIn  # noqa: E402
from wellbeing_tui.domain.sleep import SleepEntry  # noqa: E402
from wellbeing_tui.domain.thoughts import ThoughtRecord  # noqa: E402
from wellbeing_tui.exchange.summary import markdown_summary  # noqa: E402
from wellbeing_tui.storage import Store  # noqa: E402

READ = (CheckIn, SleepEntry, Meal, GroundingSession, ThoughtRecord)


def timed(work: Callable[[], None], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        out.append(time.perf_counter() - start)
    return out


def run(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description="Time the Markdown summary.")
    parser.add_argument("--years", type=float, default=10)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    first = END - timedelta(days=round(365.25 * args.years) - 1)
    env = child_env()
    with scratch() as folder:
        path = fresh_copy(generated(args.years), Path(folder))
        store = Store(path, FixedClock(datetime(END.year, END.month, END.day, 20, tzinfo=UTC)))
        store.records(CheckIn)  # the file is read once, as the command reads it

        def summary() -> None:
            markdown_summary(store, first, END, include_journal=True)

        def baseline() -> None:
            for cls in READ:
                store.records_on(cls, first, END)

        made = timed(summary, args.runs)
        read = timed(baseline, args.runs)
        base = [sys.executable, "-m", "wellbeing_tui", "--data", str(path)]
        export = [*base, "export", "--format", "md", "--from", str(first), "--to", str(END)]
        command = [run(export, env) for _ in range(args.runs)]
        backup = [*base, "export", "--format", "json"]
        full = [run(backup, env) for _ in range(args.runs)]
    print(f"{args.years:g} years ({first} to {END}); medians of {args.runs} runs")
    print(f"  summary of the whole period:           {median_ms(made):7.0f} ms")
    print(f"  baseline, reading its records by date: {median_ms(read):7.0f} ms")
    ratio = statistics.median(made) / statistics.median(read)
    print(f"  ratio, summary / baseline:             {ratio:7.2f}   (target < 3)")
    against_json = statistics.median(command) / statistics.median(full)
    print(
        f"  export --format md: {median_ms(command):5.0f} ms   --format json: "
        f"{median_ms(full):5.0f} ms   ratio {against_json:4.2f}   (target < 2)"
    )


if __name__ == "__main__":
    main()
