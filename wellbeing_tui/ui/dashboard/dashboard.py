"""The dashboard: today at a glance, one panel per part of the day."""

from __future__ import annotations

from datetime import date

from textual.app import ComposeResult
from textual.containers import Grid
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from wellbeing_tui.ui.dashboard.panels import (
    PANELS,
)
from wellbeing_tui.ui.format import day_label
from wellbeing_tui.ui.navigation import dashboard_bindings
from wellbeing_tui.ui.uses_diary import UsesDiary
from wellbeing_tui.ui.widgets.panel import Panel

COLUMNS = 3  # the grid's columns, as dashboard.tcss sets them


class DashboardScreen(UsesDiary, Screen[None]):
    """Today at a glance."""

    # Where what is typed here is kept, for "?" (see support/explain.py).
    KEPT = "It shows what you saved elsewhere; it keeps nothing itself."

    # Its styles are loaded with the app's (app.py), so the first frame needs no re-parse.
    BINDINGS = dashboard_bindings()
    # Nothing is focused at first (the keys above work from anywhere); tab reaches each panel.
    AUTO_FOCUS = ""

    def compose(self) -> ComposeResult:
        yield Header()
        with Grid(id="panels"):
            for spec in PANELS:
                yield Panel(spec.key, spec.title)
        yield Static(
            "Every panel is hidden. Settings (o, then Settings) can show them again; "
            "every key below still works.",
            id="all-hidden",
            classes="hint",
        )
        yield Static(
            "Need to talk to someone? Press [b]h[/].  [b]?[/] explains a screen, "
            "[b]o[/] opens the menu.",
            id="support-hint",
            classes="hint",
        )
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.refresh_panels()
        self.set_interval(3, self._follow_other_writers)

    def _follow_other_writers(self) -> None:
        """Show entries saved from another terminal (``wellbeing log``) without a key press."""
        if self.diary.signature() != self._seen and self.is_current:
            self.refresh_panels()

    def on_screen_resume(self) -> None:
        # Coming back from another screen: redraw only if something was saved since (every
        # save replaces the file) or a new day has begun. The first showing is drawn on mount.
        if self.diary.signature() != self._seen or self._day != self._today():
            self.refresh_panels()

    def _today(self) -> date:
        return self.diary.today()

    _seen: tuple[int, int, int, int] | None = None
    _day: date | None = None

    def refresh_panels(self) -> None:
        self._seen = self.diary.signature()
        day = self.diary.reviews.day()
        s = day.summary
        self._day = s.day
        self.title = "wellbeing"
        demo = " · demo data, a temporary copy" if self.main_app.demo else ""
        self.sub_title = day_label(s.day) + demo
        hidden = day.hidden_panels
        for spec in PANELS:
            panel = self.query_one(f"#panel-{spec.key}", Panel)
            panel.display = spec.key not in hidden
            panel.show(spec.words(day))
        self._fill_the_grid([spec.key for spec in PANELS if spec.key not in hidden])

    def _fill_the_grid(self, shown: list[str]) -> None:
        """Rows for the panels that are shown, the last one as wide as the space left, so a
        hidden panel leaves no empty cell."""
        grid = self.query_one("#panels", Grid)
        grid.styles.grid_size_rows = max(1, -(-len(shown) // COLUMNS))
        for n, key in enumerate(shown):
            last = n == len(shown) - 1
            span = COLUMNS - n % COLUMNS if last else 1
            self.query_one(f"#panel-{key}", Panel).styles.column_span = span
        grid.display = bool(shown)
        self.query_one("#all-hidden", Static).display = not shown
