"""Looking back (l): the ranges, the keys, the gaps, and how each range looks."""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Static

from tests.conftest import make_app, showing
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.storage import Store
from wellbeing_tui.ui.looking_back.looking_back import LookingBackScreen, segments


def text_of(screen: LookingBackScreen, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


async def test_l_opens_it_and_the_keys_choose_the_range(
    demo_store: Store, clock: FixedClock
) -> None:
    app = make_app(demo_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("l")
        screen = showing(app, LookingBackScreen)
        assert screen.sub_title == "4 weeks: 2 Nov 2026 to 26 Nov 2026"
        assert screen.found is not None and len(screen.found.days) == 25
        for key, words, weeks in (("2", "12 weeks", 12), ("3", "1 year", 52), ("1", "4 weeks", 4)):
            await pilot.press(key)
            assert screen.sub_title.startswith(words)
            assert len(screen.found.weeks) == weeks
        await pilot.press("4")  # everything: from the week of the first record
        assert screen.sub_title == "everything: 2 Nov 2026 to 26 Nov 2026"
        assert "Mood with time with someone" in text_of(screen, "#side-by-side")
        assert "cannot say that one thing makes the other happen" in text_of(
            screen, "#side-by-side"
        )
        assert "Words picked on the most days" in text_of(screen, "#words")
        await pilot.press("escape")
        assert not isinstance(app.screen, LookingBackScreen)


async def test_an_empty_diary_says_what_would_fill_it(
    empty_store: Store, clock: FixedClock
) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("l")
        screen = showing(app, LookingBackScreen)
        note = screen.query_one("#empty-note", Static)
        assert note.display and "Nothing logged in this time yet" in str(note.render())
        for key in "234":
            await pilot.press(key)
            assert app.is_running
        assert "not enough days yet" in text_of(screen, "#side-by-side")


def test_a_missing_value_is_a_gap_never_a_zero() -> None:
    points = [(0, 3.0), (1, None), (2, 2.5), (3, 4.0), (4, None), (5, None), (6, 1.0)]
    assert segments(points) == [[(0, 3.0)], [(2, 2.5), (3, 4.0)], [(6, 1.0)]]
    assert segments([(0, None)]) == []


@pytest.mark.parametrize("size", [(100, 30), (80, 24)], ids=["100x30", "80x24"])
@pytest.mark.parametrize("key", ["1", "2", "3", "4"])
def test_each_range_looks_right(
    snap_compare: Any, demo_store: Store, clock: FixedClock, key: str, size: tuple[int, int]
) -> None:
    async def open_range(pilot: Pilot[Any]) -> None:
        await pilot.press("l", key)

    assert snap_compare(make_app(demo_store, clock), terminal_size=size, run_before=open_range)


def test_without_colour_the_calendar_reads_in_glyphs(
    snap_compare: Any, demo_store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")

    async def scroll_to_the_calendar(pilot: Pilot[Any]) -> None:
        await pilot.press("l", "1")
        pilot.app.screen.query_one("#calendar").scroll_visible(animate=False, top=True)
        await pilot.pause()

    assert snap_compare(
        make_app(demo_store, clock), terminal_size=(100, 30), run_before=scroll_to_the_calendar
    )
