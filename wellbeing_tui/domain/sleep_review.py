"""Looking across nights: averages and when a change may be worth mentioning to a doctor."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from statistics import mean

from wellbeing_tui.domain.sleep import SleepEntry, format_minutes

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
    None with fewer than 3 nights logged in the last week."""
    recent = nights_between(entries, today - timedelta(days=6), today)
    if len(recent) < 3:
        return None
    recent_mean = mean_sleep_minutes(recent)
    assert recent_mean is not None
    earlier = nights_between(entries, today - timedelta(days=20), today - timedelta(days=7))
    earlier_mean = mean_sleep_minutes(earlier) if len(earlier) >= 3 else None
    said = format_minutes(recent_mean)
    if earlier_mean is not None and abs(recent_mean - earlier_mean) > CHANGE_HOURS * 60:
        direction = "more" if recent_mean > earlier_mean else "less"
        return (
            f"Over the last week you slept {said} a night on average, quite a bit {direction} "
            f"than the two weeks before ({format_minutes(earlier_mean)}). A sudden change in "
            "sleep can be worth mentioning to a doctor."
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
