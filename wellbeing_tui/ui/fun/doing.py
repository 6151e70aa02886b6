"""Doing something from the fun list: a guess before, and how it was after."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.validation import Integer
from textual.widgets import Button, Footer, Header, Input, Label, Static

from wellbeing_tui.domain.activities import Activity, ActivityLog
from wellbeing_tui.domain.fields import iso, new_id
from wellbeing_tui.ui.dialogs.leave import ask_before_leaving
from wellbeing_tui.ui.format import escape
from wellbeing_tui.ui.uses_diary import UsesDiary
from wellbeing_tui.ui.widgets.forms import FormBody, rating_or_none


def rating_input(field_id: str) -> Input:
    return Input(
        placeholder="0-10 (optional)",
        type="integer",
        max_length=2,
        validators=[Integer(0, 10)],
        id=field_id,
        classes="rating",
    )


class DoItScreen(UsesDiary, Screen[None]):
    """Before: how much will you enjoy it? After: how was it?"""

    # Where what is typed here is kept, for "?" (see support/explain.py).
    KEPT = "Goes to activity_log; a guess before is kept as a draft."

    CSS_PATH = "doing.tcss"
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="save"),
        Binding("escape", "leave", "Back", id="back"),
    ]

    def __init__(self, activity: Activity) -> None:
        super().__init__()
        self.activity = activity
        self.draft_kind = f"activity:{activity.id}"
        self._opened_with: list[str] = []

    def compose(self) -> ComposeResult:
        yield Header()
        with FormBody(id="do-it"):
            yield Static(f"[b]{escape(self.activity.title)}[/b]")
            yield Label(
                "Before: how much do you think you will enjoy it, 0 to 10?", classes="field-label"
            )
            yield rating_input("predicted")
            with Horizontal(classes="buttons"):
                yield Button("Keep my guess, I'll come back after", id="later")
            yield Label("After: how much did you enjoy it, 0 to 10?", classes="field-label")
            yield rating_input("enjoyment")
            yield Label(
                "And the sense of achievement, given how you felt, 0 to 10?", classes="field-label"
            )
            yield rating_input("mastery")
            yield Label("A note (optional)", classes="field-label")
            yield Input(id="note")
            yield Static("", id="do-it-error")
            with Horizontal(classes="buttons"):
                yield Button("Save", variant="primary", id="save")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Fun list"
        self.sub_title = "doing something you enjoy"
        draft = self.diary.drafts.latest(self.draft_kind)
        predicted = self.query_one("#predicted", Input)
        if draft is not None and draft.data.get("predicted") is not None:
            predicted.value = str(draft.data["predicted"])
            self.query_one("#enjoyment", Input).focus()
        else:
            predicted.focus()
        self._opened_with = self.values()

    FIELDS = ("#predicted", "#enjoyment", "#mastery", "#note")

    def values(self) -> list[str]:
        return [self.query_one(field, Input).value.strip() for field in self.FIELDS]

    def action_leave(self) -> None:
        """Escape goes back; with something typed since the screen opened, it asks first."""
        if self.values() == self._opened_with:
            self.app.pop_screen()
            return
        ask_before_leaving(self, "How it went", self.action_save)

    def rating(self, field: str) -> int | None:
        ok, value = rating_or_none(self.query_one(f"#{field}", Input))
        if not ok:
            raise ValueError(field)
        return value

    @on(Button.Pressed, "#later")
    def later(self) -> None:
        try:
            predicted = self.rating("predicted")
        except ValueError:
            self.query_one("#do-it-error", Static).update("The guess is 0 to 10, or empty.")
            return

        def kept(_: object) -> None:
            self.notify("Your guess is kept. Come back here afterwards.", timeout=4)
            self.leave_after_save()

        self.main_app.write(
            lambda: self.diary.drafts.keep(self.draft_kind, {"predicted": predicted}),
            done=kept,
            failed=lambda err: self.query_one("#do-it-error", Static).update(escape(str(err))),
            form=self,
        )

    @on(Input.Submitted)
    def next_field(self, event: Input.Submitted) -> None:
        if event.input.id == "note":
            self.action_save()
        else:
            self.focus_next()

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        error = self.query_one("#do-it-error", Static)
        try:
            predicted, enjoyment, mastery = (
                self.rating(f) for f in ("predicted", "enjoyment", "mastery")
            )
        except ValueError as err:
            error.update(f"The {err} rating is a whole number from 0 to 10, or leave it empty.")
            return
        if enjoyment is None and mastery is None:
            error.update(
                "Once you have done it, rate the enjoyment or the sense of achievement "
                "(or keep your guess and come back after)."
            )
            return
        record = ActivityLog(
            id=new_id(),
            activity_id=self.activity.id,
            at=iso(self.diary.now()),
            predicted=predicted,
            enjoyment=enjoyment,
            mastery=mastery,
            note=self.query_one("#note", Input).value.strip() or None,
        )
        fun, kind = self.diary.fun, self.draft_kind

        def write() -> None:
            fun.done(record, replacing_drafts=kind)

        def saved(_: None) -> None:
            self.notify("Well done for doing it.", timeout=3)
            self.leave_after_save()

        self.main_app.write(
            write, done=saved, failed=lambda err: error.update(escape(str(err))), form=self
        )
