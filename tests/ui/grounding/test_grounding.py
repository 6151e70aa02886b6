"""Grounding sessions from the list to the saved record."""

from __future__ import annotations

from unittest.mock import patch

from textual.widgets import Digits, Input, OptionList, RadioButton, RadioSet, Static

from tests.conftest import make_app, showing
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.grounding import GroundingSession
from wellbeing_tui.domain.settings import Settings
from wellbeing_tui.storage import Store
from wellbeing_tui.ui.dashboard.dashboard import DashboardScreen
from wellbeing_tui.ui.grounding.end import EndScreen
from wellbeing_tui.ui.grounding.session import SessionScreen
from wellbeing_tui.ui.grounding.setup import SetupScreen
from wellbeing_tui.ui.widgets.pacer import Pacer


async def choose(pilot, slug: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("g")
    options = pilot.app.screen.query_one(OptionList)
    index = next(
        i for i in range(options.option_count) if options.get_option_at_index(i).id == slug
    )
    options.highlighted = index
    await pilot.press("enter")
    assert isinstance(pilot.app.screen, SetupScreen)


async def until(pilot, condition, timeout: float = 5.0) -> None:  # type: ignore[no-untyped-def]
    """Let the screen's timer tick until ``condition()`` holds (a loaded machine is slow)."""
    waited = 0.0
    while not condition():
        assert waited < timeout, "the screen did not get there in time"
        await pilot.pause(0.05)
        waited += 0.05
    await pilot.pause()


def saved(store: Store) -> list[GroundingSession]:
    return Store(store.path, store.clock).records(GroundingSession)


async def test_a_whole_breathing_session_is_saved(empty_store: Store, clock: FixedClock) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await choose(pilot, "box-breathing")
        await pilot.click("#min-1")
        await pilot.click("#before")
        await pilot.press("7", "enter")
        assert isinstance(app.screen, SessionScreen)
        assert str(app.screen.query_one("#instruction", Static).render()) == "Breathe in"
        clock.advance(5)
        await until(
            pilot, lambda: str(app.screen.query_one("#instruction", Static).render()) == "Hold"
        )
        assert app.screen.query_one(Pacer).fill == 1.0
        assert str(app.screen.query_one("#phase-left", Digits).value) == "3"
        clock.advance(64)
        await until(pilot, lambda: isinstance(app.screen, EndScreen))
        await pilot.press("3", "enter")
        await pilot.press(*"calmer", "enter")
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
        assert "Distress 7 → 3" in str(app.screen.query_one("#body-grounding", Static).render())
    [record] = saved(empty_store)
    assert record.exercise == "box-breathing"
    assert record.completed
    assert record.planned_seconds == 64
    assert record.actual_seconds == 64
    assert (record.distress_before, record.distress_after, record.note) == (7, 3, "calmer")
    assert record.started_at == "2026-11-26T19:30:00+00:00"
    assert record.ended_at == "2026-11-26T19:31:09+00:00"


async def test_ending_early_saves_a_session_not_completed(
    empty_store: Store, clock: FixedClock
) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await choose(pilot, "calm-breathing")
        await pilot.press("enter")
        clock.advance(20)
        await pilot.press("space")
        clock.advance(50)  # paused: not counted
        await pilot.press("space")
        clock.advance(10)
        await pilot.press("escape")
        clock.advance(15)  # reading the question: not counted
        await pilot.press("enter")  # "Save and end"
        assert isinstance(app.screen, EndScreen)
        await pilot.click("#save")
    [record] = saved(empty_store)
    assert not record.completed
    assert record.actual_seconds == 30
    assert record.planned_seconds == 180
    assert record.distress_before is None and record.distress_after is None


async def test_54321_keeps_what_was_typed_and_n_moves_on(
    empty_store: Store, clock: FixedClock
) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await choose(pilot, "senses-54321")
        await pilot.press("enter")
        assert str(app.screen.query_one("#instruction", Static).render()) == "5 things you can see"
        await pilot.press("tab", *"blue mug", "enter", *"window", "enter", "escape")
        assert "blue mug, window" in str(app.screen.query_one("#noticed", Static).render())
        await pilot.press("n")
        assert str(app.screen.query_one("#instruction", Static).render()) == "4 things you can feel"
        await pilot.press("n", "n", "n", "n")
        await until(pilot, lambda: isinstance(app.screen, EndScreen))
        await pilot.click("#save")
    [record] = saved(empty_store)
    assert record.noticed == {"see": ("blue mug", "window")}
    assert record.completed


async def test_a_bad_rating_is_explained_and_nothing_starts(
    empty_store: Store, clock: FixedClock
) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await choose(pilot, "feet-on-floor")
        await pilot.click("#before")
        await pilot.press("1", "2", "enter")
        assert isinstance(app.screen, SetupScreen)
        assert "0 to 10" in str(app.screen.query_one("#setup-error", Static).render())
        assert app.screen.query_one("#before", Input).value == "12"


async def test_reduced_motion_shows_no_pacer_and_the_bell_rings_when_on(
    empty_store: Store, clock: FixedClock
) -> None:
    empty_store.save_settings(Settings(reduced_motion=True, bell=True))
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await choose(pilot, "calm-breathing")
        await pilot.click("#min-1")
        with patch.object(type(app), "bell") as bell:
            await pilot.click("#start")
            assert not app.screen.query_one(Pacer).display
            clock.advance(60)
            await until(pilot, lambda: isinstance(app.screen, EndScreen))
            bell.assert_called_once()


async def test_the_bell_stays_quiet_when_off(empty_store: Store, clock: FixedClock) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await choose(pilot, "calm-breathing")
        await pilot.click("#min-1")
        with patch.object(type(app), "bell") as bell:
            await pilot.click("#start")
            assert app.screen.query_one(Pacer).display
            clock.advance(60)
            await until(pilot, lambda: isinstance(app.screen, EndScreen))
            bell.assert_not_called()


async def test_r_on_the_dashboard_repeats_the_last_exercise(
    demo_store: Store, clock: FixedClock
) -> None:
    app = make_app(demo_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r")
        assert isinstance(app.screen, SetupScreen)
        latest = max(demo_store.records(GroundingSession), key=lambda g: g.started_at)
        assert app.screen.exercise.slug == latest.exercise
        await pilot.press("enter")
        assert isinstance(app.screen, SessionScreen)


async def test_the_bell_at_phase_changes_follows_its_setting(
    empty_store: Store, clock: FixedClock
) -> None:
    for on in (True, False):
        empty_store.save_settings(Settings(bell_phases=on))
        app = make_app(empty_store, clock)
        async with app.run_test(size=(100, 30)) as pilot:
            await choose(pilot, "box-breathing")
            await pilot.click("#min-1")
            with patch.object(type(app), "bell") as bell:
                await pilot.click("#start")
                clock.advance(4.5)
                showing(app, SessionScreen).tick()
                clock.advance(4)
                showing(app, SessionScreen).tick()
                assert bell.call_count == (2 if on else 0)
            await pilot.press("escape", "right", "right", "enter")  # end without saving
            await pilot.pause()


async def test_the_footer_says_resume_while_paused(empty_store: Store, clock: FixedClock) -> None:
    def footer_words() -> list[str]:
        return [
            b.binding.description
            for b in app.screen.active_bindings.values()
            if b.enabled and b.binding.show
        ]

    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await choose(pilot, "calm-breathing")
        await pilot.press("enter")
        assert "Pause" in footer_words() and "Resume" not in footer_words()
        await pilot.press("space")
        assert showing(app, SessionScreen).run.timer.paused
        assert "Resume" in footer_words() and "Pause" not in footer_words()
        await pilot.press("space")
        assert not showing(app, SessionScreen).run.timer.paused
        assert "Pause" in footer_words()


async def test_enter_starts_the_length_that_is_highlighted(
    empty_store: Store, clock: FixedClock
) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await choose(pilot, "calm-breathing")
        lengths = app.screen.query_one("#minutes", RadioSet)
        assert app.screen.focused is lengths  # the lengths first, the default highlighted
        await pilot.press("up", "enter")  # from 3 min up to 2 min, and start
        assert isinstance(app.screen, SessionScreen)
        assert showing(app, SessionScreen).run.planned_seconds == 120


async def test_start_after_tab_uses_the_length_that_was_highlighted(
    empty_store: Store, clock: FixedClock
) -> None:
    """Arrows to a length, Tab on to the rating and to Start: the highlighted length is the
    one that starts, with the dot beside it all along."""
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await choose(pilot, "calm-breathing")
        await pilot.press("up")  # from 3 min up to 2 min
        lengths = app.screen.query_one("#minutes", RadioSet)
        assert lengths.pressed_button is not None and lengths.pressed_button.id == "min-2"
        await pilot.press("tab", "4", "tab")
        assert app.screen.focused is app.screen.query_one("#start")
        await pilot.press("enter")
        run = showing(app, SessionScreen).run
        assert run.planned_seconds == 120 and run.distress_before == 4


async def test_lengths_say_how_long_whole_rounds_really_take(
    empty_store: Store, clock: FixedClock
) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await choose(pilot, "box-breathing")  # rounds of 16 seconds
        labels = [str(b.label) for b in app.screen.query(RadioButton)]
        assert "1 min (4 rounds, 1:04)" in labels
        assert "2 min (8 rounds, 2:08)" in labels


async def test_54321_takes_a_pasted_list_as_one_thing_a_line(
    empty_store: Store, clock: FixedClock
) -> None:
    from textual.events import Paste

    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await choose(pilot, "senses-54321")
        await pilot.press("enter", "tab", *"blue ")
        field = app.screen.query_one("#notice", Input)
        field.post_message(Paste("mug\nwindow\r\n\n  \nthe [b]lamp[/]\n"))
        await pilot.pause()
        assert field.value == ""
        shown = str(app.screen.query_one("#noticed", Static).render())
        assert shown == "blue mug, window, the [b]lamp[/]"
        field.post_message(Paste("one line"))  # a single line is typed in, as before
        await pilot.pause()
        assert field.value == "one line"
        await pilot.press("enter", "escape", "n", "n", "n", "n", "n")
        await until(pilot, lambda: isinstance(app.screen, EndScreen))
        await pilot.click("#save")
    [record] = saved(empty_store)
    assert record.noticed == {"see": ("blue mug", "window", "the [b]lamp[/]", "one line")}
