"""How the worksheet screens look, with the demo data at a fixed moment and a fixed terminal
size. Snapshot tests are plain functions: snap_compare runs its own event loop."""

from __future__ import annotations

from typing import Any

from textual.pilot import Pilot

from tests.conftest import make_app
from tests.ui.steps import steady, worksheet_to
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.storage import Store


class TestWorksheet:
    def _at(self, steps: int) -> Any:
        async def run_before(pilot: Pilot[Any]) -> None:
            await worksheet_to(pilot, steps)

        return run_before

    def test_trap_step(self, snap_compare: Any, empty_store: Store, clock: FixedClock) -> None:
        """The thinking traps, with the hot thought kept in view above."""
        assert snap_compare(
            make_app(empty_store, clock), terminal_size=(100, 30), run_before=self._at(3)
        )

    def test_trap_step_80x24(
        self, snap_compare: Any, empty_store: Store, clock: FixedClock
    ) -> None:
        """The same step in the smallest supported terminal."""
        assert snap_compare(
            make_app(empty_store, clock), terminal_size=(80, 24), run_before=self._at(3)
        )

    def test_evidence_step(self, snap_compare: Any, empty_store: Store, clock: FixedClock) -> None:
        """Evidence against, with the questions to help."""
        assert snap_compare(
            make_app(empty_store, clock), terminal_size=(100, 30), run_before=self._at(5)
        )

    def test_summary(self, snap_compare: Any, empty_store: Store, clock: FixedClock) -> None:
        """The summary before saving: each mood before and after, in plain words."""

        async def run_before(pilot: Pilot[Any]) -> None:
            from textual.widgets import Input

            await worksheet_to(pilot, 7)
            pilot.app.screen.query_one("#mood-after-0", Input).value = "45"
            await pilot.press("ctrl+n")
            await steady(pilot)

        assert snap_compare(
            make_app(empty_store, clock), terminal_size=(100, 30), run_before=run_before
        )

    def test_history(self, snap_compare: Any, demo_store: Store, clock: FixedClock) -> None:
        """Past worksheets from the demo data."""

        async def run_before(pilot: Pilot[Any]) -> None:
            await pilot.press("t")
            await steady(pilot)

        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(100, 30), run_before=run_before
        )
