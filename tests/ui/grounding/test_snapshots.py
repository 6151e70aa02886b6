"""How the grounding screens look, with the demo data at a fixed moment and a fixed terminal
size. Snapshot tests are plain functions: snap_compare runs its own event loop."""

from __future__ import annotations

from typing import Any

from textual.pilot import Pilot

from tests.conftest import make_app, showing
from tests.ui.steps import open_exercise, steady
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.storage import Store
from wellbeing_tui.ui.grounding.session import SessionScreen


class TestGrounding:
    def _breathing(self, clock: FixedClock) -> Any:
        async def run_before(pilot: Pilot[Any]) -> None:
            await open_exercise(pilot, "box-breathing")
            await pilot.press("enter")
            clock.advance(5.5)  # one and a half seconds into the first hold
            showing(
                pilot.app, SessionScreen
            ).tick()  # the screen's timer would; do it now, not later
            await pilot.pause()

        return run_before

    def test_exercise_list(self, snap_compare: Any, demo_store: Store, clock: FixedClock) -> None:
        """The eight exercises, with last time's first."""

        async def run_before(pilot: Pilot[Any]) -> None:
            await pilot.press("g")

        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(100, 30), run_before=run_before
        )

    def test_breathing_phase(self, snap_compare: Any, demo_store: Store, clock: FixedClock) -> None:
        """Box breathing, holding after the first breath in: the pacer is full."""
        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(100, 30), run_before=self._breathing(clock)
        )

    def test_breathing_phase_80x24(
        self, snap_compare: Any, demo_store: Store, clock: FixedClock
    ) -> None:
        """The same phase in the smallest supported terminal."""
        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(80, 24), run_before=self._breathing(clock)
        )

    def test_senses_step(self, snap_compare: Any, demo_store: Store, clock: FixedClock) -> None:
        """5-4-3-2-1 on its first step, with two things noticed."""

        async def run_before(pilot: Pilot[Any]) -> None:
            await open_exercise(pilot, "senses-54321")
            await pilot.press("enter")
            await pilot.press("tab", *"blue mug", "enter", *"rain", "enter", "escape")
            clock.advance(12)
            await steady(pilot)
            showing(
                pilot.app, SessionScreen
            ).tick()  # the screen's timer would; do it now, not later
            await pilot.pause()

        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(100, 30), run_before=run_before
        )

    def test_end_screen(self, snap_compare: Any, demo_store: Store, clock: FixedClock) -> None:
        """After a finished session: the kind word and the rating again."""

        async def run_before(pilot: Pilot[Any]) -> None:
            await open_exercise(pilot, "calm-breathing")
            await pilot.click("#min-1")
            await pilot.click("#before")
            await pilot.press("6", "enter")
            clock.advance(60)
            showing(
                pilot.app, SessionScreen
            ).tick()  # the screen's timer would; do it now, not later
            await pilot.pause()
            await steady(pilot)

        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(100, 30), run_before=run_before
        )
