"""The Store's look-ups by day: each table's documents indexed by the day they are logged
under, rebuilt only when the data (or the hour a new day starts) changed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, Self, TypeVar

from wellbeing_tui.domain.clock import logging_day
from wellbeing_tui.domain.errors import ValidationError

if TYPE_CHECKING:
    from wellbeing_tui.domain.settings import Settings
    from wellbeing_tui.storage.durable import DurableStorage


class _Dated(Protocol):
    TABLE: ClassVar[str]

    @classmethod
    def from_doc(cls, doc: object) -> Self: ...


D = TypeVar("D", bound=_Dated)


class ByDate:
    """Mixed into the Store, which provides the storage, the settings and the tables."""

    _storage: DurableStorage
    _indexes: dict[str, tuple[tuple[int, int], dict[str, list[dict[str, Any]]]]]

    def settings(self) -> Settings:
        raise NotImplementedError

    def raw(self, table: str) -> Mapping[str, dict[str, Any]]:
        raise NotImplementedError

    def _date_index(self, table: str) -> dict[str, list[dict[str, Any]]]:
        """Documents of a table by the day they are logged under, rebuilt only when the data
        (or the hour a new day starts) changed."""
        # The record types are loaded only here: a command that saves one record never is.
        # deferred: every record type, 12 ms of `log mood` (python -X importtime)
        from wellbeing_tui.domain.tables import TABLES

        self._storage.read()  # picks up other writers' changes first
        field = TABLES[table].date_field or ""
        shift = self.settings().day_start_hour if field != "date" else 0
        version = (self._storage.version, shift)
        cached = self._indexes.get(table)
        if cached is not None and cached[0] == version:
            return cached[1]
        index: dict[str, list[dict[str, Any]]] = {}
        for doc in self.raw(table).values():
            stamp = str(doc.get(field, ""))
            key = logging_day(stamp, shift) if shift and len(stamp) > 13 else stamp[:10]
            index.setdefault(key, []).append(doc)
        self._indexes[table] = (version, index)
        return index

    def records_on(self, cls: type[D], first: date, last: date) -> list[D]:
        """The valid records dated from ``first`` to ``last`` (inclusive), found by date."""
        index = self._date_index(cls.TABLE)
        from_doc = cls.from_doc
        out: list[D] = []
        day = first
        while day <= last:
            for doc in index.get(day.isoformat(), ()):
                try:
                    out.append(from_doc(doc))
                except (ValidationError, TypeError):
                    continue
            day += timedelta(days=1)
        return out

    def docs_between(self, table: str, first: date, last: date) -> dict[str, list[dict[str, Any]]]:
        """The stored documents of a table by logging day, from ``first`` to ``last``
        (inclusive), as they are: for figures over months, which need a few fields of each
        and no record objects. Do not change them."""
        low, high = first.isoformat(), last.isoformat()
        return {k: v for k, v in self._date_index(table).items() if low <= k <= high}

    def first_day(self, tables: Sequence[str]) -> date | None:
        """The earliest logging day with a record in any of ``tables``."""
        days = [min(index) for t in tables if (index := self._date_index(t))]
        valid = [d for d in days if len(d) == 10 and d[4] == "-"]
        try:
            return date.fromisoformat(min(valid)) if valid else None
        except ValueError:
            return None
