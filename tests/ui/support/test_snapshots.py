"""How the support screens look, with the demo data at a fixed moment and a fixed terminal
size. Snapshot tests are plain functions: snap_compare runs its own event loop."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.pilot import Pilot

from tests.conftest import make_app
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.storage import Store


class TestSupport:
    def test_support_100x30(self, snap_compare: Any, demo_store: Store, clock: FixedClock) -> None:
        """Support with UK helplines."""

        async def open_support(pilot: Pilot[Any]) -> None:
            await pilot.press("h")

        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(100, 30), run_before=open_support
        )


class TestHelp:
    def test_explain_dashboard(
        self, snap_compare: Any, demo_store: Store, clock: FixedClock
    ) -> None:
        """? on the dashboard: what it is for, its keys, where the data lives."""

        async def run_before(pilot: Pilot[Any]) -> None:
            await pilot.press("question_mark")

        app = make_app(demo_store, clock)
        demo_store.path = Path("/home/you/.local/share/wellbeing-tui/wellbeing.json")
        assert snap_compare(app, terminal_size=(100, 30), run_before=run_before)


class TestSafetyPlan:
    def test_new_safety_plan(self, snap_compare: Any, demo_store: Store, clock: FixedClock) -> None:
        """A plan not yet written: its first part focused, UK services ready below."""

        async def run_before(pilot: Pilot[Any]) -> None:
            await pilot.press("h", "p")

        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(100, 30), run_before=run_before
        )

    def test_gentle_answer(self, snap_compare: Any, demo_store: Store, clock: FixedClock) -> None:
        """The note after a check-in with a mood of 1."""

        async def run_before(pilot: Pilot[Any]) -> None:
            await pilot.press("m")
            await pilot.click("#mood-1")
            await pilot.press("ctrl+s")
            await pilot.pause()

        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(100, 30), run_before=run_before
        )
