"""Settings, kept as one document in the data file."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any

from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.fields import check_bool, check_int, check_text

WEEK_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True)
class Settings:
    """Everything a person can choose. Unknown keys in the file are kept, not dropped."""

    theme: str = "textual-dark"
    reduced_motion: bool = False
    bell: bool = False
    bell_phases: bool = False
    week_start: int = 0
    day_start_hour: int = 0
    country: str | None = None
    hidden_panels: tuple[str, ...] = ()
    gentle_answer: bool = True  # a calm pointer to support after hard words or a mood of 1
    country_asked: bool = False  # the country was asked once (and perhaps skipped)
    notice_seen: bool = False  # the not-a-medical-device notice was shown at the first start
    extra: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        check_text("theme", self.theme, required=True)
        check_bool("reduced_motion", self.reduced_motion)
        check_bool("bell", self.bell)
        check_bool("bell_phases", self.bell_phases)
        check_bool("gentle_answer", self.gentle_answer)
        check_bool("country_asked", self.country_asked)
        check_bool("notice_seen", self.notice_seen)
        check_int("week_start", self.week_start, 0, 6)
        check_int("day_start_hour", self.day_start_hour, 0, 6)
        if self.country is not None and (
            not isinstance(self.country, str)
            or len(self.country) != 2
            or not self.country.isalpha()
        ):
            raise ValidationError("country", "must be a two-letter country code")
        if self.country is not None:
            object.__setattr__(self, "country", self.country.upper())
        object.__setattr__(self, "hidden_panels", tuple(self.hidden_panels))

    def to_doc(self) -> dict[str, Any]:
        doc = dict(self.extra)
        for f in fields(self):
            if f.name != "extra":
                value = getattr(self, f.name)
                doc[f.name] = list(value) if isinstance(value, tuple) else value
        return doc

    @classmethod
    def from_doc(cls, doc: Mapping[str, Any]) -> Settings:
        known = {f.name for f in fields(cls)} - {"extra"}
        values = {k: v for k, v in doc.items() if k in known}
        if "hidden_panels" in values:
            values["hidden_panels"] = tuple(values["hidden_panels"] or ())
        extra = {k: v for k, v in doc.items() if k not in known}
        return cls(**values, extra=extra)

    def edit(self, **changes: Any) -> Settings:
        return replace(self, **changes)
