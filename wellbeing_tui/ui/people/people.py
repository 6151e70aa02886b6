"""People (p): log time with someone, and see how long it has been with each person."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.validation import Integer
from textual.widgets import Button, Footer, Header, Input, Label, RadioButton, RadioSet, Static

from wellbeing_tui.content.people import MEET_PEOPLE
from wellbeing_tui.domain.activities import CONTACT_WAYS, Connection
from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.fields import iso, new_id
from wellbeing_tui.domain.mood import MOOD_WORDS
from wellbeing_tui.domain.people import when_words
from wellbeing_tui.ui.dialogs.leave import ask_before_leaving
from wellbeing_tui.ui.format import escape
from wellbeing_tui.ui.uses_diary import UsesDiary
from wellbeing_tui.ui.widgets.forms import FormBody
from wellbeing_tui.ui.widgets.scale import Scale


class PeopleScreen(UsesDiary, Screen[None]):
    """Time with people, face to face where you can; no streaks, no scores."""

    # Where what is typed here is kept, for "?" (see support/explain.py).
    KEPT = "Time with people goes to the connections table."

    CSS_PATH = "people.tcss"
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="save"),
        Binding("escape", "leave", "Back", id="back"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="people-columns"):
            with FormBody(id="contact-form"):
                yield Label("[b]Who[/b] did you spend time with?")
                yield Input(placeholder="a name", id="who")
                yield Label("How?", classes="field-label")
                with RadioSet(id="how"):
                    for key, words in CONTACT_WAYS.items():
                        yield RadioButton(words, value=key == "in_person", id=f"how-{key}")
                yield Label("Minutes (optional)", classes="field-label")
                yield Input(
                    placeholder="minutes",
                    type="integer",
                    validators=[Integer(0, 1440)],
                    id="minutes",
                )
                yield Label("How did it feel? (optional)", classes="field-label")
                with Scale(id="felt"):
                    for n in range(5, 0, -1):
                        yield RadioButton(f"{n} {MOOD_WORDS[n]}", id=f"felt-{n}")
                yield Label("A note (optional)", classes="field-label")
                yield Input(id="contact-note")
                yield Static("", id="people-error")
                yield Button("Save", variant="primary", id="save")
            with VerticalScroll(id="people-side"):
                yield Static("", id="people-list")
                yield Static(
                    "[b]Ways to meet people[/b]\n" + "\n".join(f"• {m}" for m in MEET_PEOPLE),
                    id="meet-people",
                )
        yield Footer()

    def on_mount(self) -> None:
        self.title = "People"
        self.sub_title = "staying connected"
        self.show_people()
        self.query_one("#who", Input).focus()

    def show_people(self) -> None:
        day = self.diary.today()
        everyone = self.diary.people.everyone(day)
        widget = self.query_one("#people-list", Static)
        if not everyone:
            widget.update(
                "[b]People[/b]\n[dim]Nobody logged yet. Being around people who support you "
                "helps, even without talking about feelings.[/]"
            )
            return
        lines = ["[b]People[/b], most recent first"]
        for person in everyone:
            times = "once" if person.contacts == 1 else f"{person.contacts} times"
            ways = ", ".join(CONTACT_WAYS[w] for w in person.ways)
            when = when_words(person.days_since, person.last)
            lines.append(f"{escape(person.who)}: {when} [dim]({times}; {ways})[/]")
        widget.update("\n".join(lines))

    @staticmethod
    def _pressed(radio: RadioSet, prefix: str) -> str | None:
        button = radio.pressed_button
        return None if button is None or button.id is None else button.id.removeprefix(prefix)

    def typed_anything(self) -> bool:
        return any(
            self.query_one(field, Input).value.strip()
            for field in ("#who", "#minutes", "#contact-note")
        )

    def action_leave(self) -> None:
        """Escape goes back; with something typed, it asks first."""
        if not self.typed_anything():
            self.app.pop_screen()
            return
        ask_before_leaving(self, "This time with someone", self.action_save)

    @on(Input.Submitted, "#contact-note")
    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        error = self.query_one("#people-error", Static)
        minutes_text = self.query_one("#minutes", Input).value.strip()
        felt = self._pressed(self.query_one("#felt", RadioSet), "felt-")
        try:
            if minutes_text and not minutes_text.isdigit():
                raise ValidationError("minutes", "must be a whole number")
            record = Connection(
                id=new_id(),
                at=iso(self.diary.now()),
                who=self.query_one("#who", Input).value.strip(),
                how=self._pressed(self.query_one("#how", RadioSet), "how-") or "other",
                minutes=int(minutes_text) if minutes_text else None,
                felt=int(felt) if felt else None,
                note=self.query_one("#contact-note", Input).value.strip() or None,
            )
        except ValidationError as err:
            words = "who it was" if err.field == "who" else err.field
            error.update(f"Please check {words}: {escape(err.message)}.")
            return

        def saved(_: object) -> None:
            error.update("")
            for field in ("#who", "#minutes", "#contact-note"):
                self.query_one(field, Input).value = ""
            self.query_one("#who", Input).focus()  # ready for the next person
            self.notify(f"Saved time with {record.who}.", timeout=3)
            self.show_people()

        self.main_app.write(
            lambda: self.diary.people.save(record),
            done=saved,
            failed=lambda err: error.update(escape(str(err))),
            form=self,
        )
