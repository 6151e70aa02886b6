"""The sleep diary (Consensus Sleep Diary, morning part) and its figures.

Definitions used throughout the app (and shown in its help):

- time in bed (TIB)        = out of bed - into bed
- total sleep (TST)        = (final awakening - lights out)
                             - time to fall asleep - time awake in the night
- sleep efficiency (SE)    = 100 x TST / TIB
- awake before getting up  = out of bed - final awakening

Clock times are placed on one timeline starting at "into bed": each later time that reads
earlier on the clock is moved to the next day. Equal times mean zero minutes, never 24 hours.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import ClassVar

from wellbeing_tui.domain import table_names
from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.fields import (
    ClockTime,
    Day,
    check_clock,
    check_date,
    check_id,
    check_int,
    check_opt_int,
    check_opt_text,
)
from wellbeing_tui.domain.records import Record

QUALITY_WORDS: dict[int, str] = {1: "very poor", 2: "poor", 3: "fair", 4: "good", 5: "very good"}
RESTED_WORDS: dict[int, str] = {
    1: "not at all rested",
    2: "slightly rested",
    3: "somewhat rested",
    4: "well rested",
    5: "very well rested",
}
DAY = 1440
LONG_GAP = 12 * 60  # longer than this between getting into bed and lights out is a typo
FIELD_WORDS: dict[str, str] = {
    "in_bed": "time into bed",
    "lights_out": "time the lights went out",
    "final_wake": "final awakening",
    "out_of_bed": "time out of bed",
    "sol_min": "minutes to fall asleep",
    "waso_min": "minutes awake in the night",
}


def clock_minutes(value: str) -> int:
    """Minutes after midnight of an HH:MM clock time."""
    return int(value[:2]) * 60 + int(value[3:5])


def minutes_after(start: str, end: str) -> int:
    """Minutes from one clock time to the next one at or after it (0 to 1439)."""
    return (clock_minutes(end) - clock_minutes(start)) % DAY


@dataclass(frozen=True)
class SleepMetrics:
    """The figures of one night, all in minutes except efficiency (percent)."""

    tib_min: int
    tst_min: int
    se_pct: float
    sol_min: int
    waso_min: int
    twak_min: int

    def to_json(self) -> dict[str, float | int]:
        return {
            "tib_min": self.tib_min,
            "tst_min": self.tst_min,
            "se_pct": round(self.se_pct, 1),
            "sol_min": self.sol_min,
            "waso_min": self.waso_min,
            "twak_min": self.twak_min,
        }


def clock_changes(morning: str, out_of_bed: ClockTime, gaps: list[int], zone: tzinfo) -> list[int]:
    """Minutes the clocks went forward (negative: back) within each gap of the night, in
    ``zone``: the night ends at ``out_of_bed`` on the ``morning``, and the gaps lead up to it."""
    end = datetime.combine(date.fromisoformat(morning), time.fromisoformat(out_of_bed))
    points = [end]
    for gap in reversed(gaps):
        points.insert(0, points[0] - timedelta(minutes=gap))
    offsets = [p.replace(tzinfo=zone).utcoffset() or timedelta(0) for p in points]
    return [int((b - a).total_seconds() // 60) for a, b in zip(offsets, offsets[1:], strict=False)]


def compute_metrics(
    in_bed: ClockTime,
    lights_out: ClockTime,
    sol_min: int,
    waso_min: int,
    final_wake: ClockTime,
    out_of_bed: ClockTime,
    *,
    morning: str | None = None,
    zone: tzinfo | None = None,
) -> SleepMetrics:
    """The night's figures, or ``ValidationError`` naming the field to fix. Given the
    ``morning`` and the person's time ``zone``, a night when the clocks change counts the
    time really spent (in bed 23:00 to 07:00 is 7 hours when they go forward, 9 when back)."""
    gaps = {
        "lights_out": minutes_after(in_bed, lights_out),
        "final_wake": minutes_after(lights_out, final_wake),
        "out_of_bed": minutes_after(final_wake, out_of_bed),
    }
    if morning is not None and zone is not None:
        shifts = clock_changes(morning, out_of_bed, list(gaps.values()), zone)
        gaps = {name: gap - shift for (name, gap), shift in zip(gaps.items(), shifts, strict=True)}
    tib = sum(gaps.values())
    if gaps["lights_out"] > LONG_GAP:
        raise ValidationError(
            "lights_out",
            f"the lights went out {format_minutes(gaps['lights_out'])} after you got into bed; "
            "check the time into bed and the time the lights went out",
        )
    if gaps["out_of_bed"] > LONG_GAP:
        raise ValidationError(
            "out_of_bed",
            f"you got up {format_minutes(gaps['out_of_bed'])} after your final awakening; "
            "check the final awakening and the time out of bed",
        )
    if tib > DAY:
        worst = max(gaps, key=lambda name: gaps[name])
        raise ValidationError(
            worst,
            f"these times add up to more than 24 hours in bed; check the {FIELD_WORDS[worst]}",
        )
    if tib == 0:
        raise ValidationError("out_of_bed", "the night has no time in bed; check the times")
    sleep_window = gaps["final_wake"]
    tst = sleep_window - sol_min - waso_min
    if tst < 0:
        field = "sol_min" if sol_min > sleep_window else "waso_min"
        raise ValidationError(
            field,
            f"time to fall asleep plus time awake in the night ({sol_min + waso_min} min) is "
            f"longer than lights out to final awakening ({sleep_window} min)",
        )
    return SleepMetrics(
        tib_min=tib,
        tst_min=tst,
        se_pct=100.0 * tst / tib,
        sol_min=sol_min,
        waso_min=waso_min,
        twak_min=gaps["out_of_bed"],
    )


# The numbers of a night and what each may be: checked here, offered by the form and by
# ``wellbeing log sleep`` from this one table.
RANGES: dict[str, tuple[int, int]] = {
    "sol_min": (0, DAY),
    "awakenings": (0, 100),
    "waso_min": (0, DAY),
    "quality": (1, 5),
    "rested": (1, 5),
    "nap_min": (0, DAY),
    "alcohol_drinks": (0, 50),
    "caffeine_drinks": (0, 50),
}
REQUIRED_NUMBERS = ("sol_min", "awakenings", "waso_min", "quality")


@dataclass(frozen=True)
class SleepEntry(Record):
    """One morning's diary; ``date`` is the morning the night ended."""

    TABLE: ClassVar[str] = table_names.SLEEP

    id: str
    date: Day
    in_bed: ClockTime
    lights_out: ClockTime
    sol_min: int
    awakenings: int
    waso_min: int
    final_wake: ClockTime
    out_of_bed: ClockTime
    quality: int
    rested: int | None = None
    nap_min: int | None = None
    alcohol_drinks: int | None = None
    caffeine_drinks: int | None = None
    note: str | None = None

    def __post_init__(self) -> None:
        check_id("id", self.id)
        check_date("date", self.date)
        for name in ("in_bed", "lights_out", "final_wake", "out_of_bed"):
            check_clock(name, getattr(self, name))
        for name, (low, high) in RANGES.items():
            check = check_int if name in REQUIRED_NUMBERS else check_opt_int
            check(name, getattr(self, name), low, high)
        check_opt_text("note", self.note)
        self.metrics()

    def metrics(self, zone: tzinfo | None = None) -> SleepMetrics:
        """The night's figures in the person's local time zone (this computer's, unless
        ``zone`` is given), so that the nights the clocks change come out right."""
        return compute_metrics(
            self.in_bed,
            self.lights_out,
            self.sol_min,
            self.waso_min,
            self.final_wake,
            self.out_of_bed,
            morning=self.date,
            zone=zone or local_zone(),
        )


def local_zone() -> tzinfo:
    """This computer's time zone with its rules for summer time (dateutil reads them from
    the system, as ``time.localtime`` does)."""
    # deferred: dateutil is 15 ms and 1.2 MiB the first frame need not wait for (import
    # timing; at the top, bench/startup.py used 6 to 15 ms more CPU)
    from dateutil.tz import tzlocal

    return tzlocal()


def format_minutes(minutes: float) -> str:
    """7 h 05 min, 45 min."""
    total = round(minutes)
    hours, mins = divmod(total, 60)
    if hours == 0:
        return f"{mins} min"
    return f"{hours} h {mins:02d} min"
