"""A person's own words can hold anything: markup, escape codes, a bell, a lone surrogate.
They must show literally, never crash the app and never reach the terminal as commands."""

from __future__ import annotations

import asyncio
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from textual.widgets import Input, Static

from tests.conftest import make_app, showing
from wellbeing_tui.domain.activities import Activity, Connection
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.domain.thoughts import ThoughtRecord
from wellbeing_tui.domain.visible import visible
from wellbeing_tui.storage import Store
from wellbeing_tui.ui.app import WellbeingApp
from wellbeing_tui.ui.dialogs.choice import Choice
from wellbeing_tui.ui.fun.fun import FunScreen
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
        assert visible(text).strip()[:10] in question
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


@settings(
    max_examples=3,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(text=hostile)
@example(text="closing tag [/] first")
@example(text="[/] Bob")
@example(text="\x1b]2;TITLE\x1b\\ and \x1b[2J\x1b[41m")
def test_hostile_text_shows_literally_everywhere(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store, clock = store_with(Path(folder), text)
        asyncio.run(walk_every_place_the_text_shows(store, clock, text))
        store.close()


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
