"""Words that get a gentle answer after a save: explicit talk of suicide or self-harm.

Matched as whole phrases on words (see ``services.care``), so an idiom such as "this film is
killing me" or "I died laughing" is not one. The list leans on guidance for services that
hold what people write (#chatsafe; Samaritans' guidelines for user-generated content; the
NSPA guide to responding to suicidal content online): answer explicit language calmly, and
keep help one key away for everything a list cannot catch.

Each phrase is written once in plain form; ``services.care`` also matches it without
apostrophes and with "do not"/"cannot" spelled out.
"""

from __future__ import annotations

PHRASES: tuple[str, ...] = (
    # ending one's life
    "kill myself",
    "killing myself",
    "end my life",
    "ending my life",
    "end it all",
    "ending it all",
    "take my own life",
    "taking my own life",
    "take my life",
    "suicide",
    "suicidal",
    "want to die",
    "wanna die",
    "wish i was dead",
    "wish i were dead",
    "better off dead",
    "better off without me",
    "better off if i wasn't here",
    "don't want to be here anymore",
    "don't want to be here any more",
    "don't want to live",
    "don't want to be alive",
    "can't go on",
    "can't do this anymore",
    "no reason to live",
    "nothing to live for",
    "want to disappear",
    "no way out",
    # feeling a burden: a recognised warning sign
    "a burden",
    "burden to everyone",
    "burden on everyone",
    # harming oneself
    "hurt myself",
    "hurting myself",
    "harm myself",
    "harming myself",
    "self harm",
    "self-harm",
    "cut myself",
    "cutting myself",
)
