"""Every place the app can go, in one table.

The dashboard's keys, the command palette and the menu are all made from ``DESTINATIONS``;
adding a screen is one entry here. Screens ask to go somewhere by posting ``Navigate``; the
app looks the name up here. A screen is named by its import path and imported only when it
is chosen, so starting the app imports none of them (and this table imports no screen).
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import Any

from textual.binding import Binding
from textual.message import Message


@dataclass(frozen=True)
class Destination:
    """A screen or an action of the app that can be reached by name."""

    name: str  # also the id of its key binding
    title: str  # in the command palette, which searches only this: say the words people type
    help: str  # one line, in the command palette
    screen: str = ""  # "module:Class" of the screen to open, built with ``args``
    action: str = ""  # or: the app method to call, with ``args``
    args: tuple[Any, ...] = ()
    key: str | None = None  # its key on the dashboard
    label: str = ""  # the key's word in the dashboard's footer
    footer: bool = True  # shown in the footer (else only in `?` and the hint line)
    tooltip: str = ""  # what `?` says the key does (default: ``help``)
    menu: str | None = None  # its words in the menu (o); None: not in the menu
    palette: bool = True
    single: bool = False  # never opened on top of itself

    def screen_class(self) -> type[Any]:
        """The screen's class, imported now."""
        module, _, name = self.screen.partition(":")
        cls: type[Any] = getattr(import_module(module), name)
        return cls


class Navigate(Message):
    """Sent by a screen to ask the app to go to a destination, by name."""

    def __init__(self, to: str) -> None:
        super().__init__()
        self.to = to


UI = "wellbeing_tui.ui."

DESTINATIONS: tuple[Destination, ...] = (
    Destination("home", "Dashboard", "Back to today at a glance", action="go_home"),
    # Export and import come first in the menu, where the dashboard has no key for them.
    Destination(
        "export",
        "Export",
        "A summary for a therapist, a backup, or CSV",
        screen=UI + "exchange.exchange:ExportScreen",
        menu="Export: a summary, a backup, CSV",
    ),
    Destination(
        "import",
        "Import",
        "From jrnl, Daylio or a wellbeing-tui backup",
        screen=UI + "exchange.exchange:ImportScreen",
        menu="Import from jrnl, Daylio or a backup",
    ),
    Destination(
        "grounding",
        "Grounding",
        "A timed grounding exercise",
        screen=UI + "grounding.choose:ExerciseListScreen",
        key="g",
        label="Ground",
        menu="Grounding",
    ),
    Destination(
        "journal",
        "Journal",
        "Read or search your journal",
        screen=UI + "journal.entries:JournalListScreen",
        key="j",
        label="Journal",
        tooltip="Write or read your journal",
        menu="Journal",
    ),
    Destination(
        "journal-new",
        "New journal entry",
        "Write, from a prompt or a blank page",
        action="new_journal_entry",
    ),
    Destination(
        "fun",
        "Fun list",
        "Things you enjoy, or used to",
        screen=UI + "fun.fun:FunScreen",
        key="f",
        label="Fun",
        tooltip="Your fun list",
        menu="Fun list",
    ),
    Destination(
        "people",
        "People",
        "Log time with someone",
        screen=UI + "people.people:PeopleScreen",
        key="p",
        label="People",
        tooltip="Time with people",
        menu="People",
    ),
    Destination(
        "thoughts",
        "Thought worksheets",
        "Challenge a thought, step by step",
        screen=UI + "worksheet.history:ThoughtsListScreen",
        key="t",
        label="Think",
        tooltip="Thought worksheets",
        menu="Thought worksheets",
    ),
    Destination(
        "week",
        "Week review",
        "Sleep, mood and the rest of the week",
        screen=UI + "week.week:WeekScreen",
        key="w",
        label="Week",
        tooltip="The week review",
        menu="Week review",
    ),
    Destination(
        "looking-back",
        "Looking back",
        "Months and years of mood and sleep, and what goes with better days",
        screen=UI + "looking_back.looking_back:LookingBackScreen",
        key="l",
        label="Looking back",
        footer=False,
        tooltip="Looking back over months and years",
        menu="Looking back",
        single=True,
    ),
    Destination(
        "checkin",
        "Mood check-in",
        "How are you right now?",
        screen=UI + "checkin.checkin:CheckInScreen",
        key="m",
        label="Mood",
        tooltip="A mood check-in",
        menu="Mood check-in",
    ),
    Destination(
        "sleep",
        "Sleep diary",
        "Last night, in the sleep diary",
        screen=UI + "sleep.sleep:SleepScreen",
        args=("tab-sleep",),
        key="s",
        label="Sleep",
        tooltip="Sleep diary, meals, coping",
        menu="Sleep and meals",
    ),
    Destination(
        "meals",
        "Meals",
        "Today's meals",
        screen=UI + "sleep.sleep:SleepScreen",
        args=("tab-meals",),
    ),
    Destination(
        "coping",
        "Coping log",
        "A note of using something to cope",
        screen=UI + "sleep.sleep:SleepScreen",
        args=("tab-coping",),
    ),
    Destination(
        "repeat-grounding",
        "Grounding: the one from last time",
        "Repeat the last exercise",
        action="repeat_grounding",
        key="r",
        label="Again",
        footer=False,
        tooltip="The grounding exercise from last time",
    ),
    Destination(
        "settings",
        "Settings",
        "Theme, motion, bell, week, day start, country",
        screen=UI + "settings.settings:SettingsScreen",
        menu="Settings",
    ),
    Destination(
        "safety-plan",
        "My safety plan",
        "In your own words: what helps, who to call, for a hard moment",
        screen=UI + "support.plan_view:SafetyPlanView",
        menu="My safety plan",
        single=True,
    ),
    Destination(
        "support",
        # Found by "crisis", "helpline" and "suicide" as well as "support".
        "Support and helplines, in a crisis or with thoughts of suicide",
        "Free helplines, finding a therapist",
        screen=UI + "support.support:SupportScreen",
        menu="Help and support",
        single=True,
    ),
    # Named in the line above the footer, which has no room for it at 80 columns.
    Destination(
        "menu",
        "Menu",
        "Export, import and more",
        screen=UI + "dashboard.menu:MenuScreen",
        key="o",
        label="More",
        footer=False,
        palette=False,
    ),
    Destination(
        "quit",
        "Quit",
        "Close wellbeing",
        action="exit",
        key="q",
        label="Quit",
        menu="Quit",
        palette=False,
    ),
    Destination(
        "reduced-motion",
        "Reduced motion: on or off",
        "Show the breathing pacer as text only",
        action="toggle_setting",
        args=("reduced_motion", "Reduced motion"),
    ),
    Destination(
        "bell",
        "Bell at the end of grounding: on or off",
        "Ring the terminal bell when done",
        action="toggle_setting",
        args=("bell", "The bell"),
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
