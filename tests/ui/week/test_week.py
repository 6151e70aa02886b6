"""The week review with the demo data, and moving between weeks."""

from __future__ import annotations

import json

from textual.widgets import Static

from tests.conftest import DEMO, make_app
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.storage import Store
from wellbeing_tui.ui.week.week import WeekScreen


def text(app, selector: str) -> str:  # type: ignore[no-untyped-def]
    return str(app.screen.query_one(selector, Static).render())


def demo(table: str) -> list[dict[str, object]]:
    return list(json.loads(DEMO.read_text(encoding="utf-8"))[table].values())


async def test_the_demo_week_shows_its_figures(demo_store: Store, clock: FixedClock) -> None:
    app = make_app(demo_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("w")
        assert isinstance(app.screen, WeekScreen)
        assert "Week of Monday 23 November 2026" in text(app, "#week-title")
        monday = text(app, "#day-0")
        [night] = [d for d in demo("sleep") if d["date"] == "2026-11-23"]
        assert f"{night['quality'] and ''}" == ""
        assert "Mon 23" in monday
        tst = app.screen.week.days[0].metrics.tst_min  # type: ignore[union-attr]
        assert f"{tst // 60}:{tst % 60:02d}" in monday
        moods = sorted(
            int(str(c["mood"])) for c in demo("checkins") if str(c["at"]).startswith("2026-11-23")
        )
        assert f"{moods[len(moods) // 2]:g} · {len(moods)}×" in monday
        friday = text(app, "#day-4")
        assert "Fri 27" in friday and "—" in friday, "a future day is missing, not zero"
        sentences = text(app, "#week-sentences")
        assert "nights logged" in sentences and "pooled" in sentences


async def test_moving_between_weeks(demo_store: Store, clock: FixedClock) -> None:
    app = make_app(demo_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("w", "left_square_bracket")
        assert "Week of Monday 16 November" in text(app, "#week-title")
        await pilot.press("left_square_bracket", "left_square_bracket", "left_square_bracket")
        assert "Week of Monday 26 October" in text(app, "#week-title")
        assert "—" in text(app, "#day-0")
        assert "0 nights logged" in text(app, "#week-sentences")
        await pilot.press("full_stop")
        assert "Week of Monday 23 November" in text(app, "#week-title")
        await pilot.press("d", *"2026-11-18", "enter")
        assert "Week of Monday 16 November" in text(app, "#week-title")


async def test_the_first_day_of_the_week_is_a_setting(demo_store: Store, clock: FixedClock) -> None:
    demo_store.save_settings(demo_store.settings().edit(week_start=6))
    app = make_app(demo_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("w")
        assert "Week of Sunday 22 November" in text(app, "#week-title")
        assert "Sun 22" in text(app, "#day-0")


async def test_later_stops_at_the_current_week(demo_store: Store, clock: FixedClock) -> None:
    app = make_app(demo_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("w", "right_square_bracket", "right_square_bracket")
        assert "Week of Monday 23 November" in text(app, "#week-title")
        await pilot.press("left_square_bracket", "right_square_bracket")
        assert "Week of Monday 23 November" in text(app, "#week-title")


async def test_the_legend_explains_the_mood_figure(demo_store: Store, clock: FixedClock) -> None:
    app = make_app(demo_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("w")
        legend = text(app, "#week-legend")
        assert "the middle mood and how many (3 · 2× is 3 from two check-ins)" in legend
