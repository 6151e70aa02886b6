"""Write data/demo.json: three weeks of believable data in every table, from a fixed seed.

Run it again after a schema change:  python scripts/make_demo.py
"""

from __future__ import annotations

import json
import random
import uuid
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from wellbeing_tui.domain.activities import Activity, ActivityLog, Connection, Coping
from wellbeing_tui.domain.drafts import Draft
from wellbeing_tui.domain.fields import iso
from wellbeing_tui.domain.grounding import GroundingSession
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.domain.meals import Meal
from wellbeing_tui.domain.mood import BodyCue, CheckIn
from wellbeing_tui.domain.sleep import SleepEntry
from wellbeing_tui.domain.tables import RECORD_TYPES
from wellbeing_tui.domain.thoughts import MoodRating, ThoughtRecord
from wellbeing_tui.storage.schema import SCHEMA_VERSION
from wellbeing_tui.storage.stamps import with_own_time

LAST_DAY = date(2026, 11, 26)
DAYS = 21
SEED = 20261126
TZ = UTC
OUT = Path(__file__).resolve().parents[1] / "data" / "demo.json"

rng = random.Random(SEED)


def rid() -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def at(day: date, hh: int, mm: int) -> str:
    return iso(datetime.combine(day, time(hh, mm), TZ))


def clock(minutes: int) -> str:
    minutes %= 1440
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


EMOTION_SETS = [
    ["numb"],
    ["flat", "tired"],
    ["anxious"],
    ["content"],
    ["lonely"],
    ["can't tell"],
    ["calm"],
    ["hopeful"],
    ["irritable", "tired"],
    ["empty"],
    ["relieved"],
    ["sad"],
]
NOTES = [
    None,
    None,
    None,
    "Slow start.",
    "Walked to the shop.",
    "Long call with Mum.",
    "Couldn't focus at work.",
    "Felt a bit more here today.",
]

JOURNAL = [
    (
        "Where in your body did you feel anything today, even a little?",
        "My shoulders, mostly. They were up near my ears all afternoon and I only noticed when "
        "I stood up to make tea.\n\nThere was a moment on the walk home when my chest felt "
        "lighter. It didn't last, but it was there.",
        ["tense", "calm"],
        ["body"],
    ),
    (
        "Write down three things that went well today, however small, and why each one happened.",
        "1. I ate breakfast - because I put the oats out last night.\n2. Sam texted and I "
        "answered the same day - because I didn't let myself overthink it.\n3. The heating "
        "came on - because I finally rang the landlord.",
        ["relieved"],
        ["three good things"],
    ),
    (
        None,
        "Didn't feel much of anything today. Work, screen, sofa. Writing it down anyway "
        "because the note says to.\n\nMaybe that's the point: noticing the flatness is "
        "noticing something.",
        ["flat", "numb"],
        [],
    ),
    (
        "What is something you used to enjoy? What did it feel like to do it back then?",
        "Drawing. I used to lose whole Sunday afternoons to it. It felt like my hands knew "
        "what to do before I did. The sketchbook is still on the shelf.",
        ["wistful"],
        ["joy", "drawing"],
    ),
    (
        None,
        "Bad night. Woke at 4 and lay there going over the meeting. By the morning it "
        "all felt very far away, like watching someone else's day.",
        ["detached", "tired"],
        ["sleep"],
    ),
    (
        "Name one small thing that went all right today. What part did you play in it?",
        "Went to the pottery taster. I nearly didn't go. The clay was cold and it was hard "
        "to think about anything else, which was nice.",
        ["content"],
        ["class", "joy"],
    ),
    (
        None,
        "Talked to Priya about how things have been. Didn't say everything but said "
        "more than usual. She didn't make it weird.",
        ["relieved", "hopeful"],
        ["people"],
    ),
    (
        "What took up most of your attention today, and how did it sit with you?",
        "The deadline. It sat in my stomach like a stone. I did the 4-7-8 breathing before the "
        "call and it helped a little.",
        ["anxious"],
        ["work"],
    ),
]

THOUGHTS = [
    dict(
        situation="Tuesday, team meeting: my manager didn't reply to my update.",
        moods=[("anxious", 70, 40), ("ashamed", 50, 30)],
        automatic_thought="She thinks my work is useless.",
        belief_before=80,
        distortions=["mind-reading", "labeling"],
        evidence_for="She replied to two other people.",
        evidence_against="She was in back-to-back calls. Last week she thanked me for the report.",
        answers={
            "true": "Not sure it's true: I don't know what she thinks.",
            "other-views": "She may simply not have read it yet.",
        },
        balanced_thought="She hasn't replied yet, and that happens when she's busy; it "
        "doesn't tell me what she thinks of my work.",
        belief_after=35,
    ),
    dict(
        situation="Saturday evening, alone at home after cancelling on Sam.",
        moods=[("lonely", 80, 60), ("guilty", 60, 45)],
        automatic_thought="I always let people down.",
        belief_before=75,
        distortions=["overgeneralization", "all-or-nothing"],
        evidence_for="I cancelled tonight.",
        evidence_against="I went to Priya's birthday and I called Mum twice this week.",
        answers={"friend": "I'd tell a friend one cancelled evening isn't everything."},
        balanced_thought="I cancelled one plan because I was exhausted, and I've kept "
        "plenty of others.",
        belief_after=30,
    ),
    dict(
        situation="Sunday morning, thinking about going back to work.",
        moods=[("dread", 65, None)],
        automatic_thought="This week is going to be awful.",
        belief_before=70,
        distortions=["fortune-telling"],
        evidence_for=None,
        evidence_against=None,
        answers={},
        balanced_thought=None,
        belief_after=None,
    ),
]

