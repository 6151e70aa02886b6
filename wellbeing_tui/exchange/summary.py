"""A Markdown summary of a period, to bring to a therapist or doctor."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from statistics import median

from wellbeing_tui.content.exercises import EXERCISE_NAMES
from wellbeing_tui.domain.clock import logging_day
from wellbeing_tui.domain.figures import (
    MIN_CHECKINS,
    MIN_NIGHTS,
    mood_mean,
    nights_mean,
    nights_range,
    pooled_efficiency,
)
from wellbeing_tui.domain.grounding import GroundingSession
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.domain.meals import MAIN_MEALS, Meal
from wellbeing_tui.domain.moments import by_moment, latest
from wellbeing_tui.domain.mood import MOOD_WORDS, CheckIn
from wellbeing_tui.domain.safety_plan import (
    CONTACT_PARTS,
    PARTS,
    STEPS,
    USE_IN_ORDER,
    SafetyPlan,
)
from wellbeing_tui.domain.sleep import QUALITY_WORDS, SleepEntry, SleepMetrics, format_minutes
from wellbeing_tui.domain.thoughts import ThoughtRecord
from wellbeing_tui.domain.trends import MEANS_NOTE, WEEK_HEADER, Trends, week_rows
from wellbeing_tui.domain.words import count, span, spread
from wellbeing_tui.exchange.markdown import block, inline, metadata, multiline, pipe_table
from wellbeing_tui.storage.store import R, Store

DEFAULT_DAYS = 14


def default_period(today: date) -> tuple[date, date]:
    return today - timedelta(days=DEFAULT_DAYS - 1), today


def _hm(minutes: float) -> str:
    total = round(minutes)
    return f"{total // 60}:{total % 60:02d}"


# The sleep diary in three tables: twelve columns side by side are wider than a page.
# Each table's rows stay within 72 characters (see ``sleep_tables``).
SLEEP_TABLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Going to bed", ("Into bed", "Lights out", "To fall asleep")),
    ("The night and the morning", ("Awakenings", "Awake in night", "Final wake", "Out of bed")),
    ("Time in bed and asleep", ("In bed", "Asleep", "Efficiency", "Quality")),
)


def sleep_tables(nights: list[SleepEntry], metrics: list[SleepMetrics]) -> list[str]:
    """The nights as the tables of ``SLEEP_TABLES``, one row per night in each."""
    cells = [
        {
            "Into bed": e.in_bed,
            "Lights out": e.lights_out,
            "To fall asleep": f"{e.sol_min} min",
            "Awakenings": str(e.awakenings),
            "Awake in night": f"{e.waso_min} min",
            "Final wake": e.final_wake,
            "Out of bed": e.out_of_bed,
            "In bed": _hm(m.tib_min),
            "Asleep": _hm(m.tst_min),
            "Efficiency": f"{m.se_pct:.1f}%",
            "Quality": QUALITY_WORDS[e.quality],
        }
        for e, m in zip(nights, metrics, strict=True)
    ]
    out: list[str] = []
    for title, columns in SLEEP_TABLES:
        rows = [[e.date, *(n[c] for c in columns)] for e, n in zip(nights, cells, strict=True)]
        out += [f"### {title}", "", *pipe_table(("Morning", *columns), rows), ""]
    return out


def sleep_section(nights: list[SleepEntry]) -> list[str]:
    out = ["## Sleep diary", ""]
    if not nights:
        return out + ["No nights logged in this period.", ""]
    metrics = [e.metrics() for e in nights]  # each night's figures worked out once
    out += sleep_tables(nights, metrics)
    tst = [m.tst_min for m in metrics]
    asleep = nights_mean(tst)
    extremes = nights_range(tst)
    pooled = pooled_efficiency(tst, [m.tib_min for m in metrics])
    to_sleep = nights_mean([m.sol_min for m in metrics])
    awake = nights_mean([m.waso_min for m in metrics])
    if asleep is None or extremes is None or pooled is None or to_sleep is None or awake is None:
        # Too few nights for averages (the same rule as the week review and trends).
        return out + [
            f"{count(len(nights), 'night')} logged; at least {MIN_NIGHTS} are needed for averages.",
            "",
        ]
    shortest, longest = (format_minutes(m) for m in extremes)
    out += [
        f"{count(len(nights), 'night')} logged. Average time asleep "
        f"{format_minutes(asleep)}{spread(shortest, longest)}; sleep efficiency "
        f"{pooled:.1f}% pooled (all time asleep over all time in bed); on average "
        f"{format_minutes(to_sleep)} to fall asleep and "
        f"{format_minutes(awake)} awake in the night.",
        "",
    ]
    return out


def mood_section(checkins: list[CheckIn], first: date, last: date, shift: int = 0) -> list[str]:
    out = ["## Mood by day", ""]
    if not checkins:
        return out + ["No check-ins in this period.", ""]
    # Each check-in is put under its logging day once, so a summary of ten years takes as
    # long as reading its check-ins, not days times check-ins.
    by_day: dict[str, list[CheckIn]] = {}
    for c in checkins:
        by_day.setdefault(logging_day(c.at, shift), []).append(c)
    low, high = first.isoformat(), last.isoformat()
    rows: list[list[str]] = []
    for key in sorted(k for k in by_day if low <= k <= high):
        todays = by_day[key]
        moods = [c.mood for c in todays if c.mood is not None]
        words = Counter(w for c in todays for w in c.emotions)
        middle = (
            f"{median(moods):g} ({MOOD_WORDS[round(median(moods))]})" if moods else "words only"
        )
        spread = f"{min(moods)}–{max(moods)}" if moods else "—"
        common_words = ", ".join(w for w, _ in words.most_common(4))
        rows.append(
            [f"{date.fromisoformat(key):%a %d %b}", str(len(todays)), middle, spread]
            + [inline(common_words)]
        )
    header = ("Day", "Check-ins", "Median mood", "Lowest–highest", "Emotion words")
    out += [*pipe_table(header, rows), ""]
    common = Counter(w for c in checkins for w in c.emotions).most_common(6)
    if common:
        used = ", ".join(f"{w} ({n})" for w, n in common)
        out.append(f"Emotion words used most: {inline(used)}.")
    rated = [float(c.mood) for c in checkins if c.mood is not None]
    some = " with a number" if len(rated) < len(checkins) else ""
    average = mood_mean(rated)
    if average is not None:
        out.append(
            f"Average mood {average:.1f} over {count(len(rated), 'check-in')}{some} "
            "(1 very low to 5 very good)."
        )
    elif rated:
        out.append(
            f"Average mood: {count(len(rated), 'check-in')}{some}; at least {MIN_CHECKINS} "
            "are needed for an average."
        )
    if len(rated) < len(checkins):
        out.append(f"{count(len(checkins) - len(rated), 'check-in')} gave only words.")
    return out + [""]


def thoughts_section(records: list[ThoughtRecord]) -> list[str]:
    out = ["## Thought worksheets", ""]
    if not records:
        return out + ["No worksheets in this period.", ""]
    for r in records:
        out.append(f"### {r.created_at[:10]}: {inline(r.situation)}")
        if r.automatic_thought:
            belief = f" (believed {r.belief_before}/100)" if r.belief_before is not None else ""
            out.append(f"- Hot thought: {multiline(r.automatic_thought, '  ')}{belief}")
        if r.balanced_thought:
            belief = f" (believed {r.belief_after}/100)" if r.belief_after is not None else ""
            out.append(f"- Balanced thought: {multiline(r.balanced_thought, '  ')}{belief}")
        for mood in r.moods:
            after = "not re-rated" if mood.after is None else f"{mood.after}"
            out.append(f"- {inline(mood.name)}: {mood.before} before, {after} after")
        out.append("")
    return out


def grounding_section(sessions: list[GroundingSession]) -> list[str]:
    out = ["## Grounding sessions", ""]
    if not sessions:
        return out + ["No grounding sessions in this period.", ""]
    rows: list[list[str]] = []
    for g in sessions:
        before = "" if g.distress_before is None else str(g.distress_before)
        after = "" if g.distress_after is None else str(g.distress_after)
        rows.append(
            [g.started_at[:10], inline(EXERCISE_NAMES.get(g.exercise, g.exercise))]
            + [f"{g.actual_seconds / 60:.1f}", before, after]
            + ["yes" if g.completed else "ended early"]
        )
    header = ("Date", "Exercise", "Minutes", "Before", "After", "Finished")
    note = "Before and after: distress from 0 (none) to 10 (the most), as you rated it."
    return out + [*pipe_table(header, rows), "", note, ""]


def meals_section(meals: list[Meal]) -> list[str]:
    out = ["## Meals", ""]
    eaten: dict[str, set[str]] = {}
    for m in meals:
        kinds = eaten.setdefault(m.date, set())
        if not m.skipped:
            kinds.add(m.kind)
    days = sorted(eaten)
    if not days:
        return out + ["No meals logged in this period.", ""]
    eaten_all = sum(1 for d in days if eaten[d].issuperset(MAIN_MEALS))
    skipped = Counter(m.kind for m in meals if m.skipped)
    line = (
        f"Breakfast, lunch and dinner all eaten on {eaten_all} of {count(len(days), 'day')} "
        "with meals logged."
    )
    if skipped:
        line += " Skipped: " + inline(", ".join(f"{k} {n}×" for k, n in skipped.items())) + "."
    return out + [line, ""]


def journal_section(entries: list[JournalEntry]) -> list[str]:
    out = ["## Journal", ""]
    if not entries:
        return out + ["No journal entries in this period.", ""]
    for e in entries:
        text = block(e.text) or ["(no text)"]
        out += [f"### {inline(e.created_at[:10])} {inline(e.created_at[11:16])}", "", *text, ""]
    return out


def safety_plan_section(plan: SafetyPlan | None) -> list[str]:
    """The plan as its six steps, in order, then what makes life worth living: the same
    steps and words as the plan's screen."""
    out = ["## My safety plan", ""]
    if plan is None or plan.empty:
        return out + ["No safety plan has been written yet.", ""]
    out += [f"Last changed {plan.updated_at[:10]}.", "", inline(USE_IN_ORDER), ""]
    for step in STEPS:
        heading = f"Step {step.number}: {step.title}" if step.number else step.title
        out += [f"### {inline(heading)}", ""]
        for name in step.fields:
            if len(step.fields) > 1:
                out += [f"*{inline(PARTS.get(name) or CONTACT_PARTS[name])}*", ""]
            if name in PARTS:
                out += [*(block(getattr(plan, name)) or ["(left empty)"]), ""]
            else:
                people = getattr(plan, name)
                out += [f"- {inline(c.name)}: {inline(c.contact)}" for c in people] or [
                    "(left empty)"
                ]
                out += [""]
    return out


