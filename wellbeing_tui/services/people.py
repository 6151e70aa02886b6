"""Time with people: who, how long since, and a new meeting kept."""

from __future__ import annotations

from datetime import date

from wellbeing_tui.domain.activities import Connection
from wellbeing_tui.domain.people import Person, people
from wellbeing_tui.services.feature import Feature


class People(Feature):
    """The log of time with people."""

    def everyone(self, day: date) -> list[Person]:
        """Everyone logged, most recent first, with the days since ``day``."""
        return people(self._store.records(Connection), day)

    def save(self, connection: Connection) -> None:
        self._keep(connection)
