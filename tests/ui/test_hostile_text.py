"""A person's own words can hold anything: markup, escape codes, a bell, a lone surrogate.
They must show literally, never crash the app and never reach the terminal as commands."""

from __future__ import annotations

import asyncio
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from textual.widgets import Input, Static, TextArea

from tests.conftest import make_app, showing
from wellbeing_tui.domain.activities import Activity, ActivityLog, Connection, Coping
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.drafts import JOURNAL_DRAFT, Draft
from wellbeing_tui.domain.grounding import GroundingSession
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.domain.meals import Meal
from wellbeing_tui.domain.mood import BodyCue, CheckIn
from wellbeing_tui.domain.safety_plan import Contact, SafetyPlan
from wellbeing_tui.domain.sleep import SleepEntry
from wellbeing_tui.domain.tables import RECORD_TYPES
from wellbeing_tui.domain.thoughts import MoodRating, ThoughtRecord
from wellbeing_tui.domain.visible import visible
from wellbeing_tui.storage import Store
from wellbeing_tui.storage.store import StoredRecord
from wellbeing_tui.ui.app import WellbeingApp
from wellbeing_tui.ui.dialogs.ask_text import AskText
from wellbeing_tui.ui.dialogs.choice import Choice
from wellbeing_tui.ui.fun.fun import FunScreen
from wellbeing_tui.ui.journal.editor import JournalEditorScreen
from wellbeing_tui.ui.navigation import DESTINATIONS
from wellbeing_tui.ui.worksheet.history import ThoughtsListScreen

NOW = datetime(2026, 11, 26, 19, 30, tzinfo=UTC)
AT = "2026-11-26T18:00:00+00:00"

# Pieces that broke the app or took over the terminal before: closing tags with nothing to
# close, styles, a link that quits, a variable, escape sequences that clear the screen or set
# the window's title, a hyperlink, a bell, a trailing backslash, a lone surrogate.
PIECES = [
    "[/]",
    "[/b]",
    "[bold red]",
    "[@click=app.quit]",
    "[$x]",
    "[again]",
    "\x1b[2J",
    "\x1b[41m",
    "\x1b]2;TITLE\x1b\\",
    "\x1b]8;;http://example.com\x1b\\link\x1b]8;;\x1b\\",
    "\x07",
    "\x9b31m",
    "\\",
    "\ud800",
    "Call Mum",
    " ",
]
hostile = st.lists(st.sampled_from(PIECES), min_size=1, max_size=6).map("".join)
RAW = [chr(c) for c in [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]]


def last_toast(app: WellbeingApp) -> tuple[str, bool]:
    """The newest notification's words, and whether they would be read as markup. (Toasts
    are drawn a moment later, so the test reads what the app was asked to show.)"""
    newest = list(app._notifications)[-1]
    return newest.message, newest.markup


def drawn(app: WellbeingApp) -> str:
    """What the terminal would show: the screen (with its toasts) as text."""
    return app.export_screenshot()


def assert_only_textual_output(app: WellbeingApp) -> None:
    picture = drawn(app)
    leaked = sorted({f"U+{ord(c):04X}" for c in picture if c in RAW and c not in "\n\t\r"})
    assert leaked == [], f"control characters reached the screen: {leaked}"


def store_with(folder: Path, text: str) -> tuple[Store, FixedClock]:
    clock = FixedClock(NOW)
    store = Store(folder / "w.json", clock)
    store.add(JournalEntry(id="j1", created_at=AT, updated_at=AT, text=f"{text}\nmore"))
    store.add(Activity(id="a1", title=f"x{text}", rank=1, created_at=AT))
    store.add(Connection(id="c1", at=AT, who=f"x{text}", how="call"))
    store.add(ThoughtRecord(id="t1", created_at=AT, updated_at=AT, situation=f"x{text}"))
    return store, clock


