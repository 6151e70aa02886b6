"""Looking across nights: averages and when a change may be worth mentioning to a doctor."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from statistics import mean

from wellbeing_tui.domain.figures import compare_means, enough_nights
from wellbeing_tui.domain.sleep import SleepEntry, format_minutes
from wellbeing_tui.domain.words import count

LOW_HOURS, HIGH_HOURS = 7.0, 9.0
CHANGE_HOURS = 1.5


def mean_sleep_minutes(entries: Sequence[SleepEntry]) -> float | None:
    return mean(e.metrics().tst_min for e in entries) if entries else None


def nights_between(entries: Sequence[SleepEntry], first: date, last: date) -> list[SleepEntry]:
    lo, hi = first.isoformat(), last.isoformat()
    return [e for e in entries if lo <= e.date <= hi]


def doctor_note(entries: Sequence[SleepEntry], today: date) -> str | None:
    """A calm suggestion when the last 7 nights average under 7 or over 9 hours, or differ
    from the 14 nights before them by more than an hour and a half. None otherwise, and
    None with too few nights logged in the last week for a mean. The two spans are set side
    by side only with enough nights in each (``domain.figures``), and then say how many."""
    recent = nights_between(entries, today - timedelta(days=6), today)
    recent_mean = mean_sleep_minutes(recent)
    if recent_mean is None or not enough_nights(len(recent)):
        return None
    earlier = nights_between(entries, today - timedelta(days=20), today - timedelta(days=7))
    change = compare_means(len(recent), recent_mean, len(earlier), mean_sleep_minutes(earlier))
    said = format_minutes(recent_mean)
    if (
        change.mean_without is not None
        and abs(recent_mean - change.mean_without) > CHANGE_HOURS * 60
    ):
        direction = "more" if recent_mean > change.mean_without else "less"
        return (
            f"Over the last week you slept {said} a night on average, quite a bit {direction} "
            f"than the two weeks before ({format_minutes(recent_mean)} over the last "
            f"{count(len(recent), 'night')} logged, {format_minutes(change.mean_without)} over "
            f"the {count(len(earlier), 'night')} before). A sudden change in sleep can be worth "
            "mentioning to a doctor."
        )
    if recent_mean < LOW_HOURS * 60 or recent_mean > HIGH_HOURS * 60:
        side = "under 7" if recent_mean < LOW_HOURS * 60 else "over 9"
        return (
            f"Over the last week you slept {said} a night on average, {side} hours. If that "
            "goes on, or it came on suddenly, it may be worth mentioning to a doctor."
        )
    return None


def sleep_reference(tst_min: int, se_pct: float) -> str:
    """Neutral words for a night against the usual references (never a diagnosis)."""
    hours = tst_min / 60
    band = "the 7-9 hours recommended for adults (7-8 from age 65)"
    if hours < LOW_HOURS:
        span = f"under {band}"
    elif hours > HIGH_HOURS:
        span = f"over {band}"
    else:
        span = f"within {band}"
    eff = "at or above" if se_pct >= 85 else "below"
    return f"Time asleep is {span}; efficiency is {eff} the 85% sleep clinics often use."
