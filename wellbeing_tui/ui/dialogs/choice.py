"""A small question with a few answers, returning the id of the button chosen."""

from __future__ import annotations

from collections.abc import Callable

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from wellbeing_tui.ui.format import literal


class Choice(ModalScreen[str]):
    """Ask one question; escape answers with ``cancel``."""

    # Where what is typed here is kept, for "?" (see support/explain.py).
    KEPT = "Nothing of its own: your answer goes back to the screen that asked."

    DEFAULT_CSS = """
    Choice {
        align: center middle;
        background: $background 60%;
    }
    Choice > Vertical {
        width: 64;
        max-width: 95%;
        height: auto;
        border: round $primary;
        background: $surface;
        padding: 1 2;
    }
    Choice .buttons {
        height: auto;
        margin-top: 1;
    }
    Choice Button {
        margin-right: 1;
        /* As wide as its words, so four answers fit at 80 columns ("Dis" was all of
           "Discard" that showed). */
        min-width: 0;
        width: auto;
    }
    """
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="cancel"),
        Binding("left", "app.focus_previous", "Previous answer", show=False),
        Binding("right", "app.focus_next", "Next answer", show=False),
    ]

    def __init__(
        self,
        question: str,
        answers: list[tuple[str, str]],
        cancel: str,
        then: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__()
        self.question = question
        self.answers = answers
        self.cancel = cancel
        self.then = then  # called with the answer once the dialog has closed

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(literal(self.question))
            with Horizontal(classes="buttons"):
                for n, (answer_id, label) in enumerate(self.answers):
                    yield Button(label, id=answer_id, variant="primary" if n == 0 else "default")

    def on_mount(self) -> None:
        self.query(Button).first().focus()

    @on(Button.Pressed)
    def answered(self, event: Button.Pressed) -> None:
        self._close(event.button.id or self.cancel)

    def action_cancel(self) -> None:
        self._close(self.cancel)

    def _close(self, answer: str) -> None:
        self.dismiss(answer)
        if self.then is not None:
            self.then(answer)
