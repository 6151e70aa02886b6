"""Every place the app can go, in one table.

The dashboard's keys, the command palette and the menu are all made from ``DESTINATIONS``;
adding a screen is one entry here. Screens ask to go somewhere by posting ``Navigate``; the
app looks the name up here. Each entry builds its screen only when chosen, so starting the
app imports none of them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.binding import Binding
from textual.message import Message

if TYPE_CHECKING:
    from wellbeing_tui.ui.app import WellbeingApp

Open = Callable[["WellbeingApp"], None]


@dataclass(frozen=True)
class Destination:
    """A screen or an action that can be reached by name."""

    name: str  # also the id of its key binding
    title: str  # in the command palette
    help: str  # one line, in the command palette
    open: Open
    key: str | None = None  # its key on the dashboard
    label: str = ""  # the key's word in the dashboard's footer
    footer: bool = True  # shown in the footer (else only in `?` and the hint line)
    tooltip: str = ""  # what `?` says the key does (default: ``help``)
    menu: str | None = None  # its words in the menu (o); None: not in the menu
    palette: bool = True


class Navigate(Message):
    """Sent by a screen to ask the app to go to a destination, by name."""

    def __init__(self, to: str) -> None:
        super().__init__()
        self.to = to


# -- how each destination opens: screens are imported only when chosen ---------------------


def _home(app: WellbeingApp) -> None:
    app.go_home()


def _support(app: WellbeingApp) -> None:
    from wellbeing_tui.ui.support.support import SupportScreen

    if not isinstance(app.screen, SupportScreen):
        app.push_screen(SupportScreen())


def _grounding(app: WellbeingApp) -> None:
    from wellbeing_tui.ui.grounding.choose import ExerciseListScreen

    app.push_screen(ExerciseListScreen())


def _repeat_grounding(app: WellbeingApp) -> None:
    """The exercise done last time, with the same length, ready to start."""
    from wellbeing_tui.content.exercises import BY_SLUG
    from wellbeing_tui.ui.grounding.setup import SetupScreen

    last = app.diary.last_grounding()
    if last is None or last.exercise not in BY_SLUG:
        app.notify("No grounding session yet: choose one from the list.", timeout=4)
        _grounding(app)
        return
    exercise = BY_SLUG[last.exercise]
    minutes = None if exercise.beginner_cycles else max(1, round(last.planned_seconds / 60))
    app.push_screen(SetupScreen(exercise, minutes))


def _journal(app: WellbeingApp) -> None:
    from wellbeing_tui.ui.journal.entries import JournalListScreen

    app.push_screen(JournalListScreen())


def _new_journal_entry(app: WellbeingApp) -> None:
    from wellbeing_tui.ui.journal.editor import JournalEditorScreen

    _journal(app)
    app.push_screen(JournalEditorScreen())


def _checkin(app: WellbeingApp) -> None:
    from wellbeing_tui.ui.checkin.checkin import CheckInScreen

    app.push_screen(CheckInScreen())


def _sleep_tab(tab: str) -> Open:
    def open_tab(app: WellbeingApp) -> None:
        from wellbeing_tui.ui.sleep.sleep import SleepScreen

        app.push_screen(SleepScreen(tab))

    return open_tab


def _thoughts(app: WellbeingApp) -> None:
    from wellbeing_tui.ui.worksheet.history import ThoughtsListScreen

    app.push_screen(ThoughtsListScreen())


def _fun(app: WellbeingApp) -> None:
    from wellbeing_tui.ui.fun.fun import FunScreen

    app.push_screen(FunScreen())


def _people(app: WellbeingApp) -> None:
    from wellbeing_tui.ui.people.people import PeopleScreen

    app.push_screen(PeopleScreen())


def _week(app: WellbeingApp) -> None:
    from wellbeing_tui.ui.week.week import WeekScreen

    app.push_screen(WeekScreen())


def _export(app: WellbeingApp) -> None:
    from wellbeing_tui.ui.exchange.exchange import ExportScreen

    app.push_screen(ExportScreen())


def _import(app: WellbeingApp) -> None:
    from wellbeing_tui.ui.exchange.exchange import ImportScreen

    app.push_screen(ImportScreen())


def _settings(app: WellbeingApp) -> None:
    from wellbeing_tui.ui.settings.settings import SettingsScreen

    app.push_screen(SettingsScreen())


def _menu(app: WellbeingApp) -> None:
    from wellbeing_tui.ui.dashboard.menu import MenuScreen

    app.push_screen(MenuScreen())


def _quit(app: WellbeingApp) -> None:
    app.exit()


def _toggle(setting: str, words: str) -> Open:
    def toggle(app: WellbeingApp) -> None:
        app.toggle_setting(setting, words)

    return toggle


DESTINATIONS: tuple[Destination, ...] = (
    Destination("home", "Dashboard", "Back to today at a glance", _home),
    # Export and import come first in the menu, where the dashboard has no key for them.
    Destination(
        "export",
        "Export",
        "A summary for a therapist, a backup, or CSV",
        _export,
        menu="Export: a summary, a backup, CSV",
    ),
    Destination(
        "import",
        "Import",
        "From jrnl, Daylio or a wellbeing-tui backup",
        _import,
        menu="Import from jrnl, Daylio or a backup",
    ),
    Destination(
        "grounding",
        "Grounding",
        "A timed grounding exercise",
        _grounding,
        key="g",
        label="Ground",
        menu="Grounding",
    ),
    Destination(
        "journal",
        "Journal",
        "Read or search your journal",
        _journal,
        key="j",
        label="Journal",
        tooltip="Write or read your journal",
        menu="Journal",
    ),
    Destination(
        "journal-new",
        "New journal entry",
        "Write, from a prompt or a blank page",
        _new_journal_entry,
    ),
    Destination(
        "fun",
        "Fun list",
        "Things you enjoy, or used to",
        _fun,
        key="f",
        label="Fun",
        tooltip="Your fun list",
        menu="Fun list",
    ),
    Destination(
        "people",
        "People",
        "Log time with someone",
        _people,
        key="p",
        label="People",
        tooltip="Time with people",
        menu="People",
    ),
    Destination(
        "thoughts",
        "Thought worksheets",
        "Challenge a thought, step by step",
        _thoughts,
        key="t",
        label="Think",
        tooltip="Thought worksheets",
        menu="Thought worksheets",
    ),
    Destination(
        "week",
        "Week review",
        "Sleep, mood and the rest of the week",
        _week,
        key="w",
        label="Week",
        tooltip="The week review",
        menu="Week review",
    ),
    Destination(
        "checkin",
        "Mood check-in",
        "How are you right now?",
        _checkin,
        key="m",
        label="Mood",
        tooltip="A mood check-in",
        menu="Mood check-in",
    ),
    Destination(
        "sleep",
        "Sleep diary",
        "Last night, in the sleep diary",
        _sleep_tab("tab-sleep"),
        key="s",
        label="Sleep",
        tooltip="Sleep diary, meals, coping",
        menu="Sleep and meals",
    ),
    Destination("meals", "Meals", "Today's meals", _sleep_tab("tab-meals")),
    Destination(
        "coping", "Coping log", "A note of using something to cope", _sleep_tab("tab-coping")
    ),
    Destination(
        "repeat-grounding",
        "Grounding: the one from last time",
        "Repeat the last exercise",
        _repeat_grounding,
        key="r",
        label="Again",
        footer=False,
        tooltip="The grounding exercise from last time",
    ),
    Destination(
        "settings",
        "Settings",
        "Theme, motion, bell, week, day start, country",
        _settings,
        menu="Settings",
    ),
    Destination(
        "support",
        "Support and helplines",
        "Free helplines, finding a therapist",
        _support,
        menu="Help and support",
    ),
    # Named in the line above the footer, which has no room for it at 80 columns.
    Destination(
        "menu",
        "Menu",
        "Export, import and more",
        _menu,
        key="o",
        label="More",
        footer=False,
        palette=False,
    ),
    Destination(
        "quit",
        "Quit",
        "Close wellbeing",
        _quit,
        key="q",
        label="Quit",
        menu="Quit",
        palette=False,
    ),
    Destination(
        "reduced-motion",
        "Reduced motion: on or off",
        "Show the breathing pacer as text only",
        _toggle("reduced_motion", "Reduced motion"),
    ),
    Destination(
        "bell",
        "Bell at the end of grounding: on or off",
        "Ring the terminal bell when done",
        _toggle("bell", "The bell"),
    ),
)

BY_NAME: dict[str, Destination] = {d.name: d for d in DESTINATIONS}


def dashboard_bindings() -> list[Binding | tuple[str, str] | tuple[str, str, str]]:
    """The dashboard's keys, in the table's order."""
    return [
        Binding(
            d.key,
            f"app.go('{d.name}')",
            d.label,
            show=d.footer,
            tooltip=d.tooltip or d.help,
            id=d.name,
        )
        for d in DESTINATIONS
        if d.key
    ]


def menu_entries() -> list[Destination]:
    return [d for d in DESTINATIONS if d.menu is not None]


def palette_entries() -> list[Destination]:
    return [d for d in DESTINATIONS if d.palette]
