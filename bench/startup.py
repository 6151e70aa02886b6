"""Start-up and memory: process start to the dashboard's first frame, headless.

Runs, alternately and each in a fresh process: a minimal Textual app (a Header, a Static
and a Footer) as the baseline, the app on an empty data file, and the app on a ten-year
file. Each child notes the wall-clock time at the Ready event (first frame) and its peak
memory, then exits.

    python bench/startup.py [--runs 7]

Targets: ten-year file at most 1.3x the minimal app's time, and at most 1.5x its memory.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import child_env, fresh_copy, generated, median_ms, scratch  # noqa: E402

CHILD = r"""
import json, resource, sys, time
kind, path = sys.argv[1], sys.argv[2]
import asyncio
from textual.app import App
from textual.widgets import Footer, Header, Static

async def main():
    if kind == "minimal":
        class Minimal(App):
            def compose(self):
                yield Header(); yield Static("hello"); yield Footer()
        app = Minimal()
    else:
        # What `wellbeing` does: open the data file, then start the app on it.
        from pathlib import Path
        from wellbeing_tui.cli.tui import start_app
        from wellbeing_tui.domain.clock import SystemClock
        from wellbeing_tui.services.diary import Diary
        from wellbeing_tui.storage import Store
        app = start_app(Diary(Store(Path(path), SystemClock())), locale_country="GB")
    ready = {}
    def on_ready():
        ready["at"] = time.time()
    app.call_after_refresh  # noqa
    original = app._ready
    async def marked_ready():
        await original()
        ready.setdefault("at", time.time())
    app._ready = marked_ready
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"ready": ready["at"], "rss_kib": rss}))

asyncio.run(main())
"""


def run(kind: str, path: Path) -> tuple[float, float]:
    env = child_env()
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", CHILD, kind, str(path)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout
    data = json.loads(out.strip().splitlines()[-1])
    return data["ready"] - start, data["rss_kib"] / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description="Start-up and memory against a minimal app.")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--years", type=float, default=10)
    args = parser.parse_args()
    big = generated(args.years)
    full = f"{args.years:g} years"
    times: dict[str, list[float]] = {"minimal": [], "empty": [], full: []}
    memory: dict[str, list[float]] = {k: [] for k in times}
    with scratch() as folder:
        for _ in range(args.runs):
            for kind in times:
                if kind == "empty":
                    path = Path(folder) / "empty" / "wellbeing.json"
                    path.parent.mkdir(exist_ok=True)
                    path.unlink(missing_ok=True)
                else:
                    path = fresh_copy(big, Path(folder))
                seconds, mib = run("minimal" if kind == "minimal" else "app", path)
                times[kind].append(seconds)
                memory[kind].append(mib)
    base_t, base_m = (
        median_ms(times["minimal"]),
        sorted(memory["minimal"])[len(memory["minimal"]) // 2],
    )
    print(f"start-up to first frame, median of {args.runs} runs each, run alternately")
    for kind in times:
        t = median_ms(times[kind])
        m = sorted(memory[kind])[len(memory[kind]) // 2]
        print(
            f"  {kind:<10} {t:7.0f} ms  ({t / base_t:4.2f}x)   peak {m:6.1f} MiB "
            f"({m / base_m:4.2f}x)"
        )
    print("targets: ten-year file at most 1.30x the minimal app's time and 1.50x its memory")


if __name__ == "__main__":
    main()
