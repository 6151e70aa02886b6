"""Prompts for the journal and the dashboard, in sets. Written for people who may feel
little or nothing: every prompt can be answered with a small observation."""

from __future__ import annotations

from datetime import date

PROMPT_SETS: dict[str, tuple[str, ...]] = {
    "reflection": (
        "What took up most of your attention today, and how did it sit with you?",
        "Think of a moment today you would like to understand better. "
        "What happened just before it?",
        "What are you carrying at the moment that nobody else can see?",
        "When did you last feel even slightly more like yourself? What was around you then?",
        "What would you want a friend to know about how this week has really been?",
    ),
    "three-good-things": (
        "Write down three things that went well today, however small, and why each one happened.",
        "Name one small thing that went all right today. What part did you play in it?",
    ),
    "best-possible-self": (
        "Picture your life a few years from now, with things having gone as well as they "
        "reasonably could. What does an ordinary day look like?",
        "In that future where things went well, what did you do to get there? Which of your "
        "strengths helped?",
    ),
    "expressive": (
        # The editor adds, under each of these, that a topic can wait for another day.
        "Write about something that has been weighing on you, at your own pace: what "
        "happened, and what you felt and thought about it.",
        "Write freely for ten minutes about what is on your mind, without fixing spelling or "
        "sense. You can stop whenever you need to.",
    ),
    "body": (
        "Where in your body did you feel anything today, even a little?",
        "Notice your shoulders, jaw and stomach right now. What do you find there, if anything?",
        "Was there a moment today when your body told you something before your mind did?",
    ),
    "joy": (
        "What is something you used to enjoy? What did it feel like to do it back then?",
        "Name one thing you did today despite low energy. That counts.",
        "What is one small thing you could do this week that once brought you some pleasure?",
    ),
}

SET_TITLES: dict[str, str] = {
    "reflection": "Reflection",
    "three-good-things": "Three good things",
    "best-possible-self": "Best possible self",
    "expressive": "Expressive writing",
    "body": "Body cues",
    "joy": "Things that used to bring joy",
}

ALL_PROMPTS: tuple[str, ...] = tuple(p for prompts in PROMPT_SETS.values() for p in prompts)


def prompt_for_day(day: date) -> str:
    """The same prompt all day, a different one the next day."""
    return ALL_PROMPTS[day.toordinal() % len(ALL_PROMPTS)]
