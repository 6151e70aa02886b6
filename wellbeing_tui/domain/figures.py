"""One rule for every figure that sums up several days, whichever view shows it (the week
review, ``wellbeing week``, ``wellbeing trends``, Looking back and the Markdown summary):

- a mean of moods needs at least ``MIN_CHECKINS`` check-ins with a mood;
- a mean of sleep figures needs at least ``MIN_NIGHTS`` nights;
- a side-by-side comparison needs at least ``MIN_DAYS_EACH_SIDE`` days on each side, and
  always says how many days each side has.

A figure that falls short is ``None`` from here on, so that no view can show it: the text
says why, the JSON has null with the counts beside it, a chart leaves a gap.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from statistics import fmean

MIN_CHECKINS = 3
MIN_NIGHTS = 3
MIN_DAYS_EACH_SIDE = 5

MEANS_RULE = (
    f"A week's mood needs {MIN_CHECKINS} check-ins with a mood, its sleep {MIN_NIGHTS} nights"
)
EACH_SIDE_NEEDED = f"{MIN_DAYS_EACH_SIDE} of each are needed"


def enough_checkins(n: int) -> bool:
    """Enough check-ins with a mood for a mean of them."""
    return n >= MIN_CHECKINS


def enough_nights(n: int) -> bool:
    """Enough nights for a mean (or a range, or a pooled efficiency) of them."""
    return n >= MIN_NIGHTS


def enough_each_side(days_with: int, days_without: int) -> bool:
    """Enough days on both sides to set two means side by side."""
    return min(days_with, days_without) >= MIN_DAYS_EACH_SIDE


def mood_mean(moods: Sequence[float]) -> float | None:
    """The mean of some check-ins' moods, or None with too few of them."""
    return fmean(moods) if enough_checkins(len(moods)) else None


def nights_mean(values: Sequence[float]) -> float | None:
    """The mean of a figure over some nights (one value a night), or None with too few."""
    return fmean(values) if enough_nights(len(values)) else None


def nights_range(values: Sequence[int]) -> tuple[int, int] | None:
    """The lowest and highest of a figure over some nights, or None with too few."""
    return (min(values), max(values)) if enough_nights(len(values)) else None


def pooled_efficiency(asleep: Sequence[int], in_bed: Sequence[int]) -> float | None:
    """All time asleep over all time in bed, as a percentage (one value of each a night),
    or None with too few nights."""
    if not enough_nights(len(asleep)) or sum(in_bed) <= 0:
        return None
    return 100 * sum(asleep) / sum(in_bed)


@dataclass(frozen=True)
class Comparison:
    """Two means side by side with the days behind each; both means are None unless each
    side has enough days."""

    days_with: int
    mean_with: float | None
    days_without: int
    mean_without: float | None

    @property
    def shown(self) -> bool:
        return self.mean_with is not None and self.mean_without is not None


def compare_means(
    days_with: int, mean_with: float | None, days_without: int, mean_without: float | None
) -> Comparison:
    """Two means already worked out, kept only when both sides have enough days."""
    if not enough_each_side(days_with, days_without) or mean_with is None or mean_without is None:
        return Comparison(days_with, None, days_without, None)
    return Comparison(days_with, mean_with, days_without, mean_without)


def compare(with_: Sequence[float], without: Sequence[float]) -> Comparison:
    """The mean of the days' values on each side (one value a day)."""
    return compare_means(
        len(with_),
        fmean(with_) if with_ else None,
        len(without),
        fmean(without) if without else None,
    )
