"""Sleep and meals (s): the sleep diary, the day's meals, and the coping log."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, TabbedContent, TabPane

from wellbeing_tui.ui.dialogs.choice import Choice
from wellbeing_tui.ui.sleep.coping import CopingPane
from wellbeing_tui.ui.sleep.diary import SleepDiaryPane
from wellbeing_tui.ui.sleep.meals import MealsPane
from wellbeing_tui.ui.widgets.emotion_picker import EmotionPicker


class SleepScreen(Screen[None]):
    """Looking after the body: sleep, meals, and what you use to cope."""

    # Where what is typed here is kept, for "?" (see support/explain.py).
    KEPT = "The diary goes to the sleep table, meals to meals, notes to coping."

    CSS_PATH = "sleep.tcss"
    # Under 80 columns the diary's figures go below the form, which keeps its width.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (80, "-wide")]
    BINDINGS = [
        Binding("escape", "leave", "Back", id="back"),
        Binding("ctrl+s", "save", "Save", id="save"),
    ]

    def __init__(self, tab: str = "tab-sleep") -> None:
        super().__init__()
        self.initial_tab = tab

    def compose(self) -> ComposeResult:
        yield Header()
        with TabbedContent(initial=self.initial_tab):
            with TabPane("Sleep diary", id="tab-sleep"):
                yield SleepDiaryPane()
            with TabPane("Meals", id="tab-meals"):
                yield MealsPane()
            with TabPane("Coping", id="tab-coping"):
                yield CopingPane()
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Sleep and meals"
        self.sub_title = "looking after your body"

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "save":
            return self.query_one(TabbedContent).active != "tab-meals"
        return True

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        if event.pane.id == "tab-meals":
            self.query_one("#meal-list").focus()
        self.refresh_bindings()

    def action_save(self) -> None:
        active = self.query_one(TabbedContent).active
        if active == "tab-sleep":
            self.query_one(SleepDiaryPane).action_save()
        elif active == "tab-coping":
            self.query_one(CopingPane).action_save()

    def unsaved(self) -> bool:
        coping = self.query_one(CopingPane)
        coping_typed = any(w.value.strip() for w in coping.query(Input)) or bool(
            coping.query_one(EmotionPicker).words
        )
        return self.query_one(SleepDiaryPane).dirty or coping_typed

    def action_leave(self) -> None:
        if not self.unsaved():
            self.app.pop_screen()
            return

        def answered(answer: str | None) -> None:
            if answer == "leave":
                self.app.pop_screen()

        self.app.push_screen(
            Choice(
                "You have typed something that is not saved yet. Leave without saving it?",
                [("stay", "Stay and save"), ("leave", "Leave without saving")],
                cancel="stay",
            ),
            answered,
        )
