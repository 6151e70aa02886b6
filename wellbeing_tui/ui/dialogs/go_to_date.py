"""Ask for a date to go to."""

from __future__ import annotations

from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.fields import check_date


class GoToDate(ModalScreen[date | None]):
    """Ask for a date; escape cancels."""

    # Where what is typed here is kept, for "?" (see support/explain.py).
    KEPT = "Nothing: it only moves the screen to the date you give."

    DEFAULT_CSS = """
    GoToDate { align: center middle; }
    GoToDate > Vertical { width: 50; height: auto; border: round $primary; padding: 1 2;
                          background: $surface; }
    GoToDate #date-error { color: $warning; height: auto; }
    GoToDate Label { width: 1fr; height: auto; }  /* the question wraps, never cut */
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="cancel")]

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label("Show the week holding which date? (YYYY-MM-DD)")
            yield Input(id="date")
            yield Static("", id="date-error")

    @on(Input.Submitted)
    def submitted(self, event: Input.Submitted) -> None:
        try:
            self.dismiss(date.fromisoformat(check_date("date", event.value.strip())))
        except ValidationError as err:
            self.query_one("#date-error", Static).update(err.message)

    def action_cancel(self) -> None:
        self.dismiss(None)
