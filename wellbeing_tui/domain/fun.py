"""Figures for the fun list: how often each thing was done, and predicted against felt
enjoyment. No streaks, no scores."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from statistics import mean

from wellbeing_tui.domain.activities import Activity, ActivityLog
from wellbeing_tui.domain.moments import moment_key


@dataclass(frozen=True)
class ActivityStats:
    activity: Activity
    done: int
    predicted_mean: float | None  # over the times with both a prediction and a result
    enjoyment_mean: float | None  # over the same times
    pairs: int
    last_done: str | None


def activity_stats(activity: Activity, logs: Sequence[ActivityLog]) -> ActivityStats:
    mine = [log for log in logs if log.activity_id == activity.id]
    pairs = [
        (log.predicted, log.enjoyment)
        for log in mine
        if log.predicted is not None and log.enjoyment is not None
    ]
    return ActivityStats(
        activity=activity,
        done=len(mine),
        predicted_mean=mean(p for p, _ in pairs) if pairs else None,
        enjoyment_mean=mean(e for _, e in pairs) if pairs else None,
        pairs=len(pairs),
        last_done=max((log.at for log in mine), key=moment_key, default=None),
    )


def prediction_gap(logs: Sequence[ActivityLog]) -> tuple[float, float, int] | None:
    """Mean predicted and mean felt enjoyment over every time both were recorded."""
    pairs = [
        (log.predicted, log.enjoyment)
        for log in logs
        if log.predicted is not None and log.enjoyment is not None
    ]
    if not pairs:
        return None
    return mean(p for p, _ in pairs), mean(e for _, e in pairs), len(pairs)


MIN_TIMES = 3  # fewer times say nothing about a person's habit of guessing


def felt_more(gap: tuple[float, float, int]) -> bool:
    """Whether the person's own ratings show them feeling more than they expected: at least
    ``MIN_TIMES`` times rated both ways, and felt above expected on average."""
    predicted, felt, times = gap
    return times >= MIN_TIMES and felt > predicted


def ranked(activities: Sequence[Activity]) -> list[Activity]:
    """The list as shown: favourite first, archived ones left out."""
    return sorted(
        (a for a in activities if not a.archived), key=lambda a: (a.rank, moment_key(a.created_at))
    )
