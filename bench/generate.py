"""Realistic synthetic data for N years, from a fixed seed, for the benchmarks.

About five records a day across the tables of the data contract: one or two check-ins, a
sleep diary most mornings, meals, and every few days a journal entry of ordinary length,
a grounding session, a worksheet, time with people and something from the fun list.

    python bench/generate.py YEARS OUT.json
"""

from __future__ import annotations

import json
import random
import sys
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from wellbeing_tui.domain.drafts import Draft  # noqa: E402
from wellbeing_tui.domain.tables import RECORD_TYPES  # noqa: E402
from wellbeing_tui.storage.schema import migrate  # noqa: E402

WORDS = [
    "today",
    "felt",
    "slow",
    "and",
    "heavy",
    "but",
    "I",
    "managed",
    "to",
    "get",
    "outside",
    "for",
    "a",
    "while",
    "the",
    "light",
    "was",
    "grey",
    "and",
    "I",
    "kept",
    "thinking",
    "about",
    "work",
    "and",
    "whether",
    "I",
    "had",
    "said",
    "the",
    "wrong",
    "thing",
    "in",
    "the",
    "meeting",
    "later",
    "I",
    "called",
    "my",
    "sister",
    "and",
    "we",
    "talked",
    "about",
    "nothing",
    "much",
    "which",
    "helped",
    "more",
    "than",
    "I",
    "expected",
    "I",
    "noticed",
    "my",
    "shoulders",
    "were",
    "tight",
    "again",
    "and",
    "tried",
    "the",
    "breathing",
    "for",
    "a",
    "minute",
    "dinner",
    "was",
    "late",
    "I",
    "want",
    "to",
    "try",
    "to",
    "sleep",
    "earlier",
    "tomorrow",
]
EMOTIONS = ["numb", "flat", "tired", "anxious", "calm", "content", "lonely", "hopeful", "sad"]
END = date(2026, 11, 26)


def _id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _clock(minutes: int) -> str:
    minutes %= 1440
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def generate(years: float, seed: int = 1) -> dict[str, dict[str, Any]]:
    rng = random.Random(seed)
    tables: dict[str, list[dict[str, Any]]] = {
        t: []
        for t in RECORD_TYPES
        if t != Draft.TABLE  # every table of records
    }
    days = int(365 * years)
    first = END - timedelta(days=days - 1)
    for n in range(6):
        tables["activities"].append(
            {
                "id": _id(rng),
                "title": f"Activity {n + 1}",
                "rank": n + 1,
                "created_at": f"{first}T18:00:00+00:00",
                "archived": False,
            }
        )
    for n in range(days):
        day = first + timedelta(days=n)
        iso = day.isoformat()
        for k in range(rng.choice([1, 1, 2])):
            tables["checkins"].append(
                {
                    "id": _id(rng),
                    "at": f"{iso}T{9 + 6 * k:02d}:{rng.randrange(60):02d}:00+00:00",
                    "mood": rng.randint(1, 5),
                    "energy": rng.choice([None, 2, 3, 4]),
                    "emotions": rng.sample(EMOTIONS, rng.randint(0, 2)),
                    "body": [],
                    "note": None,
                }
            )
        if rng.random() < 0.85:
            bed = 22 * 60 + rng.randrange(0, 120, 5)
            sol, waso = rng.choice([5, 15, 30]), rng.choice([0, 10, 30])
            wake = bed + sol + waso + rng.randrange(300, 540, 5)
            tables["sleep"].append(
                {
                    "id": _id(rng),
                    "date": iso,
                    "in_bed": _clock(bed),
                    "lights_out": _clock(bed),
                    "sol_min": sol,
                    "awakenings": 1 if waso else 0,
                    "waso_min": waso,
                    "final_wake": _clock(wake),
                    "out_of_bed": _clock(wake + 10),
                    "quality": rng.randint(1, 5),
                    "rested": None,
                    "nap_min": None,
                    "alcohol_drinks": None,
                    "caffeine_drinks": rng.choice([None, 1, 2]),
                    "note": None,
                }
            )
        for kind, at in (("breakfast", 480), ("lunch", 750), ("dinner", 1140)):
            if rng.random() < 0.7:
                tables["meals"].append(
                    {
                        "id": _id(rng),
                        "date": iso,
                        "kind": kind,
                        "at": _clock(at + rng.randrange(-30, 60, 5)),
                        "skipped": False,
                        "note": None,
                    }
                )
        if rng.random() < 0.4:
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(80, 400)))
            tables["journal"].append(
                {
                    "id": _id(rng),
                    "created_at": f"{iso}T21:{rng.randrange(60):02d}:00+00:00",
                    "updated_at": f"{iso}T21:59:00+00:00",
                    "prompt": None,
                    "text": text.capitalize() + ".",
                    "emotions": rng.sample(EMOTIONS, 2),
                    "tags": rng.sample(["work", "family", "sleep", "walk"], 1),
                }
            )
        if rng.random() < 0.3:
            tables["grounding"].append(
                {
                    "id": _id(rng),
                    "exercise": "calm-breathing",
                    "started_at": f"{iso}T14:00:00+00:00",
                    "ended_at": f"{iso}T14:03:00+00:00",
                    "planned_seconds": 180,
                    "actual_seconds": 180.0,
                    "completed": True,
                    "distress_before": 6,
                    "distress_after": 4,
                    "noticed": {},
                    "note": None,
                }
            )
        if rng.random() < 0.07:
            tables["thoughts"].append(
                {
                    "id": _id(rng),
                    "created_at": f"{iso}T20:00:00+00:00",
                    "updated_at": f"{iso}T20:00:00+00:00",
                    "situation": "At work, a meeting.",
                    "moods": [{"name": "anxious", "before": 70, "after": 40}],
                    "automatic_thought": "They think I am useless.",
                    "belief_before": 80,
                    "distortions": ["mind-reading"],
                    "evidence_for": None,
                    "evidence_against": "She thanked me last week.",
                    "answers": {},
                    "balanced_thought": "I don't know what they think.",
                    "belief_after": 40,
                }
            )
        if rng.random() < 0.4:
            tables["connections"].append(
                {
                    "id": _id(rng),
                    "at": f"{iso}T18:00:00+00:00",
                    "who": rng.choice(["Mum", "Sam"]),
                    "how": "call",
                    "minutes": 20,
                    "felt": 4,
                    "note": None,
                }
            )
        if rng.random() < 0.25:
            tables["activity_log"].append(
                {
                    "id": _id(rng),
                    "activity_id": tables["activities"][0]["id"],
                    "at": f"{iso}T17:00:00+00:00",
                    "predicted": 3,
                    "enjoyment": 6,
                    "mastery": 5,
                    "note": None,
                }
            )
    data: dict[str, dict[str, Any]] = {
        "_meta": {"1": {"schema_version": 1, "created_at": f"{first}T09:00:00+00:00"}}
    }
    for name, records in tables.items():
        data[name] = {str(i + 1): r for i, r in enumerate(records)}
    # In the form this version writes (a person's file is brought up to date once, on its
    # first opening; a bench that migrated it at every start would time the migration).
    migrate(data, f"{first}T09:00:00+00:00")
    return data


def write(years: float, path: Path, seed: int = 1) -> int:
    data = generate(years, seed)
    path.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    path.chmod(0o600)
    return sum(len(t) for t in data.values())


if __name__ == "__main__":
    count = write(float(sys.argv[1]), Path(sys.argv[2]))
    print(f"wrote {count} records to {sys.argv[2]}")
