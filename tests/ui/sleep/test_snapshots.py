"""How the sleep screens look, with the demo data at a fixed moment and a fixed terminal
size. Snapshot tests are plain functions: snap_compare runs its own event loop."""

from __future__ import annotations

from typing import Any

from textual.pilot import Pilot

from tests.conftest import make_app
from tests.ui.steps import fill, steady
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.storage import Store


class TestSleep:
    def test_diary_with_figures(
        self, snap_compare: Any, demo_store: Store, clock: FixedClock
    ) -> None:
        """This morning's diary from the demo data, with its figures."""

        async def run_before(pilot: Pilot[Any]) -> None:
            await pilot.press("s")
            await steady(pilot)

        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(100, 30), run_before=run_before
        )

    def test_diary_80x24(self, snap_compare: Any, demo_store: Store, clock: FixedClock) -> None:
        """The diary in the smallest supported terminal."""

        async def run_before(pilot: Pilot[Any]) -> None:
            await pilot.press("s")
            await steady(pilot)

        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(80, 24), run_before=run_before
        )

    def test_diary_with_an_error(
        self, snap_compare: Any, demo_store: Store, clock: FixedClock
    ) -> None:
        """An impossible night: the message names the field, nothing is saved."""

        async def run_before(pilot: Pilot[Any]) -> None:
            await pilot.press("s")
            fill(pilot, {"waso_min": "700"})
            await steady(pilot)

        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(100, 30), run_before=run_before
        )

    def test_meals_for_a_day(self, snap_compare: Any, demo_store: Store, clock: FixedClock) -> None:
        """Today's meals from the demo data."""

        async def run_before(pilot: Pilot[Any]) -> None:
            await pilot.press("s")
            await pilot.click("#--content-tab-tab-meals")
            await steady(pilot)

        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(100, 30), run_before=run_before
        )
