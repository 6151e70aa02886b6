"""A safety plan in the person's own words, in the layout of Stanley and Brown's Safety
Planning Intervention (2012): the signs that a crisis may be coming, what helps, who to turn
to, and how to make the surroundings safer, with what makes life worth living at the end.
Every part is optional; there is one plan, changed in place."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from wellbeing_tui.domain import table_names
from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.fields import Timestamp, check_datetime, check_id, check_text
from wellbeing_tui.domain.records import Record

# The plan's written parts, with the words the screens and the summary use.
PARTS: dict[str, str] = {
    "warning_signs": "Warning signs that a crisis may be coming",
    "on_my_own": "Things I can do on my own to take my mind off it",
    "distractions": "Places that take my mind off things",
    "safer_surroundings": "Making my surroundings safer",
    "reasons_to_live": "What makes life worth living for me",
}
# Its lists of people, each a name and a way to reach them.
CONTACT_PARTS: dict[str, str] = {
    "distraction_people": "People who take my mind off things",
    "people_to_ask": "People I can ask for help",
    "professionals": "Professionals and services I can contact",
}

# Every field in the order of the steps, with what makes life worth living at the end.
ORDER: tuple[str, ...] = (
    "warning_signs",
    "on_my_own",
    "distraction_people",
    "distractions",
    "people_to_ask",
    "professionals",
    "safer_surroundings",
    "reasons_to_live",
)


@dataclass(frozen=True)
class Step:
    """One step of the plan: its title, a question to write to, and the fields it holds."""

    number: int  # 0 for the part that is not one of the six steps
    title: str
    prompt: str
    fields: tuple[str, ...]


STEPS: tuple[Step, ...] = (
    Step(
        1,
        "Warning signs",
        "Which thoughts, feelings, pictures in your mind or situations tell you that a "
        "crisis may be building?",
        ("warning_signs",),
    ),
    Step(
        2,
        "Things I can do on my own",
        "What takes your mind off things for a while without contacting anyone: a walk, "
        "music, a shower, a breathing exercise?",
        ("on_my_own",),
    ),
    Step(
        3,
        "People and places that take my mind off things",
        "People you like being around, with a number for each, and places where there are "
        "others about (a café, a library, a park). You do not have to talk about how you feel.",
        ("distraction_people", "distractions"),
    ),
    Step(
        4,
        "People I can ask for help",
        "People you could tell that you are struggling, and ask to help: a name and a number "
        "for each.",
        ("people_to_ask",),
    ),
    Step(
        5,
        "Professionals and services I can contact",
        "Your own GP, doctor or therapist, the nearest emergency department, and the helplines "
        "of your country (filled in to start with; change them as you like).",
        ("professionals",),
    ),
    Step(
        6,
        "Making my surroundings safer",
        "What could you put out of reach, or away, for now? You could ask someone you trust to "
        "keep hold of anything you might use to hurt yourself until the hard time has passed.",
        ("safer_surroundings",),
    ),
    Step(
        0,
        "What makes life worth living for me",
        "The people, animals, plans, places or hopes that matter most to you.",
        ("reasons_to_live",),
    ),
)

USE_IN_ORDER = (
    "In a hard moment, start at step 1 and go on to the next step if the one before does "
    "not help enough. You can go straight to a person or a number at any time."
)
WRITE_TOGETHER = (
    "It is easiest to write in a calm moment, and it can help to write it with someone you "
    "trust, or with your doctor or therapist."
)
KEEP_IT_CLOSE = (
    "Keep a copy where you can reach it quickly: a photo on your phone, a paper copy in your "
    "bag or by your bed. wellbeing export --format md --include-safety-plan prints it, and "
    "someone you trust could keep a copy too."
)


@dataclass(frozen=True)
class Contact(Record):
    """Someone to reach: a name, and a number or another way to contact them."""

    IN_FIELD: ClassVar[str] = "contact"

    name: str = ""
    contact: str = ""

    def __post_init__(self) -> None:
        check_text("contact.name", self.name)
        check_text("contact.contact", self.contact)

    @property
    def empty(self) -> bool:
        return not (self.name.strip() or self.contact.strip())


def _contacts(field: str, value: object) -> tuple[Contact, ...]:
    if isinstance(value, str) or not isinstance(value, tuple | list):
        raise ValidationError(field, "must be a list of names and contacts")
    people = (c if isinstance(c, Contact) else Contact.from_doc(c) for c in value)
    return tuple(c for c in people if not c.empty)


@dataclass(frozen=True)
class SafetyPlan(Record):
    TABLE: ClassVar[str] = table_names.SAFETY_PLAN

    id: str
    updated_at: Timestamp
    warning_signs: str = ""
    on_my_own: str = ""
    distractions: str = ""
    people_to_ask: tuple[Contact, ...] = ()
    professionals: tuple[Contact, ...] = ()
    safer_surroundings: str = ""
    reasons_to_live: str = ""
    # Added to the contract's fields: step 3 names people, each with a number, as step 4 does.
    distraction_people: tuple[Contact, ...] = ()

    def __post_init__(self) -> None:
        check_id("id", self.id)
        check_datetime("updated_at", self.updated_at)
        for name in PARTS:
            check_text(name, getattr(self, name))
        for name in CONTACT_PARTS:
            object.__setattr__(self, name, _contacts(name, getattr(self, name)))

    @property
    def empty(self) -> bool:
        return not any(getattr(self, n).strip() for n in PARTS) and not any(
            getattr(self, n) for n in CONTACT_PARTS
        )

    def contacts(self, name: str) -> tuple[Contact, ...]:
        """The people of one of the ``CONTACT_PARTS``."""
        people: tuple[Contact, ...] = getattr(self, name)
        return people
