"""Ideas for the fun list and ways to meet people, in the app's own words."""

from __future__ import annotations

FUN_IDEAS: tuple[str, ...] = (
    "Painting or drawing",
    "Going for a jog",
    "Playing with a dog",
    "Knitting or crocheting",
    "Writing just for yourself",
    "Going fishing",
    "Listening to or playing music",
    "A community event",
    "A class in something new",
    "Dancing in the kitchen",
    "Baking",
    "A walk somewhere green",
    "Gardening or looking after a plant",
    "Taking photographs",
)

MEET_PEOPLE: tuple[str, ...] = (
    "Local social activities: walking groups, book clubs, quiz nights, board-game cafés.",
    "Volunteering: a food bank, an animal shelter, a community garden, a charity shop.",
    "Classes: art, cooking, a language, a sport; the people there already share something "
    "with you.",
    "Community and cultural events, libraries and community centres often list them.",
    "Peer support groups, in person or online, for people going through something similar.",
)

NUDGE_TEXT = (
    "It has been {days} days since you logged time with anyone. A small step counts: a "
    "message to one person, or a local activity this week."
)

PREDICTION_NOTE = (
    "When you feel low or numb it is common to expect less from things than you then feel. "
    "So far you expected {predicted:.1f} out of 10 on average and felt {felt:.1f}."
)
