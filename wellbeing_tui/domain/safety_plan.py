"""A safety plan in the person's own words, in the layout of Stanley and Brown (2012): the
signs that a crisis may be coming, what helps, who to turn to, and what makes life worth
living. Every part is optional; there is one plan, changed in place."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.fields import Timestamp, check_datetime, check_id, check_text
from wellbeing_tui.domain.records import Record

# The plan's written parts, in order, with the words the screen and the summary use.
PARTS: dict[str, str] = {
    "warning_signs": "Warning signs that a crisis may be coming",
    "on_my_own": "Things I can do on my own to take my mind off it",
    "distractions": "People and places that take my mind off things",
    "safer_surroundings": "Making my surroundings safer",
    "reasons_to_live": "What makes life worth living for me",
}
# Its lists of people, each a name and a way to reach them.
CONTACT_PARTS: dict[str, str] = {
    "people_to_ask": "People I can ask for help",
    "professionals": "Professionals and services I can contact",
}

# Stanley and Brown's six steps in their order, with what makes life worth living at the end.
ORDER: tuple[str, ...] = (
    "warning_signs",
    "on_my_own",
    "distractions",
    "people_to_ask",
    "professionals",
    "safer_surroundings",
    "reasons_to_live",
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
    TABLE: ClassVar[str] = "safety_plan"

    id: str
    updated_at: Timestamp
    warning_signs: str = ""
    on_my_own: str = ""
    distractions: str = ""
    people_to_ask: tuple[Contact, ...] = ()
    professionals: tuple[Contact, ...] = ()
    safer_surroundings: str = ""
    reasons_to_live: str = ""

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
