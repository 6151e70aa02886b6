"""``wellbeing nudge`` as a shell prompt runs it: no parser, no diary, one stat and one
small file (see ``services.nudge``)."""

from __future__ import annotations

import sys
from datetime import datetime


def nudge_now(data: str | None) -> int:
    from wellbeing_tui.services.nudge import nudge_line
    from wellbeing_tui.storage.locations import resolve_data_path

    line = nudge_line(resolve_data_path(data), datetime.now().astimezone())
    if line:
        sys.stdout.write(line + "\n")  # a line of the app's own, nothing stored
    return 0
