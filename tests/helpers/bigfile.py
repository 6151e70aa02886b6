"""Build a valid data file of N check-ins quickly, for the stress tests."""

from __future__ import annotations

import json
from pathlib import Path

from wellbeing_tui.storage.schema import SCHEMA_VERSION


def write_big_file(path: Path, records: int) -> None:
    checkins = {
        str(i + 1): {
            "id": f"seed-{i}",
            "at": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}T09:{i % 60:02d}:00+00:00",
            "mood": 1 + i % 5,
            "energy": None,
            "emotions": ["flat"],
            "body": [],
            "note": "an ordinary day, nothing much to say about it",
        }
        for i in range(records)
    }
    data = {
        "_meta": {
            "1": {"schema_version": SCHEMA_VERSION, "created_at": "2025-01-01T09:00:00+00:00"}
        },
        "checkins": checkins,
    }
    path.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    path.chmod(0o600)
