"""The Textual app: receives its Store and clock, shows the dashboard first."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from wellbeing_tui.domain.clock import Clock, SystemClock
from wellbeing_tui.storage import Store, StoreError
from wellbeing_tui.ui.dashboard.dashboard import DashboardScreen
from wellbeing_tui.ui.themes import HIGH_CONTRAST

if TYPE_CHECKING:
    from wellbeing_tui.domain.session import GroundingRun


class WellbeingApp(App[None]):
    """A calm, private dashboard for hard days."""

    # The dashboard's styles come with the app's: a screen's own CSS_PATH makes Textual
    # re-parse every style sheet when the screen first shows, which would delay the first frame.
    CSS_PATH = ["app.tcss", "dashboard/dashboard.tcss"]
    TITLE = "wellbeing"
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = [
        Binding("h", "support", "Help", tooltip="Helplines and how to find help", id="support"),
        Binding("f1", "support", "Support", show=False, id="support-f1"),
        Binding("question_mark", "explain", "About this screen", show=False, id="explain"),
    ]

    def __init__(
        self,
        store: Store,
        *,
        clock: Clock | None = None,
        demo: bool = False,
        locale_country: str | None = None,
        start_run: GroundingRun | None = None,
    ) -> None:
        super().__init__()
        self.register_theme(HIGH_CONTRAST)
        self.start_run = start_run
        self.store = store
        self.clock: Clock = clock or SystemClock()
        self.demo = demo
        self._locale_country = locale_country
        settings = store.settings()
        if settings.theme in self.available_themes:
            self.theme = settings.theme

    def on_mount(self) -> None:
        self.push_screen(DashboardScreen())
        if not self.store.read_only and self.start_run is None:
            self.offer_draft_back()
        if self.start_run is not None:
            from wellbeing_tui.ui.grounding.session import SessionScreen

            self.push_screen(SessionScreen(self.start_run))
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

    @property
    def locale_country(self) -> str | None:
        """The country of the locale, found the first time it is needed."""
        if self._locale_country is None:
            from wellbeing_tui.content.helplines import country_from_locale

            self._locale_country = country_from_locale() or ""
        return self._locale_country or None

    def action_support(self) -> None:
        from wellbeing_tui.ui.support.support import SupportScreen

        if not isinstance(self.screen, SupportScreen):
            self.push_screen(SupportScreen())

    def action_journal(self, new: bool = False) -> None:
        from wellbeing_tui.ui.journal.editor import JournalEditorScreen
        from wellbeing_tui.ui.journal.entries import JournalListScreen

        self.push_screen(JournalListScreen())
        if new:
            self.push_screen(JournalEditorScreen())

    def offer_draft_back(self) -> None:
        """After a crash or a closed terminal, offer back the journal entry being written."""
        from wellbeing_tui.domain.drafts import JOURNAL_DRAFT, Draft, latest_draft

        draft = latest_draft(self.store.records(Draft), JOURNAL_DRAFT)
        if draft is None or not str(draft.data.get("text", "")).strip():
            return
        # Only now that there is something to offer back: the editor and its widgets.
        from wellbeing_tui.storage.queries import clear_draft
        from wellbeing_tui.ui.dialogs.choice import Choice
        from wellbeing_tui.ui.format import short_day
        from wellbeing_tui.ui.journal.editor import JournalEditorScreen

        def answered(answer: str | None) -> None:
            if answer == "open":
                self.push_screen(JournalEditorScreen(draft=draft))
            elif answer == "discard":
                clear_draft(self.store, JOURNAL_DRAFT)

        when = f"{short_day(draft.updated_at)} at {draft.updated_at[11:16]}"
        self.push_screen(
            Choice(
                f"You were writing a journal entry ({when}) that was not saved. Open it now?",
                [("open", "Open it"), ("later", "Later"), ("discard", "Discard it")],
                cancel="later",
            ),
            answered,
        )

    def action_thoughts(self) -> None:
        from wellbeing_tui.ui.worksheet.history import ThoughtsListScreen

        self.push_screen(ThoughtsListScreen())

    def action_settings(self) -> None:
        from wellbeing_tui.ui.settings.settings import SettingsScreen

        self.push_screen(SettingsScreen())

    def action_export(self) -> None:
        from wellbeing_tui.ui.exchange.exchange import ExportScreen

        self.push_screen(ExportScreen())

    def action_import(self) -> None:
        from wellbeing_tui.ui.exchange.exchange import ImportScreen

        self.push_screen(ImportScreen())

    def action_menu(self) -> None:
        from wellbeing_tui.ui.dashboard.menu import MenuScreen

        self.push_screen(MenuScreen())

    def action_fun(self) -> None:
        from wellbeing_tui.ui.fun.fun import FunScreen

        self.push_screen(FunScreen())

    def action_people(self) -> None:
        from wellbeing_tui.ui.people.people import PeopleScreen

        self.push_screen(PeopleScreen())

    def action_week(self) -> None:
        from wellbeing_tui.ui.week.week import WeekScreen

        self.push_screen(WeekScreen())

    def action_checkin(self) -> None:
        from wellbeing_tui.ui.checkin.checkin import CheckInScreen

        self.push_screen(CheckInScreen())

    def action_sleep(self, tab: str = "tab-sleep") -> None:
        from wellbeing_tui.ui.sleep.sleep import SleepScreen

        self.push_screen(SleepScreen(tab))

    def action_grounding(self) -> None:
        from wellbeing_tui.ui.grounding.choose import ExerciseListScreen

        self.push_screen(ExerciseListScreen())

    def action_repeat_grounding(self) -> None:
        """Open the exercise done last time, with the same length, ready to start."""
        from wellbeing_tui.content.exercises import BY_SLUG
        from wellbeing_tui.ui.grounding.choose import last_session
        from wellbeing_tui.ui.grounding.setup import SetupScreen

        last = last_session(self)
        if last is None or last.exercise not in BY_SLUG:
            self.notify("No grounding session yet: choose one from the list.", timeout=4)
            self.action_grounding()
            return
        exercise = BY_SLUG[last.exercise]
        minutes = None if exercise.beginner_cycles else max(1, round(last.planned_seconds / 60))
        self.push_screen(SetupScreen(exercise, minutes))

    def toggle_setting(self, name: str, words: str) -> None:
        settings = self.store.settings()
        value = not getattr(settings, name)
        try:
            self.store.save_settings(settings.edit(**{name: value}))
        except StoreError as err:
            self.notify(str(err), severity="warning")
            return
        self.notify(f"{words} {'on' if value else 'off'}.", timeout=3)

    def action_explain(self) -> None:
        from wellbeing_tui.ui.support.explain import ExplainScreen

        if isinstance(self.screen, ExplainScreen):
            return
        self.push_screen(
            ExplainScreen(self.screen, dict(self.screen.active_bindings), str(self.store.path))
        )

    def action_home(self) -> None:
        while len(self.screen_stack) > 2:
            self.pop_screen()

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield SystemCommand("Dashboard", "Back to today at a glance", self.action_home)
        yield SystemCommand(
            "Support and helplines", "Free helplines, finding a therapist", self.action_support
        )
        yield SystemCommand("Grounding", "A timed grounding exercise", self.action_grounding)
        yield SystemCommand("Journal", "Read or search your journal", self.action_journal)
        yield SystemCommand(
            "New journal entry",
            "Write, from a prompt or a blank page",
            lambda: self.action_journal(new=True),
        )
        yield SystemCommand("Week review", "Sleep, mood and the rest of the week", self.action_week)
        yield SystemCommand(
            "Thought worksheets", "Challenge a thought, step by step", self.action_thoughts
        )
        yield SystemCommand(
            "Export", "A summary for a therapist, a backup, or CSV", self.action_export
        )
        yield SystemCommand(
            "Import", "From jrnl, Daylio or a wellbeing-tui backup", self.action_import
        )
        yield SystemCommand("Fun list", "Things you enjoy, or used to", self.action_fun)
        yield SystemCommand(
            "Settings", "Theme, motion, bell, week, day start, country", self.action_settings
        )
        yield SystemCommand("People", "Log time with someone", self.action_people)
        yield SystemCommand("Mood check-in", "How are you right now?", self.action_checkin)
        yield SystemCommand("Sleep diary", "Last night, in the sleep diary", self.action_sleep)
        yield SystemCommand("Meals", "Today's meals", lambda: self.action_sleep("tab-meals"))
        yield SystemCommand(
            "Coping log",
            "A note of using something to cope",
            lambda: self.action_sleep("tab-coping"),
        )
        yield SystemCommand(
            "Grounding: the one from last time",
            "Repeat the last exercise",
            self.action_repeat_grounding,
        )
        yield SystemCommand(
            "Reduced motion: on or off",
            "Show the breathing pacer as text only",
            lambda: self.toggle_setting("reduced_motion", "Reduced motion"),
        )
        yield SystemCommand(
            "Bell at the end of grounding: on or off",
            "Ring the terminal bell when done",
            lambda: self.toggle_setting("bell", "The bell"),
        )
        yield from super().get_system_commands(screen)
