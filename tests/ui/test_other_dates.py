"""The screens that depend on today, on days other than the demo data's own.

Snapshots pin the clock to the demo's last day so they stay stable; these tests move the
demo to other days (a leap day, the turn of the year, the days the clocks change) and check
that "today", "this week", "days ago" and "on this day" follow.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from textual.widgets import Static

from tests.conftest import make_app, showing
from tests.helpers.walks import quick_few
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.storage import Store
from wellbeing_tui.storage.demo import make_demo_copy, remove_demo_copy
from wellbeing_tui.ui.dashboard.dashboard import DashboardScreen
from wellbeing_tui.ui.format import ordinal
from wellbeing_tui.ui.journal.entries import JournalListScreen
from wellbeing_tui.ui.week.week import WeekScreen

DAYS = [
    (date(2028, 2, 29), "Europe/London"),
    (date(2026, 12, 31), "Europe/London"),
    (date(2027, 1, 1), "America/New_York"),
    (date(2027, 3, 28), "Europe/London"),  # the clocks go forward
    (date(2026, 11, 1), "America/New_York"),  # the clocks go back
    (date(2027, 6, 14), "UTC"),
]


@pytest.fixture(params=DAYS, ids=lambda p: f"{p[0]}-{p[1]}")
def moved_demo(request: pytest.FixtureRequest) -> Iterator[tuple[Store, FixedClock, date]]:
    day, zone = request.param
    clock = FixedClock(datetime.combine(day, time(19, 30), tzinfo=ZoneInfo(zone)))
    folder, path = make_demo_copy(day)
    store = Store(path, clock)
    try:
        yield store, clock, day
    finally:
        store.close()
        remove_demo_copy(folder)


def docs(store: Store, table: str) -> list[dict[str, Any]]:
    return [dict(doc) for doc in store.raw(table).values()]


def text(app: Any, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def test_the_dashboard_shows_that_day(moved_demo: tuple[Store, FixedClock, date]) -> None:
    store, clock, day = moved_demo
    checkins = sorted(
        str(d["at"])[11:16] for d in docs(store, "checkins") if d["at"][:10] == str(day)
    )
    monday = day - timedelta(days=day.weekday())
    sessions = [
        d for d in docs(store, "grounding") if str(monday) <= d["started_at"][:10] <= str(day)
    ]
    last_contact = max(date.fromisoformat(d["at"][:10]) for d in docs(store, "connections"))
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
        assert app.screen.sub_title == f"{day:%A} {day.day} {day:%B}"
        assert checkins, "the demo has check-ins on its last day"
        assert [line[:5] for line in text(app, "#body-mood").splitlines()] == checkins
        assert "asleep" in text(app, "#body-sleep")
        grounding = text(app, "#body-grounding")
        if sessions:
            plural = "session" if len(sessions) == 1 else "sessions"
            assert f"over {len(sessions)} {plural}" in grounding
        else:
            assert "No grounding sessions this week yet" in grounding
        days_ago = (day - last_contact).days
        assert f"{days_ago} days ago" in text(app, "#body-people")


async def test_the_week_review_opens_on_the_week_of_that_day(
    moved_demo: tuple[Store, FixedClock, date],
) -> None:
    store, clock, day = moved_demo
    monday = day - timedelta(days=day.weekday())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("w")
        assert isinstance(app.screen, WeekScreen)
        title = text(app, "#week-title")
        assert f"Week of Monday {monday.day} {monday:%B} {monday.year}" in title
        today_column = text(app, f"#day-{day.weekday()}")
        assert f"{day:%a} {day.day}" in today_column
        week = app.screen.week
        assert week is not None
        assert week.days[day.weekday()].day == day
        assert any(m for m in week.days[day.weekday()].moods), "today's check-ins are counted"


MONTH_DAYS = [1, 2, 3, 11, 12, 13, 21, 22, 23, 31]


@pytest.mark.parametrize(
    "day", quick_few([str(d) for d in MONTH_DAYS], [(d,) for d in MONTH_DAYS], {"1", "12", "22"})
)
async def test_on_this_day_names_the_day_of_the_month(day: int, tmp_path: Path) -> None:
    today = date(2026, 12, day)
    clock = FixedClock(datetime.combine(today, time(20, 0), tzinfo=ZoneInfo("Europe/London")))
    store = Store(tmp_path / "w.json", clock)
    earlier = date(2026, 10, day).isoformat()
    store.add(
        JournalEntry(
            id="e1",
            created_at=f"{earlier}T08:00:00+00:00",
            updated_at=f"{earlier}T08:00:00+00:00",
            text="an earlier month",
        )
    )
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j", "o")
        assert [e.id for e in showing(app, JournalListScreen).shown] == ["e1"]
        status = text(app, "#journal-status")
        assert f"1 entry from the {ordinal(day)} of earlier months" in status
    store.close()


def test_ordinals_read_as_english() -> None:
    got = [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31, 101, 111)]
    assert got == [
        "1st",
        "2nd",
        "3rd",
        "4th",
        "11th",
        "12th",
        "13th",
        "21st",
        "22nd",
        "23rd",
        "31st",
        "101st",
        "111th",
    ]
