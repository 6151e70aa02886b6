"""Settings: how the app looks and behaves. Each change is saved at once, in the data file."""

from __future__ import annotations

from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Checkbox, Footer, Header, Label, Select, Static, Switch

from wellbeing_tui.content.helplines import COUNTRIES
from wellbeing_tui.domain.settings import WEEK_DAYS
from wellbeing_tui.ui.dashboard.panels import PANELS
from wellbeing_tui.ui.format import escape
from wellbeing_tui.ui.themes import THEME_CHOICES
from wellbeing_tui.ui.uses_diary import UsesDiary
from wellbeing_tui.ui.widgets.forms import FormBody

ELSEWHERE = "elsewhere"


class SettingsScreen(UsesDiary, Screen[None]):
    """How the app looks and behaves; saved in your data file."""

    # Where what is typed here is kept, for "?" (see support/explain.py).
    KEPT = "Your choices go to the settings table as you make them."

    CSS_PATH = "settings.tcss"
    BINDINGS = [Binding("escape", "app.pop_screen", "Back", id="back")]

    def compose(self) -> ComposeResult:
        s = self.diary.settings.current()
        yield Header()
        with FormBody(id="settings"):
            yield Label("Theme")
            yield Select(
                THEME_CHOICES,
                value=s.theme if any(s.theme == v for _, v in THEME_CHOICES) else "textual-dark",
                allow_blank=False,
                id="theme",
            )
            with Horizontal(classes="switch-row"):
                yield Switch(s.reduced_motion, id="reduced_motion")
                yield Label("Reduced motion: the breathing pacer shows as text only")
            with Horizontal(classes="switch-row"):
                yield Switch(s.bell, id="bell")
                yield Label("Ring the terminal bell at the end of a grounding session")
            with Horizontal(classes="switch-row"):
                yield Switch(s.bell_phases, id="bell_phases")
                yield Label("Ring it at every change of phase too (to follow with eyes closed)")
            with Horizontal(classes="switch-row"):
                yield Switch(s.gentle_answer, id="gentle_answer")
                yield Label(
                    "After words about suicide or self-harm, a mood of 1 or distress of 9-10, "
                    "show a short note with a helpline (checked on this computer only)"
                )
            yield Label("First day of the week")
            yield Select(
                [(d.capitalize(), n) for n, d in enumerate(WEEK_DAYS)],
                value=s.week_start,
                allow_blank=False,
                id="week_start",
            )
            yield Label("A new day starts at (for logging late at night)")
            yield Select(
                [("midnight", 0)] + [(f"{h}:00 in the morning", h) for h in range(1, 7)],
                value=s.day_start_hour,
                allow_blank=False,
                id="day_start_hour",
            )
            yield Label("Country for helplines")
            options = [(c.name, c.code) for c in COUNTRIES.values()]
            options.append(("Somewhere else, or from the system's language", ELSEWHERE))
            yield Select(
                options,
                value=s.country if s.country in COUNTRIES else ELSEWHERE,
                allow_blank=False,
                id="country",
            )
            yield Label("Dashboard panels to show")
            for spec in PANELS:
                yield Checkbox(
                    spec.title,
                    spec.key not in s.hidden_panels,
                    id=f"panel-{spec.key}",
                    classes="panel-choice",
                )
            yield Static("", id="settings-status")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Settings"
        self.sub_title = "saved as you change them"

    def save(self, **changes: Any) -> None:
        diary = self.diary
        status = self.query_one("#settings-status", Static)
        # Each change is read and written on the writer, after the ones before it.
        self.main_app.write(
            lambda: diary.settings.edit(**changes),
            done=lambda _: status.update("[dim]Saved.[/]"),
            failed=lambda err: status.update(escape(str(err))),
        )

    @on(Select.Changed)
    def select_changed(self, event: Select.Changed) -> None:
        name = event.select.id or ""
        if name == "theme":
            self.app.theme = str(event.value)
            self.save(theme=str(event.value))
        elif name == "country":
            self.save(country=None if event.value == ELSEWHERE else str(event.value))
        elif name in ("week_start", "day_start_hour"):
            self.save(**{name: int(event.value)})  # type: ignore[call-overload]

    @on(Switch.Changed)
    def switch_changed(self, event: Switch.Changed) -> None:
        self.save(**{event.switch.id or "": event.value})

    @on(Checkbox.Changed, ".panel-choice")
    def panel_changed(self) -> None:
        shown = {spec.key: self.query_one(f"#panel-{spec.key}", Checkbox).value for spec in PANELS}
        hidden = tuple(key for key, on in shown.items() if not on)
        self.save(hidden_panels=hidden)
