"""What a save reports to whoever asked for it: events, handled by the caller.

The services never call up into a screen or a command. After a save the ``Diary`` notes
what the caller may want to act on (a gentle answer due, say) and the caller takes the
events when its save is done: the app on its event loop, a command before it exits.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wellbeing_tui.services.care_answer import Trigger


@dataclass(frozen=True)
class CareDue:
    """A save calls for a gentle answer: a helpline, the emergency number, the plan."""

    trigger: Trigger


Event = CareDue


class Events:
    """Events waiting for the caller, in the order they happened (safe across threads)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._waiting: list[Event] = []

    def add(self, event: Event) -> None:
        with self._lock:
            self._waiting.append(event)

    def take(self) -> list[Event]:
        """Every event so far, each once."""
        with self._lock:
            taken, self._waiting = self._waiting, []
        return taken
