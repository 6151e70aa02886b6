"""Opening the journal list, the week review and the worksheet history on a ten-year file,
from the key press to the new screen's first frame, against two baselines measured the same
way in the same run: the same screens on an empty file, and a screen holding only a header,
a line of text and a footer. The first opening of each screen also loads its code and
styles; both are reported.

The app runs headless through Textual's test pilot. The first frame is the first screen
update the app hands to its driver once the new screen is on top; it is turned into terminal
output here, as a real terminal's driver would, so that cost is counted too. (The pilot's
own ``pause`` waits until the process has been idle for a while, some 100 ms more, so it is
not used as the clock.)

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
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import fresh_copy, generated, scratch  # noqa: E402
from wellbeing_tui.domain.clock import SystemClock  # noqa: E402
from wellbeing_tui.storage import Store  # noqa: E402

SCREENS = {"j": "journal list", "w": "week review", "t": "worksheet history"}


class FrameClock:
    """Notes when the app hands a frame of a screen other than ``before`` to its driver."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.before: Any = None
        self.start = 0.0
        self.first: float | None = None
        display = app._display

        def timed_display(screen: Any, renderable: Any) -> None:
            display(screen, renderable)
            if renderable is None or self.first is not None or screen is self.before:
                return
            if screen is app.screen:
                renderable.render_segments(app.console)  # what a terminal driver would write
                self.first = time.perf_counter()

        app._display = timed_display

    async def open(self, pilot: Any, key: str) -> float:
        self.before, self.first = self.app.screen, None
        self.start = time.perf_counter()
        await pilot.press(key)
        while self.first is None:
            await asyncio.sleep(0.001)
        await pilot.pause()
        return self.first - self.start


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
        clock = FrameClock(app)
        for _ in range(runs + 1):
            times.append(await clock.open(pilot, "j"))
            app.pop_screen()
            await pilot.pause()
    return statistics.median(times[1:])


async def measure(path: Path, runs: int) -> dict[str, tuple[float, float]]:
    from wellbeing_tui.cli.tui import start_app
    from wellbeing_tui.services.diary import Diary

    app = start_app(Diary(Store(path, SystemClock())), locale_country="GB")
    out: dict[str, tuple[float, float]] = {}
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        clock = FrameClock(app)
        for key in SCREENS:
            times = []
            for _ in range(runs + 1):
                times.append(await clock.open(pilot, key))
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
    print(f"key press to first frame; median of {args.runs} openings after the first")
    print(f"  a screen with a header, text and footer {1000 * plain:6.0f} ms")
    for key, name in SCREENS.items():
        first, again = big[key]
        base = empty[key][1]
        print(
            f"  {name:<18} {1000 * again:6.0f} ms (first opening {1000 * first:4.0f} ms); "
            f"empty file {1000 * base:4.0f} ms; "
            f"{1000 * (again - plain):4.0f} ms more than the plain screen"
        )
    print("target: each under 200 ms on the ten-year file")


if __name__ == "__main__":
    main()
