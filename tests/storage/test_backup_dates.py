"""Backups after the clock ran ahead: copies dated in the future (by name or by time) are
left alone and never counted, the seven newest real days are kept by the dates in their
names, and ``check`` recommends the newest copy dated today or before. Run from several
days (a year's end, a leap day), not one fixed clock."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from tests.storage.diaries import files_of, make_diary, run
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.storage import Store
from wellbeing_tui.storage.backups import KEEP, backup_dir, daily_backups
from wellbeing_tui.storage.check import check_data_file

AHEAD = datetime(2031, 6, 1, 12, 0, tzinfo=UTC).timestamp()


def plant_copies_from_2031(path: Path) -> dict[Path, bytes]:
    """Seven copies named in 2031 and changed then, as a week with the clock ahead leaves."""
    planted = {}
    backup_dir(path).mkdir(mode=0o700, exist_ok=True)
    for n in range(KEEP):
        copy = backup_dir(path) / f"{path.stem}-2031-06-{n + 1:02d}.json"
        copy.write_bytes(path.read_bytes())
        os.utime(copy, (AHEAD + n * 86400, AHEAD + n * 86400))
        planted[copy] = copy.read_bytes()
    return planted


def save_on(store_path: Path, day: date) -> None:
    clock = FixedClock(datetime(day.year, day.month, day.day, 20, 0, tzinfo=UTC))
    Store(store_path, clock).add(CheckIn(id=f"c-{day}", at=clock.now().isoformat(), mood=3))


@pytest.mark.parametrize("first", [date(2026, 3, 1), date(2026, 12, 29), date(2028, 2, 26)])
def test_five_days_of_saves_after_the_clock_ran_ahead_keep_every_real_day(
    tmp_path: Path, first: date
) -> None:
    path, _ = make_diary(tmp_path / "d", name="w.json", backup_days=0)
    # Three real days before, whose files were last changed in 2031 (the clock was ahead).
    backup_dir(path).mkdir(mode=0o700)
    for back in (3, 2, 1):
        old = backup_dir(path) / f"w-{first - timedelta(days=back)}.json"
        old.write_bytes(path.read_bytes())
        os.utime(old, (AHEAD, AHEAD))
    planted = plant_copies_from_2031(path)
    days = [first + timedelta(days=n) for n in range(5)]
    for day in days:
        save_on(path, day)
    real = [b.name for b in daily_backups(path) if b not in planted]
    expected = [first - timedelta(days=back) for back in (2, 1)] + days
    assert real == [f"w-{day}.json" for day in expected]  # the seven newest real days
    assert {p: p.read_bytes() for p in planted} == planted  # left alone
    # With the data file damaged, check names the newest real copy, never one from 2031.
    path.write_bytes(b'{"checkins": ')
    before = files_of(path.parent)
    report = check_data_file(path, today=days[-1])
    text = "\n".join(report.lines)
    assert f"Newest good backup: {backup_dir(path) / f'w-{days[-1]}.json'}" in text
    assert f"cp {backup_dir(path) / f'w-{days[-1]}.json'} {path}" in text
    assert text.count("dated after today (made while the clock was ahead?)") == KEEP
    assert files_of(path.parent) == before


@pytest.mark.parametrize("first", [date(2026, 1, 1), date(2027, 12, 27)])
def test_rotation_keeps_seven_real_days_whatever_lies_ahead(tmp_path: Path, first: date) -> None:
    path, _ = make_diary(tmp_path / "d", name="w.json", backup_days=0)
    planted = plant_copies_from_2031(path)
    days = [first + timedelta(days=n) for n in range(12)]
    for n, day in enumerate(days):
        save_on(path, day)
        real = [b.name for b in daily_backups(path) if b not in planted]
        assert real == [f"w-{d}.json" for d in days[max(0, n + 1 - KEEP) : n + 1]]
    assert {p: p.read_bytes() for p in planted} == planted
    # Once the calendar passes them, those copies are real days, and count like any other.
    save_on(path, date(2031, 6, 10))
    assert [b.name for b in daily_backups(path)] == [
        *(f"w-2031-06-{n:02d}.json" for n in range(2, 8)),
        "w-2031-06-10.json",
    ]


def test_a_copy_whose_time_is_ahead_does_not_push_out_today(tmp_path: Path) -> None:
    path, originals = make_diary(tmp_path / "d", name="w.json", backup_days=KEEP)
    for backup in originals:
        os.utime(backup, (AHEAD, AHEAD))  # files touched while the clock was ahead
    planted = plant_copies_from_2031(path)
    result = run("log", "mood", "3", "--data", str(path))
    assert result.returncode == 0, result.stderr
    today = backup_dir(path) / f"w-{date.today()}.json"
    assert today.is_file()
    real = [b for b in daily_backups(path) if b not in planted]
    assert len(real) == KEEP and real[-1] == today
    assert all(p.read_bytes() == content for p, content in planted.items())
    path.write_bytes(b"not json")
    check = run("check", "--data", str(path))
    assert check.returncode == 1
    assert f"Newest good backup: {today}" in check.stdout
