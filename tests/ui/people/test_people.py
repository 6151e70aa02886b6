"""Time with people, and the dashboard's gentle nudge."""

from __future__ import annotations

from datetime import timedelta

from textual.widgets import Input, RadioButton, Static

from tests.conftest import make_app, showing
from wellbeing_tui.domain.activities import Activity, Connection
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.fields import iso
from wellbeing_tui.domain.fun import ranked
from wellbeing_tui.storage import Store
from wellbeing_tui.ui.dashboard.dashboard import DashboardScreen
from wellbeing_tui.ui.dialogs.choice import Choice
from wellbeing_tui.ui.people.people import PeopleScreen


def reopen(store: Store) -> Store:
    return Store(store.path, store.clock)


def titles(store: Store) -> list[str]:
    return [a.title for a in ranked(reopen(store).records(Activity))]


async def test_a_contact_is_saved_and_the_days_since_are_shown(
    empty_store: Store, clock: FixedClock
) -> None:
    empty_store.add(
        Connection(id="old", at=iso(clock.now() - timedelta(days=4)), who="Mum", how="call")
    )
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p")
        await pilot.press(*"Priya")
        app.screen.query_one("#how-video", RadioButton).value = True
        app.screen.query_one("#minutes", Input).value = "45"
        app.screen.query_one("#felt-4", RadioButton).value = True
        await pilot.press("ctrl+s")
        people = str(app.screen.query_one("#people-list", Static).render())
        assert people.index("Priya: today") < people.index("Mum: 4 days ago")
        assert "Ways to meet people" in str(app.screen.query_one("#meet-people", Static).render())
    saved = reopen(empty_store).get(
        Connection, next(c.id for c in reopen(empty_store).records(Connection) if c.who == "Priya")
    )
    assert saved is not None
    assert (saved.how, saved.minutes, saved.felt, saved.at) == ("video", 45, 4, iso(clock.now()))


async def test_a_contact_needs_a_name(empty_store: Store, clock: FixedClock) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p", "ctrl+s")
        assert "who it was" in str(app.screen.query_one("#people-error", Static).render())
    assert reopen(empty_store).records(Connection) == []


async def test_the_dashboard_nudge_comes_after_seven_days_and_not_before(
    empty_store: Store, clock: FixedClock
) -> None:
    empty_store.add(
        Connection(id="c", at=iso(clock.now() - timedelta(days=6)), who="Sam", how="text")
    )
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        panel = str(app.screen.query_one("#body-people", Static).render())
        assert "Last: Sam, 6 days ago" in panel and "small step" not in panel
        clock.advance(24 * 3600)
        showing(app, DashboardScreen).refresh_panels()
        await pilot.pause()
        panel = str(app.screen.query_one("#body-people", Static).render())
        assert "No time with people logged for 7 days" in panel
        assert "a message to one person" in panel
        assert "It has been" not in panel  # no count held against the person


async def test_escape_with_a_name_typed_asks_before_leaving(
    empty_store: Store, clock: FixedClock
) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p", "escape")  # nothing typed: straight back
        assert isinstance(app.screen, DashboardScreen)
        await pilot.press("p", *"Priya", "escape")
        assert isinstance(app.screen, Choice)
        await pilot.press("escape")  # keep editing
        assert isinstance(app.screen, PeopleScreen)
        assert app.screen.query_one("#who", Input).value == "Priya"
        await pilot.press("escape", "right", "right", "enter")  # leave without saving
        assert isinstance(app.screen, DashboardScreen)
        await pilot.press("p", *"Sam", "escape", "enter")  # save it
        await pilot.pause()
    assert [c.who for c in reopen(empty_store).records(Connection)] == ["Sam"]


async def test_after_saving_a_person_the_name_field_is_ready_again(
    empty_store: Store, clock: FixedClock
) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p", *"Priya", "tab")
        app.screen.query_one("#contact-note", Input).focus()
        await pilot.press(*"coffee", "enter")  # enter in the note saves
        await pilot.pause()
        assert app.screen.focused is app.screen.query_one("#who", Input)


async def test_a_contact_dated_in_the_future_is_named_by_its_date(
    empty_store: Store, clock: FixedClock
) -> None:
    from textual.widgets import Static

    from wellbeing_tui.domain.activities import Connection

    empty_store.add(Connection(id="c1", at="2027-06-03T10:00:00+00:00", who="Sam", how="call"))
    app = make_app(Store(empty_store.path, clock), clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        panel = str(app.screen.query_one("#body-people", Static).render())
        assert "Last: Sam, on 3 Jun 2027 (a future date)" in panel and "-" not in panel
        await pilot.press("p")
        listing = str(app.screen.query_one("#people-list", Static).render())
        assert "Sam: on 3 Jun 2027 (a future date)" in listing
