"""The mood check-in, saved as a person fills it in."""

from __future__ import annotations

from itertools import combinations

import pytest
from textual.widgets import Footer, Input, OptionList, SelectionList, Static

from tests.conftest import make_app
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.fields import iso
from wellbeing_tui.domain.mood import BodyCue, CheckIn
from wellbeing_tui.storage import Store
from wellbeing_tui.ui.dashboard.dashboard import DashboardScreen
from wellbeing_tui.ui.week.week import WeekScreen


def reopen(store: Store) -> Store:
    return Store(store.path, store.clock)


async def search(pilot, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    await pilot.press("slash")
    search_box = pilot.app.screen.query_one("#journal-search", Input)
    search_box.value = text
    await pilot.press("enter")
    return [e.id for e in pilot.app.screen.shown]


async def test_a_checkin_with_words_and_body_cues_is_saved(
    empty_store: Store, clock: FixedClock
) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m")
        await pilot.click("#mood-2")
        await pilot.click("#energy-1")
        picker = app.screen.query_one(SelectionList)
        picker.select("numb")
        picker.select("can't tell")
        app.screen.query_one(".emotion-own", Input).value = "foggy"
        body = app.screen.query_one("#body", OptionList)
        body.focus()
        await pilot.press("down", "down", "m")  # chest: more
        await pilot.press("down", "down", "down", "down", "n")  # legs: nothing
        app.screen.query_one("#note", Input).value = "after the meeting"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
        assert "19:30  low (2)" in str(app.screen.query_one("#body-mood", Static).render())
    [checkin] = reopen(empty_store).records(CheckIn)
    assert checkin.at == iso(clock.now())
    assert (checkin.mood, checkin.energy) == (2, 1)
    assert checkin.emotions == ("numb", "can't tell", "foggy")
    assert checkin.body == (BodyCue("chest", "more"), BodyCue("legs", "nothing"))
    assert checkin.note == "after the meeting"


async def test_a_checkin_needs_only_a_mood(empty_store: Store, clock: FixedClock) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m", "ctrl+s")
        assert "Choose a mood" in str(app.screen.query_one("#checkin-error", Static).render())
        await pilot.click("#mood-3")
        await pilot.press("ctrl+s")
    [checkin] = reopen(empty_store).records(CheckIn)
    assert checkin.mood == 3 and checkin.energy is None and checkin.emotions == ()


@pytest.mark.parametrize("size", [(100, 30), (80, 24)])
async def test_choose_a_mood_is_said_where_the_person_is_looking(
    empty_store: Store, clock: FixedClock, size: tuple[int, int]
) -> None:
    """Saving from the note at the bottom, with no mood: the form goes back up to the mood,
    and the message sits beside it, on screen without scrolling."""
    app = make_app(empty_store, clock)
    async with app.run_test(size=size) as pilot:
        await pilot.press("m")
        app.screen.query_one("#note", Input).focus()
        await pilot.press(*"tired", "enter")
        await pilot.pause()
        form = app.screen.query_one("#checkin")
        error = app.screen.query_one("#checkin-error", Static)
        assert "Choose a mood" in str(error.render())
        assert form.region.contains_region(error.region)
        assert app.screen.focused is app.screen.query_one("#mood")
        assert form.region.contains_region(app.screen.query_one("#mood-5").region)
        await pilot.click("#mood-4")
        assert not error.display  # answered: the message goes
    assert reopen(empty_store).records(CheckIn) == []


async def test_one_key_saves_a_checkin_that_is_only_a_word(
    empty_store: Store, clock: FixedClock
) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m", "ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
        mood_panel = str(app.screen.query_one("#body-mood", Static).render())
        assert "numb" in mood_panel and "(" not in mood_panel
        await pilot.press("m", "ctrl+t")
        await pilot.pause()
        await pilot.press("w")  # the week review counts no number for them
        assert isinstance(app.screen, WeekScreen) and app.screen.week is not None
        assert all(day.moods == () for day in app.screen.week.days)
    saved = sorted(reopen(empty_store).records(CheckIn), key=lambda c: c.at)
    assert [(c.mood, c.emotions) for c in saved] == [(None, ("numb",)), (None, ("can't tell",))]


async def test_the_footer_shows_the_one_key_saves_within_80_columns(
    empty_store: Store, clock: FixedClock
) -> None:
    """Numb and can't tell are keys of the screen, so the footer names them, beside the
    body map's own three keys when it has the focus, and nothing is cut off or covered."""
    app = make_app(empty_store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("m")
        for field in ("#mood", "#body"):
            app.screen.query_one(field).focus()
            await pilot.pause()
            keys = list(app.screen.query_one(Footer).children)
            shown = [str(key.render()).strip() for key in keys]
            assert {"^n Numb", "^t Can't tell", "^s Save", "esc Back"} <= set(shown)
            if field == "#body":
                assert {"m More", "l Less", "n Nothing"} <= set(shown)
            places = [key.region for key in keys]
            assert all(place.x >= 0 and place.right <= 80 for place in places), shown
            assert not any(a.overlaps(b) for a, b in combinations(places, 2)), shown


async def test_the_mood_list_suggests_no_answer(empty_store: Store, clock: FixedClock) -> None:
    """Nothing is highlighted at first, so a stray Enter picks nothing; up starts at the
    bottom of the scale and down at the top."""
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m")
        assert not app.screen.query(".-selected")
        await pilot.press("enter", "ctrl+s")
        assert "Choose a mood" in str(app.screen.query_one("#checkin-error", Static).render())
        await pilot.press("up", "enter", "tab", "down", "enter", "ctrl+s")
        await pilot.pause()
        await pilot.press("escape")  # the gentle note that follows a mood of 1
        assert isinstance(app.screen, DashboardScreen)
    [checkin] = reopen(empty_store).records(CheckIn)
    assert (checkin.mood, checkin.energy) == (1, 5)


def test_a_checkin_needs_a_number_or_a_word() -> None:
    with pytest.raises(ValidationError, match="a word such as numb"):
        CheckIn(id="c", at="2026-11-26T10:00:00+00:00", mood=None)
    assert CheckIn(id="c", at="2026-11-26T10:00:00+00:00", mood=None, emotions=("flat",))
