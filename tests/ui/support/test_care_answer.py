"""The gentle note says what fits what happened: words about suicide or self-harm, a mood of
1, or very high distress after grounding each have their own words, with a helpline, the
emergency number and the safety plan. A mood or a distress is answered once per logging day;
words every time."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import Button, TextArea

from tests.conftest import make_app, showing
from tests.ui.grounding.test_grounding import choose, until
from tests.ui.support.test_gentle_answer import gentle_note, journal
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.storage import Store
from wellbeing_tui.ui.app import WellbeingApp
from wellbeing_tui.ui.dialogs.choice import Choice
from wellbeing_tui.ui.grounding.end import EndScreen
from wellbeing_tui.ui.support.safety_plan import SafetyPlanScreen

DAY = 24 * 3600


async def mood(pilot: Pilot[None], level: int) -> None:
    await pilot.press("m")
    await pilot.click(f"#mood-{level}")
    await pilot.press("ctrl+s")
    await pilot.pause()


async def grounding(pilot: Pilot[None], clock: FixedClock, after: str) -> None:
    await choose(pilot, "box-breathing")
    await pilot.click("#min-1")
    await pilot.press("enter")
    clock.advance(70)
    await until(pilot, lambda: isinstance(pilot.app.screen, EndScreen))
    await pilot.press(*after, "enter", "enter")
    await pilot.pause()


def note_or_none(app: WellbeingApp) -> str | None:
    return gentle_note(app) if isinstance(app.screen, Choice) else None


def assert_help_is_in(note: str) -> None:
    assert "Samaritans: call 116 123" in note  # a helpline of the country (GB here)
    assert "call 999 now" in note  # the emergency number
    assert "safety plan" in note


async def test_a_mood_of_1_has_its_own_words(empty_store: Store, clock: FixedClock) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await mood(pilot, 1)
        note = gentle_note(app)
        assert note.startswith("You logged a mood of 1.")
        assert "putting it into words" not in note  # nothing was written
        assert_help_is_in(note)
        buttons = [str(b.label) for b in app.screen.query(Button)]
        assert buttons == ["See support", "Write a safety plan", "Close"]


async def test_words_have_their_own_words(empty_store: Store, clock: FixedClock) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await journal(pilot, "Some nights I think about ending my life.")
        await pilot.pause()
        note = gentle_note(app)
        assert note.startswith("What you wrote sounds very heavy.")
        assert "Thank you for putting it into words" in note
        assert "mood" not in note and "distress" not in note
        assert_help_is_in(note)


async def test_distress_of_10_after_grounding_has_its_own_words(
    empty_store: Store, clock: FixedClock
) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await grounding(pilot, clock, "10")
        note = gentle_note(app)
        assert note.startswith("Your distress was 10 out of 10 after the exercise.")
        assert "not a failure" in note and "putting it into words" not in note
        assert_help_is_in(note)


async def test_a_mood_of_1_is_answered_once_a_day(empty_store: Store, clock: FixedClock) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await mood(pilot, 1)
        assert note_or_none(app) is not None
        await pilot.press("escape")
        clock.advance(3 * 3600)
        await mood(pilot, 1)  # the same day, later
        assert note_or_none(app) is None
        clock.advance(DAY)
        await mood(pilot, 1)  # the next day
        assert (note_or_none(app) or "").startswith("You logged a mood of 1.")


async def test_distress_is_answered_once_a_day(empty_store: Store, clock: FixedClock) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await grounding(pilot, clock, "9")
        assert note_or_none(app) is not None
        await pilot.press("escape")
        await grounding(pilot, clock, "10")  # a second session the same evening
        assert note_or_none(app) is None
        clock.advance(DAY)
        await grounding(pilot, clock, "9")
        assert (note_or_none(app) or "").startswith("Your distress was 9 out of 10")


async def test_words_are_answered_every_time(empty_store: Store, clock: FixedClock) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await mood(pilot, 1)
        await pilot.press("escape")
        for words in ("I want to die.", "I keep thinking about suicide."):
            await journal(pilot, words)
            await pilot.pause()
            assert (note_or_none(app) or "").startswith("What you wrote sounds very heavy.")
            await pilot.press("escape")
            await pilot.press("escape")  # back to the dashboard from the journal list


async def test_the_same_entry_saved_again_is_not_answered_twice(
    empty_store: Store, clock: FixedClock
) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await journal(pilot, "I want to die.")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.press("enter")  # open the entry just saved
        await pilot.pause()
        area = app.screen.query_one("#text", TextArea)
        area.text = area.text + " Still."
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert note_or_none(app) is None


async def test_the_note_offers_to_write_a_plan_when_there_is_none(
    empty_store: Store, clock: FixedClock
) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await mood(pilot, 1)
        assert "a safety plan keeps what helps" in gentle_note(app)
        await pilot.click("#write-plan")
        await pilot.pause()
        showing(app, SafetyPlanScreen)
