"""The safety plan as it was saved, to read in a hard moment: the people and numbers first,
then the steps in order. Nothing here can be typed over by accident; e opens the form."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from wellbeing_tui.domain.safety_plan import (
    CONTACT_PARTS,
    KEEP_IT_CLOSE,
    STEPS,
    USE_IN_ORDER,
    WRITE_TOGETHER,
    Contact,
    SafetyPlan,
)
from wellbeing_tui.services.care_answer import emergency_words
from wellbeing_tui.ui.format import escape, short_day
from wellbeing_tui.ui.support.safety_plan import SafetyPlanScreen, starting_services
from wellbeing_tui.ui.uses_diary import UsesDiary

# The lists shown first, as the people and numbers to reach in a hard moment.
FIRST = ("people_to_ask", "professionals")
NOT_WRITTEN = "[dim]Not written yet.[/]"


def person_line(person: Contact) -> str:
    name = f"• [b]{escape(person.name) or 'Someone'}[/b]"
    return f"{name}: {escape(person.contact)}" if person.contact else name


def people_lines(people: tuple[Contact, ...]) -> list[str]:
    return [person_line(p) for p in people]


def numbers_text(plan: SafetyPlan | None, country: str | None) -> str:
    """The box at the top: whom to reach, with how, and the emergency number."""
    out = ["[b]People and numbers[/b]"]
    if plan is None:
        out.append("[dim]Services you can contact now:[/]")
        out += people_lines(starting_services(country)) or ["• findahelpline.com"]
    else:
        for name in FIRST:
            out.append(f"[dim]{CONTACT_PARTS[name]}:[/]")
            out += people_lines(plan.contacts(name)) or [f"  {NOT_WRITTEN}"]
    out.append(f"If you are in danger now, call [b]{escape(emergency_words(country))}[/b].")
    return "\n".join(out)


def step_text(plan: SafetyPlan | None, number: int) -> str:
    step = next(s for s in STEPS if s.number == number)
    title = f"[b]Step {step.number}. {step.title}[/b]" if step.number else f"[b]{step.title}[/b]"
    if plan is None:
        return f"{title}\n[dim]{escape(step.prompt)}[/]"
    lines = [title]
    for name in step.fields:
        if name in FIRST:
            lines.append("[dim]At the top, under People and numbers.[/]")
        elif name in CONTACT_PARTS:
            lines += people_lines(plan.contacts(name))
        elif text := str(getattr(plan, name)).strip():
            lines.append(escape(text) if len(step.fields) == 1 else f"Places: {escape(text)}")
    return "\n".join(lines) if len(lines) > 1 else f"{title}\n{NOT_WRITTEN}"


class SafetyPlanView(UsesDiary, Screen[None]):
    """Read the safety plan; e changes it (or writes it, before there is one)."""

    # Where what is typed here is kept, for "?" (see support/explain.py).
    KEPT = "It shows your plan from the safety_plan table; e opens it to change."

    CSS_PATH = "plan_view.tcss"
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="back"),
        Binding("e", "edit", "Edit", id="edit"),
    ]

    def compose(self) -> ComposeResult:
        plan = self.shown = self.diary.safety_plan.current()
        country = self.main_app.country
        yield Header()
        with VerticalScroll(id="plan-view"):
            yield Static(numbers_text(plan, country), id="plan-numbers", classes="box")
            if plan is None:
                yield Static(
                    "You have not written a safety plan yet. Press [b]e[/b] to write one. "
                    + escape(WRITE_TOGETHER),
                    id="plan-none",
                    classes="section",
                )
            else:
                yield Static(escape(USE_IN_ORDER), id="plan-order", classes="section muted")
            for step in STEPS:
                yield Static(step_text(plan, step.number), classes="section step")
            yield Static(escape(KEEP_IT_CLOSE), classes="section muted")
        yield Footer()

    def on_mount(self) -> None:
        self.show_titles()
        self.query_one("#plan-view").focus()

    def show_titles(self) -> None:
        plan = self.diary.safety_plan.current()
        self.title = "My safety plan"
        self.sub_title = f"last changed {short_day(plan.updated_at)}" if plan else "not written yet"

    def on_screen_resume(self) -> None:
        """Back from the form: the plan as it is now (and as it was, from anywhere else)."""
        if self.diary.safety_plan.current() == self.shown:
            return
        self.show_titles()
        self.refresh(recompose=True)
        self.call_after_refresh(self._focus_body)

    def _focus_body(self) -> None:
        self.query_one("#plan-view").focus()

    def action_edit(self) -> None:
        self.app.push_screen(SafetyPlanScreen())
