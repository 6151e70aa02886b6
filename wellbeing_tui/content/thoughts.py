"""Thinking traps and questions for the thought-challenge worksheet, in the app's own words.

The traps follow David Burns' ten cognitive distortions, with "jumping to conclusions" as
its two kinds (mind reading and fortune telling). The questions start with the three from
the self-help article, then others that therapists commonly suggest.
"""

from __future__ import annotations

from dataclasses import dataclass

from wellbeing_tui.domain.thoughts import DISTORTION_SLUGS


@dataclass(frozen=True)
class Trap:
    slug: str
    name: str
    definition: str
    example: str


@dataclass(frozen=True)
class Question:
    slug: str
    text: str


TRAPS: tuple[Trap, ...] = (
    Trap(
        "all-or-nothing",
        "All-or-nothing thinking",
        "Seeing things as a total success or a total failure, with nothing in between.",
        '"I missed one deadline, so I\'m hopeless at my job."',
    ),
    Trap(
        "overgeneralization",
        "Overgeneralising",
        "Treating one bad event as proof that things always or never go a certain way.",
        '"She cancelled, so nobody ever wants to see me."',
    ),
    Trap(
        "mental-filter",
        "Mental filter",
        "Picking out one negative detail and dwelling on it until everything looks dark.",
        '"The talk went well, but I stumbled over one word, so it was awful."',
    ),
    Trap(
        "discounting-positive",
        "Discounting the positive",
        "Deciding that good things don't count, so they never change the picture.",
        '"He only said that to be nice."',
    ),
    Trap(
        "mind-reading",
        "Mind reading",
        "Assuming you know others think badly of you, without checking.",
        '"They went quiet, so they must think I\'m boring."',
    ),
    Trap(
        "fortune-telling",
        "Fortune telling",
        "Predicting that things will turn out badly, as if it were already fact.",
        '"I\'ll freeze in the interview, so why bother going."',
    ),
    Trap(
        "magnification",
        "Magnifying and shrinking",
        "Blowing up problems and mistakes while shrinking your strengths and successes.",
        '"That typo was a disaster; finishing the project was nothing special."',
    ),
    Trap(
        "emotional-reasoning",
        "Emotional reasoning",
        "Taking a feeling as proof: I feel it, so it must be true.",
        '"I feel anxious about the flight, so flying must be dangerous."',
    ),
    Trap(
        "should-statements",
        "Should statements",
        "Holding yourself or others to rigid rules of should, must and ought.",
        '"I should be over this by now."',
    ),
    Trap(
        "labeling",
        "Labelling",
        "Putting a global label on yourself or someone else instead of describing what happened.",
        '"I\'m a failure" instead of "I made a mistake".',
    ),
    Trap(
        "personalization",
        "Personalising and blaming",
        "Taking the blame for things that were not (only) in your control, or blaming others "
        "while overlooking your own part.",
        '"The party was flat because I was there."',
    ),
)

QUESTIONS: tuple[Question, ...] = (
    Question("true", "Is this thought true? What makes you sure, or not sure?"),
    Question("other-views", "Are there other ways you could look at this situation?"),
    Question("conclusions", "Are you jumping to conclusions the facts don't support?"),
    Question("friend", "If a close friend had this thought, what would you tell them?"),
    Question("experiences", "Have there been times when this thought wasn't true?"),
    Question("other-days", "On a day when you feel better, how do you see this kind of thing?"),
    Question(
        "small-facts", "Are there small facts against the thought that you are brushing aside?"
    ),
    Question("five-years", "Looking back in five years, how might this look?"),
    Question(
        "strengths",
        "What strengths of yours, or good things in the situation, are you leaving out?",
    ),
    Question(
        "likely",
        "What is the worst that could happen, the best, and the most likely? How would you cope?",
    ),
)

TRAPS_BY_SLUG: dict[str, Trap] = {t.slug: t for t in TRAPS}
assert tuple(TRAPS_BY_SLUG) == DISTORTION_SLUGS
