"""The dashboard's menu (o): the destinations of the navigation table that have menu words."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from wellbeing_tui.ui.navigation import Navigate, menu_entries


class MenuScreen(ModalScreen[None]):
    """Every screen and action, by name."""

    # Where what is typed here is kept, for "?" (see support/explain.py).
    KEPT = "Nothing: it only opens the other screens."

    CSS_PATH = "menu.tcss"
    BINDINGS = [Binding("escape", "dismiss", "Close", id="close")]

    def compose(self) -> ComposeResult:
        yield OptionList(*(Option(d.menu or d.title, id=d.name) for d in menu_entries()))

    @on(OptionList.OptionSelected)
    def chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(None)
        if event.option.id:
            self.app.post_message(Navigate(event.option.id))