async def walk_every_place_the_text_shows(store: Store, clock: FixedClock, text: str) -> None:
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert_only_textual_output(app)  # the dashboard's panels
        await pilot.press("j")
        assert_only_textual_output(app)  # the journal list
        await pilot.press("delete")  # the delete dialog quotes the entry
        question = str(showing(app, Choice).query_one(Static).render())
        # (a long first line is cut at a word boundary: its first word is always there)
        assert visible(text).strip().split(" ")[0][:10] in question
        assert_only_textual_output(app)
        await pilot.press("escape", "escape", "t")
        assert isinstance(app.screen, ThoughtsListScreen)
        await pilot.press("d")  # the delete dialog quotes the situation
        assert isinstance(app.screen, Choice)
        assert_only_textual_output(app)
        await pilot.press("escape", "escape", "f")
        assert isinstance(app.screen, FunScreen)
        assert_only_textual_output(app)
        await pilot.press("x")  # archived: the toast names it
        await pilot.pause()
        message, markup = last_toast(app)
        assert visible(f"x{text}") in message and not markup
        assert not any(c in RAW for c in message)
        assert store.get(Activity, "a1") is not None
        await pilot.press("escape", "p")
        app.screen.query_one("#who", Input).value = text if text.strip() else f"x{text}"
        await pilot.press("ctrl+s")  # saved: the toast names who
        await pilot.pause()
        message, markup = last_toast(app)
        assert message.startswith("Saved time with") and not markup
        assert_only_textual_output(app)
        assert app.is_running


