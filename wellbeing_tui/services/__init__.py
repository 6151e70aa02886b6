"""What screens and commands ask for: a day, a week, a save, a draft. Only this layer calls
the Store; screens and commands hold a ``Diary`` and never the Store itself.

``Diary`` is imported when first asked for, so a module of this layer that needs no data
file (``services.nudge``, run at every shell prompt) starts without the Store."""

from __future__ import annotations

# Not from typing: importing it costs a prompt-time command (``nudge``) several ms.
TYPE_CHECKING = False

if TYPE_CHECKING:
    from typing import Any

    from wellbeing_tui.services.diary import Diary

__all__ = ["Diary"]


def __getattr__(name: str) -> Any:
    if name == "Diary":
        # deferred: 48 ms of every `wellbeing nudge`, 26 ms of CPU (bench/cli.py)
        from wellbeing_tui.services.diary import Diary

        return Diary
    raise AttributeError(name)
