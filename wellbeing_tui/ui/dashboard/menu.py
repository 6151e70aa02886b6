"""The dashboard's menu: every screen and action, by name."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

if TYPE_CHECKING:
    from wellbeing_tui.ui.app import WellbeingApp


class MenuScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    MenuScreen { align: center middle; background: $background 60%; }
    MenuScreen OptionList { width: 50; max-width: 95%; height: auto; max-height: 90%;
                            border: round $primary; background: $surface; }
    """
    BINDINGS = [Binding("escape", "dismiss", "Close", id="close")]

    def entries(self) -> list[tuple[str, Callable[[], object]]]:
        app = cast("WellbeingApp", self.app)
        return [
            ("Export: a summary, a backup, CSV", app.action_export),
            ("Import from jrnl, Daylio or a backup", app.action_import),
            ("Grounding", app.action_grounding),
            ("Journal", app.action_journal),
            ("Mood check-in", app.action_checkin),
            ("Sleep and meals", app.action_sleep),
            ("Thought worksheets", app.action_thoughts),
            ("Fun list", app.action_fun),
            ("People", app.action_people),
            ("Week review", app.action_week),
            ("Settings", app.action_settings),
            ("Help and support", app.action_support),
            ("Quit", app.exit),
        ]

    def compose(self) -> ComposeResult:
        yield OptionList(*(Option(title, id=str(n)) for n, (title, _) in enumerate(self.entries())))

    @on(OptionList.OptionSelected)
    def chosen(self, event: OptionList.OptionSelected) -> None:
        action = self.entries()[int(event.option.id or 0)][1]
        self.dismiss(None)
        action()
