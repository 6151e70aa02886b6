"""The week review (w): seven days side by side, then the week in sentences."""

from __future__ import annotations

from datetime import date, timedelta

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from wellbeing_tui.content.marks import MISSING
from wellbeing_tui.domain.sleep import QUALITY_WORDS
from wellbeing_tui.domain.week import Day, Week
from wellbeing_tui.ui.dialogs.go_to_date import GoToDate
from wellbeing_tui.ui.format import escape
from wellbeing_tui.ui.uses_diary import UsesDiary

BAR_FROM, BAR_TO = 2, 10  # one cell an hour; fits a narrow column
SPARK = " ▂▃▅▆█"


def sleep_bar(tst_min: int) -> str:
    """One cell an hour from 2 to 10 hours; the 7-9 hour band shows in the empty cells."""
    hours = tst_min / 60
    cells = []
    for hour in range(BAR_FROM, BAR_TO):
        if hours >= hour + 1:
            cells.append("█")
        elif hours > hour + 0.5:
            cells.append("▌")
        elif 7 <= hour < 9:
            cells.append("[dim]░[/]")
        else:
            cells.append("[dim]·[/]")
    return "".join(cells)


def clock_text(minutes: float | None) -> str:
    if minutes is None:
        return MISSING
    total = round(minutes)
    return f"{total // 60}:{total % 60:02d}"


def day_text(d: Day, is_today: bool) -> str:
    mark = " ●" if is_today else ""
    lines = [f"[b]{d.day:%a} {d.day.day}[/b]{mark}", "[dim]sleep[/]"]
    if d.metrics is None or d.sleep is None:
        lines += [f"[dim]{MISSING}[/]", "", ""]
    else:
        lines += [
            sleep_bar(d.metrics.tst_min),
            f"{clock_text(d.metrics.tst_min)} {d.metrics.se_pct:.0f}%",
            QUALITY_WORDS[d.sleep.quality],
        ]
    lines.append("[dim]mood[/]")
    if d.moods:
        spark = "".join(SPARK[m] for m in d.moods)
        median = f"{d.mood_median:g}"
        lines += [f"[b]{spark}[/b]", f"{median} · {len(d.moods)}×"]
    else:
        lines += [f"[dim]{MISSING}[/]", ""]
    lines.append("[dim]meals[/]")
    marks = []
    for kind, letter in (("breakfast", "B"), ("lunch", "L"), ("dinner", "D")):
        state = d.meals[kind]
        marks.append(
            letter if state not in (None, "skipped") else ("[dim]x[/]" if state else "[dim].[/]")
        )
    lines.append(" ".join(marks))
    lines.append(f"gap {clock_text(d.meal_gap_min)}" if d.meal_gap_min else "")
    lines.append("[dim]more[/]")
    if d.grounding_minutes is not None:
        lines.append(f"ground {d.grounding_minutes:.0f}m")
    counts = [
        ("journal", d.journal),
        ("sheet", d.thoughts),
        ("people", d.connections),
        ("fun", d.activities_done),
    ]
    lines.extend(f"{name} {n}" for name, n in counts if n)
    return "\n".join(lines)


class WeekScreen(UsesDiary, Screen[None]):
    """A week of sleep, mood, meals and the rest."""

    # Where what is typed here is kept, for "?" (see support/explain.py).
    KEPT = "It shows what you saved elsewhere; it keeps nothing itself."

    CSS_PATH = "week.tcss"
    BINDINGS = [
        Binding("left_square_bracket", "move(-1)", "Earlier", key_display="[", id="prev"),
        Binding("right_square_bracket", "move(1)", "Later", key_display="]", id="next"),
        Binding("full_stop", "this_week", "This week", key_display=".", id="this-week"),
        Binding("d", "go_to_date", "Date", id="go-to-date"),
        Binding("escape", "app.pop_screen", "Back", id="back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.first: date | None = None
        self.week: Week | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="week-body"):
            yield Static("", id="week-title")
            with Horizontal(id="days"):
                for n in range(7):
                    yield Static("", id=f"day-{n}", classes="day")
            yield Static("", id="week-legend", classes="muted")
            yield Static("", id="week-sentences")
        yield Footer()

    def today(self) -> date:
        return self.diary.today()

    def on_resize(self) -> None:
        self.set_class(self.size.width < 90, "-narrow")

    def on_mount(self) -> None:
        self.title = "Week review"
        self.show_week_of(self.today())

    def show_week_of(self, day: date) -> None:
        first, _ = self.diary.week_bounds(day)
        self.first = first
        self.week = week = self.diary.reviews.week(first)
        self.sub_title = f"{week.first:%a %d %b} to {week.last:%a %d %b %Y}"
        now = self.today()
        title = f"[b]Week of {week.first:%A} {week.first.day} {week.first:%B %Y}[/b]"
        if week.first <= now <= week.last:
            title += "  (this week; ● is today)"
        self.query_one("#week-title", Static).update(title)
        for n, d in enumerate(week.days):
            self.query_one(f"#day-{n}", Static).update(day_text(d, d.day == now))
        self.query_one("#week-legend", Static).update(
            "Sleep bar: one block an hour from 2 to 10 hours; ░ marks 7 to 9. Mood: one bar a "
            "check-in, then the middle mood and how many (3 · 2× is 3 from two check-ins). "
            "Meals: B L D eaten, x skipped, . not logged. — means nothing was logged."
        )
        text = "\n".join(f"• {escape(s)}" for s in week.sentences)
        self.query_one("#week-sentences", Static).update(text)

    def action_move(self, weeks: int) -> None:
        if self.first is None:
            return
        target = self.first + timedelta(days=7 * weeks)
        if target > self.today():
            self.notify("This is the current week; nothing is logged in weeks to come.", timeout=3)
            return
        self.show_week_of(target)

    def action_this_week(self) -> None:
        self.show_week_of(self.today())

    def action_go_to_date(self) -> None:
        def chosen(day: date | None) -> None:
            if day is not None:
                self.show_week_of(day)

        self.app.push_screen(GoToDate(), chosen)
