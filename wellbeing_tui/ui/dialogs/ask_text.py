"""Ask for one line of text."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from wellbeing_tui.domain.visible import visible
from wellbeing_tui.ui.format import literal


class AskText(ModalScreen[str | None]):
    """Ask for a line of text; escape cancels, an empty answer is refused kindly."""

    # Where what is typed here is kept, for "?" (see support/explain.py).
    KEPT = "Nothing of its own: what you type goes back to the screen that asked."

    DEFAULT_CSS = """
    AskText { align: center middle; background: $background 60%; }
    AskText > Vertical { width: 64; max-width: 95%; height: auto; border: round $primary;
                         background: $surface; padding: 1 2; }
    AskText #ask-error { color: $warning; height: auto; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="cancel")]

    def __init__(self, question: str, value: str = "") -> None:
        super().__init__()
        self.question = question
        self.value = value

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(literal(self.question))
            yield Input(visible(self.value), id="answer")
            yield Static("", id="ask-error")

    @on(Input.Submitted)
    def submitted(self, event: Input.Submitted) -> None:
        if not event.value.strip():
            self.query_one("#ask-error", Static).update("Type something, or press escape.")
            return
        self.dismiss(event.value.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)
