"""Ask for a clock time, written as people write them (12:30, 1230, 12:30pm)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from wellbeing_tui.domain.clocktime import parse_clock
from wellbeing_tui.domain.errors import ValidationError


class AskTime(ModalScreen[str | None]):
    """Type a clock time; escape cancels."""

    # Where what is typed here is kept, for "?" (see support/explain.py).
    KEPT = "Nothing of its own: the time goes back to the screen that asked."

    DEFAULT_CSS = """
    AskTime { align: center middle; }
    AskTime > Vertical { width: 50; height: auto; border: round $primary; padding: 1 2;
                         background: $surface; }
    AskTime #time-error { color: $warning; height: auto; }
    AskTime Label { width: 1fr; height: auto; }  /* the question wraps, never cut */
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="cancel")]

    def __init__(self, what: str, value: str = "") -> None:
        super().__init__()
        self.what = what
        self.value = value

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(f"When was {self.what}? (for example 12:30, 1230 or 12:30pm)")
            yield Input(self.value, id="time")
            yield Static("", id="time-error")

    @on(Input.Submitted)
    def submitted(self, event: Input.Submitted) -> None:
        try:
            self.dismiss(parse_clock("at", event.value))
        except ValidationError as err:
            self.query_one("#time-error", Static).update(err.message)

    def action_cancel(self) -> None:
        self.dismiss(None)
