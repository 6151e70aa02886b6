"""Steps that several snapshot tests take before the picture is taken."""

from __future__ import annotations

from typing import Any

from textual.pilot import Pilot


async def open_exercise(pilot: Pilot[Any], slug: str) -> None:
    from textual.widgets import OptionList

    await pilot.press("g")
    options = pilot.app.screen.query_one(OptionList)
    ids = [options.get_option_at_index(i).id for i in range(options.option_count)]
    options.highlighted = ids.index(slug)
    await pilot.press("enter")


# Input, TextArea, and any other widget whose cursor blinks on a timer.
BLINK = "cursor_blink"


async def steady(pilot: Pilot[Any]) -> None:
    """No blinking cursor on any screen, so a snapshot never catches one half-way: a
    focused field shows its cursor, whenever the picture is taken."""
    for screen in pilot.app.screen_stack:
        for widget in screen.query("*"):
            if getattr(widget, BLINK, False) is True:
                setattr(widget, BLINK, False)
    await pilot.pause()


def fill(pilot: Pilot[Any], values: dict[str, str]) -> None:
    from textual.widgets import Input

    for field, text in values.items():
        pilot.app.screen.query_one(f"#{field}", Input).value = text


async def worksheet_to(pilot: Pilot[Any], steps: int) -> None:
    from textual.widgets import Input, TextArea

    await pilot.press("t", "n")
    pilot.app.screen.query_one("#situation", TextArea).text = "Team meeting: no reply."
    pilot.app.screen.query_one("#mood-name-0", Input).value = "anxious"
    pilot.app.screen.query_one("#mood-before-0", Input).value = "70"
    pilot.app.screen.query_one("#hot-thought", Input).value = "She thinks my work is useless."
    pilot.app.screen.query_one("#belief-before", Input).value = "80"
    for _ in range(steps):
        await pilot.press("ctrl+n")
    await steady(pilot)
