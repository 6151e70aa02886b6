"""Every field range of the data contract is enforced by the domain layer."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wellbeing_tui.domain.activities import Activity, ActivityLog, Connection, Coping
from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.grounding import EXERCISE_SLUGS, GroundingSession
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.domain.meals import Meal
from wellbeing_tui.domain.mood import BodyCue, CheckIn
from wellbeing_tui.domain.sleep import SleepEntry
from wellbeing_tui.domain.tables import RECORD_TYPES
from wellbeing_tui.domain.thoughts import MoodRating, ThoughtRecord

AT = "2026-11-26T21:05:00+01:00"

BASE: dict[str, dict[str, Any]] = {
    "checkins": {
        "id": "c",
        "at": AT,
        "mood": 3,
        "energy": 2,
        "emotions": ["numb"],
        "body": [{"area": "chest", "feeling": "more"}],
        "note": None,
    },
    "journal": {
        "id": "j",
        "created_at": AT,
        "updated_at": AT,
        "prompt": None,
        "text": "hi",
        "emotions": [],
        "tags": [],
    },
    "grounding": {
        "id": "g",
        "exercise": "calm-breathing",
        "started_at": AT,
        "ended_at": AT,
        "planned_seconds": 120,
        "actual_seconds": 118.5,
        "completed": True,
        "distress_before": 6,
        "distress_after": 3,
        "noticed": {},
        "note": None,
    },
    "thoughts": {
        "id": "t",
        "created_at": AT,
        "updated_at": AT,
        "situation": "at work",
        "moods": [{"name": "anxious", "before": 70, "after": 40}],
        "automatic_thought": "x",
        "belief_before": 80,
        "distortions": ["labeling"],
        "evidence_for": None,
        "evidence_against": None,
        "answers": {},
        "balanced_thought": None,
        "belief_after": None,
    },
    "sleep": {
        "id": "s",
        "date": "2026-11-26",
        "in_bed": "23:00",
        "lights_out": "23:10",
        "sol_min": 20,
        "awakenings": 1,
        "waso_min": 15,
        "final_wake": "07:00",
        "out_of_bed": "07:15",
        "quality": 3,
        "rested": None,
        "nap_min": None,
        "alcohol_drinks": None,
        "caffeine_drinks": 2,
        "note": None,
    },
    "meals": {
        "id": "m",
        "date": "2026-11-26",
        "kind": "lunch",
        "at": "12:30",
        "skipped": False,
        "note": None,
    },
    "activities": {"id": "a", "title": "Walk", "rank": 1, "created_at": AT, "archived": False},
    "activity_log": {
        "id": "l",
        "activity_id": "a",
        "at": AT,
        "predicted": 3,
        "enjoyment": 6,
        "mastery": 5,
        "note": None,
    },
    "connections": {
        "id": "p",
        "at": AT,
        "who": "Mum",
        "how": "call",
        "minutes": 20,
        "felt": 4,
        "note": None,
    },
    "coping": {"id": "x", "at": AT, "what": "wine", "feeling_before": ["lonely"], "note": None},
    "drafts": {"id": "d", "kind": "journal", "updated_at": AT, "data": {"text": "half"}},
}

# (table, field, lowest allowed, highest allowed, may be null)
INT_RANGES = [
    ("checkins", "mood", 1, 5, True),  # null when only words were given
    ("checkins", "energy", 1, 5, True),
    ("grounding", "distress_before", 0, 10, True),
    ("grounding", "distress_after", 0, 10, True),
    ("sleep", "quality", 1, 5, False),
    ("sleep", "rested", 1, 5, True),
    ("activity_log", "predicted", 0, 10, True),
    ("activity_log", "enjoyment", 0, 10, True),
    ("activity_log", "mastery", 0, 10, True),
    ("connections", "felt", 1, 5, True),
    ("thoughts", "belief_before", 0, 100, True),
    ("thoughts", "belief_after", 0, 100, True),
]


def build(table: str, **changes: Any) -> Any:
    return RECORD_TYPES[table].from_doc({**BASE[table], **changes})


@pytest.mark.parametrize("table", sorted(BASE))
def test_every_table_round_trips(table: str) -> None:
    record = build(table)
    assert RECORD_TYPES[table].from_doc(record.to_doc()) == record
    assert set(BASE[table]) <= set(record.to_doc())


@pytest.mark.parametrize(("table", "field", "low", "high", "nullable"), INT_RANGES)
@given(value=st.integers(min_value=-1000, max_value=1000))
def test_integer_ranges(
    table: str, field: str, low: int, high: int, nullable: bool, value: int
) -> None:
    if low <= value <= high:
        assert build(table, **{field: value}).to_doc()[field] == value
    else:
        with pytest.raises(ValidationError) as err:
            build(table, **{field: value})
        assert err.value.field == field


@pytest.mark.parametrize(("table", "field", "low", "high", "nullable"), INT_RANGES)
def test_null_only_where_the_contract_allows(
    table: str, field: str, low: int, high: int, nullable: bool
) -> None:
    if nullable:
        assert build(table, **{field: None}).to_doc()[field] is None
    else:
        with pytest.raises(ValidationError):
            build(table, **{field: None})


@pytest.mark.parametrize(("table", "field", "low", "high", "nullable"), INT_RANGES)
@given(value=st.one_of(st.booleans(), st.floats(allow_nan=True), st.text(max_size=3)))
def test_non_integers_are_refused(
    table: str, field: str, low: int, high: int, nullable: bool, value: object
) -> None:
    with pytest.raises(ValidationError):
        build(table, **{field: value})


@given(st.text(min_size=1, max_size=25))
def test_times_need_an_iso_moment_with_offset(text: str) -> None:
    with pytest.raises(ValidationError):
        build("checkins", at=text)


def test_a_time_without_offset_is_refused() -> None:
    with pytest.raises(ValidationError, match="UTC offset"):
        build("checkins", at="2026-11-26T21:05:00")


@given(st.from_regex(r"\A([0-9]{2}):([0-9]{2})\Z"))
def test_clock_times(value: str) -> None:
    hours, minutes = int(value[:2]), int(value[3:])
    if hours < 24 and minutes < 60:
        assert build("meals", at=value).at == value
    else:
        with pytest.raises(ValidationError):
            build("meals", at=value)


@pytest.mark.parametrize(
    ("table", "field", "bad"),
    [
        ("grounding", "exercise", "jumping"),
        ("meals", "kind", "brunch"),
        ("connections", "how", "letter"),
        ("thoughts", "distortions", ["overthinking"]),
        ("checkins", "body", [{"area": "elbow", "feeling": "more"}]),
        ("checkins", "body", [{"area": "chest", "feeling": "lots"}]),
        ("sleep", "date", "2026-02-30"),
        ("thoughts", "situation", "   "),
        ("activities", "title", ""),
        ("coping", "what", ""),
        ("meals", "skipped", "yes"),
        ("checkins", "emotions", "numb"),
    ],
)
def test_choices_and_shapes(table: str, field: str, bad: object) -> None:
    with pytest.raises(ValidationError):
        build(table, **{field: bad})


def test_numb_and_cant_tell_are_valid_answers() -> None:
    record = build("checkins", emotions=["numb", "can't tell", "numb", "  "])
    assert record.emotions == ("numb", "can't tell")


def test_every_exercise_slug_is_accepted() -> None:
    for slug in EXERCISE_SLUGS:
        assert build("grounding", exercise=slug).exercise == slug


def test_a_skipped_meal_has_no_time() -> None:
    with pytest.raises(ValidationError) as err:
        build("meals", skipped=True, at="08:00")
    assert err.value.field == "at"


def test_mood_rating_and_body_cue_ranges() -> None:
    with pytest.raises(ValidationError):
        MoodRating("sad", 101)
    with pytest.raises(ValidationError):
        MoodRating("sad", 50, -1)
    assert BodyCue("legs", "nothing").to_doc() == {"area": "legs", "feeling": "nothing"}


def test_records_are_frozen() -> None:
    record = build("checkins")
    with pytest.raises(AttributeError):
        record.mood = 4
    assert isinstance(record, CheckIn)
    assert {
        JournalEntry,
        GroundingSession,
        ThoughtRecord,
        SleepEntry,
        Meal,
        Activity,
        ActivityLog,
        Connection,
        Coping,
    } <= set(RECORD_TYPES.values())


def test_new_ids_are_random_uuid4_strings() -> None:
    import uuid

    from wellbeing_tui.domain.fields import check_id, new_id

    made = [new_id() for _ in range(2000)]
    assert len(set(made)) == len(made)
    for text in made[:200]:
        parsed = uuid.UUID(text)
        assert str(parsed) == text
        assert parsed.version == 4
        assert parsed.variant == uuid.RFC_4122
        assert check_id("id", text) == text
