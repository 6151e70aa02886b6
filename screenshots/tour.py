"""The tour of every screen: how to get to each one from the dashboard, with the demo data
at a fixed moment. The screenshot script and the tests (every screen at 80x24) both use it."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from wellbeing_tui.domain.clock import FixedClock

NOW = datetime(2026, 11, 26, 19, 30, tzinfo=UTC)  # the demo data's last day
HOME = Path("/home/you")  # shown instead of this machine's folders
Steps = Callable[[Any, FixedClock], Awaitable[None]]


def keys(*pressed: str) -> Steps:
    async def run(pilot: Any, clock: FixedClock) -> None:
        await pilot.press(*pressed)

    return run


def exercise(slug: str, *then: str, seconds: float = 0) -> Steps:
    async def run(pilot: Any, clock: FixedClock) -> None:
        from textual.widgets import OptionList

        await pilot.press("g")
        options = pilot.app.screen.query_one(OptionList)
        ids = [options.get_option_at_index(i).id for i in range(options.option_count)]
        options.highlighted = ids.index(slug)
        await pilot.press("enter", *then)
        if seconds:
            clock.advance(seconds)
            pilot.app.screen.tick()

    return run


def call(action: str, *args: str) -> Steps:
    async def run(pilot: Any, clock: FixedClock) -> None:
        getattr(pilot.app, action)(*args)

    return run


# (file name, one line for the README, how to get there)
SCREENS: list[tuple[str, str, Steps]] = [
    ("dashboard", "Today at a glance: sleep, mood, meals, grounding, journal and more.", keys()),
    (
        "support",
        "Help and support: free helplines for your country, and how to find a therapist.",
        keys("h"),
    ),
    (
        "safety-plan",
        "A safety plan in your own words, with your country's services to start with.",
        keys("h", "p"),
    ),
    ("grounding-list", "Eight grounding exercises, with last time's first.", keys("g")),
    (
        "grounding-setup",
        "Before a session: how long, and how distressed you feel.",
        exercise("calm-breathing"),
    ),
    (
        "grounding-breathing",
        "Box breathing, holding after a breath in.",
        exercise("box-breathing", "enter", seconds=5.5),
    ),
    (
        "grounding-senses",
        "5-4-3-2-1, one sense at a time.",
        exercise("senses-54321", "enter", seconds=8),
    ),
    (
        "grounding-end",
        "After a session: rate again and save.",
        exercise("calm-breathing", "enter", seconds=200),
    ),
    ("checkin", "A mood check-in: mood, energy, emotion words, body cues.", keys("m")),
    ("journal-list", "The journal, newest first, with search.", keys("j")),
    ("journal-editor", "A new entry from a prompt.", keys("j", "n")),
    ("worksheet-history", "Past thought worksheets.", keys("t")),
    ("worksheet", "A new thought worksheet, first step.", keys("t", "n")),
    ("sleep-diary", "This morning's sleep diary with its figures.", keys("s")),
    ("meals", "Today's meals and the longest gap.", call("go", "meals")),
    ("coping", "A kind note of using something to cope.", call("go", "coping")),
    ("week", "The week review.", keys("w", "left_square_bracket")),
    (
        "looking-back",
        "Looking back: mood and sleep over weeks or years, a year of mood, what goes with "
        "better days.",
        keys("l"),
    ),
    ("fun-list", "The fun list, favourite first.", keys("f")),
    (
        "do-it",
        "Doing something from the list: a guess before, how it was after.",
        keys("f", "enter"),
    ),
    ("people", "Time with people, and ways to meet people.", keys("p")),
    ("menu", "The menu (o).", keys("o")),
    ("export", "Export: a summary for a therapist, a backup, or CSV.", call("go", "export")),
    ("import", "Import from jrnl, Daylio or a backup.", call("go", "import")),
    ("settings", "Settings.", call("go", "settings")),
    ("help", "? explains any screen.", keys("question_mark")),
]
