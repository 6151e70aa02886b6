"""The dashboard: today at a glance, one panel per part of the day."""

from __future__ import annotations

from datetime import date, timedelta

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from wellbeing_tui.content.connecting import NUDGE_TEXT
from wellbeing_tui.content.exercises import EXERCISE_NAMES
from wellbeing_tui.content.prompts import prompt_for_day
from wellbeing_tui.domain.activities import Activity, ActivityLog, Connection
from wellbeing_tui.domain.clock import today
from wellbeing_tui.domain.connecting import (
    NUDGE_DAYS,
    Person,
    days_without_contact,
    people,
    ranked,
)
from wellbeing_tui.domain.grounding import GroundingSession
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.domain.meals import MAIN_MEALS, Meal
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.domain.sleep import QUALITY_WORDS, SleepEntry
from wellbeing_tui.domain.thoughts import ThoughtRecord
from wellbeing_tui.domain.today import TodaySummary, summarise_today, week_bounds
from wellbeing_tui.domain.worksheet import mood_change
from wellbeing_tui.ui.format import clip, day_label, escape, format_minutes, short_day
from wellbeing_tui.ui.reach import ReachesApp
from wellbeing_tui.ui.widgets.panel import Panel

PANELS: dict[str, str] = {
    "sleep": "Last night",
    "mood": "Mood today",
    "meals": "Meals today",
    "grounding": "Grounding this week",
    "journal": "Journal",
    "prompt": "A prompt for today",
    "fun": "Fun list",
    "people": "People",
    "thoughts": "Thought worksheets",
}


def sleep_text(entry: SleepEntry | None) -> str:
    if entry is None:
        return "[dim]No sleep diary for last night yet.\nPress s to fill it in.[/]"
    m = entry.metrics()
    return (
        f"[b]{format_minutes(m.tst_min)}[/] asleep\n"
        f"{m.se_pct:.0f}% of your time in bed\n"
        f"Quality: {QUALITY_WORDS[entry.quality]}\n"
        f"[dim]In bed {entry.in_bed}, up {entry.out_of_bed}[/]"
    )


def mood_text(checkins: tuple[CheckIn, ...]) -> str:
    if not checkins:
        return "[dim]No check-ins yet today.\nPress m to check in.[/]"
    lines = []
    for c in checkins:
        words = f"  [dim]{escape(', '.join(c.emotions))}[/]" if c.emotions else ""
        lines.append(f"{c.clock}  {c.mood_word} ({c.mood}){words}")
    return "\n".join(lines)


def meals_text(meals: tuple[Meal, ...], gap: int | None) -> str:
    if not meals:
        return "[dim]Nothing logged yet today.\nPress s, then Meals.[/]"
    lines = []
    for kind in MAIN_MEALS:
        found = [m for m in meals if m.kind == kind]
        if not found:
            state = "[dim]not logged[/]"
        elif found[0].skipped:
            state = "skipped"
        else:
            state = found[0].at or "eaten"
        lines.append(f"{kind.capitalize():<10} {state}")
    snacks = [m.at for m in meals if m.kind == "snack" and m.at]
    if snacks:
        lines.append(f"{'Snacks':<10} {', '.join(snacks)}")
    if gap is not None:
        lines.append(f"[dim]Longest gap: {format_minutes(gap)}[/]")
    return "\n".join(lines)


def grounding_text(minutes: float, count: int, last: GroundingSession | None) -> str:
    if count == 0 or last is None:
        return "[dim]No grounding sessions this week yet.\nPress g to choose an exercise.[/]"
    plural = "session" if count == 1 else "sessions"
    lines = [f"[b]{minutes:.0f} min[/] over {count} {plural}"]
    lines.append(f"Last: {EXERCISE_NAMES.get(last.exercise, last.exercise)}")
    if last.distress_before is not None and last.distress_after is not None:
        lines.append(f"Distress {last.distress_before} → {last.distress_after} (of 10)")
    lines.append("[dim]r starts it again[/]")
    return "\n".join(lines)


def journal_text(entry: JournalEntry | None) -> str:
    if entry is None:
        return "[dim]Your journal is empty. It is a private place, just for you: press j.[/]"
    return f"[dim]{short_day(entry.created_at)}[/]\n{escape(entry.first_line)}"


def fun_text(top: list[Activity], done: dict[str, int]) -> str:
    if not top:
        return "[dim]Your fun list is empty. Press f for ideas to start from.[/]"
    lines = [f"{n}. {escape(a.title)}" for n, a in enumerate(top, start=1)]
    if done:
        names = ", ".join(f"{escape(t)} ({n})" if n > 1 else escape(t) for t, n in done.items())
        lines.append(f"[dim]Done this week: {names}[/]")
    else:
        lines.append("[dim]Nothing from the list yet this week.[/]")
    return "\n".join(lines)


def people_text(everyone: list[Person], days: int | None) -> str:
    if days is None or not everyone:
        return "[dim]No time with people logged yet. Press p to add some.[/]"
    latest = everyone[0]
    when = "today" if days == 0 else "yesterday" if days == 1 else f"{days} days ago"
    lines = [f"Last: {escape(latest.who)}, {when}"]
    if days >= NUDGE_DAYS:
        lines.append(f"[i]{NUDGE_TEXT.format(days=days)}[/i]")
    else:
        others = [escape(p.who) for p in everyone[1:3]]
        if others:
            lines.append(f"[dim]Before that: {', '.join(others)}[/]")
    return "\n".join(lines)


