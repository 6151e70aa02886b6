"""Keys typed with no pause at all, across screens opening and steps changing, land in the
field the person sees, in order; a restored draft carries on where it stopped.

Pilot's ``press`` waits for each key to be handled; a person at speed (or a paste of keys
through tmux) does not. Here every key is sent to the app at once, as the terminal hands
them over, parsed from the bytes a terminal would send."""

from __future__ import annotations

from typing import Any

from textual._xterm_parser import XTermParser
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from tests.conftest import make_app, showing
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.domain.thoughts import ThoughtRecord
from wellbeing_tui.storage import Store
from wellbeing_tui.ui.worksheet.worksheet import WorksheetScreen

CTRL_N, CTRL_S, TAB, ESC = "\x0e", "\x13", "\t", "\x1b"


async def type_at_once(pilot: Pilot[Any], text: str) -> None:
    """Every key of ``text`` handed to the app in one go, then wait until all are handled."""
    parser = XTermParser()
    for event in [*parser.feed(text), *parser.feed("")]:
        pilot.app.post_message(event)
    await pilot.pause()
    await pilot.pause()


def reopen(store: Store) -> Store:
    return Store(store.path, store.clock)


async def test_j_n_and_words_at_once_open_a_new_entry_holding_the_words(
    empty_store: Store, clock: FixedClock
) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await type_at_once(pilot, "jnwords typed at once, h and d and q included")
        area = app.screen.query_one("#text", TextArea)
        assert area.text == "words typed at once, h and d and q included"
        await type_at_once(pilot, CTRL_S)
        await pilot.pause()
    [entry] = reopen(empty_store).records(JournalEntry)
    assert entry.text == "words typed at once, h and d and q included"


async def test_worksheet_moods_with_tab_at_once_fill_each_field(
    empty_store: Store, clock: FixedClock
) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await type_at_once(
            pilot, f"tnthe meeting{CTRL_N}anxious{TAB}80{TAB}ashamed{TAB}150{TAB}sad{TAB}70"
        )
        screen = showing(app, WorksheetScreen)
        values = {w.id: w.value for w in screen.query(Input) if w.value}
        assert screen.query_one("#situation", TextArea).text == "the meeting"
        assert values["mood-name-0"] == "anxious"
        assert values["mood-before-0"] == "80"
        assert values["mood-name-1"] == "ashamed"
        assert values["mood-before-1"] == "150"  # out of range: said on saving, never moved
        assert values["mood-name-2"] == "sad"
        assert values["mood-before-2"] == "70"


async def test_a_check_in_typed_at_once_saves_its_note(
    empty_store: Store, clock: FixedClock
) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m")
        await pilot.click("#mood-3")
        app.screen.query_one("#note").focus()
        await pilot.pause()
        await type_at_once(pilot, "a note typed fast\r")
        await pilot.pause()
    [checkin] = reopen(empty_store).records(CheckIn)
    assert checkin.note == "a note typed fast"


async def test_a_restored_worksheet_carries_on_at_the_end_of_the_last_field(
    empty_store: Store, clock: FixedClock
) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("t", "n")
        await type_at_once(pilot, "SECOND worksheet situation")
        await pilot.press("escape", "enter")  # "Keep as draft"
        await pilot.press("escape", "t", "enter")  # "Carry on"
        showing(app, WorksheetScreen)
        await type_at_once(pilot, " at 11pm")
        area = app.screen.query_one("#situation", TextArea)
        assert area.text == "SECOND worksheet situation at 11pm"
        await type_at_once(pilot, f"{CTRL_N}tired{TAB}60")
        await pilot.press("escape", "enter")  # "Keep as draft"
        await pilot.press("escape", "t", "enter")  # "Carry on", now in step 2
        await type_at_once(pilot, "5")
        assert app.screen.query_one("#mood-before-0", Input).value == "605"
    assert reopen(empty_store).records(ThoughtRecord) == []
