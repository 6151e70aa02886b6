"""Looking back (l): months and years of mood and sleep as pictures, and what goes with
better days, side by side, never as cause.

Keys 1-4 choose the range: 4 weeks (a point a day), 12 weeks, a year and everything (a point
a week). Days and weeks with nothing logged are gaps in the lines, never zeros.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, timedelta

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static
from textual_plotext import PlotextPlot

from wellbeing_tui.domain.figures import MEANS_RULE
from wellbeing_tui.domain.trends import (
    NOT_CAUSE,
    Trends,
    hard_to_name_line,
    side_by_side_lines,
    words_line,
)
from wellbeing_tui.domain.words import count, span
from wellbeing_tui.ui.format import escape
from wellbeing_tui.ui.looking_back.calendar import mood_calendar
from wellbeing_tui.ui.themes import HIGH_CONTRAST
from wellbeing_tui.ui.uses_diary import UsesDiary


@dataclass(frozen=True)
class Range:
    key: str
    words: str
    weeks: int | None  # None: everything
    daily: bool  # a point a day, else a point a week


RANGES = (
    Range("1", "4 weeks", 4, True),
    Range("2", "12 weeks", 12, False),
    Range("3", "1 year", 52, False),
    Range("4", "everything", None, False),
)
MOOD_COLOUR = "cyan"
SLEEP_COLOUR = "blue"
BAND_COLOUR = "green"


def segments(points: list[tuple[int, float | None]]) -> list[list[tuple[int, float]]]:
    """Runs of points with a value, split where one is missing (a gap, never a zero)."""
    runs: list[list[tuple[int, float]]] = [[]]
    for x, y in points:
        if y is None:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append((x, y))
    return [run for run in runs if run]


class LookingBackScreen(UsesDiary, Screen[None]):
    """Mood and sleep over weeks, months and years."""

    # Where what is typed here is kept, for "?" (see support/explain.py).
    KEPT = "It shows what you saved elsewhere; it keeps nothing itself."

    CSS_PATH = "looking_back.tcss"
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="back"),
        *(Binding(r.key, f"show({r.key})", r.words, id=f"range-{r.key}") for r in RANGES),
    ]

    def __init__(self, start: str = "1") -> None:
        super().__init__()
        self.range = next(r for r in RANGES if r.key == start)
        self.found: Trends | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="looking-back"):
            yield Static("", id="range-line")
            yield Static("", id="empty-note")
            with Horizontal(classes="charts"):
                yield PlotextPlot(id="mood-plot")
                yield PlotextPlot(id="sleep-plot")
            yield PlotextPlot(id="efficiency-plot")
            yield Static(
                f"[dim]{MEANS_RULE}; a week with fewer is a gap in the weekly lines.[/]",
                id="means-note",
            )
            yield Static("[b]A year of mood[/b]", classes="heading")
            yield Static("", id="calendar")
            yield Static("", id="words", classes="section")
            yield Static("", id="grounding", classes="section")
            yield Static("", id="side-by-side", classes="section")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Looking back"
        self.show(self.range)

    def action_show(self, key: str) -> None:
        chosen = next(r for r in RANGES if r.key == str(key))
        if chosen != self.range or self.found is None:
            self.show(chosen)

    def bounds(self, chosen: Range) -> tuple[date, date]:
        diary = self.diary
        today = diary.today()
        if chosen.weeks is not None:
            return diary.reviews.last_weeks(chosen.weeks, today)
        first = diary.reviews.first_logged_day() or today
        return diary.week_bounds(min(first, today))[0], today

    def show(self, chosen: Range) -> None:
        self.range = chosen
        first, last = self.bounds(chosen)
        found = self.found = self.diary.reviews.trends(first, last)
        dates = span(f"{first.day} {first:%b %Y}", f"{last.day} {last:%b %Y}", start="")
        self.sub_title = f"{chosen.words}: {dates}"
        self.query_one("#range-line", Static).update(
            "  ".join(
                f"[reverse] {r.key} {r.words} [/]" if r == chosen else f"[dim]{r.key}[/] {r.words}"
                for r in RANGES
            )
        )
        nothing = not any(d.moods or d.tst_min is not None for d in found.days)
        note = self.query_one("#empty-note", Static)
        note.display = nothing
        note.update(
            "Nothing logged in this time yet. A mood check-in (m) or a sleep diary (s) on a "
            "few days, and this page starts to show how things go."
        )
        self.draw_mood(found, chosen)
        self.draw_sleep(found, chosen)
        self.draw_efficiency(found)
        self.show_words_and_the_rest(found)
        calendar_days = found.days
        if chosen.weeks is None or chosen.weeks < 52:
            calendar_days = self.diary.reviews.trends(last - timedelta(weeks=53), last).days
        self.query_one("#calendar", Static).update(
            mood_calendar(
                list(calendar_days),
                last,
                self.diary.settings.current().week_start,
                glyphs=self.without_colour(),
            )
        )

    def without_colour(self) -> bool:
        return bool(os.environ.get("NO_COLOR")) or self.app.theme == HIGH_CONTRAST.name

    def draw_mood(self, found: Trends, chosen: Range) -> None:
        plot = self.query_one("#mood-plot", PlotextPlot)
        plt = plot.plt
        plt.clear_data()
        plt.clear_figure()
        if chosen.daily:
            points = [(n, d.mood_mean) for n, d in enumerate(found.days)]
            labels = [(n, f"{d.day.day} {d.day:%b}") for n, d in enumerate(found.days)]
            title = "Mood, daily mean"
        else:
            points = [(n, w.mood_mean) for n, w in enumerate(found.weeks)]
            labels = week_labels(found)
            title = "Mood, weekly mean"
        for run in segments(points):
            xs, ys = [x for x, _ in run], [y for _, y in run]
            plt.plot(xs, ys, marker="braille" if len(run) > 1 else "●", color=MOOD_COLOUR)
        checkins = sum(w.checkins for w in found.weeks)
        plt.title(f"{title} ({checkins} check-in{'s' if checkins != 1 else ''})")
        plt.ylim(1, 5)
        plt.yticks([1, 2, 3, 4, 5], ["1 low", "2", "3 okay", "4", "5 good"])
        plt.xlim(-0.5, max(len(points) - 0.5, 0.5))
        plt.xticks(*thin(labels, self.tick_room(labels)))  # type: ignore[arg-type]
        plot.refresh()

    def draw_sleep(self, found: Trends, chosen: Range) -> None:
        plot = self.query_one("#sleep-plot", PlotextPlot)
        plt = plot.plt
        plt.clear_data()
        plt.clear_figure()
        if chosen.daily:
            values: list[tuple[int, float | None]] = [
                (n, d.tst_min) for n, d in enumerate(found.days)
            ]
            labels = [(n, f"{d.day.day} {d.day:%b}") for n, d in enumerate(found.days)]
            title = "Hours asleep a night"
        else:
            values = [(n, w.tst_mean_min) for n, w in enumerate(found.weeks)]
            labels = week_labels(found)
            title = "Hours asleep, weekly mean"
        kept = [(x, y / 60) for x, y in values if y is not None]
        if kept:
            plt.bar([x for x, _ in kept], [y for _, y in kept], color=SLEEP_COLOUR, width=0.6)
        plt.hline(7, BAND_COLOUR)
        plt.hline(9, BAND_COLOUR)
        plt.title(title)
        plt.ylim(0, 11)
        plt.yticks([0, 3, 5, 7, 9, 11], ["0", "3", "5", "7", "9", "11"])
        plt.xlim(-0.5, max(len(values) - 0.5, 0.5))
        plt.xticks(*thin(labels, self.tick_room(labels)))  # type: ignore[arg-type]
        plot.refresh()

    def draw_efficiency(self, found: Trends) -> None:
        """Pooled efficiency a week (all time asleep over all time in bed), against the 85%
        that sleep clinics often use as a guide."""
        plot = self.query_one("#efficiency-plot", PlotextPlot)
        plt = plot.plt
        plt.clear_data()
        plt.clear_figure()
        points = [(n, w.se_pooled_pct) for n, w in enumerate(found.weeks)]
        for run in segments(points):
            xs, ys = [x for x, _ in run], [y for _, y in run]
            plt.plot(xs, ys, marker="braille" if len(run) > 1 else "●", color=SLEEP_COLOUR)
        plt.hline(85, BAND_COLOUR)
        plt.title("Sleep efficiency a week, % (the line: 85%)")
        plt.ylim(0, 100)  # from 0, so that a week of very broken sleep is drawn, not missing
        plt.yticks([0, 25, 50, 85, 100], ["0", "25", "50", "85", "100"])
        plt.xlim(-0.5, max(len(points) - 0.5, 0.5))
        labels = week_labels(found)
        plt.xticks(*thin(labels, 2 * self.tick_room(labels)))  # type: ignore[arg-type]
        plot.refresh()

    def tick_room(self, labels: list[tuple[int, str]]) -> int:
        """How many labels fit under a chart with a few spaces between them (labels that
        would touch are moved by the plotting library, in no fixed way)."""
        inner = max(10, self.app.size.width // 2 - 12)
        longest = max((len(label) for _, label in labels), default=6)
        return max(2, inner // (longest + 5))

    def show_words_and_the_rest(self, found: Trends) -> None:
        self.query_one("#words", Static).update(
            "[b]Words[/b]\n" + escape(words_line(found)) + "\n" + escape(hard_to_name_line(found))
        )
        sessions = sum(w.grounding_sessions for w in found.weeks)
        minutes = sum(w.grounding_minutes for w in found.weeks)
        changes = [c for d in found.days for c in d.distress_changes]
        weeks_count = max(1, len(found.weeks))
        grounding = (
            f"{count(sessions, 'session')}, {count(round(minutes), 'minute')} in all "
            f"(a week: {sessions / weeks_count:.1f} sessions, "
            f"{count(round(minutes / weeks_count), 'minute')})"
            if sessions
            else "No grounding sessions in this time"
        )
        if changes:
            mean = sum(changes) / len(changes)
            way = "down" if mean < 0 else "up" if mean > 0 else "the same"
            grounding += (
                f"; distress went {way} by {abs(mean):.1f} on average over the "
                f"{count(len(changes), 'session')} rated before and after"
            )
        self.query_one("#grounding", Static).update(f"[b]Grounding[/b]\n{grounding}.")
        lines = "\n".join(escape(line) for line in side_by_side_lines(found))
        self.query_one("#side-by-side", Static).update(
            f"[b]Side by side[/b]\n{lines}\n[dim]{escape(NOT_CAUSE)}[/]"
        )


def week_labels(found: Trends) -> list[tuple[int, str]]:
    """A week by its first day; over half a year, by month and year."""
    if len(found.weeks) <= 26:
        return [(n, f"{w.start.day} {w.start:%b}") for n, w in enumerate(found.weeks)]
    return [(n, f"{w.start:%b %Y}") for n, w in enumerate(found.weeks)]


def thin(labels: list[tuple[int, str]], most: int) -> tuple[list[int], list[str]]:
    """At most ``most`` evenly spread tick labels, so they never run into each other."""
    if not labels:
        return [0], [""]
    step = max(1, -(-len(labels) // most))
    chosen = labels[::step]
    return [x for x, _ in chosen], [label for _, label in chosen]
