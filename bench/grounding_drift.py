"""Drift of a real 60-second plain grounding session against its plan.

Runs `wellbeing ground --plain` (calm breathing, one minute) in a subprocess on a throwaway
data file, timestamps every line as it arrives, and compares each phase change with the
moment the plan puts it at. In the same run, a naive loop that counts one-second sleeps
(the way a timer that counts ticks would) is measured alongside, as the baseline.

    python bench/grounding_drift.py [--seconds 60]

Target: under 50 ms of drift at the end of the session.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def naive_tick_loop(seconds: int, result: list[float]) -> None:
    """What a tick-counting timer does: sleep a second, do a little work, count."""
    start = time.monotonic()
    ticks = 0
    while ticks < seconds:
        time.sleep(1.0)
        sum(range(20_000))  # the redraw a UI would do each tick
        ticks += 1
    result.append(time.monotonic() - start - seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=60)
    args = parser.parse_args()
    minutes = args.seconds / 60
    naive: list[float] = []
    baseline = threading.Thread(target=naive_tick_loop, args=(args.seconds, naive))
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "wellbeing_tui",
                "ground",
                "--exercise",
                "calm-breathing",
                "--minutes",
                f"{minutes}",
                "--plain",
                "--before",
                "5",
                "--after",
                "5",
                "--data",
                str(Path(folder) / "bench.json"),
            ],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
        )
        assert proc.stdout is not None
        arrivals: list[tuple[float, str]] = []
        baseline.start()
        for line in proc.stdout:
            arrivals.append((time.monotonic(), line.rstrip()))
        proc.wait()
        baseline.join()
    phases = [(t, text) for t, text in arrivals if text.startswith(("Breathe in", "Breathe out"))]
    done = next(t for t, text in arrivals if text.startswith("Well done"))
    start = phases[0][0]
    offsets = [abs((t - start) - 5 * n) for n, (t, _) in enumerate(phases)]
    planned = 10 * round(args.seconds / 10)
    end_drift = (done - start) - planned
    print(f"plain session: {len(phases)} phase changes over {planned} s planned")
    print(f"  largest phase-change drift: {1000 * max(offsets):6.1f} ms")
    print(f"  drift at the end:           {1000 * end_drift:6.1f} ms   (target < 50 ms)")
    print(f"baseline, a loop counting {args.seconds} one-second sleeps:")
    print(f"  drift at the end:           {1000 * naive[0]:6.1f} ms")
    if naive[0] > 0:
        print(f"ratio, session drift / baseline drift: {abs(end_drift) / naive[0]:.2f}")


if __name__ == "__main__":
    main()
