"""Ideas for the fun list, and what it says about expecting less than you feel, in the app's
own words."""

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

# Said only when this person's own ratings show it (see ``domain.fun.felt_more``).
PREDICTION_NOTE = (
    "Over {times}, you expected {predicted} out of 10 on average and felt {felt}: things "
    "went better than you guessed. Worth remembering when you are deciding whether to try."
)
PREDICTION_FIGURES = "Over {times}, you expected {predicted} out of 10 on average and felt {felt}."
