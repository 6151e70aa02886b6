"""The fun list (f): things you enjoy, or used to, favourite first; and doing one."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from wellbeing_tui.content.fun import FUN_IDEAS, PREDICTION_FIGURES, PREDICTION_NOTE
from wellbeing_tui.domain.activities import Activity
from wellbeing_tui.domain.fun import activity_stats, felt_more, prediction_gap
from wellbeing_tui.domain.words import count, number
from wellbeing_tui.ui.dialogs.ask_text import AskText
from wellbeing_tui.ui.format import short_day, visible
from wellbeing_tui.ui.fun.doing import DoItScreen
from wellbeing_tui.ui.uses_diary import UsesDiary

T = TypeVar("T")


class FunScreen(UsesDiary, Screen[None]):
    """A ranked list to look at daily and tick things off."""

    # Where what is typed here is kept, for "?" (see support/explain.py).
    KEPT = "The list is in the activities table; what you did in activity_log."

    CSS_PATH = "fun.tcss"
    BINDINGS = [
        Binding("enter", "do_it", "Do it", id="do-it", show=True, priority=False),
        Binding("a", "add", "Add", id="add"),
        Binding("e", "rename", "Rename", id="rename"),
        Binding("shift+up", "move(-1)", "Up", id="move-up"),
        Binding("shift+down", "move(1)", "Down", id="move-down"),
        Binding("x", "archive", "Archive", id="archive"),
        Binding("i", "ideas", "Ideas", id="ideas"),
        Binding("escape", "back", "Back", id="back"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(
            "Things that are fun or creative, or that used to bring you joy, with your "
            "favourite at number one. Doing one, even without feeling like it at first, can "
            "help you feel more connected.",
            id="fun-intro",
        )
        yield OptionList(id="activities")
        yield Static("", id="fun-status")
        yield OptionList(
            *(Option(idea, id=f"idea-{n}") for n, idea in enumerate(FUN_IDEAS)), id="ideas"
        )
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Fun list"
        self.sub_title = "your favourite at number one"
        self.reload()

    def on_screen_resume(self) -> None:
        if self.is_mounted:
            self.reload()

    def activities(self) -> list[Activity]:
        return self.diary.fun.ranked()

    def reload(self, highlight: str | None = None) -> None:
        diary = self.diary
        logs = diary.fun.logs()
        listing = self.query_one("#activities", OptionList)
        previous = listing.highlighted
        listing.clear_options()
        activities = self.activities()
        for n, activity in enumerate(activities, start=1):
            stats = activity_stats(activity, logs)
            detail = f"done {stats.done}×" if stats.done else "not done yet"
            if stats.last_done:
                detail += f", last {short_day(stats.last_done)}"
            if stats.predicted_mean is not None and stats.enjoyment_mean is not None:
                detail += (
                    f" · expected {number(stats.predicted_mean)}, "
                    f"felt {number(stats.enjoyment_mean)} (of 10)"
                )
            listing.add_option(
                Option(
                    Text.assemble(
                        (f"{n:>2}. ", "bold"), visible(activity.title), "\n    ", (detail, "dim")
                    ),
                    id=activity.id,
                )
            )
        ids = [a.id for a in activities]
        if highlight in ids:
            listing.highlighted = ids.index(highlight)
        elif activities:
            listing.highlighted = min(previous or 0, len(activities) - 1)
        empty = not activities
        self.query_one("#ideas", OptionList).display = empty
        listing.display = not empty
        self.refresh_bindings()
        status = self.query_one("#fun-status", Static)
        gap = prediction_gap(logs)
        if empty:
            status.update(
                "Your list is empty. Here are some ideas: Enter adds the highlighted "
                "one, or press a to write your own."
            )
            self.query_one("#ideas", OptionList).focus()
        elif gap is not None:
            words = PREDICTION_NOTE if felt_more(gap) else PREDICTION_FIGURES
            status.update(
                words.format(
                    times=count(gap[2], "time"), predicted=number(gap[0]), felt=number(gap[1])
                )
            )
            listing.focus()
        else:
            status.update(
                "Enter when you do one: guess beforehand how much you will enjoy it, "
                "then say how it was."
            )
            listing.focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("do_it", "rename", "move", "archive") and self.is_mounted:
            return bool(self.query_one("#activities", OptionList).display)
        return True

    def highlighted(self) -> Activity | None:
        listing = self.query_one("#activities", OptionList)
        if not listing.display or listing.highlighted is None:
            return None
        option_id = listing.get_option_at_index(listing.highlighted).id
        return next((a for a in self.activities() if a.id == option_id), None)

    def add(self, title: str) -> None:
        """Add ``title`` to the end of the list, then show it highlighted."""

        def added(activity: Activity) -> None:
            self.notify(f'Added "{title}".', timeout=3)
            self.reload(activity.id)

        fun = self.diary.fun
        self.change(lambda: fun.add(title), added)

    def change(self, job: Callable[[], T], then: Callable[[T], object]) -> None:
        """Save a change to the list; a failure says so and leaves the list as it was."""
        self.main_app.write(
            job,
            done=then,
            failed=lambda err: self.notify(str(err), severity="warning"),
            form=self,
        )

    @on(OptionList.OptionSelected, "#ideas")
    def idea_chosen(self, event: OptionList.OptionSelected) -> None:
        self.add(str(event.option.prompt))

    @on(OptionList.OptionSelected, "#activities")
    def activity_chosen(self) -> None:
        self.action_do_it()

    def action_do_it(self) -> None:
        activity = self.highlighted()
        if activity is not None:
            self.app.push_screen(DoItScreen(activity))

    def action_add(self) -> None:
        def added(title: str | None) -> None:
            if title:
                self.add(title[:200])

        self.app.push_screen(
            AskText("Something fun or creative, or that you used to enjoy:"), added
        )

    def action_rename(self) -> None:
        activity = self.highlighted()
        if activity is None:
            return

        def renamed(title: str | None) -> None:
            if title:
                fun = self.diary.fun
                self.change(
                    lambda: fun.rename(activity, title[:200]), lambda _: self.reload(activity.id)
                )

        self.app.push_screen(AskText("A new name:", activity.title), renamed)

    def action_move(self, step: int) -> None:
        activity = self.highlighted()
        if activity is None or self.main_app.writer.saving(self):
            return
        fun, moving = self.diary.fun, activity.id
        self.change(lambda: fun.move(moving, step), lambda _: self.reload(moving))

    def action_archive(self) -> None:
        activity = self.highlighted()
        if activity is None:
            return

        def archived(_: object) -> None:
            self.notify(f'Archived "{activity.title}"; what you did with it is kept.', timeout=4)
            self.reload()

        fun = self.diary.fun
        self.change(lambda: fun.archive(activity), archived)

    def action_ideas(self) -> None:
        ideas = self.query_one("#ideas", OptionList)
        ideas.display = not ideas.display or not self.activities()
        if ideas.display:
            ideas.focus()

    def action_back(self) -> None:
        ideas = self.query_one("#ideas", OptionList)
        if ideas.display and self.activities():
            ideas.display = False
            self.query_one("#activities", OptionList).focus()
            return
        self.app.pop_screen()
