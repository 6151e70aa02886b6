"""Meals for a day: a time or "skipped" for each, and the longest gap. No calories."""

from __future__ import annotations

from datetime import date, timedelta

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from wellbeing_tui.domain.fields import new_id
from wellbeing_tui.domain.meals import MAIN_MEALS, Meal, longest_gap
from wellbeing_tui.domain.sleep import format_minutes
from wellbeing_tui.ui.dialogs.ask_time import AskTime
from wellbeing_tui.ui.format import day_label
from wellbeing_tui.ui.uses_diary import UsesDiary

NEW_SNACK = "new-snack"


class MealsPane(UsesDiary, Vertical):
    """Breakfast, lunch, dinner and snacks for one day."""

    BINDINGS = [
        Binding("b", "now('breakfast')", "Breakfast now", id="breakfast-now"),
        Binding("l", "now('lunch')", "Lunch now", id="lunch-now"),
        Binding("d", "now('dinner')", "Dinner now", id="dinner-now"),
        Binding("k", "now('snack')", "Snack now", id="snack-now"),
        Binding("x", "skip", "Skipped", id="skipped"),
        Binding("delete", "forget", "Remove", id="remove-meal", show=False),
        Binding("left_square_bracket", "day(-1)", "Day before", id="day-before", show=False),
        Binding("right_square_bracket", "day(1)", "Day after", id="day-after", show=False),
    ]

    def __init__(self) -> None:
        super().__init__(id="meals")
        self.day: date | None = None

    def compose(self) -> ComposeResult:
        yield Static("", id="meals-day")
        yield OptionList(id="meal-list")
        yield Static("", id="meals-gap")
        yield Static(
            "[dim]Enter sets a time, b l d k log breakfast, lunch, dinner or a snack as "
            "just now, x marks the highlighted meal skipped, Delete removes it, \\[ and ] move a "
            "day. Regular meals help steady energy and mood; there is nothing to count here.[/]",
            id="meals-help",
        )

    def on_mount(self) -> None:
        self.show_day(self.diary.today())

    def meals(self) -> list[Meal]:
        assert self.day is not None
        return self.diary.sleep.meals_on(self.day)

    def show_day(self, day: date) -> None:
        self.day = day
        meals = self.meals()
        self.query_one("#meals-day", Static).update(f"[b]{day_label(day)}[/b]")
        option_list = self.query_one("#meal-list", OptionList)
        highlighted = option_list.highlighted
        option_list.clear_options()
        for kind in MAIN_MEALS:
            found = next((m for m in meals if m.kind == kind), None)
            option_list.add_option(Option(self.row(kind, found), id=kind))
        snacks = sorted((m for m in meals if m.kind == "snack"), key=lambda m: m.at or "")
        for snack in snacks:
            option_list.add_option(Option(self.row("snack", snack), id=f"snack:{snack.id}"))
        option_list.add_option(Option(Text("+ add a snack", style="dim"), id=NEW_SNACK))
        option_list.highlighted = min(highlighted or 0, option_list.option_count - 1)
        gap = longest_gap(meals)
        self.query_one("#meals-gap", Static).update(
            f"Longest gap between meals: [b]{format_minutes(gap)}[/b]"
            if gap
            else "[dim]The longest gap between meals shows once two are logged.[/]"
        )

    @staticmethod
    def row(kind: str, meal: Meal | None) -> Text:
        if meal is None:
            state = Text("not logged", style="dim")
        elif meal.skipped:
            state = Text("skipped")
        else:
            state = Text(meal.at or "eaten", style="bold")
        return Text.assemble(f"{kind.capitalize():<12}", state)

    def highlighted_id(self) -> str | None:
        option_list = self.query_one("#meal-list", OptionList)
        if option_list.highlighted is None:
            return None
        return option_list.get_option_at_index(option_list.highlighted).id

    def existing(self, option_id: str) -> Meal | None:
        meals = self.meals()
        if option_id.startswith("snack:"):
            return next((m for m in meals if m.id == option_id[6:]), None)
        return next((m for m in meals if m.kind == option_id), None)

    def record(self, kind: str, at: str | None, skipped: bool, existing: Meal | None) -> None:
        assert self.day is not None
        meal = Meal(
            id=existing.id if existing else new_id(),
            date=self.day.isoformat(),
            kind=kind,
            at=at,
            skipped=skipped,
            note=existing.note if existing else None,
        )
        day = self.day
        self.main_app.write(
            lambda: self.diary.sleep.save_meal(meal),
            done=lambda _: self.show_day(day),
            failed=lambda err: self.notify(str(err), severity="warning"),
        )

    def action_now(self, kind: str) -> None:
        at = self.diary.now().strftime("%H:%M")
        existing = None if kind == "snack" else self.existing(kind)
        self.record(kind, at, False, existing)

    def action_skip(self) -> None:
        option_id = self.highlighted_id()
        if option_id in MAIN_MEALS:
            self.record(option_id, None, True, self.existing(option_id))

    def action_forget(self) -> None:
        option_id = self.highlighted_id()
        meal = self.existing(option_id) if option_id and option_id != NEW_SNACK else None
        if meal is not None and self.day is not None:
            day = self.day

            def removed(_: object) -> None:
                self.show_day(day)
                self.notify(f"Removed {meal.kind}.", timeout=3)

            self.main_app.write(
                lambda: self.diary.sleep.remove_meal(meal.id),
                done=removed,
                failed=lambda err: self.notify(str(err), severity="warning"),
            )

    def action_day(self, step: int) -> None:
        if self.day is not None:
            self.show_day(self.day + timedelta(days=step))

    @on(OptionList.OptionSelected, "#meal-list")
    def set_time(self, event: OptionList.OptionSelected) -> None:
        option_id = event.option.id or ""
        existing = None if option_id == NEW_SNACK else self.existing(option_id)
        kind = "snack" if option_id.startswith("snack") or option_id == NEW_SNACK else option_id

        def chosen(at: str | None) -> None:
            if at is not None:
                self.record(kind, at, False, existing)

        current = existing.at if existing and existing.at else ""
        self.app.push_screen(AskTime(f"your {kind}", current), chosen)
