"""Leaving a form with typed text asks first, the same way on every screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.screen import Screen

from wellbeing_tui.ui.dialogs.choice import Choice


def ask_before_leaving(screen: Screen[Any], what: str, save: Callable[[], object]) -> None:
    """Ask whether to save, keep editing (escape) or leave without saving ``what``."""

    def answered(answer: str | None) -> None:
        if answer == "leave":
            screen.app.pop_screen()
        elif answer == "save":
            save()

    screen.app.push_screen(
        Choice(
            f"{what} is not saved yet.",
            [("save", "Save it"), ("stay", "Keep editing"), ("leave", "Leave without saving")],
            cancel="stay",
        ),
        answered,
    )
