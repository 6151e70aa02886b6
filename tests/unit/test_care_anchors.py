"""A rule is tried on a clause only when the clause holds one of its anchor words: the quick
read must find what trying every rule on every clause finds (``thorough=True``).

The phrasings here each match a form of a rule that its anchor words once lacked, found by
the last test, which generates text from every alternative of every rule (hypothesis'
``from_regex``) and keeps what reads as words: "looking forward to not being here" was heard
only by the thorough read, because "better-off-dead" was tried on clauses holding "dead",
"death" or "dying".
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.errors import Unsatisfiable

from wellbeing_tui.services.care import crisis_matches
from wellbeing_tui.services.care_rules import (
    ALL_CUES,
    ALL_GUARDS,
    ALL_PATTERNS,
    alternatives,
    expand,
)

CARE = Path(__file__).parents[1] / "fixtures" / "care"

PATTERNS = {
    "looking forward to not being here": "better-off-dead",
    "it would be a relief to die": "thoughts-of-dying",
    "easier if i could not wake up": "thoughts-of-dying",
    "nice to not exist": "thoughts-of-dying",
    "wish i had never wakened this morning": "never-wake",
    "none of them grieved me": "nobody-would-miss-me",
    "tempted to crash my car off the road": "drive-into",
    "picturing my own suicide": "death-welcomed",
    "no point for me to keep going": "no-reason-or-hope",
    "no purpose left for me to stay alive": "no-reason-or-hope",
    "swam into the lake and never came out": "into-the-water-not-back",
    "hope the ferry goes down with me on it": "wish-to-be-taken",
    "reading up on which roof has no railing": "where-there-is-no-barrier",
    "rip at my eyelashes till they bled": "hair-pulled-till-it-bled",
    "smash my head on the wall till it stops": "head-against-the-wall",
    "punch the wall till my knuckles split": "head-against-the-wall",
    "put the cigarette on my leg again": "burned-with-a-lighter",
    "i hope a bus hits me": "wish-for-an-accident",
}

GUARDED = (
    "overdoses on chocolate, every single easter",
    "1 yr free from self-harming today",
    "a yr free of cutting myself",
    "suspected overdose at the flat upstairs, police everywhere",
    "we practised how to ask are you thinking about ending it",
)


@pytest.mark.parametrize("text", sorted(PATTERNS))
def test_the_quick_read_hears_each_form_of_a_pattern(text: str) -> None:
    quick = [match.pattern for match in crisis_matches(text, learned=False)]
    assert PATTERNS[text] in quick
    assert list(crisis_matches(text, learned=False)) == list(
        crisis_matches(text, thorough=True, learned=False)
    )


@pytest.mark.parametrize("text", GUARDED)
def test_the_quick_read_guards_what_the_thorough_read_guards(text: str) -> None:
    assert next(crisis_matches(text, thorough=True, learned=False), None) is None
    assert next(crisis_matches(text, learned=False), None) is None


@cache
def vocabulary() -> frozenset[str]:
    """Every word of the tuning sets and the corpus: what people write."""
    found: set[str] = set()
    for name in ("tuning", "more"):
        for path in CARE.glob(f"*_{name}.txt"):
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.startswith("#"):
                    found.update(re.findall(r"[a-z]+", line.lower()))
    return frozenset(found)


# Each rule's anchor words and its pattern, by name.
RULES: dict[str, tuple[str, str]] = {
    **{rule.name: (rule.anchors, rule.regex) for rule in ALL_PATTERNS},
    **{rule.name: (rule.anchors, rule.regex) for rule in ALL_GUARDS},
    **{rule.name: (rule.anchors, rule.regex) for rule in ALL_CUES},
}
LETTERS = st.sampled_from("abcdefghijklmnopqrstuvwxyz ")


@pytest.mark.slow  # about 100 s of one core over every rule: text generated from each alternative
@pytest.mark.parametrize("name", sorted(RULES))
def test_whatever_a_rule_matches_in_words_holds_one_of_its_anchor_words(name: str) -> None:
    """Text that matches an alternative of the rule whole, made only of words people use in
    the tuning sets, holds one of the rule's anchor words: otherwise the quick read never
    tries the rule where the thorough read finds it."""
    anchored, regex = RULES[name]
    anchors = frozenset(anchored.split())
    words = vocabulary()
    missed: list[str] = []
    for alternative in alternatives(expand(regex)):
        body = alternative.removeprefix(r"\b")

        @settings(
            max_examples=50,
            database=None,
            derandomize=True,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(st.from_regex(re.compile(body), fullmatch=True, alphabet=LETTERS))
        def generated(text: str) -> None:
            found = text.split()
            whole = bool(found) and " ".join(found) == text
            if whole and anchors.isdisjoint(found) and words.issuperset(found):
                missed.append(text)

        try:
            generated()
        except Unsatisfiable:  # an alternative these letters cannot write (an apostrophe)
            continue
    assert not missed, missed[:3]