def walk_with(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store, clock = store_with(Path(folder), text)
        asyncio.run(walk_every_place_the_text_shows(store, clock, text))
        store.close()


@pytest.mark.parametrize(
    "text",
    ["closing tag [/] first", "[/] Bob", "\x1b]2;TITLE\x1b\\ and \x1b[2J\x1b[41m"],
    ids=["closing-tag-inside", "closing-tag-first", "escape-codes"],
)
def test_hostile_text_shows_literally_everywhere(text: str) -> None:
    walk_with(text)


@pytest.mark.slow  # each generated text walks every place: about three seconds
@settings(
    max_examples=3,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(text=hostile)
def test_any_generated_text_shows_literally_everywhere(text: str) -> None:
    walk_with(text)


async def test_an_archived_title_with_a_link_does_not_quit(
    empty_store: Store, clock: FixedClock
) -> None:
    empty_store.add(Activity(id="a1", title="[@click=app.quit]QQQQ[/]", rank=1, created_at=AT))
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f", "x")
        await pilot.pause()
        assert last_toast(app) == (
            'Archived "[@click=app.quit]QQQQ[/]"; what you did with it is kept.',
            False,
        )
        assert app.is_running


def every_record_with(folder: Path, text: str) -> tuple[Store, FixedClock]:
    """A file where every free-text field of every record type holds ``text``, all of it
    dated today, so each screen shows it."""
    clock = FixedClock(NOW)
    store = Store(folder / "w.json", clock)
    words = f"x{text}"
    records: list[StoredRecord] = [
        CheckIn(
            id="c1",
            at=AT,
            mood=2,
            emotions=("numb", words),
            body=(BodyCue("chest", "more"),),
            note=words,
        ),
        JournalEntry(
            id="j1",
            created_at=AT,
            updated_at=AT,
            text=f"{words}\nmore",
            prompt=words,
            emotions=(words,),
            tags=(words,),
        ),
        GroundingSession(
            id="g1",
            exercise="senses-54321",
            started_at=AT,
            ended_at="2026-11-26T18:03:00+00:00",
            planned_seconds=180,
            actual_seconds=180.0,
            completed=True,
            distress_before=7,
            distress_after=4,
            noticed={"see": (words,)},
            note=words,
        ),
        ThoughtRecord(
            id="t1",
            created_at=AT,
            updated_at=AT,
            situation=words,
            moods=(MoodRating(name=words, before=60, after=30),),
            automatic_thought=words,
            belief_before=80,
            evidence_for=words,
            evidence_against=words,
            answers={"friend": words},
            balanced_thought=words,
            belief_after=40,
            other_thoughts=(words,),
        ),
        SleepEntry(
            id="s1",
            date="2026-11-26",
            in_bed="23:00",
            lights_out="23:15",
            sol_min=20,
            awakenings=1,
            waso_min=10,
            final_wake="06:45",
            out_of_bed="07:00",
            quality=3,
            note=words,
        ),
        Meal(id="m1", date="2026-11-26", kind="lunch", at="12:30", note=words),
        Activity(id="a1", title=words, rank=1, created_at=AT),
        ActivityLog(id="l1", activity_id="a1", at=AT, predicted=3, enjoyment=6, note=words),
        Connection(id="p1", at=AT, who=words, how="call", note=words),
        Coping(id="k1", at=AT, what=words, feeling_before=(words,), note=words),
        SafetyPlan(
            id="sp1",
            updated_at=AT,
            warning_signs=words,
            people_to_ask=(Contact(words, words),),
            reasons_to_live=words,
        ),
        Draft(
            id="d1",
            kind=JOURNAL_DRAFT,
            updated_at=AT,
            data={"text": f"{words}\nstill writing", "tags": [words], "emotions": [words]},
        ),
    ]
    assert {type(r) for r in records} == set(RECORD_TYPES.values())  # every record type
    store.add_many(records)
    return store, clock


def assert_editors_show_no_control_characters(app: WellbeingApp) -> None:
    for area in app.screen.query(TextArea):
        assert not any(c in RAW for c in area.text), (app.screen, area)
    for field in app.screen.query(Input):
        assert not any(c in RAW for c in field.value), (app.screen, field, field.parent)


async def back_home(app: WellbeingApp, pilot: object) -> None:
    while len(app.screen_stack) > 1:
        app.pop_screen()
    await pilot.pause()  # type: ignore[attr-defined]


async def walk_every_screen(store: Store, clock: FixedClock, text: str) -> None:
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        showing(app, Choice)  # the unsaved journal draft is offered back
        assert_only_textual_output(app)
        await pilot.press("enter")  # open it: its text fills the editor
        await pilot.pause()
        showing(app, JournalEditorScreen)
        assert_editors_show_no_control_characters(app)
        assert_only_textual_output(app)
        await back_home(app, pilot)
        assert_only_textual_output(app)  # the dashboard's panels
        for destination in DESTINATIONS:
            if not destination.screen:
                continue
            app.go(destination.name)
            await pilot.pause()
            assert_editors_show_no_control_characters(app)
            assert_only_textual_output(app)
            if destination.name == "journal":
                await pilot.press("enter")  # the entry, in the editor
                await pilot.pause()
                showing(app, JournalEditorScreen)
                assert_editors_show_no_control_characters(app)
                assert_only_textual_output(app)
            elif destination.name == "thoughts":
                await pilot.press("enter")  # the worksheet, to read
                await pilot.pause()
                assert_only_textual_output(app)
            elif destination.name == "fun":
                await pilot.press("e")  # rename: the title in a text prompt
                await pilot.pause()
                showing(app, AskText)
                assert_editors_show_no_control_characters(app)
                assert_only_textual_output(app)
                await pilot.press("escape", "enter")  # do it: the last time's note
                await pilot.pause()
                assert_only_textual_output(app)
            await back_home(app, pilot)
        assert app.is_running


@pytest.mark.slow  # every record type on every screen: a minute; the test above stays quick
@settings(
    max_examples=1,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(text=hostile)
@example(text="\x1b]2;TITLE\x1b\\ [/] [@click=app.quit]Q[/] \x1b[2J\x07\ud800\\")
def test_every_record_type_shows_literally_on_every_screen(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store, clock = every_record_with(Path(folder), text)
        asyncio.run(walk_every_screen(store, clock, text))
        store.close()


async def test_pasted_escape_codes_arrive_as_placeholders(
    empty_store: Store, clock: FixedClock
) -> None:
    """Text copied from a terminal can carry escape codes; many terminals send a pasted line
    break as a carriage return."""
    from textual.events import Paste

    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j", "n")
        showing(app, JournalEditorScreen)
        app.post_message(Paste("one\x1b[2Jtwo\rthree\r\nfour\x07"))
        await pilot.pause()
        assert app.screen.query_one("#text", TextArea).text == "one\u241b[2Jtwo\nthree\nfour\u2407"
        assert_only_textual_output(app)
