"""The dashboard with the demo data on its last day, as a user sees it."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from textual.widgets import Select, Static

from tests.conftest import DEMO, make_app
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.services.today import DashboardDay
from wellbeing_tui.storage import Store
from wellbeing_tui.ui.dashboard.dashboard import DashboardScreen
from wellbeing_tui.ui.dashboard.panels import PANELS
from wellbeing_tui.ui.support.support import SupportScreen
from wellbeing_tui.ui.widgets.panel import Panel

DAY = "2026-11-26"


def demo_docs(table: str) -> list[dict[str, object]]:
    return list(json.loads(DEMO.read_text(encoding="utf-8"))[table].values())


def minutes(clock: str) -> int:
    return int(clock[:2]) * 60 + int(clock[3:])


def panel_text(app: object, key: str) -> str:
    static = app.screen.query_one(f"#body-{key}", Static)  # type: ignore[attr-defined]
    return str(static.render())


async def test_panels_show_todays_figures(demo_store: Store, clock: FixedClock) -> None:
    [night] = [d for d in demo_docs("sleep") if d["date"] == DAY]
    tib = (minutes(str(night["out_of_bed"])) - minutes(str(night["in_bed"]))) % 1440
    window = (minutes(str(night["final_wake"])) - minutes(str(night["lights_out"]))) % 1440
    tst = window - int(night["sol_min"]) - int(night["waso_min"])  # type: ignore[call-overload]
    checkins = sorted(
        str(d["at"])[11:16] for d in demo_docs("checkins") if str(d["at"])[:10] == DAY
    )
    app = make_app(demo_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
        sleep = panel_text(app, "sleep")
        assert f"{tst // 60} h {tst % 60:02d} min asleep" in sleep
        assert f"{round(100 * tst / tib)}% of your time in bed" in sleep
        mood = panel_text(app, "mood")
        assert [line[:5] for line in mood.splitlines()] == checkins
        meals = panel_text(app, "meals")
        assert "Dinner" in meals and "not logged" in meals
        assert "Longest gap" in meals
        assert "over 1 session" in panel_text(app, "grounding")
        assert "The deadline." in panel_text(app, "journal")
        assert app.screen.sub_title == "Thursday 26 November"


async def test_empty_file_shows_kind_empty_states(empty_store: Store, clock: FixedClock) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert "No sleep diary for last night yet" in panel_text(app, "sleep")
        assert "No check-ins yet today" in panel_text(app, "mood")
        assert "Nothing logged yet today" in panel_text(app, "meals")
        assert "No grounding sessions this week yet" in panel_text(app, "grounding")
        assert "Your journal is empty" in panel_text(app, "journal")
        assert panel_text(app, "prompt").strip()


async def test_h_opens_support_and_escape_comes_back(demo_store: Store, clock: FixedClock) -> None:
    app = make_app(demo_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("h")
        assert isinstance(app.screen, SupportScreen)
        helplines = str(app.screen.query_one("#helplines", Static).render())
        assert "Samaritans" in helplines and "116 123" in helplines
        assert "checked 2026-12" in helplines
        assert "not a medical device" in str(app.screen.query_one("#disclaimer", Static).render())
        await pilot.press("escape")
        assert isinstance(app.screen, DashboardScreen)
        await pilot.press("f1")
        assert isinstance(app.screen, SupportScreen)


async def test_unknown_country_never_gets_a_guessed_number(
    empty_store: Store, clock: FixedClock
) -> None:
    app = make_app(empty_store, clock, locale_country="TR")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("h")
        helplines = str(app.screen.query_one("#helplines", Static).render())
        assert "findahelpline.com" in helplines
        assert "your local emergency number" in helplines
        assert "your local emergency number" in str(
            app.screen.query_one("#danger", Static).render()
        )


async def test_changing_the_country_is_saved(
    empty_store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    app = make_app(empty_store, clock, locale_country="GB")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("h")
        app.screen.query_one("#country", Select).value = "AU"
        await pilot.pause()
        helplines = str(app.screen.query_one("#helplines", Static).render())
        assert "Lifeline" in helplines and "13 11 14" in helplines
        assert "000" in str(app.screen.query_one("#danger", Static).render())
    assert Store(empty_store.path, clock).settings().country == "AU"


async def test_q_quits(demo_store: Store, clock: FixedClock) -> None:
    app = make_app(demo_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_dashboard_picks_up_a_checkin_saved_elsewhere(
    demo_store: Store, clock: FixedClock
) -> None:
    from wellbeing_tui.domain.fields import iso, new_id
    from wellbeing_tui.domain.mood import CheckIn

    app = make_app(demo_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        other = Store(demo_store.path, clock)
        other.add(CheckIn(id=new_id(), at=iso(clock.now()), mood=1, emotions=("numb",)))
        assert "very low" not in panel_text(app, "mood")
        for _ in range(80):  # the dashboard looks for other writers every 3 seconds
            if "very low" in panel_text(app, "mood"):
                break
            await pilot.pause(0.1)
        assert "19:30  very low (1)" in panel_text(app, "mood")


async def test_question_mark_explains_the_screen(demo_store: Store, clock: FixedClock) -> None:
    from wellbeing_tui.ui.support.explain import ExplainScreen

    app = make_app(demo_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, ExplainScreen)
        text = str(app.screen.query_one("#explain", Static).render())
        assert "Today at a glance." in text
        for words in (
            "A timed grounding exercise",
            "Write or read your journal",
            "Close wellbeing",
        ):
            assert words in text
        assert str(demo_store.path) in text
        await pilot.press("escape", "j", "question_mark")
        text = str(app.screen.query_one("#explain", Static).render())
        assert "private place to write" in text and "Undo delete" not in text
        assert "journal table" in text


async def test_no_color_is_honoured(
    demo_store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from textual.filter import Monochrome

    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(demo_store, clock)
    async with app.run_test(size=(100, 30)):
        assert app.no_color
        assert any(isinstance(f, Monochrome) for f in app._filters)


async def test_coming_back_after_midnight_shows_the_new_day(
    demo_store: Store, clock: FixedClock
) -> None:
    """The dashboard redraws on return when a new day began, even if nothing was saved."""
    app = make_app(demo_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.screen.sub_title == "Thursday 26 November"
        assert "The deadline." in panel_text(app, "journal")
        await pilot.press("h")
        await pilot.pause()
        clock.advance(6 * 3600)  # 01:30 on Friday
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
        assert app.screen.sub_title == "Friday 27 November"
        assert "No sleep diary for last night yet" in panel_text(app, "sleep")


async def test_coming_back_without_changes_keeps_the_panels(
    demo_store: Store, clock: FixedClock
) -> None:
    """Nothing saved and the same day: the panels are not computed again."""
    app = make_app(demo_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        dashboard = app.screen
        assert isinstance(dashboard, DashboardScreen)
        computed = 0
        reviews = app.diary.reviews
        original = reviews.day

        def counted(day: date | None = None) -> DashboardDay:
            nonlocal computed
            computed += 1
            return original(day)

        reviews.day = counted  # type: ignore[method-assign]
        await pilot.press("h")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is dashboard
        assert computed == 0


async def test_looking_at_support_changes_nothing_in_the_file(
    demo_store: Store, clock: FixedClock
) -> None:
    before = demo_store.path.read_bytes()
    app = make_app(demo_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, SupportScreen)
        await pilot.press("escape")
        await pilot.pause()
    assert demo_store.path.read_bytes() == before


async def test_question_mark_lists_the_screens_own_keys_first(
    demo_store: Store, clock: FixedClock
) -> None:
    """At 80x24 only the first lines of `?` show: they are the screen's own keys, not the
    list's scrolling and paging keys."""
    app = make_app(demo_store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j", "question_mark")
        lines = str(app.screen.query_one("#explain", Static).render()).splitlines()
        keys = lines[lines.index("Keys here") + 1 :]
        words = [line.split(maxsplit=1)[1] for line in keys[:8] if line.strip()]
        assert words[:5] == ["New", "Search", "On this day", "Delete", "Back"]
        assert "Page Up" not in words and "Focus Next" not in words


async def test_a_panel_cut_short_at_80x24_can_be_read_with_the_keyboard(
    demo_store: Store, clock: FixedClock
) -> None:
    app = make_app(demo_store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.screen.focused is None  # the letter keys work from the start
        cut_short: list[bool] = []
        for _ in range(len(PANELS)):
            await pilot.press("tab")
            panel = app.screen.focused
            assert isinstance(panel, Panel)
            if panel.max_scroll_y > 0:
                await pilot.press("end")
                await pilot.pause()
                cut_short.append(panel.scroll_y == panel.max_scroll_y)
        assert cut_short and all(cut_short)
        await pilot.press("j")  # the keys still work with a panel focused
        assert not isinstance(app.screen, DashboardScreen)


@pytest.mark.parametrize(
    "hidden", [(), ("prompt",), ("prompt", "people"), ("fun", "people", "meals", "sleep")]
)
async def test_hidden_panels_leave_no_empty_cell(
    demo_store: Store, clock: FixedClock, hidden: tuple[str, ...]
) -> None:
    """The panels that are shown fill the grid: every row is as wide as the first."""
    Store(demo_store.path, clock).save_settings(
        Store(demo_store.path, clock).settings().edit(hidden_panels=hidden)
    )
    app = make_app(Store(demo_store.path, clock), clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        shown = [p for p in app.screen.query(Panel) if p.display]
        assert len(shown) == len(PANELS) - len(hidden)
        rows: dict[int, list[Panel]] = {}
        for panel in shown:
            rows.setdefault(panel.region.y, []).append(panel)
        left = min(p.region.x for p in shown)
        right = max(p.region.right for p in shown)
        for row in rows.values():
            assert min(p.region.x for p in row) == left
            assert max(p.region.right for p in row) == right


async def test_every_panel_hidden_says_how_to_get_them_back(
    demo_store: Store, clock: FixedClock
) -> None:
    Store(demo_store.path, clock).save_settings(
        Store(demo_store.path, clock)
        .settings()
        .edit(hidden_panels=tuple(spec.key for spec in PANELS))
    )
    app = make_app(Store(demo_store.path, clock), clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert "Settings" in str(app.screen.query_one("#all-hidden", Static).render())
        assert app.screen.query_one("#all-hidden").display
        await pilot.press("m")  # the keys still work
        assert not isinstance(app.screen, DashboardScreen)


async def test_question_mark_explains_a_dialog_too_and_is_typed_in_a_field(
    empty_store: Store, clock: FixedClock
) -> None:
    from textual.widgets import TextArea

    from wellbeing_tui.ui.dialogs.choice import Choice
    from wellbeing_tui.ui.support.explain import ExplainScreen

    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j", "n", "w", "h", "y", "question_mark")
        assert app.screen.query_one("#text", TextArea).text == "why?"
        await pilot.press("escape")  # leaving an unsaved entry asks first
        assert isinstance(app.screen, Choice)
        await pilot.press("question_mark")
        assert isinstance(app.screen, ExplainScreen)
        text = str(app.screen.query_one("#explain", Static).render())
        assert "Cancel" in text  # the dialog's own key
        await pilot.press("escape")
        assert isinstance(app.screen, Choice)
