"""On any diary and any week start, the JSON has null exactly where the text withholds a
figure, and both follow the one rule (3 check-ins with a mood, 3 nights, 5 days on each side
of a comparison): for ``wellbeing trends`` (and so Looking back and the summary, which show
the same rows and sentences) and for the week review."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import event, given, settings
from hypothesis import strategies as st

from tests.unit.test_week import checkin, night
from wellbeing_tui.cli.text import week_json, week_table
from wellbeing_tui.cli.trends import trends_text
from wellbeing_tui.domain.figures import MIN_CHECKINS, MIN_DAYS_EACH_SIDE, MIN_NIGHTS
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.domain.sleep import SleepEntry
from wellbeing_tui.domain.today import week_bounds
from wellbeing_tui.domain.trends import FACTOR_WORDS, DayFacts, side_by_side_line, trends
from wellbeing_tui.domain.week import WeekRecords, summarise_week
from wellbeing_tui.domain.words import count

DASH = "—"
day_facts = st.builds(
    lambda moods, words_only, tst, people, fun, grounding: (
        moods,
        words_only,
        tst,
        people,
        fun,
        grounding,
    ),  # fmt: skip
    st.lists(st.integers(1, 5), max_size=3),
    st.integers(0, 1),
    st.none() | st.integers(120, 600),
    st.booleans(),
    st.booleans(),
    st.booleans(),
)


@settings(max_examples=80, deadline=None)
@given(
    start=st.dates(min_value=date(1990, 1, 1), max_value=date(2190, 1, 1)),
    week_start=st.integers(0, 6),
    days=st.integers(1, 70).flatmap(lambda n: st.lists(day_facts, min_size=n, max_size=n)),
)
def test_trends_json_is_null_exactly_where_the_text_withholds(
    start: date, week_start: int, days: list[tuple[list[int], int, int | None, bool, bool, bool]]
) -> None:
    facts = [
        DayFacts(
            day=start + timedelta(days=n),
            moods=tuple(moods),
            checkins=len(moods) + words_only,
            tst_min=tst,
            tib_min=None if tst is None else tst + 30,
            people=people,
            fun=fun,
            grounding_sessions=int(grounding),
        )
        for n, (moods, words_only, tst, people, fun, grounding) in enumerate(days)
    ]
    found = trends(facts, start, facts[-1].day, week_start)
    as_json = found.to_json()
    weeks, sides = as_json["weeks"], as_json["side_by_side"]
    assert isinstance(weeks, list) and isinstance(sides, list)
    text = trends_text(found)
    table = text[3 : 3 + len(found.weeks)]
    for row, week, trend in zip(table, weeks, found.weeks, strict=True):
        cells = row.split()[3:]  # after "1 Jan 2026": check-ins, mood, nights, asleep, efficiency
        checkins, mood, nights, asleep, efficiency = cells[:5]
        assert int(checkins) == week["checkins"] and int(nights) == week["nights"]
        assert (mood == DASH) == (week["mood_mean"] is None)
        assert (week["mood_mean"] is None) == (week["checkins_with_mood"] < MIN_CHECKINS)
        assert (asleep == DASH) == (week["tst_mean_min"] is None)
        assert (efficiency == DASH) == (week["se_pooled_pct"] is None)
        assert (week["tst_mean_min"] is None) == (week["nights"] < MIN_NIGHTS)
        assert (week["se_pooled_pct"] is None) == (week["nights"] < MIN_NIGHTS)
        assert week_bounds(trend.start, week_start)[0] == trend.start
    lines = " ".join(text)
    for side, s in zip(sides, found.side_by_side, strict=True):
        line = side_by_side_line(s)
        assert " ".join(line.split()) in " ".join(lines.split())
        withheld = "not enough days yet" in line
        event(f"side by side withheld: {withheld}")
        enough = min(side["days_with"], side["days_without"]) >= MIN_DAYS_EACH_SIDE
        assert withheld == (side["mood_with"] is None) == (side["mood_without"] is None)
        assert withheld != enough
        # The days on each side are always said, shown or not.
        if withheld:
            assert f"({side['days_with']} " in line and f", {side['days_without']} " in line
        else:
            assert f"({count(side['days_with'], 'day')})" in line
            assert f"({count(side['days_without'], 'day')})" in line
        assert line.startswith(f"Mood {FACTOR_WORDS[side['factor']][0]}")


HISTORY = 28  # the week review looks this many days back for mood beside sleep
PREVIOUS = 7


def _records(first: date, picks: list[tuple[int | None, int]]) -> tuple[
    list[SleepEntry], list[CheckIn]
]:  # fmt: skip
    """Nights and check-ins, a pick a day from the week before the history onwards:
    (minutes asleep or none, check-ins that day)."""
    sleep: list[SleepEntry] = []
    checkins: list[CheckIn] = []
    start = first - timedelta(days=HISTORY - 7 + PREVIOUS)
    for offset, (asleep, moods) in enumerate(picks):
        day = start + timedelta(days=offset)
        if asleep is not None:
            wake = (23 * 60 + asleep) % (24 * 60)
            sleep.append(night(day, "23:00", f"{wake // 60:02d}:{wake % 60:02d}"))
        checkins += [checkin(day, 8 + n, 1 + (offset + n) % 5) for n in range(moods)]
    return sleep, checkins


@settings(max_examples=80, deadline=None)
@given(
    first=st.dates(min_value=date(1990, 1, 1), max_value=date(2190, 1, 1)),
    picks=st.lists(
        st.tuples(st.none() | st.integers(180, 600), st.integers(0, 2)),
        min_size=HISTORY + PREVIOUS,
        max_size=HISTORY + PREVIOUS,
    ),
)
def test_week_json_is_null_exactly_where_the_sentences_withhold(
    first: date, picks: list[tuple[int | None, int]]
) -> None:
    sleep, checkins = _records(first, picks)
    last = first + timedelta(days=6)
    in_week = WeekRecords(
        sleep=[s for s in sleep if first.isoformat() <= s.date <= last.isoformat()],
        checkins=[c for c in checkins if first.isoformat() <= c.at[:10] <= last.isoformat()],
    )
    before = [c for c in checkins if c.at[:10] < first.isoformat()
              and c.at[:10] >= (first - timedelta(days=7)).isoformat()]  # fmt: skip
    history = WeekRecords(
        sleep=[s for s in sleep if s.date >= (last - timedelta(days=HISTORY - 1)).isoformat()],
        checkins=[
            c for c in checkins if c.at[:10] >= (last - timedelta(days=HISTORY - 1)).isoformat()
        ],
    )
    week = summarise_week(first, in_week, before, history)
    figures = week_json(week)["week"]
    text = " ".join(week_table(week).split())
    assert (figures["mood_mean"] is None) == (
        f"at least {MIN_CHECKINS} are needed for a weekly average" in text
    )
    assert (figures["mood_mean"] is None) == (figures["checkins"] < MIN_CHECKINS)
    for key in ("tst_mean_min", "se_pooled_pct", "sol_mean_min", "waso_mean_min"):
        assert (figures[key] is None) == (
            f"at least {MIN_NIGHTS} are needed for weekly figures" in text
        )
        assert (figures[key] is None) == (figures["nights"] < MIN_NIGHTS)
    compared = "than the week before (" in text or "as the week before (" in text
    event(f"set beside the week before: {compared}")
    assert compared == (figures["previous_mood_mean"] is not None)
    assert compared == (
        min(figures["mood_days"], figures["previous_mood_days"]) >= MIN_DAYS_EACH_SIDE
        and figures["mood_mean"] is not None
    )
    if compared:
        days = (f"mood on {count(figures['mood_days'], 'day')} this week, "
                f"{figures['previous_mood_days']} the week before")  # fmt: skip
        assert days in text
    beside = figures["mood_beside_sleep"]
    withheld = "after longer ones; 5 of each are needed" in text
    event(f"mood beside sleep withheld: {withheld}")
    assert withheld == (beside["mood_with"] is None) == (beside["mood_without"] is None)
    assert withheld == (min(beside["days_with"], beside["days_without"]) < MIN_DAYS_EACH_SIDE)
    over = ", over the four weeks to the end of this one"
    assert " ".join(side_by_side_line(week.beside_sleep, over).split()) in text
