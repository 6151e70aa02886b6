"""The fun list and doing something from it."""

from __future__ import annotations

import pytest
from textual.widgets import Input, Static

from tests.conftest import make_app
from wellbeing_tui.domain.activities import Activity, ActivityLog
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.fields import iso
from wellbeing_tui.domain.fun import ranked
from wellbeing_tui.storage import Store
from wellbeing_tui.ui.dialogs.choice import Choice
from wellbeing_tui.ui.fun.doing import DoItScreen
from wellbeing_tui.ui.fun.fun import FunScreen

AT = "2026-11-25T18:00:00+00:00"


def reopen(store: Store) -> Store:
    return Store(store.path, store.clock)


def titles(store: Store) -> list[str]:
    return [a.title for a in ranked(reopen(store).records(Activity))]


async def test_add_from_ideas_add_your_own_reorder_and_archive(
    empty_store: Store, clock: FixedClock
) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f")
        assert isinstance(app.screen, FunScreen)
        assert "Your list is empty" in str(app.screen.query_one("#fun-status", Static).render())
        await pilot.press("enter")  # the first idea, with one key
        assert titles(empty_store) == ["Painting or drawing"]
        await pilot.press("a", *"Swimming", "enter")
        await pilot.press("a", *"Baking bread", "enter")
        assert titles(empty_store) == ["Painting or drawing", "Swimming", "Baking bread"]
        await pilot.press("shift+up", "shift+up")  # Baking bread becomes the favourite
        assert titles(empty_store) == ["Baking bread", "Painting or drawing", "Swimming"]
        await pilot.press("down", "x")  # archive Painting
        assert titles(empty_store) == ["Baking bread", "Swimming"]
    archived = [a for a in reopen(empty_store).records(Activity) if a.archived]
    assert [a.title for a in archived] == ["Painting or drawing"]
    assert [a.rank for a in ranked(reopen(empty_store).records(Activity))] == [1, 3]


async def test_do_it_with_a_guess_and_a_result(demo_store: Store, clock: FixedClock) -> None:
    favourite = ranked(demo_store.records(Activity))[0]
    before = len(demo_store.records(ActivityLog))
    app = make_app(demo_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f", "enter")
        assert isinstance(app.screen, DoItScreen)
        await pilot.press("2")
        await pilot.click("#later")  # keep the guess, go and do it
        assert isinstance(app.screen, FunScreen)
        await pilot.press("enter")
        assert app.screen.query_one("#predicted", Input).value == "2"
        app.screen.query_one("#enjoyment", Input).value = "6"
        app.screen.query_one("#mastery", Input).value = "5"
        app.screen.query_one("#note", Input).value = "better than I thought"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, FunScreen)
        status = str(app.screen.query_one("#fun-status", Static).render())
        assert "went better than you guessed" in status  # the demo's own ratings show it
    logs = reopen(demo_store).records(ActivityLog)
    assert len(logs) == before + 1
    latest = max(logs, key=lambda log: log.at)
    assert (latest.activity_id, latest.predicted, latest.enjoyment, latest.mastery) == (
        favourite.id,
        2,
        6,
        5,
    )
    assert latest.note == "better than I thought" and latest.at == iso(clock.now())


async def test_the_dashboard_shows_the_top_of_the_list_and_this_week(
    demo_store: Store, clock: FixedClock
) -> None:
    app = make_app(demo_store, clock)
    async with app.run_test(size=(100, 30)):
        panel = str(app.screen.query_one("#body-fun", Static).render())
    top = [a.title for a in ranked(demo_store.records(Activity))[:3]]
    assert [line.split(". ", 1)[1] for line in panel.splitlines()[:3]] == top
    assert "Done this week:" in panel


async def test_escape_after_rating_asks_before_leaving(
    demo_store: Store, clock: FixedClock
) -> None:
    before = len(demo_store.records(ActivityLog))
    app = make_app(demo_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f", "enter", "escape")  # nothing typed: straight back
        assert isinstance(app.screen, FunScreen)
        await pilot.press("enter")
        app.screen.query_one("#enjoyment", Input).value = "7"
        await pilot.press("escape")
        assert isinstance(app.screen, Choice)
        await pilot.press("escape")  # keep editing: the rating is still there
        assert app.screen.query_one("#enjoyment", Input).value == "7"
        await pilot.press("escape", "right", "right", "enter")  # leave without saving
        assert isinstance(app.screen, FunScreen)
    assert len(reopen(demo_store).records(ActivityLog)) == before


@pytest.mark.parametrize(
    ("pairs", "claim"),
    [
        ([(2, 6), (3, 7)], False),  # two times say nothing yet
        ([(2, 6), (3, 7), (4, 8)], True),
        ([(6, 3), (7, 4), (5, 5)], False),  # felt less than expected
    ],
)
async def test_the_fun_list_speaks_only_from_the_persons_own_ratings(
    empty_store: Store, clock: FixedClock, pairs: list[tuple[int, int]], claim: bool
) -> None:
    empty_store.add(Activity(id="a1", title="Swimming", rank=1, created_at=AT))
    for n, (predicted, felt) in enumerate(pairs):
        empty_store.add(
            ActivityLog(id=f"l{n}", activity_id="a1", at=AT, predicted=predicted, enjoyment=felt)
        )
    app = make_app(Store(empty_store.path, clock), clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f")
        status = str(app.screen.query_one("#fun-status", Static).render())
        assert f"Over {len(pairs)} times, you expected" in status
        assert ("better than you guessed" in status) == claim
