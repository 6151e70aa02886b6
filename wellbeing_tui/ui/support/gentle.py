"""The gentle answer: after a save that held words about suicide or self-harm, a mood of 1,
or distress of 9 or 10, a calm note that names a way to talk to someone now.

It can be closed at once, it is never stored, and it is turned off in Settings.
"""

from __future__ import annotations

from collections.abc import Callable

from wellbeing_tui.content.helplines import helplines_for, reach
from wellbeing_tui.ui.dialogs.choice import Choice
from wellbeing_tui.ui.support.support import emergency_words


def gentle_words(country: str | None) -> str:
    lines = helplines_for(country)
    if lines:
        talk = f"If you would like to talk to someone now, in confidence — {reach(lines[0])}."
    else:
        talk = (
            "If you would like to talk to someone now, findahelpline.com lists free, "
            "confidential helplines for your country."
        )
    return (
        "What you saved sounds heavy. Thank you for putting it into words; you do not have "
        f"to carry it alone.\n\n{talk}\n\nIf you might act on thoughts of harming yourself, "
        f"or you are not safe, call {emergency_words(country)} now.\n\n"
        "F1 opens support at any time. This note appears only on this computer and is not "
        "saved; Settings can turn it off."
    )


def gentle_answer(country: str | None, *, has_plan: bool, then: Callable[[str], None]) -> Choice:
    answers = [("support", "See support")]
    if has_plan:
        answers.append(("safety-plan", "My safety plan"))
    answers.append(("close", "Close"))
    return Choice(gentle_words(country), answers, cancel="close", then=then)
