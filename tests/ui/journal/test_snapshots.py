"""How the journal screens look, with the demo data at a fixed moment and a fixed terminal
size. Snapshot tests are plain functions: snap_compare runs its own event loop."""

from __future__ import annotations

from typing import Any

from textual.pilot import Pilot

from tests.conftest import make_app
from tests.ui.steps import steady
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.storage import Store


class TestJournal:
    def test_editor_with_prompt(
        self, snap_compare: Any, demo_store: Store, clock: FixedClock
    ) -> None:
        """A new entry from the day's reflection prompt."""

        async def run_before(pilot: Pilot[Any]) -> None:
            from textual.widgets import TextArea

            await pilot.press("j", "n", *"It was a grey day, but")
            pilot.app.screen.query_one(TextArea).cursor_blink = False
            await steady(pilot)

        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(100, 30), run_before=run_before
        )

    def test_list(self, snap_compare: Any, demo_store: Store, clock: FixedClock) -> None:
        """The demo journal, newest first."""

        async def run_before(pilot: Pilot[Any]) -> None:
            await pilot.press("j")
            await steady(pilot)

        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(100, 30), run_before=run_before
        )

    def test_list_80x24(self, snap_compare: Any, demo_store: Store, clock: FixedClock) -> None:
        """The journal list in the smallest supported terminal."""

        async def run_before(pilot: Pilot[Any]) -> None:
            await pilot.press("j")
            await steady(pilot)

        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(80, 24), run_before=run_before
        )
