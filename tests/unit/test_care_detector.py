"""The crisis detector hears people: each kind of phrasing is answered by a named pattern
that says why, idioms that share its words are not, and a long entry is read whole."""

from __future__ import annotations

import pytest

from wellbeing_tui.content.crisis_patterns import (
    BURDEN,
    EUPHEMISM,
    EXPLICIT,
    HOPELESSNESS,
    METHOD,
    PREPARATION,
    SELF_HARM,
    SLANG,
)
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.services.care import calls_for_care, crisis_match, crisis_matches
from wellbeing_tui.services.care_rules import ALL_GUARDS, ALL_PATTERNS

CATEGORIES = {EXPLICIT, EUPHEMISM, SLANG, METHOD, PREPARATION, BURDEN, HOPELESSNESS, SELF_HARM}


@pytest.mark.parametrize(
    ("text", "category", "pattern"),
    [
        ("I want to kill myself", EXPLICIT, "kill-myself"),
        ("I'd rather be dead than feel like this", EXPLICIT, "rather-be-dead"),
        ("I want it all to stop", EUPHEMISM, "want-it-to-stop"),
        ("I want to end things", EUPHEMISM, "end-things"),
        ("I just want to sleep and never wake up", EUPHEMISM, "never-wake"),
        ("honestly might just kms tonight", SLANG, "kms"),
        ("I want to unalive myself", SLANG, "unalive"),
        ("gonna off myself", SLANG, "off-myself"),
        ("taking all my pills at once", METHOD, "all-the-pills"),
        ("I keep thinking about jumping off the bridge", METHOD, "jump"),
        ("I keep looking at the rope in the shed", METHOD, "hang"),
        ("I've been saving up my pills", PREPARATION, "saving-pills"),
        ("I wrote goodbye letters", PREPARATION, "goodbye-letters"),
        ("this is my goodbye", PREPARATION, "saying-goodbye"),
        ("I've started giving my things away", PREPARATION, "giving-things-away"),
        ("nobody would miss me", BURDEN, "nobody-would-miss-me"),
        ("They’d all be better off without me", BURDEN, "better-off-without-me"),
        ("I'm such a burden to everyone", BURDEN, "a-burden"),
        ("I'm so tired of living", HOPELESSNESS, "tired-of-living"),
        ("what's the point of going on", HOPELESSNESS, "no-point"),
        ("there's no way out for me", HOPELESSNESS, "no-way-out"),
        ("I've been cutting again", SELF_HARM, "cutting-again"),
        ("self harming again", SELF_HARM, "self-harm"),
        ("my self harm is getting worse", SELF_HARM, "self-harm"),
        ("I want to fall asleep forever", EUPHEMISM, "sleep-forever"),
        ("I see no future for me at all", HOPELESSNESS, "no-future"),
        ("this is goodbye, I'm sorry", PREPARATION, "saying-goodbye"),
        ("burned myself on purpose last night", SELF_HARM, "hurt-myself"),
        ("I drove really fast hoping to crash", METHOD, "hoping-not-to-survive"),
        ("googled what dose would be fatal", METHOD, "fatal-dose"),
        ("my cuts are getting deeper", SELF_HARM, "harm-getting-worse"),
        ("there's no reason for me to keep going", HOPELESSNESS, "no-reason-or-hope"),
        ("This will be my final diary entry", PREPARATION, "last-entry"),
        ("I don't think I deserve to live", HOPELESSNESS, "self-not-to-live"),
        ("I'm at peace with dying now", PREPARATION, "decided-to-die"),
        ("I keep wishing a heart attack would take me", EUPHEMISM, "wish-to-be-taken"),
        ("I won't be a problem for anybody much longer", BURDEN, "no-longer-a-problem"),
        ("they won't have to put up with me anymore", BURDEN, "no-more-dealing-with-me"),
        ("banging my head on the wall to punish myself", SELF_HARM, "harm-until-it-bleeds"),
        ("I stood at the edge of the roof wanting to jump", METHOD, "at-the-edge-wanting-to-go"),
        ("I've written my note", PREPARATION, "goodbye-note"),
        ("I don't feel safe around myself tonight", EXPLICIT, "not-safe-with-myself"),
        ("I just want to be gone", EUPHEMISM, "want-to-be-gone"),
        ("I'd rather not wake up tomorrow", EUPHEMISM, "rather-not-wake"),
        ("I hope I catch something and die", EXPLICIT, "fall-ill-and-die"),
        ("I'd be glad if I got run over", EXPLICIT, "glad-to-be-struck"),
        ("praying I don't pull through the surgery", EXPLICIT, "hoping-not-to-pull-through"),
        ("sat in the garage with the engine running", METHOD, "engine-running-shut-in"),
        ("I stood by the railway thinking about lying down on it", METHOD, "lie-down-on-them"),
        (
            "went to the lake wanting to wade out and never come back",
            METHOD,
            "into-the-water-and-stay",
        ),
        ("sat on the edge of the bath holding a razor blade", SELF_HARM, "with-a-blade-in-hand"),
        ("took the rope and stared at the beam in the loft", METHOD, "a-cord-and-a-fixing-point"),
        ("thought about sinking under the water and staying", METHOD, "under-the-water-and-stay"),
        ("kept imagining letting myself fall from the car park roof", METHOD, "off-the-edge"),
        ("looked up which car parks have no barriers", METHOD, "where-there-is-no-barrier"),
        ("picked at my scabs until they opened", SELF_HARM, "scars-opened-again"),
        ("the kitchen is clean for whoever finds me", PREPARATION, "tidy-for-when-they-find-me"),
        ("this is the week i end it", EUPHEMISM, "the-night-i-end-it"),
        ("I'm going to go through with it tonight", EUPHEMISM, "going-to-do-it-this-time"),
        ("if I was dead then everything would stop", EUPHEMISM, "if-i-die-the-pain-stops"),
        ("if I wasn't alive I wouldn't have to face Monday", EUPHEMISM, "if-i-were-not-alive"),
        ("can't imagine myself still alive by summer", EUPHEMISM, "not-alive-by-then"),
        ("getting myself out of the equation for good", EUPHEMISM, "out-of-the-picture-for-good"),
        ("wouldn't care if the train hit me", EXPLICIT, "welcome-a-blow"),
        ("been working out how I'd do it", PREPARATION, "a-plan"),
        ("sh'd last night", SELF_HARM, "sh-urges"),
    ],
)
def test_each_kind_of_phrasing_names_its_pattern(text: str, category: str, pattern: str) -> None:
    match = crisis_match(text)
    assert match is not None
    assert (match.category, match.pattern) == (category, pattern)


