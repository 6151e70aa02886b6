"""How the support screens look, with the demo data at a fixed moment and a fixed terminal
size. Snapshot tests are plain functions: snap_compare runs its own event loop."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.pilot import Pilot

from tests.conftest import make_app
from tests.ui.support.test_plan_view import PLAN
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.services.diary import Diary
from wellbeing_tui.storage import Store
from wellbeing_tui.ui.app import WellbeingApp


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

    def test_plan_to_read_100x30(
        self, snap_compare: Any, demo_store: Store, clock: FixedClock
    ) -> None:
        """A saved plan from Support: people and numbers first, then the steps."""
        demo_store.add(PLAN)

        async def run_before(pilot: Pilot[Any]) -> None:
            await pilot.press("h", "p")

        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(100, 30), run_before=run_before
        )

    def test_plan_to_read_80x24(
        self, snap_compare: Any, demo_store: Store, clock: FixedClock
    ) -> None:
        demo_store.add(PLAN)

        async def run_before(pilot: Pilot[Any]) -> None:
            await pilot.press("h", "p")

        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(80, 24), run_before=run_before
        )


class TestFirstStart:
    def test_first_start_dialog(
        self, snap_compare: Any, empty_store: Store, clock: FixedClock
    ) -> None:
        """The first start in the United Kingdom: what the app is, 999 and Samaritans."""
        app = WellbeingApp(Diary(empty_store), locale_country="GB")
        assert snap_compare(app, terminal_size=(100, 30))

    def test_first_start_dialog_80x24(
        self, snap_compare: Any, empty_store: Store, clock: FixedClock
    ) -> None:
        app = WellbeingApp(Diary(empty_store), locale_country="GB")
        assert snap_compare(app, terminal_size=(80, 24))
