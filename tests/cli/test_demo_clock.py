"""The demo never shows an event after the clock: opened at 01:30, its last day has nothing
yet; opened at noon, the morning's check-in and meals but not the evening's."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from textual.widgets import Static

from tests.conftest import make_app, showing
from wellbeing_tui.cli.parse import main
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.fields import TimeKind
from wellbeing_tui.domain.tables import RECORD_TYPES
from wellbeing_tui.domain.timeshift import time_layout
from wellbeing_tui.storage import Store
from wellbeing_tui.storage.demo import make_demo_copy, remove_demo_copy
from wellbeing_tui.ui.dashboard.dashboard import DashboardScreen

DAY = date(2027, 3, 10)
TIMES = [time(1, 30), time(7, 0), time(9, 10), time(12, 0), time(17, 25), time(23, 59)]


def moments(doc: dict[str, Any], record_type: type) -> Iterator[str]:
    """Every moment a stored record names, as the diary shows it (date and clock time)."""
    for field, kind in time_layout(record_type).items():
        value = doc.get(field)
        if isinstance(value, str) and kind is TimeKind.TIMESTAMP:
            yield value[:16]
        elif isinstance(value, str) and kind is TimeKind.DATE:
            when = doc.get("at") or doc.get("out_of_bed") or "00:00"
            yield f"{value}T{when}"


@pytest.mark.parametrize("at", TIMES, ids=[t.strftime("%H%M") for t in TIMES])
async def test_the_demo_shows_nothing_after_the_clock(at: time) -> None:
    now = datetime.combine(DAY, at, tzinfo=ZoneInfo("Europe/London"))
    clock = FixedClock(now)
    folder, path = make_demo_copy(now)
    try:
        store = Store(path, clock)
        shown = now.strftime("%Y-%m-%dT%H:%M")
        for table, record_type in RECORD_TYPES.items():
            for doc in store.raw(table).values():
                for moment in moments(dict(doc), record_type):
                    assert moment <= shown, (table, doc)
        app = make_app(store, clock)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            showing(app, DashboardScreen)
            mood = str(app.screen.query_one("#body-mood", Static).render())
            times = [line[:5] for line in mood.splitlines() if line[:2].isdigit()]
            assert all(t <= at.strftime("%H:%M") for t in times), mood
            if at >= time(17, 25):
                assert times == ["09:05", "17:20"]  # the whole demo day by the evening
            elif at < time(9, 5):
                assert times == []
        store.close()
    finally:
        remove_demo_copy(folder)


def test_a_command_on_the_demo_at_01_30_lists_no_entry_after_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    now = datetime.combine(DAY, time(1, 30), tzinfo=ZoneInfo("UTC"))
    assert main(["--demo", "journal", "--json"], clock=FixedClock(now)) == 0
    entries = json.loads(capsys.readouterr().out)
    assert entries, "the demo's earlier entries are there"
    assert all(str(e["created_at"])[:16] <= "2027-03-10T01:30" for e in entries)
