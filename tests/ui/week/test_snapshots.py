"""How the week screens look, with the demo data at a fixed moment and a fixed terminal
size. Snapshot tests are plain functions: snap_compare runs its own event loop."""

from __future__ import annotations

from typing import Any

from textual.pilot import Pilot

from tests.conftest import make_app
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.storage import Store


class TestWeek:
    def _open(self, *keys: str) -> Any:
        async def run_before(pilot: Pilot[Any]) -> None:
            await pilot.press("w", *keys)

        return run_before

    def test_week_100x30(self, snap_compare: Any, demo_store: Store, clock: FixedClock) -> None:
        """A full demo week (the week before the demo's last day)."""
        assert snap_compare(
            make_app(demo_store, clock),
            terminal_size=(100, 30),
            run_before=self._open("left_square_bracket"),
        )

    def test_week_80x24(self, snap_compare: Any, demo_store: Store, clock: FixedClock) -> None:
        """The same week in the smallest supported terminal."""
        assert snap_compare(
            make_app(demo_store, clock),
            terminal_size=(80, 24),
            run_before=self._open("left_square_bracket"),
        )

    def test_empty_week(self, snap_compare: Any, empty_store: Store, clock: FixedClock) -> None:
        """A week with nothing logged: every day missing, no figures."""
        assert snap_compare(
            make_app(empty_store, clock), terminal_size=(100, 30), run_before=self._open()
        )
