"""Looking back follows the same rule for figures as the week review, ``wellbeing trends``
and the summary (tests/cli/test_one_rule.py, on the same small diary): its weekly lines leave
a gap for a week with 2 check-ins or 2 nights, its side-by-side section withholds a side of
3 days and shows 5 and 6 with the days, and its efficiency chart draws a week at 36%."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from rich.text import Text
from textual_plotext import PlotextPlot

from tests.cli import one_rule_diary as small
from tests.conftest import make_app, showing
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.trends import side_by_side_line
from wellbeing_tui.storage import Store
from wellbeing_tui.ui.looking_back.looking_back import LookingBackScreen


def evening(day: date) -> FixedClock:
    return FixedClock(datetime(day.year, day.month, day.day, 20, 0, tzinfo=UTC))


@pytest.fixture
def diary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TZ", "UTC")
    return small.build(tmp_path / "w.json")


def chart_rows(plot: PlotextPlot) -> list[str]:
    """The chart as it is drawn on the terminal, a row a line."""
    rendered = plot.render()
    assert isinstance(rendered, Text)
    return rendered.plain.splitlines()


def marks_between(rows: list[str], high: str, low: str) -> str:
    """What the chart drew between the rows of two y-axis labels (both left out)."""
    labels = [row.split("┤")[0].split("├")[0].strip() for row in rows]
    top, bottom = labels.index(high), labels.index(low)
    return "".join(row for row in rows[top + 1 : bottom])


async def test_the_weekly_lines_leave_a_gap_where_a_week_has_too_few(diary_file: Path) -> None:
    clock = evening(small.BOTH_SIDES_ENOUGH)
    app = make_app(Store(diary_file, clock), clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("l", "2")  # 12 weeks: a point a week
        screen = showing(app, LookingBackScreen)
        await pilot.pause()
        assert screen.found is not None
        weeks = {w.start: w for w in screen.found.weeks}
        one, two = weeks[small.WEEKS[0]], weeks[small.WEEKS[1]]
        assert one.mood_mean == 2 and two.mood_mean is None and two.tst_mean_min is None
        mood = chart_rows(screen.query_one("#mood-plot", PlotextPlot))
        # The week of 2 Nov stands alone as a dot (the week after it is a gap), on the 2 row.
        assert "".join(mood).count("●") == 1
        assert "●" in next(row for row in mood if row.lstrip().startswith("2┤"))
        efficiency = chart_rows(screen.query_one("#efficiency-plot", PlotextPlot))
        # 36% is drawn, between the 50 and 0 marks, and alone: the week after it is a gap.
        assert "●" in marks_between(efficiency, "50", "0")
        assert "".join(efficiency).count("●") == 1
        assert "A week's mood needs 3 check-ins with a mood, its sleep 3 nights" in str(
            screen.query_one("#means-note").render()
        )


@pytest.mark.parametrize(
    ("sunday", "days_without", "shown"),
    [(small.SHORT_SIDE_THREE, 3, False), (small.BOTH_SIDES_ENOUGH, 6, True)],
    ids=["three-withheld", "five-and-six-shown"],
)
async def test_side_by_side_over_four_weeks_matches_the_other_views(
    diary_file: Path, sunday: date, days_without: int, shown: bool
) -> None:
    clock = evening(sunday)
    app = make_app(Store(diary_file, clock), clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("l", "1")  # the four weeks to today, as the week review compares
        screen = showing(app, LookingBackScreen)
        assert screen.found is not None
        assert (screen.found.first, screen.found.last) == small.four_weeks_to(sunday)
        text = " ".join(str(screen.query_one("#side-by-side").render()).split())
        short = next(s for s in screen.found.side_by_side if s.factor == "short_night")
        assert (short.days_with, short.days_without) == (5, days_without)
        week = screen.diary.reviews.week_of(sunday)
        assert week.beside_sleep == short
        if shown:
            assert short.mood_with == pytest.approx(small.SHORT_MEAN)
            assert short.mood_without == pytest.approx(small.LONG_MEAN)
            assert "2.4 (5 days); after longer nights: 4.2 (6 days)." in text
        else:
            assert short.mood_with is None and short.mood_without is None
            assert "not enough days yet (5 after short nights, 3 after longer ones" in text
        assert side_by_side_line(short) in text
        assert "Mood with time with someone: not enough days yet (3 with" in text
