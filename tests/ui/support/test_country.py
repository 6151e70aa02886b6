"""The right country's helplines, or none: a locale that names no country (C.UTF-8 in a
container or over SSH) is not read as the United States; the country is asked once."""

from __future__ import annotations

import pytest
from textual.widgets import OptionList, Static

from tests.conftest import showing
from wellbeing_tui.content.helplines import country_from_locale
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.services.diary import Diary
from wellbeing_tui.storage import Store
from wellbeing_tui.ui.app import WellbeingApp
from wellbeing_tui.ui.support.ask_country import AskCountry
from wellbeing_tui.ui.support.first_start import FirstStart
from wellbeing_tui.ui.support.support import SupportScreen


@pytest.mark.parametrize(
    ("env", "country"),
    [
        ({"LANG": "C.UTF-8"}, None),
        ({"LANG": "C"}, None),
        ({"LANG": "POSIX"}, None),
        ({}, None),
        ({"LANG": "en_GB.UTF-8"}, "GB"),
        ({"LC_ALL": "C.UTF-8", "LANG": "en_IE.UTF-8"}, "IE"),
        ({"LC_ALL": "fr_CA.UTF-8@euro", "LANG": "en_US.UTF-8"}, "CA"),
    ],
)
def test_only_a_locale_that_names_a_country_counts(
    env: dict[str, str], country: str | None
) -> None:
    assert country_from_locale(env) == country


def support_text(app: WellbeingApp) -> str:
    screen = showing(app, SupportScreen)
    return " ".join(str(s.render()) for s in screen.query(Static))


@pytest.mark.parametrize("lang", ["C.UTF-8", "C"])
async def test_no_number_is_shown_until_a_country_is_chosen(
    lang: str, empty_store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    for key in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("LANG", lang)
    app = WellbeingApp(Diary(empty_store))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        showing(app, AskCountry)
        assert not app.screen_stack[1].query(FirstStart)  # the notice waits for the answer
        await pilot.press("enter")  # nothing is highlighted: a stray Enter chooses nothing
        showing(app, AskCountry)
        await pilot.press("escape")  # skip
        notice = app.screen.query_one(FirstStart)
        words = str(notice.query_one("#first-start-words", Static).render())
        assert "not a medical device" in words and "your local emergency number" in words
        assert "findahelpline.com" in words
        await pilot.press("escape")
        assert not app.screen.query(FirstStart)
        await pilot.press("h")
        text = support_text(app)
        assert "your local emergency number" in text and "findahelpline.com" in text
        assert "911" not in text and "988" not in text
    assert Store(empty_store.path, clock).settings().country_asked
    again = WellbeingApp(Diary(Store(empty_store.path, clock)))
    async with again.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert not isinstance(again.screen, AskCountry)  # asked once only


async def test_the_country_chosen_at_the_first_start_is_kept(
    empty_store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    app = WellbeingApp(Diary(empty_store))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        options = showing(app, AskCountry).query_one(OptionList)
        options.highlighted = [o.id for o in options.options].index("IE")
        await pilot.press("enter")
        await pilot.press("f1")
        assert "116 123" in support_text(app)
    assert Store(empty_store.path, clock).settings().country == "IE"


async def test_the_notice_is_shown_once_at_the_first_start(
    empty_store: Store, clock: FixedClock
) -> None:
    app = WellbeingApp(Diary(empty_store), locale_country="GB")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        notice = app.screen.query_one(FirstStart)
        words = str(notice.query_one("#first-start-words", Static).render())
        assert "not a medical device" in words
        assert not Store(empty_store.path, clock).settings().notice_seen  # not until closed
        await pilot.press("enter")
        assert not app.screen.query(FirstStart)
    assert Store(empty_store.path, clock).settings().notice_seen
    again = WellbeingApp(Diary(Store(empty_store.path, clock)), locale_country="GB")
    async with again.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert not again.screen.query(FirstStart)


@pytest.mark.parametrize(
    ("country", "present", "absent"),
    [
        ("US", ["1-800-662-4357", "insurer"], ["FRANK"]),
        ("GB", ["NHS Talking Therapies", "0300 123 6600"], ["SAMHSA"]),
        ("AU", ["Mental Health Treatment Plan", "1800 250 015"], ["SAMHSA"]),
        ("", ["findahelpline.com", "GP or family doctor"], ["SAMHSA", "FRANK", "0300"]),
    ],
)
async def test_support_names_the_countrys_own_doors(
    country: str, present: list[str], absent: list[str], demo_store: Store, clock: FixedClock
) -> None:
    from tests.conftest import make_app

    app = make_app(demo_store, clock, locale_country=country)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f1")
        text = support_text(app)
        assert "When numbness lasts" in text
        for words in present:
            assert words in text
        for words in absent:
            assert words not in text


async def test_the_coping_log_names_the_countrys_alcohol_and_drug_service(
    empty_store: Store, clock: FixedClock
) -> None:
    from tests.conftest import make_app

    app = make_app(empty_store, clock, locale_country="US")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("s")
        await pilot.click("#--content-tab-tab-coping")
        other = str(app.screen.query_one("#coping-other", Static).render())
        assert "SAMHSA's National Helpline: call 1-800-662-4357" in other
