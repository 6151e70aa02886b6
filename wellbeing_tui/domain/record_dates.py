"""Which field dates the records of each table (kept apart from the record types, so the
storage layer can index by date without importing them)."""

from __future__ import annotations

# The field whose first ten characters give the local date a record belongs to.
DATE_FIELDS: dict[str, str] = {
    "checkins": "at",
    "journal": "created_at",
    "grounding": "started_at",
    "thoughts": "created_at",
    "sleep": "date",
    "meals": "date",
    "activity_log": "at",
    "connections": "at",
    "coping": "at",
}
