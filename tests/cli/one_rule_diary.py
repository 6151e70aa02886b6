"""A small diary on which every view must give the same figures (weeks start on Monday):

- week of 2 Nov 2026: three check-ins (mood 2) and three nights of 4 h 20 min asleep in
  12 hours in bed (36% efficiency): a weekly mean of each, and all three nights short;
- week of 9 Nov: two check-ins (mood 3) and two short nights of 6 hours: too few for any mean;
- week of 16 Nov: three check-ins (mood 4) after three nights of 8 h 30 min, and time with
  someone on each of those three days;
- week of 23 Nov: three check-ins (4, 4, 5) after three nights of 8 h 30 min.

Mood after short nights, then: 5 days (mean 2.4); after longer nights: 3 days up to Sunday
22 Nov (withheld), 6 days up to Sunday 29 Nov (mean 4.17). Time with someone: 3 days with it
(withheld whatever the range).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from tests.unit.test_week import night
from wellbeing_tui.domain.activities import Connection
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.domain.sleep import SleepEntry
from wellbeing_tui.storage import Store

WEEKS = (date(2026, 11, 2), date(2026, 11, 9), date(2026, 11, 16), date(2026, 11, 23))
# The two Sundays the views are looked at from, and the days each view then covers.
SHORT_SIDE_THREE = date(2026, 11, 22)  # 5 days after short nights, 3 after longer ones
BOTH_SIDES_ENOUGH = date(2026, 11, 29)  # 5 and 6
MOODS = {
    date(2026, 11, 2): 2, date(2026, 11, 3): 2, date(2026, 11, 4): 2,
    date(2026, 11, 9): 3, date(2026, 11, 10): 3,
    date(2026, 11, 16): 4, date(2026, 11, 17): 4, date(2026, 11, 18): 4,
    date(2026, 11, 23): 4, date(2026, 11, 24): 4, date(2026, 11, 25): 5,
}  # fmt: skip
SHORT_MEAN = (2 * 3 + 3 * 2) / 5
LONG_MEAN = (4 * 5 + 5) / 6
WEEK_ONE_EFFICIENCY = 100 * 260 / 720  # 36.1%


def _night(day: date) -> SleepEntry:
    if day < WEEKS[1]:  # in bed 20:00 to 08:00, 5 h to fall asleep, 2 h 40 awake: 4 h 20
        in_bed, wake, sol, waso = "20:00", "08:00", 300, 160
    elif day < WEEKS[2]:  # 23:00 to 05:00 asleep all through: 6 h
        in_bed, wake, sol, waso = "23:00", "05:00", 0, 0
    else:  # 23:00 to 07:30: 8 h 30 min
        in_bed, wake, sol, waso = "23:00", "07:30", 0, 0
    return night(day, in_bed, wake, sol, waso)


def build(path: Path) -> Path:
    """The diary in a new file at ``path`` (written in UTC, as the views read it)."""
    store = Store(path, FixedClock(datetime(2026, 11, 29, 20, 0, tzinfo=UTC)))
    for day, mood in MOODS.items():
        store.add(CheckIn(id=f"c{day}", at=f"{day}T10:00:00+00:00", mood=mood))
        store.add(_night(day))
        if WEEKS[2] <= day < WEEKS[3]:
            store.add(Connection(id=f"p{day}", at=f"{day}T12:00:00+00:00", who="Sam", how="call"))
    return path


def four_weeks_to(sunday: date) -> tuple[date, date]:
    """The four weeks ending ``sunday``: what the week review compares mood beside sleep
    over, and what Looking back shows as "4 weeks" on that day."""
    return sunday - timedelta(days=27), sunday
