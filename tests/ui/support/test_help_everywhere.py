"""Help is one key away from every screen and every dialog: F1 always, h wherever a letter
is not being typed into a field. Closing Support comes back to exactly where one was."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Input, TextArea

from tests.conftest import make_app, showing
from tests.helpers.walks import quick_few
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.storage import Store
from wellbeing_tui.ui.journal.editor import JournalEditorScreen
from wellbeing_tui.ui.navigation import DESTINATIONS
from wellbeing_tui.ui.support.support import SupportScreen

Opener = Callable[[Pilot[None]], Awaitable[None]]


def go_to(name: str) -> Opener:
    async def opener(pilot: Pilot[None]) -> None:
        pilot.app.go(name)  # type: ignore[attr-defined]

    return opener


def keys(*pressed: str) -> Opener:
    async def opener(pilot: Pilot[None]) -> None:
        await pilot.press(*pressed)

    return opener


async def leave_with_a_name_typed(pilot: Pilot[None]) -> None:
    await pilot.press("p", *"Sam", "escape")  # People asks before dropping the name


PLACES: dict[str, Opener] = {
    **{d.name: go_to(d.name) for d in DESTINATIONS if d.screen and d.name != "support"},
    "journal editor": keys("j", "n"),
    "menu": keys("o"),
    "about this screen": keys("question_mark"),
    "confirm delete": keys("j", "delete"),
    "text prompt": keys("f", "a"),
    "go to a date": keys("w", "d"),
    "ask before leaving": leave_with_a_name_typed,
    "command palette": keys("ctrl+p"),
}


@pytest.mark.parametrize(
    "place",
    quick_few(
        list(PLACES),
        [(place,) for place in PLACES],
        {"journal", "journal editor", "ask before leaving", "command palette"},
    ),
)
async def test_f1_and_h_open_support_from_everywhere(
    place: str, demo_store: Store, clock: FixedClock
) -> None:
    app = make_app(demo_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await PLACES[place](pilot)
        await pilot.pause()
        there: Screen[object] = app.screen
        focused = app.focused
        assert not isinstance(there, SupportScreen)
        await pilot.press("f1")
        showing(app, SupportScreen)
        await pilot.press("escape")
        assert app.screen is there and app.focused is focused
        if isinstance(focused, Input | TextArea):
            await pilot.press("h")  # typed, not a way out
            assert app.screen is there
        else:
            await pilot.press("h")
            showing(app, SupportScreen)
            await pilot.press("escape")
            assert app.screen is there


async def test_a_stray_h_in_a_form_never_loses_what_was_written(
    empty_store: Store, clock: FixedClock
) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j", "n", *"oh, hello")
        editor = showing(app, JournalEditorScreen)
        text = editor.query_one("#text", TextArea)
        assert text.text == "oh, hello"  # every h typed
        await pilot.press("tab")  # out of the text, onto the next field
        assert not isinstance(app.focused, TextArea)
        next_field = app.focused
        await pilot.press("h")
        showing(app, SupportScreen)
        await pilot.press("escape")
        assert app.screen is editor and app.focused is next_field
        assert text.text == "oh, hello"
