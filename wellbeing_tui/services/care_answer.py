"""What the gentle answer says, and when: its own words for what happened (words about
suicide or self-harm, a mood of 1, distress of 9 or 10 after grounding), a helpline, the
emergency number and the safety plan, as a note in the app or one line on the command line.

Words are answered every time they are saved (once per record). A mood of 1 and very high
distress are answered at most once per logging day: the app remembers that in memory, and
a command looks at the diary itself for an earlier one that day. Nothing about an answer is
stored anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wellbeing_tui.content.helplines import emergency_for, helplines_for, reach
from wellbeing_tui.domain import table_names
from wellbeing_tui.domain.clock import logging_day
from wellbeing_tui.services.care import calls_for_care, mentions_crisis
from wellbeing_tui.services.written import texts_in

if TYPE_CHECKING:
    from wellbeing_tui.storage.store import Store

WORDS = "words"  # words about suicide or self-harm in what was written
MOOD = "mood"  # a check-in with a mood of 1
DISTRESS = "distress"  # distress of 9 or 10 after grounding

DIRECTORY_WORDS = "findahelpline.com lists free, confidential helplines for your country"
# Where the safety plan is, for someone at a shell prompt.
PLAN_FROM_SHELL = "run wellbeing, then press h for Support and p"


@dataclass(frozen=True)
class Trigger:
    """What a save calls for: its kind, and the logging day it belongs to."""

    kind: str
    day: str
    record_id: str
    distress: int | None = None

    @property
    def key(self) -> str:
        """What is remembered in the app: words once per record, the rest once a day."""
        return self.record_id if self.kind == WORDS else f"{self.kind} {self.day}"


def _moment(record: Any) -> str:
    return str(getattr(record, "at", None) or getattr(record, "started_at", None) or "")


def trigger_for(record: Any, day_start_hour: int = 0) -> Trigger | None:
    """What a saved record calls for, or None. Words count first: a mood of 1 with words
    about suicide gets the answer to the words."""
    if not calls_for_care(record):
        return None
    moment = _moment(record)
    day = logging_day(moment, day_start_hour) if len(moment) >= 16 else ""
    record_id = str(getattr(record, "id", ""))
    if any(mentions_crisis(text) for text in texts_in(record.to_doc())):
        return Trigger(WORDS, day, record_id)
    table = getattr(record, "TABLE", "")
    if table == table_names.CHECKINS and getattr(record, "mood", None) == 1:
        return Trigger(MOOD, day, record_id)
    after = getattr(record, "distress_after", None)
    if table == table_names.GROUNDING and isinstance(after, int) and after >= 9:
        return Trigger(DISTRESS, day, record_id, after)
    return Trigger(WORDS, day, record_id)  # something written, as the detector found it


def first_of_the_day(trigger: Trigger, answered: set[str]) -> bool:
    """Whether the app answers this trigger (and remembers that it did, in ``answered``).
    A record answered for its words also counts for the mood or distress of its day."""
    if trigger.key in answered:
        return False
    answered.add(trigger.key)
    if trigger.kind == WORDS and trigger.day:
        answered.update({f"{MOOD} {trigger.day}", f"{DISTRESS} {trigger.day}"})
    return True


def answered_earlier(store: Store, trigger: Trigger, day_start_hour: int) -> bool:
    """For a command (a new process each time): whether the diary already holds a mood of 1
    (or distress of 9-10) from earlier on the same logging day, which had its answer then."""
    if trigger.kind == WORDS:
        return False
    mood = trigger.kind == MOOD
    table, when = (table_names.CHECKINS, "at") if mood else (table_names.GROUNDING, "started_at")
    for doc in store.raw(table).values():
        if doc.get("id") == trigger.record_id or not isinstance(doc.get(when), str):
            continue
        if len(doc[when]) < 16 or logging_day(doc[when], day_start_hour) != trigger.day:
            continue
        if trigger.kind == MOOD and doc.get("mood") == 1:
            return True
        after = doc.get("distress_after")
        if trigger.kind == DISTRESS and isinstance(after, int) and after >= 9:
            return True
    return False


class Care:
    """Whether a record just saved calls for the gentle answer: the answer is on in the
    settings, and it is the first of its kind today (words: the first time for this record)."""

    def __init__(self, store: Store, *, looks_back: bool) -> None:
        self._store = store
        self._looks_back = looks_back  # a new process each time: read earlier ones from the file
        self._answered: set[str] = set()  # in memory only, never saved

    def due(self, record: Any, day_start_hour: int) -> Trigger | None:
        if not calls_for_care(record):
            return None  # the usual case: nothing more is read
        trigger = trigger_for(record, day_start_hour)
        if trigger is None or not self._store.settings().gentle_answer:
            return None
        if self._looks_back and answered_earlier(self._store, trigger, day_start_hour):
            return None
        return trigger if first_of_the_day(trigger, self._answered) else None


# -- the words ------------------------------------------------------------------------------


def emergency_number(country: str | None) -> str | None:
    """The emergency number of a listed country, 112 in any other EU country; None: say
    "your local emergency number"."""
    return emergency_for(country)


def emergency_words(country: str | None) -> str:
    return emergency_number(country) or "your local emergency number"


def helpline_words(country: str | None) -> str:
    """The country's first helpline and how to reach it, or the directory: never a guess."""
    lines = helplines_for(country)
    return reach(lines[0]) if lines else DIRECTORY_WORDS


