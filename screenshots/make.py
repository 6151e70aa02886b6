"""Make an SVG of every screen with the demo data, at 100x30, on a fixed clock.

python screenshots/make.py [--out screenshots]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from screenshots.tour import HOME, NOW, SCREENS, Steps  # noqa: E402
from wellbeing_tui.domain.clock import FixedClock  # noqa: E402
from wellbeing_tui.services.diary import Diary  # noqa: E402
from wellbeing_tui.storage import Store  # noqa: E402


async def shoot(name: str, steps: Steps, demo: Path, out: Path) -> Path:
    from textual.widgets import Input, TextArea

    from wellbeing_tui.ui.app import WellbeingApp

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "wellbeing.json"
        shutil.copy(demo, path)
        clock = FixedClock(NOW)
        store = Store(path, clock)
        store.path = HOME / ".local/share/wellbeing-tui/wellbeing.json"  # as a reader's would be
        app = WellbeingApp(Diary(store), locale_country="GB", first_start_notice=False)
        async with app.run_test(size=(100, 30)) as pilot:
            await steps(pilot, clock)
            await pilot.pause()
            for widget in app.screen.query("Input, TextArea"):
                if isinstance(widget, Input | TextArea):
                    widget.cursor_blink = False
            await pilot.pause()
            target = out / f"{name}.svg"
            app.save_screenshot(str(target))
    return target


def make(out: Path) -> list[Path]:
    os.environ["HOME"] = str(HOME)  # default export paths are under the home folder
    out.mkdir(parents=True, exist_ok=True)
    demo = ROOT / "data" / "demo.json"
    return [asyncio.run(shoot(name, steps, demo, out)) for name, _, steps in SCREENS]


def main() -> None:
    parser = argparse.ArgumentParser(description="SVG screenshots of every screen.")
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    args = parser.parse_args()
    for path in make(args.out):
        print(path.name)


if __name__ == "__main__":
    main()
