"""The words in each of the dashboard's panels, from the day's figures."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wellbeing_tui.content.exercises import EXERCISE_NAMES
from wellbeing_tui.content.people import NUDGE_TEXT
from wellbeing_tui.content.prompts import prompt_for_day
from wellbeing_tui.domain.activities import Activity
from wellbeing_tui.domain.grounding import GroundingSession
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.domain.meals import MAIN_MEALS, Meal
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.domain.people import NUDGE_DAYS, Person, when_words
from wellbeing_tui.domain.sleep import QUALITY_WORDS, SleepEntry
from wellbeing_tui.domain.thoughts import ThoughtRecord
from wellbeing_tui.domain.words import count as sessions
from wellbeing_tui.domain.worksheet import mood_change
from wellbeing_tui.ui.format import clip, escape, format_minutes, short_day

if TYPE_CHECKING:
    from wellbeing_tui.services.today import DashboardDay


@dataclass(frozen=True)
class PanelSpec:
    """One panel of the dashboard: its key (for the settings), its title and its words."""

    key: str
    title: str
    words: Callable[[DashboardDay], str]


def _grounding(day: DashboardDay) -> str:
    s = day.summary
    return grounding_text(s.grounding_minutes, s.grounding_sessions, s.last_grounding)


# Every panel, once, in the order shown: the dashboard, its refresh and the settings'
# choice of panels all read this.
PANELS: tuple[PanelSpec, ...] = (
    PanelSpec("sleep", "Last night", lambda d: sleep_text(d.summary.sleep)),
    PanelSpec("mood", "Mood today", lambda d: mood_text(d.summary.checkins)),
    PanelSpec(
        "meals", "Meals today", lambda d: meals_text(d.summary.meals, d.summary.meal_gap_min)
    ),
    PanelSpec("grounding", "Grounding this week", _grounding),
    PanelSpec("journal", "Journal", lambda d: journal_text(d.summary.latest_journal)),
    PanelSpec("prompt", "A prompt for today", lambda d: escape(prompt_for_day(d.summary.day))),
    PanelSpec("fun", "Fun list", lambda d: fun_text(d.top_activities, d.done_this_week)),
    PanelSpec("people", "People", lambda d: people_text(d.recent_people, d.days_since_contact)),
    PanelSpec("thoughts", "Thought worksheets", lambda d: thoughts_text(d.latest_thought)),
)


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
        if c.mood is None:
            lines.append(f"{c.clock}  {escape(c.mood_word)}")
        else:
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
    lines = [f"[b]{minutes:.0f} min[/] over {sessions(count, 'session')}"]
    lines.append(f"Last: {EXERCISE_NAMES.get(last.exercise, last.exercise)}")
    if last.distress_before is not None and last.distress_after is not None:
        lines.append(f"Distress {last.distress_before} → {last.distress_after} (of 10)")
    lines.append("[dim]r starts it again[/]")
    return "\n".join(lines)


def journal_text(entry: JournalEntry | None) -> str:
    if entry is None:
        return "[dim]Your journal is empty. It is a private place, just for you: press j.[/]"
    return f"[dim]{short_day(entry.created_at)}[/]\n{escape(entry.first_line)}"


def fun_text(top: Sequence[Activity], done: dict[str, int]) -> str:
    if not top:
        return "[dim]Your fun list is empty. Press f for ideas to start from.[/]"
    lines = [f"{n}. {escape(a.title)}" for n, a in enumerate(top, start=1)]
    if done:
        names = ", ".join(f"{escape(t)} ({n})" if n > 1 else escape(t) for t, n in done.items())
        lines.append(f"[dim]Done this week: {names}[/]")
    else:
        lines.append("[dim]Nothing from the list yet this week.[/]")
    return "\n".join(lines)


def people_text(everyone: Sequence[Person], days: int | None) -> str:
    if days is None or not everyone:
        return "[dim]No time with people logged yet. Press p to add some.[/]"
    latest = everyone[0]
    when = when_words(latest.days_since, latest.last)
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
