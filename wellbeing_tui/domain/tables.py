"""The tables of the data contract, each with the record type kept in it, once.

Everything else about a table is read off its record type: its name (``TABLE``), the
columns of its export (the record's fields) and the field that dates its records (the first
one annotated ``Timestamp`` or ``Day``). A new record type is added here and nowhere else.
"""

from __future__ import annotations

import dataclasses
import typing
from dataclasses import dataclass
from functools import cache
from typing import Any

from wellbeing_tui.domain.activities import Activity, ActivityLog, Connection, Coping
from wellbeing_tui.domain.drafts import Draft
from wellbeing_tui.domain.fields import TimeKind
from wellbeing_tui.domain.grounding import GroundingSession
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.domain.meals import Meal
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.domain.safety_plan import SafetyPlan
from wellbeing_tui.domain.sleep import SleepEntry
from wellbeing_tui.domain.thoughts import ThoughtRecord


@dataclass(frozen=True)
class Table:
    """One table of the data file."""

    record: Any  # the record type (a dataclass with ``TABLE``, ``to_doc`` and ``from_doc``)

    @property
    def name(self) -> str:
        return str(self.record.TABLE)

    @property
    def columns(self) -> tuple[str, ...]:
        """The fields of its records, in order: the columns of its export."""
        return tuple(field.name for field in dataclasses.fields(self.record))

    @property
    def date_field(self) -> str | None:
        """The field whose local date a record is logged under, if any."""
        return _date_field(self.record)


@cache
def _date_field(record: Any) -> str | None:
    hints = typing.get_type_hints(record, include_extras=True)
    for field in dataclasses.fields(record):
        kinds = getattr(hints.get(field.name), "__metadata__", ())
        if TimeKind.TIMESTAMP in kinds or TimeKind.DATE in kinds:
            return field.name
    return None


TABLES: dict[str, Table] = {
    table.name: table
    for table in map(
        Table,
        (
            CheckIn,
            JournalEntry,
            GroundingSession,
            ThoughtRecord,
            SleepEntry,
            Meal,
            Activity,
            ActivityLog,
            Connection,
            Coping,
            SafetyPlan,
            Draft,
        ),
    )
}

RECORD_TYPES: dict[str, Any] = {name: table.record for name, table in TABLES.items()}
