"""How the fun screens look, with the demo data at a fixed moment and a fixed terminal
size. Snapshot tests are plain functions: snap_compare runs its own event loop."""

from __future__ import annotations

from typing import Any

from textual.pilot import Pilot

from tests.conftest import make_app
from tests.ui.steps import fill, steady
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.storage import Store


class TestFun:
    def _run(self, *keys: str) -> Any:
        async def run_before(pilot: Pilot[Any]) -> None:
            await pilot.press(*keys)
            await steady(pilot)

        return run_before

    def test_fun_list(self, snap_compare: Any, demo_store: Store, clock: FixedClock) -> None:
        """The demo fun list, favourite first, with how often each was done."""
        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(100, 30), run_before=self._run("f")
        )

    def test_fun_list_80x24(self, snap_compare: Any, demo_store: Store, clock: FixedClock) -> None:
        """The fun list in the smallest supported terminal."""
        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(80, 24), run_before=self._run("f")
        )

    def test_do_it_result(self, snap_compare: Any, demo_store: Store, clock: FixedClock) -> None:
        """The "do it" form with a guess and a result typed in."""

        async def run_before(pilot: Pilot[Any]) -> None:
            await pilot.press("f", "enter", "3")
            fill(pilot, {"enjoyment": "6", "mastery": "4", "note": "cold but good"})
            await steady(pilot)

        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(100, 30), run_before=run_before
        )