ACTIVITIES = [
    "Drawing in the sketchbook",
    "Walk by the river",
    "Pottery class",
    "Playing piano",
    "Baking bread",
    "Swimming",
]
PEOPLE = [
    ("Mum", "call"),
    ("Priya", "in_person"),
    ("Sam", "text"),
    ("Alex", "video"),
    ("Neighbour (Jo)", "in_person"),
]


def build() -> dict[str, list[Any]]:
    tables: dict[str, list[Any]] = {
        k: []
        for k in RECORD_TYPES
        if k != Draft.TABLE  # every table of records
    }
    first = LAST_DAY - timedelta(days=DAYS - 1)
    journal_days = sorted(rng.sample(range(DAYS - 1), len(JOURNAL) - 1)) + [DAYS - 1]
    grounding_days = sorted(rng.sample(range(DAYS), 8))
    missing_sleep = {3, 11, 16}
    for n in range(DAYS):
        day = first + timedelta(days=n)
        short = n % 5 in (1, 3)
        if n not in missing_sleep:
            bed = 22 * 60 + 40 + rng.randrange(-30, 70, 5) + (40 if short else 0)
            lights = bed + rng.choice([0, 5, 10, 20, 30])
            sol = rng.choice([10, 15, 20, 30, 45]) + (20 if short else 0)
            wakes = rng.choice([0, 1, 1, 2, 3])
            waso = 0 if wakes == 0 else wakes * rng.choice([5, 10, 15, 25])
            asleep = (5 * 60 + 50 if short else 7 * 60 + 10) + rng.randrange(-30, 45, 5)
            final = lights + sol + waso + asleep
            out = final + rng.choice([0, 5, 10, 20, 40])
            tables["sleep"].append(
                SleepEntry(
                    id=rid(),
                    date=day.isoformat(),
                    in_bed=clock(bed),
                    lights_out=clock(lights),
                    sol_min=sol,
                    awakenings=wakes,
                    waso_min=waso,
                    final_wake=clock(final),
                    out_of_bed=clock(out),
                    quality=2 if short else rng.choice([3, 3, 4, 4, 5]),
                    rested=rng.choice([None, 2, 3, 4]),
                    nap_min=rng.choice([None, None, 0, 20]),
                    alcohol_drinks=rng.choice([None, 0, 0, 1, 2]),
                    caffeine_drinks=rng.choice([None, 1, 2, 3]),
                    note="Woke at 4 and couldn't settle." if short and wakes > 1 else None,
                )
            )
        for k in range(2 if n % 3 == 0 or n == DAYS - 1 else 1):
            hh = 9 + k * 6 + rng.randrange(0, 3)
            base = 2 if short else 3
            tables["checkins"].append(
                CheckIn(
                    id=rid(),
                    at=at(day, hh, rng.randrange(0, 60, 5)),
                    mood=max(1, min(5, base + rng.choice([-1, 0, 0, 1]))),
                    energy=rng.choice([None, 1, 2, 2, 3, 4]),
                    emotions=tuple(rng.choice(EMOTION_SETS)),
                    body=tuple(
                        BodyCue(a, f)
                        for a, f in rng.choice(
                            [
                                [],
                                [],
                                [("shoulders", "more")],
                                [("chest", "more"), ("stomach", "more")],
                                [("arms-hands", "less"), ("legs", "less")],
                                [("head", "nothing")],
                            ]
                        )
                    ),
                    note=rng.choice(NOTES),
                )
            )
        kinds = [("breakfast", 7 * 60 + 45), ("lunch", 12 * 60 + 50), ("dinner", 19 * 60)]
        for kind, base_min in kinds:
            if n == DAYS - 1 and kind == "dinner":
                continue
            skipped = kind == "breakfast" and (short or rng.random() < 0.2)
            minute = base_min + rng.randrange(-30, 60, 5)
            tables["meals"].append(
                Meal(
                    id=rid(),
                    date=day.isoformat(),
                    kind=kind,
                    at=None if skipped else clock(minute),
                    skipped=skipped,
                )
            )
        if rng.random() < 0.4:
            tables["meals"].append(
                Meal(
                    id=rid(),
                    date=day.isoformat(),
                    kind="snack",
                    at=clock(15 * 60 + rng.randrange(0, 90, 5)),
                )
            )
        if n in journal_days:
            prompt, text, emotions, tags = JOURNAL[journal_days.index(n)]
            # The last day's entry comes before 19:30, the evening the tests and screenshots
            # show: the demo never holds a moment after its own clock.
            made = at(day, 21 if day < LAST_DAY else 18, rng.randrange(0, 50, 5))
            tables["journal"].append(
                JournalEntry(
                    id=rid(),
                    created_at=made,
                    updated_at=made,
                    prompt=prompt,
                    text=text,
                    emotions=tuple(emotions),
                    tags=tuple(tags),
                )
            )
        if n in grounding_days:
            exercise = rng.choice(
                [
                    "calm-breathing",
                    "senses-54321",
                    "breathing-478",
                    "feet-on-floor",
                    "box-breathing",
                    "colour-spotting",
                ]
            )
            planned = rng.choice([60, 120, 180, 300])
            completed = rng.random() > 0.2
            actual = planned if completed else planned * rng.choice([0.3, 0.5])
            start = datetime.combine(day, time(13 + rng.randrange(0, 8), 0), TZ)
            before = rng.choice([None, 5, 6, 7, 8])
            noticed = (
                {"see": ["the blue mug", "rain on the window"], "hear": ["the fridge"]}
                if exercise == "senses-54321"
                else {}
            )
            tables["grounding"].append(
                GroundingSession(
                    id=rid(),
                    exercise=exercise,
                    started_at=iso(start),
                    ended_at=iso(start + timedelta(seconds=actual + 20)),
                    planned_seconds=planned,
                    actual_seconds=float(actual),
                    completed=completed,
                    distress_before=before,
                    distress_after=None
                    if before is None
                    else max(0, before - rng.choice([1, 2, 3])),
                    noticed=noticed,
                    note=None,
                )
            )
    for i, spec in enumerate(THOUGHTS):
        day = first + timedelta(days=4 + i * 6)
        made = at(day, 20, 15)
        tables["thoughts"].append(
            ThoughtRecord(
                id=rid(),
                created_at=made,
                updated_at=made,
                situation=str(spec["situation"]),
                moods=tuple(MoodRating(n, b, a) for n, b, a in spec["moods"]),  # type: ignore[attr-defined]
                automatic_thought=spec["automatic_thought"],  # type: ignore[arg-type]
                belief_before=spec["belief_before"],  # type: ignore[arg-type]
                distortions=tuple(spec["distortions"]),  # type: ignore[arg-type]
                evidence_for=spec["evidence_for"],  # type: ignore[arg-type]
                evidence_against=spec["evidence_against"],  # type: ignore[arg-type]
                answers=spec["answers"],  # type: ignore[arg-type]
                balanced_thought=spec["balanced_thought"],  # type: ignore[arg-type]
                belief_after=spec["belief_after"],
            )
        )  # type: ignore[arg-type]
    acts = [
        Activity(id=rid(), title=t, rank=i + 1, created_at=at(first, 18, 0))
        for i, t in enumerate(ACTIVITIES)
    ]
    tables["activities"] = acts
    for k in range(7):
        act = acts[rng.choice([0, 1, 1, 2, 4])]
        day = first + timedelta(days=2 + k * 3)
        predicted = rng.choice([None, 2, 3, 4])
        tables["activity_log"].append(
            ActivityLog(
                id=rid(),
                activity_id=act.id,
                at=at(day, 17, 30),
                predicted=predicted,
                enjoyment=rng.choice([4, 5, 6, 7]),
                mastery=rng.choice([3, 5, 6]),
                note=rng.choice([None, "Better than I expected."]),
            )
        )
    for k in range(9):
        who, how = PEOPLE[k % len(PEOPLE)]
        day = first + timedelta(days=1 + k * 2)
        tables["connections"].append(
            Connection(
                id=rid(),
                at=at(day, 18, 0),
                who=who,
                how=how,
                minutes=rng.choice([5, 15, 30, 60, 90]),
                felt=rng.choice([3, 4, 4, 5]),
                note=rng.choice([None, "Nice to hear her voice.", "Coffee in town."]),
            )
        )
    tables["coping"] = [
        Coping(
            id=rid(),
            at=at(first + timedelta(days=5), 22, 30),
            what="Two glasses of wine",
            feeling_before=("lonely", "numb"),
            note="Wanted the evening to go quicker.",
        ),
        Coping(
            id=rid(),
            at=at(first + timedelta(days=15), 23, 0),
            what="A beer",
            feeling_before=("anxious",),
            note=None,
        ),
    ]
    return tables


def main() -> None:
    tables = build()
    created = at(LAST_DAY - timedelta(days=DAYS), 20, 0)
    data: dict[str, dict[str, Any]] = {
        "_meta": {
            "1": {
                "schema_version": SCHEMA_VERSION,
                "created_at": created,
                "demo_last_day": LAST_DAY.isoformat(),
            }
        },
    }
    for name, records in tables.items():
        data[name] = {
            str(i + 1): with_own_time(name, r.to_doc(), created) for i, r in enumerate(records)
        }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    counts = ", ".join(f"{k} {len(v)}" for k, v in tables.items())
    print(f"wrote {OUT.name}: {counts}")


if __name__ == "__main__":
    main()
