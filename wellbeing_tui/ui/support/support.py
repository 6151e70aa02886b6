"""Support: free helplines for the chosen country, the person's own safety plan (its people
and numbers first), finding a therapist, and what this app is and is not. Reachable with h
or F1 from every screen, before an encrypted diary is unlocked too (with the country chosen
in its settings, kept beside it)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Label, Select, Static

from wellbeing_tui.content.helplines import COUNTRIES, DIRECTORY, Helpline, helplines_for
from wellbeing_tui.content.services import substance_services_for, therapy_routes_for
from wellbeing_tui.domain.safety_plan import CONTACT_PARTS
from wellbeing_tui.services.care_answer import emergency_number
from wellbeing_tui.ui.format import escape
from wellbeing_tui.ui.navigation import Navigate
from wellbeing_tui.ui.uses_diary import UsesDiary

ELSEWHERE = "elsewhere"

DANGER = (
    "[b]If you are in danger now[/b]\n"
    "If you might act on thoughts of harming yourself, or you are not safe, call {emergency} "
    "now, or go to the nearest emergency department."
)
THERAPIST_EVERYWHERE = (
    "• A GP or family doctor is a good first step almost everywhere: they can refer you, "
    "and some offer talking therapy themselves.\n"
    "• Local mental health clinics and charities often offer low-cost or sliding-scale "
    "sessions.\n"
    "• Ask a friend, a family member or your doctor to recommend someone they trust.\n"
    "A therapist can help you work through feelings at a pace that does not overwhelm you, "
    "and help you name and understand them."
)
NUMBNESS = (
    "[b]When numbness lasts[/b]\n"
    "Feeling numb or flat for weeks can be part of depression, anxiety, post-traumatic "
    "stress or dissociation, or exhaustion and burnout, and some medicines (some "
    "antidepressants among them) can blunt feelings too. This app cannot tell which, if any, "
    "applies to you; a doctor or therapist can help you find out. Each of these can be "
    "treated, and many people find their feelings come back with the right help."
)
MEDICATION = (
    "[b]If you take medication[/b]\n"
    "If you think a medicine may be behind the numbness, talk to the doctor who prescribed "
    "it; they may change the dose or the medicine. Do not stop on your own. Be specific, for "
    'example: "Since I started this medicine I feel cut off from my feelings and from '
    'other people."'
)
DISCLAIMER = (
    "[b]About this app[/b]\n"
    "wellbeing offers self-help exercises and a private journal. It is not a medical device "
    "and does not diagnose or treat any condition, and it is not a substitute for care from "
    "a doctor or mental health professional. Nothing you write leaves this computer and no "
    "person reads it: it stays in one file here. After some words about suicide or "
    "self-harm, a mood of 1 or very high distress (those two at most once a day), the app "
    "itself shows a short note with a helpline; nothing about that is kept, and Settings "
    "can turn it off."
)
PLAN = (
    "[b]Your safety plan[/b]\n"
    "Press [b]p[/b] to write down, in your own words, the signs that a hard moment is coming, "
    "what helps, and who you can call. It is easier to write in a calm moment, and it is "
    "there when you need it."
)
PLAN_LOCKED = "[b]Your safety plan[/b]\nIt is in your diary: it opens once the diary is open."
HELPLINE_INTRO = (
    "You do not need to be in crisis to call. These services are confidential and most are "
    "free (each says if it is not); someone will listen, and you can stay anonymous."
)


def helpline_text(line: Helpline) -> str:
    return (
        f"[b]{line.service}[/b]\n  {line.how}\n  [dim]{line.hours} · details checked "
        f"{line.checked}[/]"
    )


def helplines_text(country: str | None) -> str:
    lines = helplines_for(country)
    if not lines:
        return (
            f"{helpline_text(DIRECTORY)}\n\nWe do not list numbers for your country, so that "
            "we never show a wrong one. In an emergency, call your local emergency number."
        )
    return "\n\n".join(helpline_text(h) for h in lines)


def therapist_text(country: str | None) -> str:
    own = "".join(f"• {escape(line)}\n" for line in therapy_routes_for(country))
    return f"[b]Finding a therapist[/b]\n{own}{THERAPIST_EVERYWHERE}"


def substances_text(country: str | None) -> str:
    services = substance_services_for(country)
    lines = (
        "\n\n".join(helpline_text(h) for h in services)
        if services
        else "findahelpline.com lists services in your country too, or talk to a doctor."
    )
    return (
        "[b]Alcohol and drugs[/b]\nIf you are worried about how much you drink or use, you "
        f"can talk it through with someone who will not judge you.\n\n{lines}"
    )


def emergency_words(country: str | None) -> str:
    number = emergency_number(country)
    return f"{number} (emergency services)" if number else "your local emergency number"


class SupportScreen(UsesDiary, Screen[None]):
    """Where to find help."""

    # Where what is typed here is kept, for "?" (see support/explain.py).
    KEPT = (
        "Only your choice of country is saved (in the settings, and beside the data file "
        "so that help shows it before an encrypted diary is unlocked)."
    )

    CSS_PATH = "support.tcss"
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="back"),
        Binding("p", "plan", "My safety plan", id="safety-plan"),
    ]

    def compose(self) -> ComposeResult:
        country = self.main_app.country
        options = [(c.name, c.code) for c in COUNTRIES.values()]
        options.append(("Somewhere else", ELSEWHERE))
        value = country if country in COUNTRIES else ELSEWHERE
        has_plan = self.has_plan()
        self.plan_shown = self.plan_text()
        yield Header()
        with VerticalScroll(id="support-body"):
            yield Static(
                DANGER.format(emergency=emergency_words(country)), id="danger", classes="section"
            )
            if has_plan:  # the person's own people and numbers come before any helpline
                yield Static(self.plan_shown, id="plan-hint", classes="section")
            with Horizontal(id="country-row"):
                yield Label("Helplines for:", id="country-label")
                yield Select(options, value=value, allow_blank=False, id="country")
            yield Static(HELPLINE_INTRO, classes="section muted")
            yield Static(helplines_text(country), id="helplines", classes="section")
            if not has_plan:
                yield Static(self.plan_shown, id="plan-hint", classes="section")
            yield Static(therapist_text(country), id="therapist", classes="section")
            yield Static(substances_text(country), id="substances", classes="section")
            yield Static(NUMBNESS, id="numbness", classes="section")
            yield Static(MEDICATION, classes="section")
            yield Static(DISCLAIMER, id="disclaimer", classes="section")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Support"
        self.sub_title = "you are not alone with this"
        self.query_one("#support-body").focus()

    def on_screen_resume(self) -> None:
        """Back from writing the plan: its people and numbers, where they belong now."""
        if self.plan_shown != self.plan_text():
            self.refresh(recompose=True)
            self.call_after_refresh(lambda: self.query_one("#support-body").focus())

    def has_plan(self) -> bool:
        return self.main_app.unlocked and self.diary.safety_plan.current() is not None

    def plan_text(self) -> str:
        """The plan's part of Support: its people and numbers, when there is a plan."""
        if not self.main_app.unlocked:
            return PLAN_LOCKED
        plan = self.diary.safety_plan.current()
        if plan is None:
            return PLAN
        # deferred: the plan's screens are 35 ms of Help's first opening, which needs them
        # only with a plan (import timing; neither bench opens Help)
        from wellbeing_tui.ui.support.plan_view import people_lines

        lines = ["[b]Your safety plan[/b]  [dim](p shows all of it)[/dim]"]
        for name in ("people_to_ask", "professionals"):
            if people := people_lines(plan.contacts(name)):
                lines += [f"[dim]{CONTACT_PARTS[name]}:[/]", *people]
        return "\n".join(lines)

    def action_plan(self) -> None:
        """The plan to read when there is one; else the form to write one."""
        if not self.main_app.unlocked:
            self.notify("Type the passphrase first: your safety plan is in the diary.")
        elif self.has_plan():
            self.post_message(Navigate("safety-plan"))
        else:
            from wellbeing_tui.ui.support.safety_plan import SafetyPlanScreen  # deferred: above

            self.app.push_screen(SafetyPlanScreen())

    @on(Select.Changed, "#country")
    def country_changed(self, event: Select.Changed) -> None:
        code = None if event.value in (ELSEWHERE, Select.NULL) else str(event.value)
        # The list opens on the country in use; only a different choice is saved (and only
        # once the diary is open: help is there before an encrypted one is unlocked).
        if self.main_app.unlocked and code != self.main_app.country:
            diary = self.diary
            if not (code is None and diary.settings.current().country is None):
                self.main_app.write(lambda: diary.settings.edit(country=code or None))
        shown = code if code else None
        self.query_one("#helplines", Static).update(helplines_text(shown))
        self.query_one("#therapist", Static).update(therapist_text(shown))
        self.query_one("#substances", Static).update(substances_text(shown))
        self.query_one("#danger", Static).update(DANGER.format(emergency=emergency_words(shown)))
