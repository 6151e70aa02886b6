"""The tables of the data contract and the record type kept in each."""

from __future__ import annotations

from typing import Any

from wellbeing_tui.domain.activities import Activity, ActivityLog, Connection, Coping
from wellbeing_tui.domain.drafts import Draft
from wellbeing_tui.domain.grounding import GroundingSession
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.domain.meals import Meal
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.domain.safety_plan import SafetyPlan
from wellbeing_tui.domain.sleep import SleepEntry
from wellbeing_tui.domain.thoughts import ThoughtRecord

RECORD_TYPES: dict[str, Any] = {
    cls.TABLE: cls
    for cls in (
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
    )
}
