"""The app's writer: saves off the event loop, one after another in the order asked."""

from __future__ import annotations

import fcntl
import threading
import time
from collections.abc import Callable
from pathlib import Path

from tests.conftest import SAVES_NOT_AWAITED, make_app
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.storage import Store
from wellbeing_tui.ui.checkin.checkin import CheckInScreen


async def test_saves_run_off_the_event_loop_in_the_order_asked(
    empty_store: Store, clock: FixedClock
) -> None:
    app = make_app(empty_store, clock)
    order: list[str] = []
    threads: set[str] = set()
    shown: list[str] = []

    def job(name: str, seconds: float) -> Callable[[], str]:
        def run() -> str:
            time.sleep(seconds)
            threads.add(threading.current_thread().name)
            order.append(name)
            return name

        return run

    async with app.run_test() as pilot:
        for name, seconds in [("first", 0.3), ("second", 0.0), ("third", 0.1)]:
            app.write(job(name, seconds), done=shown.append)
        assert order == []  # the loop went on at once
        await pilot.pause()
    assert order == ["first", "second", "third"]
    assert shown == ["first", "second", "third"]
    assert threading.main_thread().name not in threads and len(threads) == 1


async def test_a_form_saved_twice_while_its_save_waits_is_saved_once(
    tmp_path: Path, clock: FixedClock
) -> None:
    store = Store(tmp_path / "w.json", clock, lock_timeout=5.0)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m")
        await pilot.click("#mood-4")
        SAVES_NOT_AWAITED.add(app)
        with open(f"{store.path}.lock", "a") as held:
            fcntl.flock(held, fcntl.LOCK_EX)  # the first save waits here
            await pilot.press("ctrl+s", "ctrl+s", "ctrl+s")
            assert isinstance(app.screen, CheckInScreen) and app.writer.busy
            fcntl.flock(held, fcntl.LOCK_UN)
            await app.writer.settled()
        await pilot.pause()
        assert not isinstance(app.screen, CheckInScreen)
    assert [c.mood for c in store.records(CheckIn)] == [4]


async def test_closing_the_app_waits_for_the_last_save(
    empty_store: Store, clock: FixedClock
) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test() as pilot:
        await pilot.pause()

        def slow_save() -> CheckIn:
            time.sleep(0.5)
            return app.diary.checkins.save_now(mood=3)

        app.write(slow_save)
        await pilot.press("q")
    assert [c.mood for c in empty_store.records(CheckIn)] == [3]
