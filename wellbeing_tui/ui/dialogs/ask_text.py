"""Ask for one line: the one input dialog (a name, a title, a clock time...)."""

from __future__ import annotations

from collections.abc import Callable

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.visible import visible
from wellbeing_tui.ui.format import literal


def any_words(text: str) -> str:
    """The answer as typed, without spaces around it; nothing at all is refused kindly."""
    if not text.strip():
        raise ValidationError("answer", "Type something, or press escape.")
    return text.strip()


class AskText(ModalScreen[str | None]):
    """Ask for a line; escape cancels. ``check`` turns what was typed into the answer, or
    raises ``ValidationError`` with a message shown under the field (the dialog stays open
    and keeps what was typed)."""

    # Where what is typed here is kept, for "?" (see support/explain.py).
    KEPT = "Nothing of its own: what you type goes back to the screen that asked."

    DEFAULT_CSS = """
    AskText { align: center middle; background: $background 60%; }
    AskText > Vertical { width: 64; max-width: 95%; height: auto; border: round $primary;
                         background: $surface; padding: 1 2; }
    AskText #ask-question { width: 1fr; height: auto; }  /* the question wraps, never cut */
    AskText #ask-error { color: $warning; height: auto; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="cancel")]

    def __init__(
        self, question: str, value: str = "", check: Callable[[str], str] = any_words
    ) -> None:
        super().__init__()
        self.question = question
        self.value = value
        self.check = check

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(literal(self.question), id="ask-question")
            yield Input(visible(self.value), id="answer")
            yield Static("", id="ask-error")

    @on(Input.Submitted)
    def submitted(self, event: Input.Submitted) -> None:
        try:
            answer = self.check(event.value)
        except ValidationError as err:
            self.query_one("#ask-error", Static).update(literal(err.message))
            return
        self.dismiss(answer)

    def action_cancel(self) -> None:
        self.dismiss(None)