def opening(trigger: Trigger) -> str:
    """The first words of the note: what happened, said calmly, without judgement."""
    if trigger.kind == MOOD:
        return (
            "You logged a mood of 1. That sounds like a very hard day, and you do not have to "
            "get through it on your own."
        )
    if trigger.kind == DISTRESS:
        level = trigger.distress if trigger.distress is not None else "very high"
        return (
            f"Your distress was {level} out of 10 after the exercise. Grounding does not "
            "always take the edge off, and that is not a failure: sometimes another person "
            "helps more."
        )
    return (
        "What you wrote sounds very heavy. Thank you for putting it into words; you do not "
        "have to carry it alone."
    )


def note_text(trigger: Trigger, country: str | None, *, has_plan: bool) -> str:
    """The app's note, a few short paragraphs."""
    lines = helplines_for(country)
    if lines:
        talk = f"If you would like to talk to someone now, in confidence: {reach(lines[0])}."
    else:
        talk = f"If you would like to talk to someone now, {DIRECTORY_WORDS}."
    plan = (
        "Your safety plan has the steps and the people you chose for a moment like this."
        if has_plan
        else "When you feel a little steadier, a safety plan keeps what helps and who to call "
        "in one place."
    )
    return (
        f"{opening(trigger)}\n\n{talk}\n\nIf you might act on thoughts of harming yourself, "
        f"or you are not safe, call {emergency_words(country)} now.\n\n{plan}\n\n"
        "F1 opens support at any time. This note is shown only on this computer and is not "
        "saved; Settings can turn it off."
    )


def line_text(trigger: Trigger, country: str | None, *, has_plan: bool) -> str:
    """The same for the command line, in one line."""
    if trigger.kind == MOOD:
        start = "A mood of 1 sounds like a very hard day; you do not have to get through it alone."
    elif trigger.kind == DISTRESS:
        level = trigger.distress if trigger.distress is not None else "very high"
        start = (
            f"Distress of {level} after grounding: it does not always help, and that is not "
            "a failure."
        )
    else:
        start = "What you wrote sounds very heavy; you do not have to carry it alone."
    plan = (
        f"Your safety plan: {PLAN_FROM_SHELL}."
        if has_plan
        else f"A safety plan can help: {PLAN_FROM_SHELL} to write one."
    )
    return (
        f"{start} To talk to someone now: {helpline_words(country)}. If you are not safe, "
        f"call {emergency_words(country)} now. {plan}"
    )
