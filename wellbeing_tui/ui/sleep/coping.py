"""A kind, private note of having used alcohol or another substance to cope."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Button, Input, Label, Static

from wellbeing_tui.content.helplines import reach
from wellbeing_tui.content.services import substance_services_for
from wellbeing_tui.domain.activities import Coping
from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.fields import iso, new_id
from wellbeing_tui.ui.format import escape, short_day
from wellbeing_tui.ui.uses_diary import UsesDiary
from wellbeing_tui.ui.widgets.emotion_picker import EmotionPicker

INTRO = (
    "Sometimes a drink or something else takes the edge off a feeling. Writing it down, "
    "without judging yourself, helps you notice what was going on just before."
)
OTHER_WAYS = (
    "Other things that can help with the same feeling: a short walk, a grounding exercise "
    "(g on the dashboard), writing it down, music, or talking to someone. If you are worried "
    "about how much you use, a doctor or a support service can help without judging you"
)


def other_ways(country: str | None) -> str:
    """Other ways to meet the same feeling, and the country's service for alcohol and drugs
    (F1 shows them all)."""
    services = substance_services_for(country)
    if not services:
        return f"{OTHER_WAYS}: press F1 for support."
    return f"{OTHER_WAYS}, such as {reach(services[0])}. F1 for support."


class CopingPane(UsesDiary, VerticalScroll):
    """What, what you felt just before, and a note."""

    def compose(self) -> ComposeResult:
        yield Static(INTRO, classes="muted")
        yield Label("What did you use? (for example: two glasses of wine)", classes="form-label")
        yield Input(id="coping-what")
        yield Label(
            "What were you feeling just before? (space picks a word; "
            '"numb" and "can\'t tell" are fine)',
            classes="form-label",
        )
        yield EmotionPicker(id="coping-feeling")
        yield Label("Anything else (optional)", classes="form-label")
        yield Input(id="coping-note")
        yield Static("", id="coping-error")
        yield Button("Save", variant="primary", id="save-coping")
        yield Static(escape(other_ways(self.main_app.country)), id="coping-other", classes="muted")
        yield Static("", id="coping-recent", classes="muted")

    def on_mount(self) -> None:
        self.show_recent()

    def show_recent(self) -> None:
        recent = self.diary.sleep.coping(last=3)
        if not recent:
            self.query_one("#coping-recent", Static).update("")
            return
        lines = [
            f"{short_day(c.at)}: {escape(c.what)}"
            + (f" (felt {escape(', '.join(c.feeling_before))})" if c.feeling_before else "")
            for c in reversed(recent)
        ]
        self.query_one("#coping-recent", Static).update("Recent notes:\n" + "\n".join(lines))

    @on(Input.Submitted, "#coping-note")
    @on(Button.Pressed, "#save-coping")
    def action_save(self) -> None:
        what = self.query_one("#coping-what", Input)
        feelings = self.query_one("#coping-feeling", EmotionPicker).words
        note = self.query_one("#coping-note", Input).value.strip() or None
        try:
            record = Coping(
                id=new_id(),
                at=iso(self.diary.now()),
                what=what.value.strip(),
                feeling_before=tuple(feelings),
                note=note,
            )
        except ValidationError as err:
            field = "what you used" if err.field == "what" else err.field
            self.query_one("#coping-error", Static).update(f"Please fill in {field}.")
            what.focus()
            return

        def saved(_: object) -> None:
            for widget in self.query(Input):
                widget.value = ""
            self.query_one("#coping-feeling", EmotionPicker).set_words(())
            self.query_one("#coping-error", Static).update("")
            self.notify(
                "Saved. Noticing what you reach for, and when, is a kind thing to do for yourself.",
                timeout=4,
            )
            self.show_recent()

        self.main_app.write(
            lambda: self.diary.sleep.save_coping(record),
            done=saved,
            failed=lambda err: self.query_one("#coping-error", Static).update(escape(str(err))),
            form=self,
        )
