"""Time the week review on a generated file of about 20,000 records (ten years).

Measures, in one process: computing a week's summary by date (the app's way), against a
baseline that turns every check-in and sleep record into a record object (the cost of
scanning everything once), and the summary right after the file changed (the index is
rebuilt once). Medians of several runs.

    python bench/week_summary.py [--years 5]

Target: a week's summary in under 20 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.generate import END, write  # noqa: E402
from wellbeing_tui.domain.clock import FixedClock  # noqa: E402
from wellbeing_tui.domain.mood import CheckIn  # noqa: E402
from wellbeing_tui.domain.sleep import SleepEntry  # noqa: E402
from wellbeing_tui.services.week import load_week  # noqa: E402
from wellbeing_tui.storage import Store  # noqa: E402


def median_ms(func, runs: int = 15) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return 1000 * statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description="Time the week summary.")
    parser.add_argument("--years", type=float, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.json"
        records = write(args.years, path)
        clock = FixedClock(datetime(2026, 11, 26, 20, 0, tzinfo=UTC))
        store = Store(path, clock)
        monday = END - timedelta(days=END.weekday())
        weeks = [monday - timedelta(days=7 * n) for n in range(52)]
        load_week(store, monday)  # builds the date indexes once
        week_ms = median_ms(lambda: [load_week(store, w) for w in weeks[:10]]) / 10
        scan_ms = median_ms(lambda: (store.records(CheckIn), store.records(SleepEntry)), 5)
        cold = []
        for _ in range(5):
            store._indexes.clear()
            start = time.perf_counter()
            load_week(store, weeks[3])
            cold.append(time.perf_counter() - start)
        cold_ms = 1000 * statistics.median(cold)
    print(f"{records} records over {args.years:g} years ({date.today():%Y-%m-%d})")
    print(f"  week summary, by date:                  {week_ms:7.2f} ms  (target < 20 ms)")
    print(f"  week summary after the file changed:    {cold_ms:7.2f} ms  (index rebuilt)")
    print(f"  baseline, every check-in and night read: {scan_ms:7.2f} ms")
    print(f"  ratio, week summary / baseline:          {week_ms / scan_ms:7.3f}")


if __name__ == "__main__":
    main()
