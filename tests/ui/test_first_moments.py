"""The first start: what this app is and is not, said once in a dialog on the dashboard that
stays until it is closed, without standing in the way of a form opened straight away."""

from __future__ import annotations

import pytest
from textual.widgets import Footer, Static

from tests.conftest import showing
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.services.diary import Diary
from wellbeing_tui.storage import Store
from wellbeing_tui.ui.app import WellbeingApp
from wellbeing_tui.ui.checkin.checkin import CheckInScreen
from wellbeing_tui.ui.dashboard.dashboard import DashboardScreen
from wellbeing_tui.ui.support.first_start import FirstStart


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_the_notice_waits_on_the_dashboard_while_a_form_opens_at_once(
    empty_store: Store, clock: FixedClock, size: tuple[int, int]
) -> None:
    app = WellbeingApp(Diary(empty_store), locale_country="GB")
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        dashboard = showing(app, DashboardScreen)
        notice = dashboard.query_one(FirstStart)
        words = str(notice.query_one("#first-start-words", Static).render())
        for safety in ("not a medical device", "call 999", "Samaritans: call 116 123"):
            assert safety in words
        assert "F1 shows helplines" in str(notice.query_one("#first-start-f1").render())
        # the dashboard's panels stay in view above it, and its footer below
        assert dashboard.query_one("#panels").region.bottom <= notice.region.y
        assert notice.region.bottom < dashboard.query_one(Footer).region.y
        await pilot.press("m")  # a check-in straight away: one key
        showing(app, CheckInScreen)
        await pilot.press("escape")
        dashboard = showing(app, DashboardScreen)
        assert dashboard.query(FirstStart)  # still there: it was not closed
        assert not Store(empty_store.path, clock).settings().notice_seen
        await pilot.press("escape")  # its button has the focus; escape closes it too
        assert not dashboard.query(FirstStart)
    assert Store(empty_store.path, clock).settings().notice_seen
