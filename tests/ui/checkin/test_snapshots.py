"""How the checkin screens look, with the demo data at a fixed moment and a fixed terminal
size. Snapshot tests are plain functions: snap_compare runs its own event loop."""

from __future__ import annotations

from typing import Any

from textual.pilot import Pilot

from tests.conftest import make_app
from tests.ui.steps import steady
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.storage import Store


class TestCheckin:
    def test_checkin(self, snap_compare: Any, demo_store: Store, clock: FixedClock) -> None:
        """A check-in half way: mood chosen, a word picked, a body cue marked."""

        async def run_before(pilot: Pilot[Any]) -> None:
            from textual.widgets import OptionList, SelectionList

            await pilot.press("m")
            await pilot.click("#mood-3")
            pilot.app.screen.query_one(SelectionList).select("numb")
            pilot.app.screen.query_one("#body", OptionList).focus()
            await pilot.press("down", "down", "m")
            await steady(pilot)

        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(100, 30), run_before=run_before
        )
