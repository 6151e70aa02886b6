"""Looking back over weeks, months and years: weekly means of mood and sleep, grounding per
week, the words used most, and mood side by side with and without a few things.

Everything here works from small per-day facts (``DayFacts``), gathered by the services from
the date indexes, so a year is 365 small objects, not thousands of records. A day or a week
with nothing logged has ``None`` for its means: a gap, never a zero.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from wellbeing_tui.domain.figures import (
    EACH_SIDE_NEEDED,
    MEANS_RULE,
    compare,
    enough_each_side,
    mood_mean,
    nights_mean,
    pooled_efficiency,
)
from wellbeing_tui.domain.today import week_bounds
from wellbeing_tui.domain.words import count

SHORT_NIGHT_MIN = 7 * 60  # under 7 hours asleep: the lower end of the band adults need
HARD_TO_NAME = ("numb", "flat", "empty", "can't tell")
FACTORS = ("people", "fun", "grounding", "short_night")
FACTOR_WORDS = {
    "people": ("with time with someone", "without"),
    "fun": ("with something from the fun list", "without"),
    "grounding": ("with a grounding session", "without"),
    "short_night": ("after a night under 7 hours", "after longer nights"),
}
# How the days on each side are counted in words: "3 with, 8 without".
FACTOR_SIDES = {
    "people": ("with", "without"),
    "fun": ("with", "without"),
    "grounding": ("with", "without"),
    "short_night": ("after short nights", "after longer ones"),
}
NOT_CAUSE = (
    "These are side by side, not cause and effect: a difference here cannot say that one "
    "thing makes the other happen."
)


@dataclass(frozen=True)
class DayFacts:
    """What one logging day holds, as far as looking back needs."""

    day: date
    moods: tuple[int, ...] = ()  # the check-ins' moods (words-only check-ins have none)
    checkins: int = 0
    words: tuple[str, ...] = ()  # emotion words picked that day
    tst_min: int | None = None  # the night that ended that morning
    tib_min: int | None = None
    people: bool = False
    fun: bool = False
    grounding_sessions: int = 0
    grounding_seconds: float = 0.0
    distress_changes: tuple[int, ...] = ()  # after minus before, per session rated both times

    @property
    def mood_mean(self) -> float | None:
        return sum(self.moods) / len(self.moods) if self.moods else None


@dataclass(frozen=True)
class WeekTrend:
    """A week's figures; a mean is None when the week has too few check-ins or nights for
    it (``domain.figures``), and the counts say how many there were."""

    start: date
    checkins: int  # words-only check-ins included
    checkins_with_mood: int
    mood_mean: float | None
    nights: int
    tst_mean_min: float | None
    se_pooled_pct: float | None  # all time asleep over all time in bed
    grounding_sessions: int
    grounding_minutes: float
    distress_change_mean: float | None

    def to_json(self) -> dict[str, object]:
        return {
            "start": self.start.isoformat(),
            "checkins": self.checkins,
            "checkins_with_mood": self.checkins_with_mood,
            "mood_mean": _round(self.mood_mean),
            "nights": self.nights,
            "tst_mean_min": _round(self.tst_mean_min),
            "se_pooled_pct": _round(self.se_pooled_pct),
            "grounding_sessions": self.grounding_sessions,
            "grounding_minutes": round(self.grounding_minutes, 2),
        }


@dataclass(frozen=True)
class SideBySide:
    """Mean mood on days with and without one thing; both means are None unless each side
    has enough days (``domain.figures``)."""

    factor: str
    days_with: int
    mood_with: float | None
    days_without: int
    mood_without: float | None

    @property
    def enough(self) -> bool:
        return enough_each_side(self.days_with, self.days_without)

    def to_json(self) -> dict[str, object]:
        return {
            "factor": self.factor,
            "days_with": self.days_with,
            "mood_with": _round(self.mood_with),
            "days_without": self.days_without,
            "mood_without": _round(self.mood_without),
        }


@dataclass(frozen=True)
class Trends:
    first: date
    last: date
    days: tuple[DayFacts, ...]  # every day from first to last, empty ones included
    weeks: tuple[WeekTrend, ...]
    side_by_side: tuple[SideBySide, ...]
    top_words: tuple[tuple[str, int], ...] = field(default=())  # word, days it was picked
    hard_to_name_days: int = 0  # days with numb, flat, empty or can't tell

    def to_json(self) -> dict[str, object]:
        return {
            "from": self.first.isoformat(),
            "to": self.last.isoformat(),
            "weeks": [w.to_json() for w in self.weeks],
            "side_by_side": [s.to_json() for s in self.side_by_side],
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def summarise_weeks(days: list[DayFacts], week_start: int) -> list[WeekTrend]:
    """One figure set per week (weeks start on ``week_start``), in date order."""
    by_week: dict[date, list[DayFacts]] = {}
    for facts in days:
        by_week.setdefault(week_bounds(facts.day, week_start)[0], []).append(facts)
    weeks: list[WeekTrend] = []
    for start in sorted(by_week):
        week = by_week[start]
        moods = [float(m) for d in week for m in d.moods]
        nights = [
            (d.tst_min, d.tib_min) for d in week if d.tst_min is not None and d.tib_min is not None
        ]
        asleep = [tst for tst, _ in nights]
        changes = [c for d in week for c in d.distress_changes]
        weeks.append(
            WeekTrend(
                start=start,
                checkins=sum(d.checkins for d in week),
                checkins_with_mood=len(moods),
                mood_mean=mood_mean(moods),
                nights=len(nights),
                tst_mean_min=nights_mean(asleep),
                se_pooled_pct=pooled_efficiency(asleep, [tib for _, tib in nights]),
                grounding_sessions=sum(d.grounding_sessions for d in week),
                grounding_minutes=sum(d.grounding_seconds for d in week) / 60,
                distress_change_mean=_mean([float(c) for c in changes]),
            )
        )
    return weeks


def side_by_side(days: list[DayFacts]) -> list[SideBySide]:
    """Mean mood on days with and without each thing."""
    return [factor_side_by_side(days, factor) for factor in FACTORS]


def factor_side_by_side(days: list[DayFacts], factor: str) -> SideBySide:
    """Mean mood on days with and without ``factor``, a day's mood being the mean of its
    check-ins (days without a mood are left out; for short nights, days without a sleep
    diary too). The means are shown only with enough days on each side."""
    rated = [(d, d.mood_mean) for d in days if d.mood_mean is not None]
    if factor == "short_night":
        with_ = [m for d, m in rated if d.tst_min is not None and d.tst_min < SHORT_NIGHT_MIN]
        without = [m for d, m in rated if d.tst_min is not None and d.tst_min >= SHORT_NIGHT_MIN]
    else:
        with_ = [m for d, m in rated if _has(d, factor)]
        without = [m for d, m in rated if not _has(d, factor)]
    found = compare(with_, without)
    return SideBySide(
        factor, found.days_with, found.mean_with, found.days_without, found.mean_without
    )


def _has(facts: DayFacts, factor: str) -> bool:
    if factor == "people":
        return facts.people
    if factor == "fun":
        return facts.fun
    return facts.grounding_sessions > 0


def word_counts(days: list[DayFacts], top: int = 8) -> tuple[tuple[tuple[str, int], ...], int]:
    """The words picked on the most days, and on how many days a hard-to-name word was."""
    counts: Counter[str] = Counter()
    hard = 0
    for facts in days:
        picked = {w.lower() for w in facts.words}
        counts.update(picked)
        if picked & set(HARD_TO_NAME):
            hard += 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return tuple(ranked[:top]), hard


def trends(days: list[DayFacts], first: date, last: date, week_start: int) -> Trends:
    words, hard = word_counts(days)
    return Trends(
        first=first,
        last=last,
        days=tuple(days),
        weeks=tuple(summarise_weeks(days, week_start)),
        side_by_side=tuple(side_by_side(days)),
        top_words=words,
        hard_to_name_days=hard,
    )


# -- as words and tables (the command, the Markdown export and the screen share these) ------

WEEK_HEADER = ("Week of", "Check-ins", "Mood", "Nights", "Asleep", "Efficiency", "Grounding")


def _hours(minutes: float | None) -> str:
    if minutes is None:
        return "—"
    whole = round(minutes)
    return f"{whole // 60}:{whole % 60:02d}"


def week_rows(t: Trends) -> list[tuple[str, ...]]:
    """One row a week; a dash where nothing was logged."""
    rows: list[tuple[str, ...]] = []
    for w in t.weeks:
        rows.append(
            (
                f"{w.start.day} {w.start:%b %Y}",
                str(w.checkins),
                "—" if w.mood_mean is None else f"{w.mood_mean:.2f}",
                str(w.nights),
                _hours(w.tst_mean_min),
                "—" if w.se_pooled_pct is None else f"{w.se_pooled_pct:.0f}%",
                f"{w.grounding_sessions}, {w.grounding_minutes:.0f} min"
                if w.grounding_sessions
                else "—",
            )
        )
    return rows


MEANS_NOTE = f"{MEANS_RULE}; — where there are fewer."


def side_by_side_line(s: SideBySide, over: str = "") -> str:
    """One factor in a sentence with the days on each side, or "not enough days yet";
    ``over`` says what time it covers, after the factor's words."""
    with_words, without_words = FACTOR_WORDS[s.factor]
    with_side, without_side = FACTOR_SIDES[s.factor]
    if s.mood_with is None or s.mood_without is None:
        return (
            f"Mood {with_words}{over}: not enough days yet ({s.days_with} {with_side}, "
            f"{s.days_without} {without_side}; {EACH_SIDE_NEEDED})."
        )
    return (
        f"Mood {with_words}{over}: {s.mood_with:.1f} ({count(s.days_with, 'day')}); "
        f"{without_words}: {s.mood_without:.1f} ({count(s.days_without, 'day')})."
    )


def side_by_side_lines(t: Trends) -> list[str]:
    """Each factor in a sentence, or "not enough days yet"."""
    return [side_by_side_line(s) for s in t.side_by_side]


def words_line(t: Trends) -> str:
    if not t.top_words:
        return "No emotion words picked in this time."
    listed = ", ".join(f"{word} ({n})" for word, n in t.top_words)
    return f"Words picked on the most days: {listed}."


def hard_to_name_line(t: Trends) -> str:
    days = count(t.hard_to_name_days, "day")
    return f"Numb, flat, empty or can't tell was picked on {days}."
