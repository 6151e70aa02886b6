"""How the settings screens look, with the demo data at a fixed moment and a fixed terminal
size. Snapshot tests are plain functions: snap_compare runs its own event loop."""

from __future__ import annotations

from typing import Any

from textual.pilot import Pilot

from tests.conftest import make_app
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.storage import Store
from wellbeing_tui.ui.app import WellbeingApp


class TestSettings:
    def test_settings(self, snap_compare: Any, demo_store: Store, clock: FixedClock) -> None:
        """The settings screen with the defaults."""

        async def run_before(pilot: Pilot[Any]) -> None:
            assert isinstance(pilot.app, WellbeingApp)
            pilot.app.go("settings")
            await pilot.pause()

        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(100, 30), run_before=run_before
        )
