"""Ask for a clock time, written as people write them (12:30, 1230, 12:30pm)."""

from __future__ import annotations

from wellbeing_tui.domain.clocktime import parse_clock
from wellbeing_tui.ui.dialogs.ask_text import AskText


def a_clock_time(text: str) -> str:
    return parse_clock("at", text)


class AskTime(AskText):
    """Type a clock time; escape cancels."""

    # Where what is typed here is kept, for "?" (see support/explain.py).
    KEPT = "Nothing of its own: the time goes back to the screen that asked."

    def __init__(self, what: str, value: str = "") -> None:
        question = f"When was {what}? (for example 12:30, 1230 or 12:30pm)"
        super().__init__(question, value, check=a_clock_time)
