"""How the dashboard screens look, with the demo data at a fixed moment and a fixed terminal
size. Snapshot tests are plain functions: snap_compare runs its own event loop."""

from __future__ import annotations

from typing import Any

from tests.conftest import make_app
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.storage import Store


class TestDashboard:
    def test_dashboard_100x30(
        self, snap_compare: Any, demo_store: Store, clock: FixedClock
    ) -> None:
        """The dashboard on the demo data's last day."""
        assert snap_compare(make_app(demo_store, clock), terminal_size=(100, 30))

    def test_dashboard_80x24(self, snap_compare: Any, demo_store: Store, clock: FixedClock) -> None:
        """The dashboard in the smallest supported terminal."""
        assert snap_compare(make_app(demo_store, clock), terminal_size=(80, 24))

    def test_dashboard_empty(
        self, snap_compare: Any, empty_store: Store, clock: FixedClock
    ) -> None:
        """A first start: every panel shows its empty state."""
        assert snap_compare(make_app(empty_store, clock), terminal_size=(100, 30))
