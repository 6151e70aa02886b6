"""The settings screen: each choice saved and used."""

from __future__ import annotations

from datetime import UTC

from textual.widgets import Checkbox, Select, Static, Switch

from tests.conftest import make_app, showing
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.storage import Store
from wellbeing_tui.ui.dashboard.dashboard import DashboardScreen
from wellbeing_tui.ui.settings.settings import SettingsScreen


def saved(store: Store):  # type: ignore[no-untyped-def]
    return Store(store.path, store.clock).settings()


async def open_settings(pilot) -> None:  # type: ignore[no-untyped-def]
    pilot.app.go("settings")
    await pilot.pause()
    assert isinstance(pilot.app.screen, SettingsScreen)


async def test_theme_is_applied_and_saved(demo_store: Store, clock: FixedClock) -> None:
    app = make_app(demo_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_settings(pilot)
        app.screen.query_one("#theme", Select).value = "wellbeing-high-contrast"
        await pilot.pause()
        assert app.theme == "wellbeing-high-contrast"
    assert saved(demo_store).theme == "wellbeing-high-contrast"
    again = make_app(Store(demo_store.path, clock), clock)
    async with again.run_test(size=(100, 30)):
        assert again.theme == "wellbeing-high-contrast"


async def test_switches_week_start_day_start_and_panels(
    demo_store: Store, clock: FixedClock
) -> None:
    app = make_app(demo_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_settings(pilot)
        app.screen.query_one("#reduced_motion", Switch).value = True
        app.screen.query_one("#bell", Switch).value = True
        app.screen.query_one("#week_start", Select).value = 6
        app.screen.query_one("#day_start_hour", Select).value = 4
        app.screen.query_one("#panel-prompt", Checkbox).value = False
        await pilot.pause()
        settings = saved(demo_store)
        assert settings.reduced_motion and settings.bell
        assert (settings.week_start, settings.day_start_hour) == (6, 4)
        assert settings.hidden_panels == ("prompt",)
        await pilot.press("escape")
        showing(app, DashboardScreen).refresh_panels()
        assert not app.screen.query_one("#panel-prompt").display
        await pilot.press("w")
        assert "Week of Sunday 22 November" in str(
            app.screen.query_one("#week-title", Static).render()
        )


async def test_a_check_in_at_0130_belongs_to_the_evening_before(empty_store: Store) -> None:
    from datetime import datetime

    from wellbeing_tui.domain.clock import logging_day
    from wellbeing_tui.domain.mood import CheckIn

    assert logging_day("2026-11-27T01:30:00+00:00", 4) == "2026-11-26"
    assert logging_day("2026-11-27T01:30:00+00:00", 0) == "2026-11-27"
    assert logging_day("2026-11-27T04:00:00+00:00", 4) == "2026-11-27"
    clock = FixedClock(datetime(2026, 11, 27, 1, 45, tzinfo=UTC))
    empty_store.clock = clock
    empty_store.add(CheckIn(id="late", at="2026-11-27T01:30:00+00:00", mood=2))
    empty_store.save_settings(empty_store.settings().edit(day_start_hour=4))
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        assert str(app.screen.sub_title).startswith("Thursday 26 November")
        assert "01:30  low (2)" in str(app.screen.query_one("#body-mood", Static).render())
        await pilot.press("w")
        thursday = app.screen.week.days[3]  # type: ignore[attr-defined]
        assert (str(thursday.day), thursday.moods) == ("2026-11-26", (2,))
    empty_store.save_settings(empty_store.settings().edit(day_start_hour=0))
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)):
        assert str(app.screen.sub_title).startswith("Friday 27 November")
        assert "01:30  low (2)" in str(app.screen.query_one("#body-mood", Static).render())


async def test_a_theme_chosen_from_the_command_palette_is_kept(
    demo_store: Store, clock: FixedClock
) -> None:
    app = make_app(demo_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        app.theme = "textual-light"  # what the palette's "Change theme" does
        await pilot.pause()
    assert saved(demo_store).theme == "textual-light"
    again = make_app(Store(demo_store.path, clock), clock)
    async with again.run_test(size=(100, 30)):
        assert again.theme == "textual-light"
