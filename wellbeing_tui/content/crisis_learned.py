"""Words the learned reader (``services.care_model``) looks for beyond the words themselves:
who an entry is about, and whether it is framed as the past, a subject of study, the news or
a story. Each is a yes-or-no feature of a stretch of text, and each has a weight learned
from the tuning sets like any word (see ``scripts/train_crisis_model.py``).

"Alone" means the frame or the other person comes with no word of the writer's own: an essay
on self-harm, a patient's overdose. A frame with the writer in it is only a frame.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# The writer: "i" after the plain form has spelled out "i'm", "i've", "i'd".
FIRST_PERSON = _words("i me my myself mine im ive id")

# Someone else, as a pronoun or a role.
OTHERS = _words(
    """he she they him her his hers them their theirs himself herself themselves
        patient patients client clients character characters protagonist victim
        resident residents student students pupil pupils customer customers caller
        callers service user"""
)

# Frames: each a name and the words that set it.
FRAMES: dict[str, frozenset[str]] = {
    "past": _words("ago used years anniversary remember remembered back then once"),
    "study": _words(
        """essay lecture lectures module course training seminar webinar workshop
        research study assignment coursework exam exams class lesson lessons thesis
        dissertation statistics textbook syllabus safeguarding"""
    ),
    "news": _words(
        """news article articles headline headlines report reported reporter journalist
        documentary podcast inquest coroner campaign awareness charity"""
    ),
    "fiction": _words(
        """novel book books film films movie movies episode episodes series show season
        play song lyrics game chapter story stories poem plot scene drama thriller
        storyline soap fiction"""
    ),
}

# How each yes-or-no feature is named when it explains an answer.
FLAG_NAMES: dict[str, str] = {
    "self": "the writer's own words",
    "other": "someone else",
    "other-alone": "someone else only",
    **{name: f"a {name} frame" for name in FRAMES},
    **{f"{name}-alone": f"a {name} frame only" for name in FRAMES},
}

# Words too common to weigh alone (they still count in pairs: "i want", "not safe"). Alone
# they taught the model that any diary-like sentence leans towards an answer.
COMMON = _words(
    """a an the and or but so to of in on at for with by from as than then that this it its
    is was were be been am are i me my you your we our he she they him her his them their
    there here what which who how about up out into over just very really more most some
    any all not no do did does have has had will would can could should"""
)

# Words whose weight may only add to an answer: a negation never silences.
NEGATIONS = _words("not never no")

# The longest stretch read at once, in words: longer than nearly every tuning phrasing.
WINDOW = 40
# A shorter stretch is weighed as if it had this many words: a few words alone ("I'll be gone
# soon") are the rules' to judge, and must not score high for being few.
SHORTEST = 12
# Lengths of the pieces of words read for slips ("tabelts" still shares "<ta", "ts>").
GRAM_SIZES = (3, 4, 5)
