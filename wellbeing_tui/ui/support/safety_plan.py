"""The safety plan: written in a calm moment, for a hard one. Every part is optional and in
the person's own words; the services part starts with the helplines of their country."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Label, Static, TextArea

from wellbeing_tui.content.helplines import COUNTRIES, helplines_for
from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.fields import iso, new_id
from wellbeing_tui.domain.safety_plan import CONTACT_PARTS, ORDER, PARTS, Contact, SafetyPlan
from wellbeing_tui.domain.visible import visible
from wellbeing_tui.ui.dialogs.leave import ask_before_leaving
from wellbeing_tui.ui.format import escape
from wellbeing_tui.ui.uses_diary import UsesDiary
from wellbeing_tui.ui.widgets.forms import FormBody

ROWS = 3  # empty rows offered for people and for services
INTRO = (
    "A plan for a hard moment, written in a calm one. Write in your own words, as much or as "
    "little as you like; every part is optional. It stays in your data file on this computer. "
    "If you are in danger now, call {emergency}."
)


def starting_services(country: str | None) -> tuple[Contact, ...]:
    """The country's helplines and emergency number, for a plan not yet written."""
    services = [Contact(line.service, line.how) for line in helplines_for(country)]
    known = COUNTRIES.get(country or "")
    if known is not None:
        services.append(Contact("Emergency services", known.emergency))
    return tuple(services)


class SafetyPlanScreen(UsesDiary, Screen[None]):
    """Read and change the one safety plan."""

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
        self.plan = self.diary.safety_plan()
        country = self.main_app.country
        known = COUNTRIES.get(country or "")
        plan = self.plan or SafetyPlan(
            id=new_id(),
            updated_at=iso(self.diary.now()),
            professionals=starting_services(country),
        )
        yield Header()
        with FormBody(id="plan"):
            emergency = known.emergency if known else "your local emergency number"
            yield Static(escape(INTRO.format(emergency=emergency)), classes="muted")
            for n, name in enumerate(ORDER, start=1):
                title = PARTS.get(name) or CONTACT_PARTS[name]
                yield Label(f"[b]{n}. {title}[/b]", classes="part-title")
                if name in PARTS:
                    yield TextArea(
                        visible(getattr(plan, name)),
                        id=name,
                        soft_wrap=True,
                        tab_behavior="focus",
                        classes="plan-text",
                    )
                    continue
                people: tuple[Contact, ...] = getattr(plan, name)
                for row in range(max(ROWS, len(people) + 1)):
                    person = people[row] if row < len(people) else Contact()
                    with Horizontal(classes="contact-row"):
                        yield Input(
                            visible(person.name),
                            placeholder="name",
                            id=f"{name}-name-{row}",
                            classes="contact-name",
                        )
                        yield Input(
                            visible(person.contact),
                            placeholder="number or how to reach them",
                            id=f"{name}-contact-{row}",
                            classes="contact-how",
                        )
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

        self.main_app.save(
            lambda: self.diary.save_safety_plan(plan),
            done=saved,
            failed=lambda err: status.update(escape(str(err))),
            form=self,
        )

    def action_leave(self) -> None:
        if self.values() == self.loaded:
            self.app.pop_screen()
            return
        ask_before_leaving(self, "Your safety plan", self.action_save)
