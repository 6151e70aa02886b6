"""Looking back on a ten-year file: the screen opened on one year and on everything, from
the moment it is asked for to its first frame (against the plain-screen baseline of
``screens.py``, measured in the same run), and ``wellbeing trends --weeks 52`` as a whole
process against ``wellbeing week`` in the same run.

    python bench/trends.py [--runs 5]

Targets: the screen with one year under 300 ms, with everything under 1 s; `trends --weeks 52`
under 3x `week`.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import child_env, fresh_copy, generated, median_ms, scratch  # noqa: E402
from bench.screens import FrameClock, floor  # noqa: E402
from wellbeing_tui.domain.clock import SystemClock  # noqa: E402
from wellbeing_tui.storage import Store  # noqa: E402

RANGES = {"3": "one year", "4": "everything"}


async def open_times(path: Path, runs: int) -> dict[str, list[float]]:
    from wellbeing_tui.cli.tui import start_app
    from wellbeing_tui.services.diary import Diary
    from wellbeing_tui.ui.looking_back.looking_back import LookingBackScreen

    app = start_app(Diary(Store(path, SystemClock())), locale_country="GB")
    out: dict[str, list[float]] = {key: [] for key in RANGES}
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        clock = FrameClock(app)

        async def opened(key: str) -> float:
            clock.before, clock.first = app.screen, None
            clock.start = time.perf_counter()
            app.push_screen(LookingBackScreen(key))
            while clock.first is None:
                await asyncio.sleep(0.001)
            await pilot.pause()
            app.pop_screen()
            await pilot.pause()
            return clock.first - clock.start

        await opened("1")  # the screen's code and styles load once
        for _ in range(runs):
            for key in RANGES:
                out[key].append(await opened(key))
    return out


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description="Time looking back.")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--years", type=float, default=10)
    args = parser.parse_args()
    env = child_env()
    with scratch() as folder:
        path = fresh_copy(generated(args.years), Path(folder))
        screens = asyncio.run(open_times(path, args.runs))
        base = [sys.executable, "-m", "wellbeing_tui", "--data", str(path)]
        week: list[float] = []
        trends: list[float] = []
        for _ in range(args.runs):
            week.append(timed([*base, "week"], env))
            trends.append(timed([*base, "trends", "--weeks", "52"], env))
    plain = asyncio.run(floor(args.runs))
    print(f"{args.years:g} years; medians of {args.runs} runs")
    print(f"  a plain screen (header, text, footer): {1000 * plain:6.0f} ms")
    targets = {"3": 300, "4": 1000}
    for key, words in RANGES.items():
        took = 1000 * statistics.median(screens[key])
        print(f"  looking back, {words:<11} {took:6.0f} ms   (target < {targets[key]} ms)")
    ratio = statistics.median(trends) / statistics.median(week)
    print(
        f"  trends --weeks 52: {median_ms(trends):5.0f} ms   week: {median_ms(week):5.0f} ms   "
        f"ratio {ratio:4.2f}   (target < 3)"
    )


if __name__ == "__main__":
    main()
