"""A gentle answer after a save that holds words about suicide or self-harm, a mood of 1 or
distress of 9-10: shown once the save is done, never stored, and off when turned off."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Static, TextArea

from tests.conftest import make_app, showing
from tests.helpers.walks import quick_few
from tests.ui.grounding.test_grounding import choose, until
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.services.care import calls_for_care, mentions_crisis
from wellbeing_tui.storage import Store
from wellbeing_tui.ui.dialogs.choice import Choice
from wellbeing_tui.ui.grounding.end import EndScreen
from wellbeing_tui.ui.support.support import SupportScreen

Steps = Callable[[Pilot[None], str], Awaitable[None]]


async def journal(pilot: Pilot[None], words: str) -> None:
    await pilot.press("j", "n")
    pilot.app.screen.query_one("#text", TextArea).text = words
    await pilot.press("ctrl+s")


async def checkin_note(pilot: Pilot[None], words: str) -> None:
    await pilot.press("m")
    await pilot.click("#mood-3")
    pilot.app.screen.query_one("#note", Input).value = words
    await pilot.press("ctrl+s")


async def worksheet(pilot: Pilot[None], words: str) -> None:
    await pilot.press("t", "n")
    pilot.app.screen.query_one("#situation", TextArea).text = words
    for _ in range(8):
        await pilot.click("#skip")
    await pilot.click("#next")


async def coping_note(pilot: Pilot[None], words: str) -> None:
    await pilot.press("s")
    await pilot.click("#--content-tab-tab-coping")
    pilot.app.screen.query_one("#coping-what", Input).value = "two beers"
    pilot.app.screen.query_one("#coping-note", Input).value = words
    await pilot.press("ctrl+s")


WHERE: dict[str, Steps] = {
    "journal": journal,
    "check-in note": checkin_note,
    "worksheet": worksheet,
    "coping note": coping_note,
}


def gentle_note(app: object) -> str:
    dialog = showing(app, Choice)  # type: ignore[arg-type]
    return str(dialog.query_one(Static).render())


@pytest.mark.parametrize("where", quick_few(list(WHERE), [(w,) for w in WHERE], {"journal"}))
async def test_hard_words_get_a_gentle_answer_after_the_save(
    where: str, empty_store: Store, clock: FixedClock
) -> None:
    app = make_app(empty_store, clock)  # the country is GB here
    async with app.run_test(size=(100, 30)) as pilot:
        await WHERE[where](pilot, "Honestly everyone would be better off without me.")
        await pilot.pause()
        note = gentle_note(app)
        assert "Samaritans: call 116 123" in note and "999" in note
        await pilot.press("enter")  # See support
        showing(app, SupportScreen)
    saved = Store(empty_store.path, clock)
    assert saved.path.read_text(encoding="utf-8").count("better off without me") == 1
    assert "gentle" not in saved.path.read_text(encoding="utf-8").replace('"gentle_answer"', "")


@pytest.mark.parametrize("where", quick_few(list(WHERE), [(w,) for w in WHERE], {"worksheet"}))
async def test_ordinary_hard_days_get_no_answer(
    where: str, empty_store: Store, clock: FixedClock
) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await WHERE[where](pilot, "This film is killing me. I died laughing at the ending.")
        await pilot.pause()
        assert not isinstance(app.screen, Choice)


async def test_a_mood_of_1_gets_a_gentle_answer_once(empty_store: Store, clock: FixedClock) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m")
        await pilot.click("#mood-1")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "You logged a mood of 1" in gentle_note(app)
        await pilot.press("escape")
        assert not isinstance(app.screen, Choice)


async def test_distress_of_9_after_grounding_gets_a_gentle_answer(
    empty_store: Store, clock: FixedClock
) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await choose(pilot, "box-breathing")
        await pilot.click("#min-1")
        await pilot.press("enter")
        clock.advance(70)
        await until(pilot, lambda: isinstance(app.screen, EndScreen))
        await pilot.press("9", "enter", "enter")
        await pilot.pause()
        assert "call 999" in gentle_note(app)


async def test_turned_off_in_settings_nothing_shows(empty_store: Store, clock: FixedClock) -> None:
    from textual.widgets import Switch

    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        app.go("settings")
        await pilot.pause()
        app.screen.query_one("#gentle_answer", Switch).value = False
        await pilot.pause()
        await pilot.press("escape")
        await journal(pilot, "I want to kill myself")
        await pilot.pause()
        assert not isinstance(app.screen, Choice)
    assert not Store(empty_store.path, clock).settings().gentle_answer


async def test_an_unknown_country_gets_the_directory_not_a_guess(
    empty_store: Store, clock: FixedClock
) -> None:
    empty_store.save_settings(empty_store.settings().edit(country_asked=True))  # and skipped
    app = make_app(Store(empty_store.path, clock), clock, locale_country="")
    async with app.run_test(size=(100, 30)) as pilot:
        await journal(pilot, "thinking about suicide again")
        await pilot.pause()
        note = gentle_note(app)
        assert "findahelpline.com" in note and "your local emergency number" in note


@pytest.mark.parametrize(
    "text",
    [
        "I want to kill myself",
        "I keep thinking about ending it all",
        "I don't want to be here anymore",
        "i dont want to be here any more",
        "I do not want to be here anymore",
        "They’d be better off without me",
        "I hurt myself again last night",
        "self-harm",
        "I'm such a burden",
        "NO REASON TO LIVE",
    ],
)
def test_phrases_match_in_their_usual_forms(text: str) -> None:
    assert mentions_crisis(text)


@pytest.mark.parametrize(
    "text",
    [
        "this film is killing me",
        "I died laughing",
        "the commute is killing me",
        "I could die of embarrassment",
        "unburdened at last",
        "my cutting board",
        "",
    ],
)
def test_idioms_do_not_match(text: str) -> None:
    assert not mentions_crisis(text)


def test_drafts_and_settings_never_call_for_care() -> None:
    from wellbeing_tui.domain.drafts import Draft
    from wellbeing_tui.domain.settings import Settings

    draft = Draft(
        id="d",
        kind="journal",
        updated_at="2026-11-26T10:00:00+00:00",
        data={"text": "I want to kill myself"},
    )
    assert not calls_for_care(draft) and not calls_for_care(Settings())
