"""Which answer a save calls for, and its words: words about suicide or self-harm come first,
then a mood of 1, then distress of 9-10; the words name a helpline of the country, its
emergency number and the safety plan, and never a guessed number. The country kept beside
the data file, and the safety plan's steps."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wellbeing_tui.domain.grounding import GroundingSession
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.domain.safety_plan import ORDER, STEPS, Contact, SafetyPlan
from wellbeing_tui.services.care_answer import (
    DISTRESS,
    MOOD,
    WORDS,
    first_of_the_day,
    line_text,
    note_text,
    trigger_for,
)
from wellbeing_tui.services.nudge import keep_country, kept_country, note_logged, read_state

AT = "2026-11-26T09:05:00+00:00"


def checkin(mood: int, note: str | None = None, at: str = AT) -> CheckIn:
    return CheckIn(id=f"c{mood}{at}", at=at, mood=mood, note=note)


def session(after: int | None) -> GroundingSession:
    return GroundingSession(
        id="g1",
        exercise="box-breathing",
        started_at="2026-11-26T21:00:00+00:00",
        ended_at="2026-11-26T21:02:00+00:00",
        planned_seconds=120,
        actual_seconds=120.0,
        completed=True,
        distress_before=8,
        distress_after=after,
    )


def test_each_trigger_is_told_apart() -> None:
    mood = trigger_for(checkin(1))
    assert mood is not None and (mood.kind, mood.day) == (MOOD, "2026-11-26")
    words = trigger_for(checkin(1, "I want to die"))
    assert words is not None and words.kind == WORDS  # the words come first
    distress = trigger_for(session(10))
    assert distress is not None and (distress.kind, distress.distress) == (DISTRESS, 10)
    entry = JournalEntry(
        id="j1", created_at=AT, updated_at=AT, prompt=None, text="thinking about suicide"
    )
    assert (trigger_for(entry) or distress).kind == WORDS
    for calm in (checkin(2), checkin(3, "the commute is killing me"), session(8), session(None)):
        assert trigger_for(calm) is None


def test_the_logging_day_follows_the_day_start_hour() -> None:
    late = trigger_for(checkin(1, at="2026-11-27T01:30:00+00:00"), day_start_hour=4)
    assert late is not None and late.day == "2026-11-26"


def test_a_mood_or_a_distress_once_a_day_words_every_record() -> None:
    answered: set[str] = set()
    first, later = trigger_for(checkin(1)), trigger_for(checkin(1, at="2026-11-26T17:00:00+00:00"))
    assert first is not None and later is not None
    assert first_of_the_day(first, answered) and not first_of_the_day(later, answered)
    tomorrow = trigger_for(checkin(1, at="2026-11-27T09:00:00+00:00"))
    assert tomorrow is not None and first_of_the_day(tomorrow, answered)
    one, two = trigger_for(checkin(3, "I want to die")), trigger_for(checkin(4, "self-harm"))
    assert one is not None and two is not None
    assert first_of_the_day(one, answered) and first_of_the_day(two, answered)
    assert not first_of_the_day(one, answered)  # the same record saved again


@pytest.mark.parametrize("kind", ["mood", "words", "distress"])
def test_the_line_says_it_all_in_one_line(kind: str) -> None:
    record = {"mood": checkin(1), "words": checkin(3, "end my life"), "distress": session(9)}
    trigger = trigger_for(record[kind])
    assert trigger is not None
    line = line_text(trigger, "GB", has_plan=True)
    assert "\n" not in line
    assert "Samaritans: call 116 123" in line and "call 999 now" in line
    assert "Your safety plan: run wellbeing, then press h for Support and p." in line
    note = note_text(trigger, "GB", has_plan=False)
    assert "Samaritans: call 116 123" in note and "call 999 now" in note
    assert "safety plan" in note


@pytest.mark.parametrize("country", [None, "ZZ"])
def test_no_number_is_guessed(country: str | None) -> None:
    trigger = trigger_for(checkin(1))
    assert trigger is not None
    for said in (
        line_text(trigger, country, has_plan=False),
        note_text(trigger, country, has_plan=False),
    ):
        assert "findahelpline.com" in said and "your local emergency number" in said
        assert not re.search(r"\d\d", said)  # no number of any service at all


def test_only_the_chosen_country_is_kept_beside_the_data_file(tmp_path: Path) -> None:
    data = tmp_path / "w.json"
    assert kept_country(data) is None
    note_logged(data, "2026-11-26", 0)
    keep_country(data, "CA")
    assert kept_country(data) == "CA"
    assert read_state(data) == {"logged_on": "2026-11-26", "day_start_hour": 0, "country": "CA"}
    keep_country(data, None)  # "somewhere else": nothing kept
    assert kept_country(data) is None and "country" not in read_state(data)


def test_the_plan_has_every_step_and_a_name_and_number_for_each_person() -> None:
    assert [s.number for s in STEPS] == [1, 2, 3, 4, 5, 6, 0]
    assert [f for s in STEPS for f in s.fields] == list(ORDER)
    plan = SafetyPlan.from_doc(
        {
            "id": "p1",
            "updated_at": AT,
            "distraction_people": [{"name": "Priya", "contact": "07700 900456"}],
            "people_to_ask": [{"name": "Sam", "contact": "07700 900123"}, {"name": ""}],
        }
    )
    assert plan.distraction_people == (Contact("Priya", "07700 900456"),)
    assert plan.people_to_ask == (Contact("Sam", "07700 900123"),)
    older = SafetyPlan.from_doc({"id": "p1", "updated_at": AT, "warning_signs": "tired"})
    assert older.distraction_people == () and older.warning_signs == "tired"


@pytest.mark.parametrize(("country", "number"), [("LU", "112"), ("DE", "112"), ("TR", None)])
def test_an_eu_country_without_its_own_entry_is_given_112(country: str, number: str | None) -> None:
    from wellbeing_tui.services.care_answer import Trigger

    line = line_text(Trigger(MOOD, "2026-11-26", "x"), country, has_plan=False)
    if number is None:
        assert "your local emergency number" in line
    else:
        assert f"call {number}" in line
