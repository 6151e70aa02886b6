"""Nights when the clocks change: the time really spent, in the person's time zone."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.cli.test_cli import cli
from wellbeing_tui.domain.sleep import SleepEntry

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")


def night(morning: str, in_bed: str = "23:00", up: str = "07:00") -> SleepEntry:
    return SleepEntry(
        id="n1", date=morning, in_bed=in_bed, lights_out=in_bed, sol_min=0, awakenings=0,
        waso_min=0, final_wake=up, out_of_bed=up, quality=3,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("zone", "morning", "minutes"),
    [
        (LONDON, "2026-03-29", 420),  # the clocks go forward an hour
        (LONDON, "2026-10-25", 540),  # and back
        (NEW_YORK, "2026-03-08", 420),
        (NEW_YORK, "2026-11-01", 540),
        (LONDON, "2027-03-28", 420),
        (LONDON, "2026-03-08", 480),  # New York's change is not London's
    ],
)
def test_a_night_across_a_clock_change_counts_the_time_spent(
    zone: ZoneInfo, morning: str, minutes: int
) -> None:
    m = night(morning).metrics(zone)
    assert (m.tib_min, m.tst_min) == (minutes, minutes)


def test_every_other_night_of_two_years_is_as_the_clock_says() -> None:
    changes = {"2026-03-29", "2026-10-25", "2027-03-28", "2027-10-31"}
    day = date(2026, 1, 1)
    while day < date(2028, 1, 1):
        m = night(day.isoformat()).metrics(LONDON)
        assert (m.tib_min != 480) == (day.isoformat() in changes), day
        day += timedelta(days=1)


def test_a_night_that_starts_after_midnight_is_counted_on_its_own_morning() -> None:
    # in bed 01:00, up 07:00 on the spring morning: the hour from 01:00 to 02:00 is lost
    assert night("2026-03-29", "01:00").metrics(LONDON).tib_min == 300
    assert night("2026-03-29", "03:00").metrics(LONDON).tib_min == 240


def test_the_command_line_uses_the_computers_time_zone(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    args = [
        "log", "sleep", "--date", "2026-03-29", "--in-bed", "23:00", "--lights-out", "23:00",
        "--sol", "0", "--awakenings", "0", "--waso", "0", "--final-wake", "07:00",
        "--out-of-bed", "07:00", "--quality", "3", "--json", "--data", str(path),
    ]  # fmt: skip
    result = cli(*args, env={"TZ": "Europe/London"})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["tib_min"] == 420
