"""Saving one check-in on a ten-year file: the time a save takes, and how long it holds up
the app's event loop.

In one process: the median of several saves through the Store, against a baseline of
json.dumps of the same tables (the least any full rewrite costs); then, in the running app
(headless), a 10 ms timer measures the longest gap while as many check-ins are saved, one
every 50 ms, the way the check-in screen saves (through the app's writer thread).

    python bench/save.py [--saves 15]

Targets: median save under 40 ms; the event loop never blocked for more than 50 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import fresh_copy, generated, median_ms, scratch  # noqa: E402
from wellbeing_tui.domain.clock import SystemClock  # noqa: E402
from wellbeing_tui.domain.fields import iso, new_id  # noqa: E402
from wellbeing_tui.domain.mood import CheckIn  # noqa: E402
from wellbeing_tui.storage import Store  # noqa: E402


def checkin(clock: SystemClock) -> CheckIn:
    return CheckIn(id=new_id(), at=iso(clock.now()), mood=3, emotions=("flat",))


async def loop_blocking(store: Store, saves: int) -> float:
    from wellbeing_tui.cli.tui import start_app
    from wellbeing_tui.services.diary import Diary

    app = start_app(Diary(store), locale_country="GB")
    gaps: list[float] = []
    async with app.run_test(size=(100, 30)) as pilot:
        last = time.perf_counter()

        def tick() -> None:
            nonlocal last
            now = time.perf_counter()
            gaps.append(now - last)
            last = now

        app.set_interval(0.01, tick)
        await pilot.pause(0.2)
        gaps.clear()
        for _ in range(saves):
            app.write(lambda: app.diary.checkins.save(checkin(SystemClock())))
            await pilot.pause(0.05)
    return max(gaps) - 0.01


def main() -> None:
    parser = argparse.ArgumentParser(description="Time one save on a ten-year file.")
    parser.add_argument("--saves", type=int, default=15)
    parser.add_argument("--years", type=float, default=10)
    args = parser.parse_args()
    clock = SystemClock()
    with scratch() as folder:
        path = fresh_copy(generated(args.years), Path(folder))
        store = Store(path, clock)
        store.add(checkin(clock))  # today's backup is made on the first save
        times, dumps = [], []
        data = store._storage.read()
        for _ in range(args.saves):
            start = time.perf_counter()
            json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            dumps.append(time.perf_counter() - start)
            start = time.perf_counter()
            store.add(checkin(clock))
            times.append(time.perf_counter() - start)
        blocked = asyncio.run(loop_blocking(store, args.saves))
        records = sum(len(t) for t in data.values())
        size = path.stat().st_size / 1e6
    save, base = median_ms(times), median_ms(dumps)
    print(f"{records} records, {size:.1f} MB")
    print(f"  one save, median of {args.saves}:     {save:6.1f} ms   (target < 40 ms)")
    print(f"  baseline, json.dumps of the file: {base:6.1f} ms   ratio {save / base:4.2f}")
    print(
        f"  longest event-loop stall in the app while saving: {1000 * blocked:6.1f} ms "
        "(target <= 50 ms)"
    )


if __name__ == "__main__":
    main()
