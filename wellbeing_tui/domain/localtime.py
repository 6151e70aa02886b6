"""A clock time on a date, placed in the person's time zone as a moment.

Where clocks change, a clock time does not always name one moment: on the night they go
forward (01:00 becomes 02:00 in London on 29 March 2026) 01:30 never happens, and on the
night they go back (02:00 becomes 01:00 on 25 October 2026) 01:30 happens twice. A time
that never happened is refused with the reason; a time that happened twice is the first of
the two, with a note that says so. The offset each moment gets is the one the zone had on
that date, not today's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo

from dateutil import tz

from wellbeing_tui.domain.errors import ValidationError

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True)
class Placed:
    """A moment with a fixed UTC offset, and a note when its clock time was ambiguous."""

    moment: datetime
    note: str | None = None


def system_zone() -> tzinfo:
    """This computer's time zone with its rules ($TZ, else the system's setting)."""
    return tz.gettz() or tz.tzlocal()


def person_zone(now: datetime) -> tzinfo:
    """The time zone, with its rules, of the person whose clock says ``now``: the clock's
    own zone when it carries one, else this computer's when its offset agrees with ``now``
    (a clock read from the system has only today's offset), else that fixed offset."""
    zone = now.tzinfo
    if zone is None:
        return system_zone()
    if not isinstance(zone, timezone):
        return zone
    system = system_zone()
    try:
        agrees = now.astimezone(system).utcoffset() == now.utcoffset()
    except (OverflowError, ValueError):
        agrees = False
    return system if agrees else zone


def day_words(day: date) -> str:
    """29 March: English month names, whatever the locale says."""
    return f"{day.day} {MONTHS[day.month - 1]}"


def place(day: date, clock: time, zone: tzinfo, field: str) -> Placed:
    """``clock`` on ``day`` in ``zone``, or ``ValidationError`` naming ``field`` when the
    clocks went forward past it that night."""
    wall = datetime.combine(day, clock.replace(tzinfo=None, fold=0))
    first = wall.replace(tzinfo=zone, fold=0)
    second = wall.replace(tzinfo=zone, fold=1)
    hhmm = f"{clock:%H:%M}"
    if not (_happens(first, wall) or _happens(second, wall)):
        raise ValidationError(
            field,
            f"{hhmm} did not happen on {day_words(day)} in your time zone: clocks went forward",
        )
    note = None
    chosen = first if _happens(first, wall) else second
    if _happens(first, wall) and _happens(second, wall) and _offset(first) != _offset(second):
        note = (
            f"{hhmm} happened twice on {day_words(day)} in your time zone (clocks went back); "
            f"the first was taken, {hhmm} at UTC{_offset_words(_offset(first))}"
        )
    return Placed(chosen.astimezone(timezone(_offset(chosen))), note)


def _offset(moment: datetime) -> timedelta:
    return moment.utcoffset() or timedelta(0)


def _happens(moment: datetime, wall: datetime) -> bool:
    """Whether the moment, taken to UTC and back, shows the same clock time: a time that
    the clocks jumped over comes back as another one."""
    try:
        back = moment.astimezone(UTC).astimezone(moment.tzinfo)
    except (OverflowError, ValueError):
        return False
    return back.replace(tzinfo=None, fold=0) == wall and _offset(back) == _offset(moment)


def _offset_words(offset: timedelta) -> str:
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{mins:02d}"