def weeks_section(trends: Trends) -> list[str]:
    """The period week by week: the figures of ``wellbeing trends``, as a table."""
    out = ["## Week by week", ""]
    out += pipe_table(WEEK_HEADER, [list(row) for row in week_rows(trends)])
    out += [
        "",
        "Mood is the mean of the week's check-ins; asleep is the mean per night; efficiency "
        f"is all time asleep over all time in bed; grounding is sessions and minutes. "
        f"{MEANS_NOTE}",
        "",
    ]
    return out


def markdown_summary(
    store: Store,
    first: date,
    last: date,
    *,
    include_journal: bool,
    include_safety_plan: bool = False,
    trends: Trends | None = None,
) -> str:
    def within(cls: type[R], when: Callable[[R], object]) -> list[R]:
        """The period's records of ``cls`` in the order they happened (times compared as
        moments, whatever their UTC offsets)."""
        return by_moment(store.records_on(cls, first, last), when)

    period = span(f"{first:%d %b %Y}", f"{last:%d %b %Y}", start="")
    lines = [
        *metadata(f"Wellbeing summary, {period}", f"Written {store.clock.now():%d %b %Y}"),
        "From a personal self-help diary kept in wellbeing-tui. Sleep figures follow the "
        "Consensus Sleep Diary (time in bed = out of bed − into bed; asleep = final awakening "
        "− lights out − time to fall asleep − time awake in the night; efficiency = asleep ÷ "
        "time in bed). Mood is self-rated from 1 (very low) to 5 (very good). Days with "
        "nothing logged are left out, not counted as zero. This is not a diagnosis.",
        "",
    ]
    if trends is not None:
        lines += weeks_section(trends)
    lines += sleep_section(within(SleepEntry, lambda e: e.date))
    lines += mood_section(
        within(CheckIn, lambda c: c.at), first, last, store.settings().day_start_hour
    )
    lines += thoughts_section(within(ThoughtRecord, lambda t: t.created_at))
    lines += grounding_section(within(GroundingSession, lambda g: g.started_at))
    lines += meals_section(within(Meal, lambda m: f"{m.date} {m.at or ''}"))
    if include_journal:
        lines += journal_section(within(JournalEntry, lambda e: e.created_at))
    else:
        lines += ["Journal entries are private and were left out of this summary.", ""]
    if include_safety_plan:
        lines += safety_plan_section(latest(store.records(SafetyPlan), lambda p: p.updated_at))
    return "\n".join(lines)
