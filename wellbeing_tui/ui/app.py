"""The Textual app: receives its Store and clock, shows the dashboard first."""

from __future__ import annotations

from collections.abc import Iterable

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from wellbeing_tui.content.helplines import country_from_locale
from wellbeing_tui.domain.clock import Clock, SystemClock
from wellbeing_tui.storage import Store
from wellbeing_tui.ui.screens.dashboard import DashboardScreen
from wellbeing_tui.ui.screens.support import SupportScreen


class WellbeingApp(App[None]):
    """A calm, private dashboard for hard days."""

    CSS_PATH = "app.tcss"
    TITLE = "wellbeing"
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = [
        Binding("h", "support", "Support", tooltip="Helplines and how to find help", id="support"),
        Binding("f1", "support", "Support", show=False, id="support-f1"),
    ]

    def __init__(
        self,
        store: Store,
        *,
        clock: Clock | None = None,
        demo: bool = False,
        locale_country: str | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.clock: Clock = clock or SystemClock()
        self.demo = demo
        self.locale_country = locale_country or country_from_locale()
        settings = store.settings()
        if settings.theme in self.available_themes:
            self.theme = settings.theme

    def on_mount(self) -> None:
        self.push_screen(DashboardScreen())
        if self.store.read_only_reason:
            self.notify(self.store.read_only_reason, title="Read-only", timeout=15)
        elif self.store.migrated_from is not None:
            self.notify(
                "Your data file was updated to the new format; a copy of the old one is in "
                "the backups folder.",
                timeout=8,
            )

    @property
    def country(self) -> str | None:
        """The country whose helplines are shown: the saved choice, else the locale's."""
        return self.store.settings().country or self.locale_country

    def action_support(self) -> None:
        if not isinstance(self.screen, SupportScreen):
            self.push_screen(SupportScreen())

    def action_home(self) -> None:
        while len(self.screen_stack) > 2:
            self.pop_screen()

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield SystemCommand("Dashboard", "Back to today at a glance", self.action_home)
        yield SystemCommand(
            "Support and helplines", "Free helplines, finding a therapist", self.action_support
        )
        yield from super().get_system_commands(screen)
