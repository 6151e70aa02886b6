"""``wellbeing nudge`` as a shell prompt runs it: no parser, no diary, one stat and one
small file (see ``services.nudge``). It speaks only to a terminal: into a pipe or a file
(``wellbeing nudge > log``, a script's captured output) it prints nothing and the day's line
is left for a terminal."""

from __future__ import annotations

import sys
from datetime import datetime


def nudge_now(data: str | None, now: datetime | None = None) -> int:
    if not _to_a_terminal():
        return 0
    # deferred: into a pipe the nudge says nothing and loads nothing (19 ms, import timing)
    from wellbeing_tui.services.nudge import nudge
    from wellbeing_tui.storage.locations import resolve_data_path

    nudge(resolve_data_path(data), now or datetime.now().astimezone(), _show)
    return 0


def _to_a_terminal() -> bool:
    try:
        return sys.stdout is not None and sys.stdout.isatty()
    except ValueError:  # closed
        return False


def _show(line: str) -> None:
    """A line of the app's own (nothing stored), written out now, so that a terminal that
    is gone fails here and the day's line is not counted as said."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()