@pytest.mark.parametrize(
    ("text", "repair", "pattern"),
    [
        ("suicde", "misspelling", "suicide-word"),
        ("feeling sucidal", "misspelling", "suicide-word"),
        ("I want to kil myself", "misspelling", "kill-myself"),
        ("i want to kill myslef", "misspelling", "kill-myself"),
        ("I want to kill my self", "split word", "kill-myself"),
        ("thinking about sewer slide", "split word", "sewer-slide"),
        ("i want 2 die", "digits for words", "want-to-die"),
        ("want to k1ll myself", "digits for words", "kill-myself"),
        ("i want to d i e", "spaced letters", "want-to-die"),
        ("s u i c i d a l", "spaced letters", "suicide-word"),
        ("i wanna die", "shorthand", "want-to-die"),
    ],
)
def test_repairs_are_named_in_the_match(text: str, repair: str, pattern: str) -> None:
    match = crisis_match(text)
    assert match is not None
    assert match.pattern == pattern and repair in match.repairs


def test_a_negation_does_not_silence_it_and_is_reported() -> None:
    match = crisis_match("I don't want to kill myself, but I think about it every night")
    assert match is not None
    assert (match.pattern, match.negated) == ("kill-myself", True)
    plain = crisis_match("I want to kill myself")
    assert plain is not None and not plain.negated


def test_the_match_shows_the_words_in_plain_form() -> None:
    match = crisis_match("I DON’T want to be here anymore")
    assert match is not None
    assert match.words == "not want to be here anymore"
    assert match.repairs == ()


