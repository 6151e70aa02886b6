"""How the people screens look, with the demo data at a fixed moment and a fixed terminal
size. Snapshot tests are plain functions: snap_compare runs its own event loop."""

from __future__ import annotations

from typing import Any

from textual.pilot import Pilot

from tests.conftest import make_app
from tests.ui.steps import steady
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.storage import Store


class TestPeople:
    def _run(self, *keys: str) -> Any:
        async def run_before(pilot: Pilot[Any]) -> None:
            await pilot.press(*keys)
            await steady(pilot)

        return run_before

    def test_people(self, snap_compare: Any, demo_store: Store, clock: FixedClock) -> None:
        """People from the demo data, most recent first, and ways to meet people."""
        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(100, 30), run_before=self._run("p")
        )
