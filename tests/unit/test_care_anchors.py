"""A rule is tried on a clause only when the clause holds one of its anchor words: the quick
read must find what trying every rule on every clause finds (``thorough=True``).

The phrasings here each match a form of a rule that its anchor words once lacked, found by
generating text from every alternative of every pattern and guard (hypothesis' ``from_regex``)
and keeping what reads as words: "looking forward to not being here" was heard only by the
thorough read, because "better-off-dead" was tried on clauses holding "dead", "death" or
"dying".
"""

from __future__ import annotations

import pytest

from wellbeing_tui.services.care import crisis_matches

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
