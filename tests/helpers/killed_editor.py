"""Start the app on a data file, write in the journal, wait for the autosave, then wait to
be killed (the test sends SIGKILL, as a closed terminal or a crash would)."""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

from wellbeing_tui.domain.clock import SystemClock
from wellbeing_tui.services.diary import Diary
from wellbeing_tui.storage import Store
from wellbeing_tui.ui.app import WellbeingApp


async def main(path: Path, text: str) -> None:
    app = WellbeingApp(Diary(Store(path, SystemClock())), locale_country="GB")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j", "n")
        await pilot.press(*text)
        await pilot.pause(1.5)  # the editor keeps a draft every second
        print("typed", flush=True)
        time.sleep(600)


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1]), sys.argv[2]))
