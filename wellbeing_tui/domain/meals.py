"""Meals: whether and when breakfast, lunch, dinner and snacks happened. No calories."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from wellbeing_tui.domain import table_names
from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.fields import (
    ClockTime,
    Day,
    check_bool,
    check_choice,
    check_date,
    check_id,
    check_opt_clock,
    check_opt_text,
)
from wellbeing_tui.domain.records import Record
from wellbeing_tui.domain.sleep import clock_minutes

MEAL_KINDS: tuple[str, ...] = ("breakfast", "lunch", "dinner", "snack")
MAIN_MEALS: tuple[str, ...] = ("breakfast", "lunch", "dinner")


@dataclass(frozen=True)
class Meal(Record):
    """A meal on a day: at a clock time, or skipped."""

    TABLE: ClassVar[str] = table_names.MEALS

    id: str
    date: Day
    kind: str
    at: ClockTime | None = None
    skipped: bool = False
    note: str | None = None

    def __post_init__(self) -> None:
        check_id("id", self.id)
        check_date("date", self.date)
        check_choice("kind", self.kind, MEAL_KINDS)
        check_opt_clock("at", self.at)
        check_bool("skipped", self.skipped)
        if self.skipped and self.at is not None:
            raise ValidationError("at", "a skipped meal has no time")
        check_opt_text("note", self.note)


def longest_gap(meals: Iterable[Meal]) -> int | None:
    """The longest time in minutes between two meals eaten on one day; None with fewer than 2."""
    times = sorted(clock_minutes(m.at) for m in meals if not m.skipped and m.at is not None)
    if len(times) < 2:
        return None
    return max(b - a for a, b in zip(times, times[1:], strict=False))
