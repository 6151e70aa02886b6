"""Weak cues, too often ordinary to answer alone, answer when two of different families
come close together, and the answer names them; guards about someone else, a subject of
study or a story keep quiet, unless the writer joins in."""

from __future__ import annotations

import pytest

from wellbeing_tui.content.crisis_cues import COMBINED, REACH
from wellbeing_tui.content.crisis_others import OTHERS
from wellbeing_tui.services.care import crisis_cues, crisis_match, crisis_matches
from wellbeing_tui.services.care_rules import ALL_CUES, ALL_GUARDS

CUES = ALL_CUES


# Cue examples the learned reader answers although no rule does: in the writing it was
# trained on, these few words came far more often from someone at risk than from a trip
# ("I'll be gone soon", and from the twenty-first round "I won't be here next week": a line
# about a trip that names no trip, "I won't be around next week, visiting mum", now gets the
# gentle note too; one that names it, "we're off to Spain", does not).
READER_HEARS = {"gone-soon", "not-here-then"}


def test_every_cue_finds_its_own_example_and_does_not_answer_alone() -> None:
    heard = set()
    for cue in CUES:
        assert cue.name in {m.pattern for _, m in crisis_cues(cue.example)}, cue.name
        assert next(crisis_matches(cue.example, learned=False), None) is None, cue.name
        if (found := crisis_match(cue.example)) is not None:
            assert found.category == "learned", cue.name
            heard.add(cue.name)
    assert heard == READER_HEARS


def test_cues_have_unique_names_and_several_families() -> None:
    names = [c.name for c in CUES]
    assert len(names) == len(set(names))
    assert len({c.family for c in CUES}) >= 10


@pytest.mark.parametrize(
    ("text", "pattern", "words"),
    [
        (
            "I'll be gone soon and it won't matter",
            "finality+hopelessness",
            "i will be gone soon + it will not matter",
        ),
        (
            "Sorry for everything. I love you all. Goodbye.",
            "apology+farewell",
            "sorry for everything + i love you all",
        ),
        (
            "I've made my decision and I'm not scared anymore",
            "decision+calm",
            "made my decision and + not scared anymore",
        ),
        (
            "the pills are in my bag and I keep touching them",
            "means+impulse",
            "pills are in my bag + i keep touching them",
        ),
        (
            "my last attempt was in march and i feel it coming back",
            "attempt+return",
            "my last attempt + feel it coming back",
        ),
        (
            "I've sorted my will. They'll be fine.",
            "affairs+burden",
            "sorted my will + they will be fine",
        ),
        (
            "Went to the bridge again and stood there for a long time",
            "means+pause",
            "to the bridge + stood there for a long time",
        ),
        (
            "Practising the knot. Tested it on the beam.",
            "means+rehearsal",
            "practising the knot + tested it on the beam",
        ),
        (
            "fancy just not being here, like for good",
            "finality+permanence",
            "fancy just not being here + like for good",
        ),
        (
            "Gave the bike to my brother and cancelled my subscriptions.",
            "affairs+closing",
            "gave the bike to my brother + cancelled my subscriptions",
        ),
        (
            "I'm done with everything. Done.",
            "hopelessness+finality",
            "i am done with everything + done",
        ),
    ],
)
def test_two_cues_of_different_families_answer_and_are_named(
    text: str, pattern: str, words: str
) -> None:
    match = crisis_match(text)
    assert match is not None
    assert (match.category, match.pattern, match.words) == (COMBINED, pattern, words)


@pytest.mark.parametrize(
    "text",
    [
        "I'll be gone all weekend at the festival",
        "I won't be around next week, we're in Cornwall",
        "goodbye world, hello beach, phone off for a week",
        "Thank you for everything, see you at the reunion!",
        "I've made my decision, we're moving to Leeds",
        "I stood on the bridge and took photos of the sunset",
        "It won't matter in ten years, it's just one exam",
        "stood on the platform for ages because the train was late",
        "Learning knots for the sailing course, practised the bowline on the banister",
        "Quit Facebook. For good.",
    ],
)
def test_one_family_alone_does_not_answer(text: str) -> None:
    assert crisis_match(text) is None


def test_acts_of_preparation_with_an_ordinary_reason_do_not_answer() -> None:
    acts = "Gave the bike to my brother and cancelled my subscriptions."
    assert crisis_match(acts) is not None
    assert crisis_match(f"Moving to Spain on Friday. {acts}") is None
    assert crisis_match(f"Moving to Spain on Friday. {acts} Nobody has noticed.") is not None


def test_a_mention_in_a_lesson_or_story_is_quiet_unless_the_writer_speaks() -> None:
    lesson = "Teaching Romeo and Juliet to year 9. They think the double suicide is dramatic."
    assert crisis_match(lesson) is None
    assert crisis_match("They think the suicide was dramatic.") is not None
    assert crisis_match("Revision for the history exam. Thinking about suicide again.")
    assert crisis_match("Module 3 of the course. Suicide is on my mind.") is not None


def test_cues_far_apart_in_a_long_entry_do_not_combine() -> None:
    """The rules' reach (the learned reader, which weighs the whole entry, may still answer
    such an entry: "gone soon" and "won't matter" in one entry is worth a note)."""
    filler = "Made tea. " * (REACH + 1)
    far = f"I'll be gone soon. {filler}It won't matter."
    assert next(crisis_matches(far, learned=False), None) is None
    assert crisis_match("I'll be gone soon. Made tea. It won't matter.") is not None


@pytest.mark.parametrize(
    "text",
    [
        "my cousin tried to overdose last year and is doing much better now",
        "she said she wanted to die when she saw her exam results, she was joking",
        "the nursing module today covered overdose and first aid",
        "the episode where the character attempts suicide was hard to watch",
        "the detective decided it was a murder, not suicide",
        "I wish I could sleep forever on Sundays",
    ],
)
def test_someone_else_a_study_or_a_story_is_not_answered(text: str) -> None:
    assert crisis_match(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "my friend died by suicide and now I want to as well",
        "my cousin tried to overdose last year and I think about doing the same",
        "My sister overdosed in May. Me too.",
        "I read an article on self-harm and I've started self harming again",
    ],
)
def test_a_guard_about_someone_else_never_silences_the_writer(text: str) -> None:
    assert crisis_match(text) is not None


def test_every_guard_about_others_keeps_its_own_example_quiet() -> None:
    assert set(OTHERS) <= set(ALL_GUARDS)
    for guard in OTHERS:
        assert crisis_match(guard.example) is None, guard.name


def test_cues_are_found_alike_with_and_without_anchor_words() -> None:
    for cue in CUES:
        assert crisis_cues(cue.example) == crisis_cues(cue.example, thorough=True), cue.name
    text = "If I'm not here next week, I want you to know it wasn't your fault"
    assert list(crisis_matches(text)) == list(crisis_matches(text, thorough=True))