def thoughts_text(latest: ThoughtRecord | None) -> str:
    if latest is None:
        return "[dim]No worksheets yet. When a thought keeps pulling you down, press t.[/]"
    change = mood_change(latest)
    lines = [f"[dim]{short_day(latest.created_at)}[/]", escape(clip(latest.situation, 60))]
    if change:
        lines.append(f"Moods: {escape(change)}")
    return "\n".join(lines)


class DashboardScreen(ReachesApp, Screen[None]):
    """Today at a glance."""

    # Its styles are loaded with the app's (app.py), so the first frame needs no re-parse.
    BINDINGS = [
        Binding(
            "g", "app.grounding", "Ground", tooltip="A timed grounding exercise", id="grounding"
        ),
        Binding("j", "app.journal", "Journal", tooltip="Write or read your journal", id="journal"),
        Binding("f", "app.fun", "Fun", tooltip="Your fun list", id="fun"),
        Binding("p", "app.people", "People", tooltip="Time with people", id="people"),
        Binding("t", "app.thoughts", "Think", tooltip="Thought worksheets", id="thoughts"),
        Binding("w", "app.week", "Week", tooltip="The week review", id="week"),
        Binding("m", "app.checkin", "Mood", tooltip="A mood check-in", id="checkin"),
        Binding("s", "app.sleep", "Sleep", tooltip="Sleep diary, meals, coping", id="sleep"),
        Binding(
            "r",
            "app.repeat_grounding",
            "Again",
            show=False,
            tooltip="The grounding exercise from last time",
            id="repeat-grounding",
        ),
        # Named in the line above the footer, which has no room for it at 80 columns.
        Binding("o", "app.menu", "More", tooltip="Export, import and more", id="menu", show=False),
        Binding("q", "app.quit", "Quit", tooltip="Close wellbeing", id="quit"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with Grid(id="panels"):
            for key, title in PANELS.items():
                yield Panel(key, title)
        yield Static(
            "Need to talk to someone? Press [b]h[/].  [b]?[/] explains a screen, "
            "[b]o[/] opens the menu.",
            id="support-hint",
            classes="hint",
        )
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.refresh_panels()
        self.set_interval(3, self._follow_other_writers)

    def _follow_other_writers(self) -> None:
        """Show entries saved from another terminal (``wellbeing log``) without a key press."""
        if self.wellbeing.store.file_signature() != self._seen and self.is_current:
            self.refresh_panels()

    def on_screen_resume(self) -> None:
        # Coming back from another screen: redraw only if something was saved since (every
        # save replaces the file) or a new day has begun. The first showing is drawn on mount.
        if self.wellbeing.store.file_signature() != self._seen or self._day != self._today():
            self.refresh_panels()

    def _today(self) -> date:
        return today(self.wellbeing.clock, self.wellbeing.store.settings().day_start_hour)

    def summary(self) -> TodaySummary:
        store = self.wellbeing.store
        settings = store.settings()
        day = today(self.wellbeing.clock, settings.day_start_hour)
        first, last = week_bounds(day, settings.week_start)
        return summarise_today(
            day,
            sleep=store.records_on(SleepEntry, day, day),
            checkins=store.records_on(CheckIn, day, day),
            meals=store.records_on(Meal, day, day),
            week_grounding=store.records_on(GroundingSession, first, last),
            latest_journal=store.latest(JournalEntry, "created_at"),
            day_start_hour=settings.day_start_hour,
        )

    def connecting_texts(self, day: date) -> dict[str, str]:
        store = self.wellbeing.store
        first, last = week_bounds(day, store.settings().week_start)
        activities = store.records(Activity)
        titles = {a.id: a.title for a in activities}
        done: dict[str, int] = {}
        for log in sorted(store.records_on(ActivityLog, first, last), key=lambda g: g.at):
            title = titles.get(log.activity_id)
            if title:
                done[title] = done.get(title, 0) + 1
        # Only recent contacts matter here: the latest, and who came just before.
        connections = store.records_on(Connection, day - timedelta(days=60), day)
        return {
            "fun": fun_text(ranked(activities)[:3], done),
            "people": people_text(people(connections, day), self.days_since_contact(day)),
        }

    def days_since_contact(self, day: date) -> int | None:
        latest = self.wellbeing.store.latest(Connection, "at")
        return None if latest is None else days_without_contact([latest], day)

    _seen: tuple[int, int, int, int] | None = None
    _day: date | None = None

    def refresh_panels(self) -> None:
        self._seen = self.wellbeing.store.file_signature()
        s = self.summary()
        self._day = s.day
        self.title = "wellbeing"
        demo = " · demo data, a temporary copy" if self.wellbeing.demo else ""
        self.sub_title = day_label(s.day) + demo
        texts = {
            "sleep": sleep_text(s.sleep),
            "mood": mood_text(s.checkins),
            "meals": meals_text(s.meals, s.meal_gap_min),
            "grounding": grounding_text(
                s.grounding_minutes, s.grounding_sessions, s.last_grounding
            ),
            "journal": journal_text(s.latest_journal),
            "prompt": escape(prompt_for_day(s.day)),
            **self.connecting_texts(s.day),
            "thoughts": thoughts_text(self.wellbeing.store.latest(ThoughtRecord, "created_at")),
        }
        hidden = set(self.wellbeing.store.settings().hidden_panels)
        for key, text in texts.items():
            panel = self.query_one(f"#panel-{key}", Panel)
            panel.display = key not in hidden
            panel.show(text)
