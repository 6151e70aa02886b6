"""Emotion words, grouped so they are quick to find: a core word first, then finer ones.

The six core groups follow Gloria Willcox's Feeling Wheel (1982): mad, sad, scared, joyful,
powerful, peaceful (here named in plainer words). A seventh group, "disconnected", holds the
words people use when they cannot feel much at all; "numb" and "can't tell" are answers too.
"""

from __future__ import annotations

EMOTION_GROUPS: dict[str, tuple[str, ...]] = {
    "disconnected": (
        "numb",
        "empty",
        "flat",
        "detached",
        "distant",
        "unreal",
        "foggy",
        "withdrawn",
        "disconnected",  # the group's own name is a word people pick too
        "can't tell",
    ),
    "sad": ("sad", "lonely", "tired", "bored", "hurt", "guilty", "ashamed", "low"),
    "scared": ("anxious", "worried", "tense", "overwhelmed", "insecure", "confused", "helpless"),
    "angry": ("angry", "irritable", "frustrated", "resentful", "critical"),
    "joyful": ("happy", "hopeful", "excited", "relieved", "playful", "creative"),
    "peaceful": ("calm", "content", "grateful", "safe", "thoughtful", "loving"),
    "strong": ("proud", "confident", "capable", "appreciated", "respected"),
}

ALL_EMOTIONS: tuple[str, ...] = tuple(w for words in EMOTION_GROUPS.values() for w in words)