@pytest.mark.parametrize(
    "text",
    [
        "I want to die my hair blue",
        "my brother's friend died by suicide years ago",
        "the patient overdosed and we covered it in the lecture",
        "she hoped the bus would take her to town",
        "I've made up my mind to end the subscription",
        "I don't want to live in London anymore",
        "I hit my thumb with the hammer and it bled",
        "we'll say goodbye to everyone at the leaving do",
        "I cut myself a slice of cake",
        "I cut myself shaving",
        "I hurt myself at football",
        "a burden of paperwork",
        "not a burden at all",
        "I can't go on the trip this weekend",
        "no way out of the car park",
        "killing it at work this week",
        "I'm dying to see the new film",
        "dead tired after the wedding",
        "I could kill for a coffee",
        "watched Suicide Squad again",
        "that would be career suicide",
        "the song Hurt always gets me",
        "I almost killed myself laughing",
        "I overdosed on chocolate at Christmas",
        "bought a rope for the washing line",
        "I bought a rope for the tyre swing",
        "my tablets are in the organiser for the week",
        "she used to self harm and she's doing well now",
        "I don't think I can go on the trip",
        "I want to stop living in London",
        "I wish I hadn't woken up so early",
        "this is goodbye to the old flat",
        "planning how to do the kitchen",
        "I need to take all my pills at the same time each day",
        "I want it to stop raining",
        "I ended things with Sam",
        "I'm hoping to crash at Sam's tonight",
        "I'm going to jump in the shower",
        "we practised what to do after an overdose",
        "the detective proved it was not suicide",
        "stood in the bathroom with the razor and shaved",
        "went under and stayed down to touch the bottom of the pool",
        "I want to step off the train and stretch my legs",
        "jumped off the pier into the sea with the kids",
        "I'll end it there for today",
        "I'm going to do it tomorrow, the ironing",
        "putting my affairs in order before the new job starts",
        "no reason to keep going to that gym",
        "they finished the suicide barrier on the bridge",
        "",
    ],
)
def test_idioms_that_share_words_are_not_answered(text: str) -> None:
    assert crisis_match(text) is None


def test_every_pattern_answers_its_own_example_by_name() -> None:
    for pattern in ALL_PATTERNS:
        assert pattern.name in {m.pattern for m in crisis_matches(pattern.example)}, pattern


def test_patterns_have_unique_names_and_known_categories() -> None:
    names = [p.name for p in ALL_PATTERNS]
    assert len(names) == len(set(names))
    assert {p.category for p in ALL_PATTERNS} == CATEGORIES


def test_every_guard_keeps_its_own_example_quiet() -> None:
    for guard in ALL_GUARDS:
        assert crisis_match(guard.example) is None, guard.name


def test_a_phrase_buried_in_a_long_entry_is_found() -> None:
    day = (
        "Woke early, made coffee and walked the dog around the block before work. The "
        "meeting ran long and the printer jammed twice, so lunch was late. "
    )
    words = len(day.split())
    before = day * (1000 // words)
    after = day * (1000 // words)
    assert crisis_match(before + after) is None
    match = crisis_match(before + "Honestly I keep thinking about ending it all. " + after)
    assert match is not None and match.pattern == "end-it-all"


def test_a_journal_entry_with_slang_calls_for_care_and_an_idiom_does_not() -> None:
    def entry(text: str) -> JournalEntry:
        at = "2026-11-26T21:05:00+01:00"
        return JournalEntry(id="e1", created_at=at, updated_at=at, text=text)

    assert calls_for_care(entry("honestly gonna kms tonight"))
    assert not calls_for_care(entry("I cut myself a slice of cake and dyed my hair"))


@pytest.mark.parametrize(
    ("text", "pattern"),
    [
        ("burned my arm with the lighter again", "burned-with-a-lighter"),
        ("held the iron to my thigh and counted to five", "burned-with-a-lighter"),
        ("pulled my hair out til the back of my scalp bled", "hair-pulled-till-it-bled"),
        ("made myself sick after dinner again", "sick-as-a-punishment"),
        ("no tea tonight, that's my punishment for the mock", "sick-as-a-punishment"),
        ("banged my head on the tiles till I saw stars", "head-against-the-wall"),
        ("punched the wall until my knuckles split", "head-against-the-wall"),
        ("scratched my arms raw under the duvet", "skin-scratched-or-bitten-till-it-bled"),
        ("bit my arm so hard it left a ring of teeth", "skin-scratched-or-bitten-till-it-bled"),
    ],
)
def test_self_harm_in_the_eleventh_rounds_words_names_its_pattern(text: str, pattern: str) -> None:
    assert pattern in {m.pattern for m in crisis_matches(text, learned=False)}, text


@pytest.mark.parametrize(
    "text",
    [
        "burnt my thumb on the lighter trying to get the barbecue going",
        "scratched my arm raw on the brambles picking blackberries",
        "I used to make myself sick in Year 11, not for years now",
        "banged my head on the loft hatch again",
        "the puppy bit my arm playing tug",
        "pulled my hair back too tight for the ballet exam",
    ],
)
def test_the_eleventh_rounds_words_leave_accidents_alone(text: str) -> None:
    assert next(crisis_matches(text, learned=False), None) is None, text
