"""The first start: what this app is and is not, said once, without covering the form a
person opens straight away."""

from __future__ import annotations

import pytest
from textual.widgets import Footer

from tests.conftest import showing
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.storage import Store
from wellbeing_tui.ui.app import WellbeingApp
from wellbeing_tui.ui.checkin.checkin import CheckInScreen


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_the_first_start_notice_leaves_the_forms_keys_and_field_in_view(
    empty_store: Store, clock: FixedClock, size: tuple[int, int]
) -> None:
    app = WellbeingApp(empty_store, clock=clock, locale_country="GB")
    async with app.run_test(size=size, notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("m")  # a check-in straight away, with the notice still up
        await pilot.pause()
        screen = showing(app, CheckInScreen)
        [toast] = screen.query("Toast")
        [notice] = list(app._notifications)
        for safety in ("not a medical device", "emergency number", "F1 shows helplines"):
            assert safety in notice.message
        assert notice.timeout is not None and notice.timeout <= 15  # then it goes
        footer = screen.query_one(Footer)
        assert not toast.region.overlaps(footer.region)
        for key in footer.children:
            assert not toast.region.overlaps(key.region), str(key.render())
        assert not toast.region.overlaps(screen.query_one("#mood").region)
