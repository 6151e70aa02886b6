"""The grounding exercises: pick one (or the one from last time)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from wellbeing_tui.content.exercises import BY_SLUG, EXERCISES
from wellbeing_tui.domain.session import format_seconds
from wellbeing_tui.ui.grounding.setup import SetupScreen
from wellbeing_tui.ui.navigation import Navigate
from wellbeing_tui.ui.uses_diary import UsesDiary

if TYPE_CHECKING:
    pass

AGAIN = "again"


class ExerciseListScreen(UsesDiary, Screen[None]):
    """Eight ways to come back to the present."""

    # Where what is typed here is kept, for "?" (see support/explain.py).
    KEPT = "Sessions go to the grounding table."

    CSS_PATH = "choose.tcss"
    BINDINGS = [Binding("escape", "app.pop_screen", "Back", id="back")]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(
            "Choose an exercise and press Enter. Each one takes a few minutes; you can "
            "pause with space or stop with escape at any time.",
            classes="hint intro",
        )
        options: list[Option] = []
        last = self.diary.grounding.last()
        if last is not None and last.exercise in BY_SLUG:
            text = Text.assemble(
                ("Again: ", "bold"),
                (BY_SLUG[last.exercise].name, "bold"),
                (f", {format_seconds(last.planned_seconds)}", ""),
                ("\nThe one you did last time.", "dim"),
            )
            options.append(Option(text, id=AGAIN))
        for exercise in EXERCISES:
            text = Text.assemble((exercise.name, "bold"), "\n", (exercise.summary, "dim"))
            options.append(Option(text, id=exercise.slug))
        yield OptionList(*options, id="exercises")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Grounding"
        self.sub_title = "come back to the present"
        self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected, "#exercises")
    def chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id == AGAIN:
            self.post_message(Navigate("repeat-grounding"))
        elif event.option.id in BY_SLUG:
            self.app.push_screen(SetupScreen(BY_SLUG[event.option.id]))
