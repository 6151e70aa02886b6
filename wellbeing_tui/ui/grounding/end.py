"""After a session: a kind word, the rating again, a note, and the record saved."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.validation import Integer
from textual.widgets import Button, Footer, Header, Input, Label, Static

from wellbeing_tui.domain.session import GroundingRun, format_seconds
from wellbeing_tui.ui.format import escape
from wellbeing_tui.ui.navigation import Navigate
from wellbeing_tui.ui.uses_diary import UsesDiary
from wellbeing_tui.ui.widgets.forms import FormBody, rating_or_none


class EndScreen(UsesDiary, Screen[None]):
    """Rate again (if you like) and save."""

    # Where what is typed here is kept, for "?" (see support/explain.py).
    KEPT = "The session and how you feel now go to the grounding table when you save."

    CSS_PATH = "form.tcss"
    BINDINGS = [Binding("escape", "save", "Save and close", id="save")]

    def __init__(self, run: GroundingRun, *, completed: bool) -> None:
        super().__init__()
        self.run = run
        self.completed = completed
        self.saved = False

    def compose(self) -> ComposeResult:
        spent = format_seconds(self.run.timer.active_seconds())
        if self.completed:
            message = (
                f"[b]Well done.[/b] You gave yourself {spent} of "
                f"{self.run.exercise.name.lower()}. Take a moment before you move on."
            )
        else:
            message = (
                f"[b]Stopping early is fine.[/b] You spent {spent} on "
                f"{self.run.exercise.name.lower()}; it will be saved as not completed."
            )
        yield Header()
        with FormBody(id="end"):
            yield Static(message, id="end-message")
            if self.run.distress_before is not None:
                yield Static(
                    f"Before you started you rated your distress "
                    f"{self.run.distress_before} out of 10.",
                    classes="muted",
                )
            yield Label(
                "How distressed do you feel now? 0 to 10, or leave it empty.", classes="field-label"
            )
            yield Input(
                placeholder="0-10 (optional)",
                type="integer",
                max_length=2,
                validators=[Integer(0, 10)],
                id="after",
            )
            yield Label("A note, if you want one:", classes="field-label")
            yield Input(placeholder="optional", id="note")
            yield Static("", id="end-error", classes="error")
            with Horizontal(classes="buttons"):
                yield Button("Save", variant="primary", id="save")
                yield Button("Don't save", id="discard")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Grounding"
        self.sub_title = "finished" if self.completed else "ended early"
        self.query_one("#after", Input).focus()

    @on(Input.Submitted, "#after")
    def after_submitted(self) -> None:
        self.query_one("#note", Input).focus()

    @on(Input.Submitted, "#note")
    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        ok, after = rating_or_none(self.query_one("#after", Input))
        if not ok:
            self.query_one("#end-error", Static).update(
                "Distress is a whole number from 0 to 10, or leave it empty."
            )
            self.query_one("#after", Input).focus()
            return
        record = self.run.finish(
            completed=self.completed,
            distress_after=after,
            note=self.query_one("#note", Input).value,
        )

        def saved(_: object) -> None:
            self.saved = True
            self.notify("Saved to your grounding log.", timeout=3)
            self.post_message(Navigate("home"))

        self.main_app.write(
            lambda: self.diary.grounding.save(record),
            done=saved,
            failed=lambda err: self.query_one("#end-error", Static).update(escape(str(err))),
            form=self,
        )

    @on(Button.Pressed, "#discard")
    def discard(self) -> None:
        self.post_message(Navigate("home"))
