"""The sleep diary, meals and the coping log."""

from __future__ import annotations

from textual.widgets import Input, OptionList, Select, SelectionList, Static

from tests.conftest import make_app
from wellbeing_tui.domain.activities import Coping
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.meals import Meal
from wellbeing_tui.domain.sleep import SleepEntry
from wellbeing_tui.storage import Store
from wellbeing_tui.ui.dashboard.dashboard import DashboardScreen
from wellbeing_tui.ui.sleep.sleep import SleepScreen
from wellbeing_tui.ui.widgets.emotion_picker import EmotionPicker


async def fill(pilot, values: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    for field, text in values.items():
        widget = pilot.app.screen.query_one(f"#{field}", Input)
        widget.value = text
    await pilot.pause()


NIGHT = {
    "in_bed": "11pm",
    "lights_out": "2315",
    "sol_min": "20",
    "awakenings": "2",
    "waso_min": "30",
    "final_wake": "6:45",
    "out_of_bed": "07:00",
    "caffeine_drinks": "3",
}


def text_of(app, selector: str) -> str:  # type: ignore[no-untyped-def]
    return str(app.screen.query_one(selector, Static).render())


async def test_a_typed_diary_shows_its_figures_and_is_saved(
    empty_store: Store, clock: FixedClock
) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("s")
        assert isinstance(app.screen, SleepScreen)
        await fill(pilot, NIGHT)
        app.screen.query_one("#quality", Select).value = 4
        await pilot.pause()
        figures = text_of(app, "#figures")
        for words in (
            "Time in bed",
            "8 h 00 min",
            "Total sleep",
            "6 h 40 min",
            "83.3%",
            "20 min",
            "30 min",
            "15 min",
        ):
            assert words in figures
        await pilot.press("ctrl+s")
        await pilot.pause()
    [saved] = Store(empty_store.path, clock).records(SleepEntry)
    assert saved.to_doc() | {"id": "x"} == {
        "id": "x",
        "date": "2026-11-26",
        "in_bed": "23:00",
        "lights_out": "23:15",
        "sol_min": 20,
        "awakenings": 2,
        "waso_min": 30,
        "final_wake": "06:45",
        "out_of_bed": "07:00",
        "quality": 4,
        "rested": None,
        "nap_min": None,
        "alcohol_drinks": None,
        "caffeine_drinks": 3,
        "note": None,
    }


async def test_an_impossible_night_names_the_field_and_saves_nothing(
    empty_store: Store, clock: FixedClock
) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("s")
        await fill(pilot, {**NIGHT, "sol_min": "500"})
        app.screen.query_one("#quality", Select).value = 3
        await pilot.pause()
        error = text_of(app, "#diary-error")
        assert "Check minutes to fall asleep" in error
        assert app.screen.query_one("#sol_min", Input).has_class("-problem")
        await pilot.click("#save-sleep")
        await pilot.pause()
        assert app.screen.query_one("#sol_min", Input).has_focus
        assert app.screen.query_one("#sol_min", Input).value == "500"
    assert Store(empty_store.path, clock).records(SleepEntry) == []


async def test_the_last_diary_times_are_offered_and_a_saved_morning_is_edited(
    demo_store: Store, clock: FixedClock
) -> None:
    before = {e.date: e for e in demo_store.records(SleepEntry)}
    today = before["2026-11-26"]
    app = make_app(demo_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("s")
        assert app.screen.query_one("#in_bed", Input).value == today.in_bed
        assert app.screen.query_one("#sol_min", Input).value == str(today.sol_min)
        await fill(pilot, {"date": "2026-11-27"})
        assert app.screen.query_one("#in_bed", Input).value == today.in_bed, "times offered"
        assert app.screen.query_one("#sol_min", Input).value == ""
        await fill(pilot, {"date": "2026-11-26"})
        assert app.screen.query_one("#sol_min", Input).value == str(today.sol_min)
        await fill(pilot, {"note": "restless"})
        await pilot.press("ctrl+s")
        await pilot.pause()
    after = {e.date: e for e in Store(demo_store.path, clock).records(SleepEntry)}
    assert len(after) == len(before)
    assert after["2026-11-26"].id == today.id and after["2026-11-26"].note == "restless"


async def test_meals_just_now_skipped_and_the_longest_gap(
    empty_store: Store, clock: FixedClock
) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("s")
        await pilot.click("#--content-tab-tab-meals")
        app.screen.query_one("#meal-list", OptionList).focus()
        await pilot.press("x")  # breakfast (highlighted first) skipped
        clock.advance(-6 * 3600)  # 13:30
        await pilot.press("l")
        clock.advance(6 * 3600)  # 19:30
        await pilot.press("d")
        await pilot.press("down", "down", "down", "enter")  # + add a snack
        await pilot.press(*"4pm", "enter")
        await pilot.pause()
        assert "3 h 30 min" in text_of(app, "#meals-gap")  # 16:00 to 19:30
        await pilot.press("escape")
        assert isinstance(app.screen, DashboardScreen)
        meals_panel = text_of(app, "#body-meals")
        assert "skipped" in meals_panel and "13:30" in meals_panel and "16:00" in meals_panel
    meals = {(m.kind, m.at, m.skipped) for m in Store(empty_store.path, clock).records(Meal)}
    assert meals == {
        ("breakfast", None, True),
        ("lunch", "13:30", False),
        ("dinner", "19:30", False),
        ("snack", "16:00", False),
    }


async def test_a_coping_entry_is_saved_without_judgement(
    empty_store: Store, clock: FixedClock
) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("s")
        await pilot.click("#--content-tab-tab-coping")
        await pilot.press("ctrl+s")
        assert "Please fill in what you used" in text_of(app, "#coping-error")
        await fill(pilot, {"coping-what": "two beers"})
        picker = app.screen.query_one("#coping-feeling", EmotionPicker)
        picker.query_one(SelectionList).select("numb")
        picker.query_one(Input).value = "wound up"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "F1 for support" in text_of(app, "#coping-other")
    [record] = Store(empty_store.path, clock).records(Coping)
    assert (record.what, record.feeling_before) == ("two beers", ("numb", "wound up"))


async def test_leaving_with_unsaved_typing_asks_first(
    empty_store: Store, clock: FixedClock
) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("s")
        await fill(pilot, {"note": "woke from a dream"})
        app.screen.set_focus(None)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("enter")  # "Stay and save"
        assert isinstance(app.screen, SleepScreen)
        assert app.screen.query_one("#note", Input).value == "woke from a dream"
