"""The first start: a short dialog on the dashboard that says what this app is and is not,
with the helpline and the emergency number of the person's country (the international
directory when the country is not known). It stays until it is closed, and is remembered as
seen only then; it covers nothing and holds no key, so the dashboard can be read and used
meanwhile (a form opened straight away opens at once, and the dialog waits on the dashboard)."""

from __future__ import annotations

from collections.abc import Callable

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from wellbeing_tui.content.helplines import helplines_for, reach
from wellbeing_tui.services.care_answer import DIRECTORY_WORDS, emergency_number
from wellbeing_tui.ui.format import escape

TITLE = "Before you start"
ABOUT = (
    "wellbeing is a self-help tool and a private journal, not a medical device: it does not "
    "diagnose or treat anything, and it does not replace a doctor or therapist."
)


def first_start_words(country: str | None) -> str:
    """What the dialog says, with the country's own numbers, or none guessed."""
    emergency = emergency_number(country)
    lines = helplines_for(country)
    danger = (
        f"If you are in danger, call {emergency} now."
        if emergency
        else "If you are in danger, call your local emergency number now."
    )
    talk = f"To talk to someone: {reach(lines[0]) if lines else DIRECTORY_WORDS}."
    return f"{ABOUT}\n{danger} {talk}"


class FirstStart(Vertical):
    """Shown once; ``closed`` is called when it is closed (to remember that it was seen)."""

    DEFAULT_CSS = """
    FirstStart { height: auto; border: round $accent; border-title-style: bold;
                 border-title-color: $text; background: $surface; padding: 0 1; margin: 0 1; }
    FirstStart #first-start-end { height: auto; }
    FirstStart #first-start-f1 { width: 1fr; color: $text-muted; }
    FirstStart Button { min-width: 0; width: auto; }
    """
    # Not in the footer, which has no room for it at 80 columns: the Close button is in view.
    BINDINGS = [Binding("escape", "close", "Close the note", id="close-first-start", show=False)]

    def __init__(self, country: str | None, closed: Callable[[], None]) -> None:
        super().__init__(id="first-start")
        self.country = country
        self.closed = closed
        self.border_title = TITLE

    def compose(self) -> ComposeResult:
        yield Static(escape(first_start_words(self.country)), id="first-start-words")
        with Horizontal(id="first-start-end"):
            yield Static("F1 shows helplines at any time.", id="first-start-f1")
            yield Button("Close", variant="primary", compact=True, id="start")

    def on_mount(self) -> None:
        self.query_one(Button).focus()

    @on(Button.Pressed, "#start")
    def action_close(self) -> None:
        self.remove()
        self.closed()
