"""Before a session: how long, and (if you like) how distressed you feel now."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.screen import Screen
from textual.validation import Integer
from textual.widgets import Button, Footer, Header, Input, Label, RadioButton, RadioSet, Static

from wellbeing_tui.content.exercises import DURATIONS
from wellbeing_tui.domain.exercise import Exercise, build_plan, planned_seconds
from wellbeing_tui.domain.session import GroundingRun
from wellbeing_tui.ui.grounding.session import SessionScreen
from wellbeing_tui.ui.uses_diary import UsesDiary
from wellbeing_tui.ui.widgets.forms import FormBody, rating_or_none

BEGINNER = "beginner"


def offered_lengths(exercise: Exercise) -> list[int]:
    """The lengths to choose from, leaving out any that a cap on rounds would make the same
    as a shorter one (4-7-8 stops at eight rounds)."""
    lengths: list[int] = []
    seen: set[float] = set()
    for minutes in DURATIONS:
        seconds = planned_seconds(build_plan(exercise, minutes))
        if seconds not in seen:
            seen.add(seconds)
            lengths.append(minutes)
    return lengths


def length_label(exercise: Exercise, minutes: int) -> str:
    """'3 min', or, where whole breathing rounds make it longer or shorter, what it really
    is: '1 min (4 rounds, 1:04)'."""
    plan = build_plan(exercise, minutes)
    seconds = round(planned_seconds(plan))
    if exercise.kind != "breathing" or seconds == 60 * minutes:
        return f"{minutes} min"
    rounds = max(s.cycle or 0 for s in plan)
    return f"{minutes} min ({rounds} rounds, {seconds // 60}:{seconds % 60:02d})"


class LengthChoice(RadioSet):
    """The lengths, the chosen one highlighted. The arrows move the choice itself, so the
    length that is highlighted is the one that starts, by Enter here or from Start after
    Tab (a click only chooses)."""

    # Where what is typed here is kept, for "?" (see support/explain.py).
    KEPT = "Nothing of its own: the length goes back to the exercise's setup."

    BINDINGS = [
        Binding("down,right", "choose_next", "Next length", show=False),
        Binding("up,left", "choose_previous", "Previous length", show=False),
    ]

    class Started(Message):
        """Enter was pressed on a length."""

        def __init__(self, choice: str | None) -> None:
            super().__init__()
            self.choice = choice

    def on_mount(self) -> None:
        # After RadioSet's own mount, which highlights the first button.
        self.call_after_refresh(self._highlight_chosen)

    def _highlight_chosen(self) -> None:
        chosen = [n for n, button in enumerate(self.query(RadioButton)) if button.value]
        if chosen:
            self._selected = chosen[0]

    def action_choose_next(self) -> None:
        self.action_next_button()
        self._choose_highlighted()

    def action_choose_previous(self) -> None:
        self.action_previous_button()
        self._choose_highlighted()

    def _choose_highlighted(self) -> None:
        buttons = list(self.query(RadioButton))
        if self._selected is not None and buttons:
            buttons[self._selected].value = True

    def action_toggle_button(self) -> None:
        buttons = list(self.query(RadioButton))
        if self._selected is None or not buttons:
            return
        button = buttons[self._selected]
        button.value = True  # Enter never un-chooses the length it sits on
        self.post_message(self.Started(button.id))


class SetupScreen(UsesDiary, Screen[None]):
    """Length and a rating before starting; Enter starts."""

    # Where what is typed here is kept, for "?" (see support/explain.py).
    KEPT = "Nothing yet: the session goes to the grounding table when it ends."

    CSS_PATH = "form.tcss"
    BINDINGS = [Binding("escape", "app.pop_screen", "Back", id="back")]

    def __init__(self, exercise: Exercise, minutes: float | None = None) -> None:
        super().__init__()
        self.exercise = exercise
        self.minutes = minutes

    def compose(self) -> ComposeResult:
        ex = self.exercise
        yield Header()
        with FormBody(id="setup"):
            yield Static(f"[b]{ex.name}[/b]\n{ex.summary}", id="setup-summary")
            if ex.safety:
                yield Static(ex.safety, classes="muted")
            yield Label("How long?", classes="field-label")
            with LengthChoice(id="minutes"):
                if ex.beginner_cycles:
                    yield RadioButton(
                        f"{ex.beginner_cycles} rounds (a good start)",
                        value=self.minutes is None,
                        id=BEGINNER,
                    )
                default = self.minutes if self.minutes is not None else ex.default_minutes
                for minutes in offered_lengths(ex):
                    beginner = ex.beginner_cycles and self.minutes is None
                    chosen = minutes == default and not beginner
                    yield RadioButton(length_label(ex, minutes), value=chosen, id=f"min-{minutes}")
            yield Label(
                "How distressed do you feel right now? 0 is calm, 10 is the most you can "
                "imagine. Leave it empty to skip.",
                classes="field-label",
            )
            yield Input(
                placeholder="0-10 (optional)",
                type="integer",
                max_length=2,
                validators=[Integer(0, 10)],
                id="before",
            )
            yield Static("", id="setup-error", classes="error")
            with Horizontal(classes="buttons"):
                yield Button("Start", variant="primary", id="start")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Grounding"
        self.sub_title = self.exercise.name
        # The lengths first: arrows move, and Enter starts the one highlighted.
        self.query_one("#minutes", RadioSet).focus()

    def chosen_minutes(self, choice: str | None = None) -> float | None:
        pressed = self.query_one("#minutes", RadioSet).pressed_button
        choice = choice or (pressed.id if pressed is not None else None)
        if choice is None or choice == BEGINNER:
            return None if self.exercise.beginner_cycles else self.exercise.default_minutes
        return float(choice.removeprefix("min-"))

    @on(Input.Submitted, "#before")
    @on(Button.Pressed, "#start")
    @on(LengthChoice.Started)
    def start(self, event: LengthChoice.Started | None = None) -> None:
        choice = event.choice if isinstance(event, LengthChoice.Started) else None
        ok, before = rating_or_none(self.query_one("#before", Input))
        if not ok:
            self.query_one("#setup-error", Static).update(
                "Distress is a whole number from 0 to 10, or leave it empty."
            )
            self.query_one("#before", Input).focus()
            return

        run = GroundingRun(self.exercise, self.diary.clock, self.chosen_minutes(choice), before)
        self.app.switch_screen(SessionScreen(run))
