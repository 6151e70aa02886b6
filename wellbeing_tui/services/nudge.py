"""``wellbeing nudge``: one kind line for a shell prompt on a day when nothing is logged yet.

It runs at every prompt, so it never reads the diary itself (a ten-year file takes longer
to parse than a prompt should wait). Two cheap facts decide:

- a small file beside the data file, ``<data file>.nudge`` (0600), that remembers the logging
  day of the last check-in or sleep diary (written when one is saved), whether the nudge is
  turned off, the day it last spoke (it speaks at most once a day) and the hour the person's
  day starts;
- for a diary kept before that file knew anything, the data file's last change: a diary
  changed since today's logging day began counts as logged today.

The same small file keeps the country chosen in the settings (and only that), so that help
shows that country's helplines before an encrypted diary is unlocked.

Nothing here counts days or keeps streaks.
"""

from __future__ import annotations

import contextlib
import json
import os
from datetime import datetime, timedelta
from pathlib import Path

from wellbeing_tui.storage.atomic import make_private_dirs, write_atomic

TYPE_CHECKING = False  # not from typing, which a prompt-time command cannot afford
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

# Fits an 80-column terminal with room to spare; names the one command that answers it.
LINE = "Nothing logged yet today; that is fine. If you like: wellbeing log mood 1-5"


def state_path(data_path: Path) -> Path:
    return data_path.with_name(data_path.name + ".nudge")


def read_state(data_path: Path) -> dict[str, Any]:
    """The nudge's own small file; anything unreadable counts as the defaults."""
    try:
        state = json.loads(state_path(data_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return state if isinstance(state, dict) else {}


def write_state(data_path: Path, state: dict[str, Any]) -> None:
    make_private_dirs(data_path.parent)
    write_atomic(state_path(data_path), json.dumps(state, sort_keys=True).encode())


def day_began(now: datetime, day_start_hour: int) -> datetime:
    """When today's logging day began: at ``day_start_hour`` (0-6), today or, in the small
    hours before it, yesterday."""
    start = now.replace(hour=day_start_hour, minute=0, second=0, microsecond=0)
    return start if now >= start else start - timedelta(days=1)


def knows_last_logged(data_path: Path) -> bool:
    return "logged_on" in read_state(data_path)


def note_logged(data_path: Path, day: str, day_start_hour: int) -> None:
    """A check-in or a sleep diary was saved for the logging ``day``: the nudge stays quiet
    that day. Best effort: a failure here never fails the save itself."""
    state = read_state(data_path)
    if state.get("logged_on") == day and state.get("day_start_hour") == day_start_hour:
        return
    with contextlib.suppress(OSError):
        write_state(data_path, {**state, "logged_on": day, "day_start_hour": day_start_hour})


def nudge(data_path: Path, now: datetime, show: Callable[[str], object]) -> bool:
    """Give ``show`` the line if it is due now; whether it was shown. The day counts as
    spoken only when ``show`` did not fail (a closed terminal leaves the line for later)."""
    state = read_state(data_path)
    today = _due(state, data_path, now)
    if today is None:
        return False
    try:
        write_state(data_path, {**state, "shown_on": today})
    except OSError:
        return False  # if it cannot remember, it says nothing rather than repeat itself
    try:
        show(LINE)
    except OSError:
        with contextlib.suppress(OSError):
            write_state(data_path, state)  # not shown, so not counted
        return False
    return True


def _due(state: dict[str, Any], data_path: Path, now: datetime) -> str | None:
    """The logging day, when the line is due today; None when it is not."""
    if state.get("off") is True:
        return None
    hour = state.get("day_start_hour", 0)
    began = day_began(now, hour if isinstance(hour, int) and 0 <= hour <= 6 else 0)
    today = began.date().isoformat()
    if state.get("shown_on") == today or state.get("logged_on") == today:
        return None
    if "logged_on" not in state:
        # Nothing has said yet when a check-in or a sleep diary was last saved (a diary
        # kept before this file existed): a diary changed today counts as logged today.
        try:
            written = datetime.fromtimestamp(os.stat(data_path).st_mtime, tz=now.tzinfo)
        except OSError:
            written = None  # no diary yet: nothing is logged today either
        if written is not None and written >= began:
            return None
    return today


def kept_country(data_path: Path) -> str | None:
    """The country chosen in the diary's settings, as kept beside it; None when none was."""
    country = read_state(data_path).get("country")
    if isinstance(country, str) and len(country) == 2 and country.isalpha():
        return country.upper()
    return None


def keep_country(data_path: Path, country: str | None) -> None:
    """Keep the chosen country beside the data file (written when the setting is saved).
    Best effort: a failure here never fails the save itself."""
    state = read_state(data_path)
    if state.get("country") == country:
        return
    kept = {key: value for key, value in state.items() if key != "country"}
    if country:
        kept["country"] = country
    if kept == state:
        return
    with contextlib.suppress(OSError):
        write_state(data_path, kept)
