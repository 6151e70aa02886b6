"""The first start: a short dialog with the helpline and the emergency number of the chosen
country (the directory when the country is not known), remembered as seen only once it is
closed."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from tests.conftest import showing
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.services.diary import Diary
from wellbeing_tui.storage import Store
from wellbeing_tui.ui.app import WellbeingApp
from wellbeing_tui.ui.dashboard.dashboard import DashboardScreen
from wellbeing_tui.ui.support.first_start import FirstStart


def words(app: WellbeingApp) -> str:
    notice = showing(app, DashboardScreen).query_one(FirstStart)
    return str(notice.query_one("#first-start-words", Static).render())


@pytest.mark.parametrize(
    ("country", "present", "absent"),
    [
        ("CA", ["call 911 now", "988"], ["999"]),
        ("GB", ["call 999 now", "Samaritans: call 116 123"], ["911", "local emergency"]),
        ("AU", ["call 000 now", "13 11 14"], ["911", "999"]),
    ],
)
async def test_the_dialog_gives_the_countrys_own_numbers(
    country: str, present: list[str], absent: list[str], empty_store: Store, clock: FixedClock
) -> None:
    app = WellbeingApp(Diary(empty_store), locale_country=country)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        said = words(app)
        assert "not a medical device" in said
        for shown in present:
            assert shown in said
        for missing in absent:
            assert missing not in said


async def test_a_country_saved_in_settings_wins_over_the_locale(
    empty_store: Store, clock: FixedClock
) -> None:
    empty_store.save_settings(empty_store.settings().edit(country="NZ"))
    app = WellbeingApp(Diary(Store(empty_store.path, clock)), locale_country="GB")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert "call 111 now" in words(app) and "1737" in words(app)


async def test_without_a_known_country_the_directory_and_no_guessed_number(
    empty_store: Store, clock: FixedClock
) -> None:
    empty_store.save_settings(empty_store.settings().edit(country_asked=True))  # skipped
    app = WellbeingApp(Diary(Store(empty_store.path, clock)), locale_country="")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        said = words(app)
        assert "your local emergency number" in said and "findahelpline.com" in said
        assert not any(number in said for number in ("999", "911", "112", "000", "988"))


async def test_it_stays_until_closed_and_is_seen_only_then(
    empty_store: Store, clock: FixedClock
) -> None:
    app = WellbeingApp(Diary(empty_store), locale_country="GB")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        clock.advance(60)
        await pilot.pause(0.2)
        words(app)  # no timer takes it away
    assert not Store(empty_store.path, clock).settings().notice_seen  # never closed

    again = WellbeingApp(Diary(Store(empty_store.path, clock)), locale_country="GB")
    async with again.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        words(again)  # so it is there again
        await pilot.click("#start")
        assert not again.screen.query(FirstStart)
    assert Store(empty_store.path, clock).settings().notice_seen


async def test_help_opens_over_it_and_it_is_still_there_after(
    empty_store: Store, clock: FixedClock
) -> None:
    app = WellbeingApp(Diary(empty_store), locale_country="GB")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("f1")
        await pilot.press("escape")
        words(app)
        await pilot.press("enter")  # its button has the focus
        assert not app.screen.query(FirstStart)
