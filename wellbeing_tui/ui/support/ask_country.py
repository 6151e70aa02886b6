"""Asked once, at the first start, when the system's language names no country: which
country's helplines to show. Skipping is fine; until a country is chosen, support shows the
international directory and "your local emergency number", never a guessed number."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from wellbeing_tui.content.helplines import COUNTRIES

SKIP = "skip"


class AskCountry(ModalScreen[str | None]):
    """Which country's helplines: a country code, or None to skip."""

    # Where what is typed here is kept, for "?" (see support/explain.py).
    KEPT = "Your country goes to the settings, and beside the data file for help before unlocking."

    DEFAULT_CSS = """
    AskCountry { align: center middle; background: $background 60%; }
    AskCountry > Vertical { width: 64; max-width: 95%; height: auto; border: round $primary;
                            background: $surface; padding: 1 2; }
    AskCountry OptionList { height: auto; max-height: 12; margin-top: 1; }
    """
    BINDINGS = [Binding("escape", "skip", "Skip", id="skip")]

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(
                "Which country are you in? It is only used to show the right helplines, and "
                "you can change it any time in Settings or Support."
            )
            yield OptionList(
                *(Option(country.name, id=code) for code, country in COUNTRIES.items()),
                Option("Somewhere else, or skip for now", id=SKIP),
                id="countries",
            )

    def on_mount(self) -> None:
        # Nothing is highlighted at first, so a stray Enter chooses no country.
        self.query_one(OptionList).highlighted = None

    @on(OptionList.OptionSelected)
    def chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(None if event.option.id == SKIP else event.option.id)

    def action_skip(self) -> None:
        self.dismiss(None)
