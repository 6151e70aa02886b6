"""Writing the safety plan: written in a calm moment, for a hard one. Each of Stanley and
Brown's steps has a question to write to; every part is optional and in the person's own
words. People have a name and a number each; the services start with the helplines and the
emergency number of the person's country, and rows for their own doctor and the nearest
emergency department."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Label, Static, TextArea

from wellbeing_tui.content.helplines import helplines_for
from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.fields import iso, new_id
from wellbeing_tui.domain.safety_plan import (
    CONTACT_PARTS,
    KEEP_IT_CLOSE,
    PARTS,
    STEPS,
    WRITE_TOGETHER,
    Contact,
    SafetyPlan,
)
from wellbeing_tui.domain.visible import visible
from wellbeing_tui.services.care_answer import emergency_number, emergency_words
from wellbeing_tui.ui.dialogs.leave import ask_before_leaving
from wellbeing_tui.ui.format import escape
from wellbeing_tui.ui.uses_diary import UsesDiary
from wellbeing_tui.ui.widgets.forms import FormBody

ROWS = 3  # rows offered for people, at least one of them empty
# What the empty rows of each list of people ask for (the first ones; the rest plainly).
HINTS: dict[str, tuple[tuple[str, str], ...]] = {
    "professionals": (
        ("my GP, doctor or therapist", "their number"),
        ("the nearest emergency department", "its address or number"),
    ),
}
PLAIN_HINT = ("name", "phone number, or how to reach them")
INTRO = (
    "A plan for a hard moment, in your own words: write as much or as little as you like, "
    "and leave out any part. It stays in your data file on this computer. {together} If you "
    "are in danger now, call {emergency}."
)


def starting_services(country: str | None) -> tuple[Contact, ...]:
    """The country's helplines and emergency number, for a plan not yet written."""
    services = [Contact(line.service, line.how) for line in helplines_for(country)]
    emergency = emergency_number(country)
    if emergency is not None:
        services.append(Contact("Emergency services", emergency))
    return tuple(services)


def contact_rows(name: str, people: tuple[Contact, ...]) -> list[tuple[Contact, str, str]]:
    """Each person of a list with the hints of their row, and empty rows to add more."""
    hints = HINTS.get(name, ())
    empty = max(len(hints), 1, ROWS - len(people))
    rows = [(person, *PLAIN_HINT) for person in people]
    for n in range(empty):
        rows.append((Contact(), *(hints[n] if n < len(hints) else PLAIN_HINT)))
    return rows


class SafetyPlanScreen(UsesDiary, Screen[None]):
    """Write or change the one safety plan."""

    # Where what is typed here is kept, for "?" (see support/explain.py).
    KEPT = "The plan goes to the safety_plan table when you press ctrl+s."

    CSS_PATH = "safety_plan.tcss"
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="save"),
        Binding("escape", "leave", "Back", id="back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.plan: SafetyPlan | None = None
        self.loaded: dict[str, object] = {}  # the fields as opened or last saved

    def compose(self) -> ComposeResult:
        self.plan = self.diary.safety_plan.current()
        country = self.main_app.country
        plan = self.plan or SafetyPlan(
            id=new_id(),
            updated_at=iso(self.diary.now()),
            professionals=starting_services(country),
        )
        yield Header()
        with FormBody(id="plan"):
            intro = INTRO.format(together=WRITE_TOGETHER, emergency=emergency_words(country))
            yield Static(escape(intro), classes="muted")
            for step in STEPS:
                number = f"Step {step.number}. " if step.number else ""
                yield Label(f"[b]{number}{step.title}[/b]", classes="part-title")
                yield Static(escape(step.prompt), classes="muted prompt")
                for name in step.fields:
                    if name in PARTS:
                        if len(step.fields) > 1:
                            yield Label("Places", classes="field-label")
                        yield TextArea(
                            visible(getattr(plan, name)),
                            id=name,
                            soft_wrap=True,
                            tab_behavior="focus",
                            classes="plan-text",
                        )
                        continue
                    rows = contact_rows(name, plan.contacts(name))
                    for row, (person, name_hint, how_hint) in enumerate(rows):
                        with Horizontal(classes="contact-row"):
                            yield Input(
                                visible(person.name),
                                placeholder=name_hint,
                                id=f"{name}-name-{row}",
                                classes="contact-name",
                            )
                            yield Input(
                                visible(person.contact),
                                placeholder=how_hint,
                                id=f"{name}-contact-{row}",
                                classes="contact-how",
                            )
            yield Static(escape(KEEP_IT_CLOSE), classes="muted keep")
            yield Static("", id="plan-status")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "My safety plan"
        self.sub_title = "saved only when you press ctrl+s"
        self.loaded = self.values()
        self.query_one("#warning_signs", TextArea).focus()
        # The words above the first part are worth reading first.
        self.call_after_refresh(self.query_one(FormBody).scroll_home, animate=False)

    def values(self) -> dict[str, object]:
        values: dict[str, object] = {n: self.query_one(f"#{n}", TextArea).text for n in PARTS}
        for name in CONTACT_PARTS:
            people = []
            row = 0
            while self.query(f"#{name}-name-{row}"):
                people.append(
                    Contact(
                        self.query_one(f"#{name}-name-{row}", Input).value.strip(),
                        self.query_one(f"#{name}-contact-{row}", Input).value.strip(),
                    )
                )
                row += 1
            values[name] = tuple(p for p in people if not p.empty)
        return values

    def action_save(self) -> None:
        status = self.query_one("#plan-status", Static)
        values = self.values()
        try:
            plan = SafetyPlan(
                id=self.plan.id if self.plan else new_id(),
                updated_at=iso(self.diary.now()),
                **values,  # type: ignore[arg-type]
            )
        except ValidationError as err:
            status.update(escape(str(err)))
            return

        def saved(kept: SafetyPlan) -> None:
            self.plan = kept
            self.loaded = values
            self.notify("Your safety plan is saved.", timeout=3)
            self.leave_after_save()

        self.main_app.write(
            lambda: self.diary.safety_plan.save(plan),
            done=saved,
            failed=lambda err: status.update(escape(str(err))),
            form=self,
        )

    def action_leave(self) -> None:
        if self.values() == self.loaded:
            self.app.pop_screen()
            return
        ask_before_leaving(self, "Your safety plan", self.action_save)
