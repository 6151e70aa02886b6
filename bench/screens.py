"""Opening the journal list, the week review and the worksheet history on a ten-year file,
from the key press to the screen being drawn (through Textual's test pilot), against two
baselines measured the same way in the same run: the same screens on an empty file, and a
screen holding only a header, a line of text and a footer (the pilot's own floor). The first
opening of each screen also loads its code; both are reported.

    python bench/screens.py [--runs 5]

Target: each under 200 ms on the ten-year file.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import fresh_copy, generated, scratch  # noqa: E402
from wellbeing_tui.domain.clock import SystemClock  # noqa: E402
from wellbeing_tui.storage import Store  # noqa: E402

SCREENS = {"j": "journal list", "w": "week review", "t": "worksheet history"}


async def floor(runs: int) -> float:
    """A screen with a Header, a Static and a Footer, pushed and drawn the same way."""
    from textual.app import App, ComposeResult
    from textual.screen import Screen
    from textual.widgets import Footer, Header, Static

    class Plain(Screen[None]):
        def compose(self) -> ComposeResult:
            yield Header()
            yield Static("plain")
            yield Footer()

    class Minimal(App[None]):
        BINDINGS = [("j", "open", "Open")]

        def action_open(self) -> None:
            self.push_screen(Plain())

    app = Minimal()
    times = []
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(runs + 1):
            start = time.perf_counter()
            await pilot.press("j")
            await pilot.pause()
            times.append(time.perf_counter() - start)
            app.pop_screen()
            await pilot.pause()
    return statistics.median(times[1:])


async def measure(path: Path, runs: int) -> dict[str, tuple[float, float]]:
    from wellbeing_tui.ui.app import WellbeingApp

    app = WellbeingApp(Store(path, SystemClock()), locale_country="GB")
    out: dict[str, tuple[float, float]] = {}
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        for key in SCREENS:
            times = []
            for _ in range(runs + 1):
                start = time.perf_counter()
                await pilot.press(key)
                await pilot.pause()
                times.append(time.perf_counter() - start)
                while len(app.screen_stack) > 2:
                    app.pop_screen()
                    await pilot.pause()
            out[key] = (times[0], statistics.median(times[1:]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description="Time opening the long screens.")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--years", type=float, default=10)
    args = parser.parse_args()
    with scratch() as folder:
        big = asyncio.run(measure(fresh_copy(generated(args.years), Path(folder)), args.runs))
        empty = asyncio.run(measure(Path(folder) / "empty" / "w.json", args.runs))
    plain = asyncio.run(floor(args.runs))
    print(f"key press to drawn screen; median of {args.runs} openings after the first")
    print(f"  pilot floor (header, text, footer) {1000 * plain:6.0f} ms")
    for key, name in SCREENS.items():
        first, again = big[key]
        base = empty[key][1]
        print(
            f"  {name:<18} {1000 * again:6.0f} ms (first opening {1000 * first:4.0f} ms); "
            f"empty file {1000 * base:4.0f} ms; {1000 * (again - plain):4.0f} ms over the floor"
        )
    print("target: each under 200 ms on the ten-year file")


if __name__ == "__main__":
    main()
