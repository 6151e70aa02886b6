"""Free helplines, as data. Each entry says when it was last checked.

Never guess a number: a country that is not listed gets the international directory and
the advice to call the local emergency number.
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Helpline:
    country: str
    service: str
    how: str
    hours: str
    checked: str
    url: str | None = None


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    emergency: str


CHECKED = "2026-11"

COUNTRIES: dict[str, Country] = {
    "US": Country("US", "United States", "911"),
    "CA": Country("CA", "Canada", "911"),
    "GB": Country("GB", "United Kingdom", "999"),
    "IE": Country("IE", "Ireland", "112 or 999"),
    "AU": Country("AU", "Australia", "000"),
    "NZ": Country("NZ", "New Zealand", "111"),
}

HELPLINES: tuple[Helpline, ...] = (
    Helpline(
        "US",
        "988 Suicide & Crisis Lifeline",
        "Call or text 988, or chat at 988lifeline.org",
        "Every day, all day and night",
        CHECKED,
        "https://988lifeline.org",
    ),
    Helpline(
        "US", "Crisis Text Line", "Text HOME to 741741", "Every day, all day and night", CHECKED
    ),
    Helpline(
        "CA",
        "9-8-8 Suicide Crisis Helpline",
        "Call or text 988 (English or French)",
        "Every day, all day and night",
        CHECKED,
    ),
    Helpline(
        "GB",
        "Samaritans",
        "Call 116 123 (free from any phone)",
        "Every day, all day and night",
        CHECKED,
        "https://www.samaritans.org",
    ),
    Helpline(
        "GB",
        "NHS 111, option 2 (England)",
        "Call 111 and choose option 2 for mental health",
        "Every day, all day and night",
        CHECKED,
    ),
    Helpline("GB", "Shout", "Text SHOUT to 85258", "Every day, all day and night", CHECKED),
    Helpline(
        "IE",
        "Samaritans",
        "Call 116 123 (free from any phone)",
        "Every day, all day and night",
        CHECKED,
        "https://www.samaritans.org",
    ),
    Helpline(
        "AU",
        "Lifeline",
        "Call 13 11 14 or text 0477 13 11 14",
        "Every day, all day and night",
        CHECKED,
        "https://www.lifeline.org.au",
    ),
    Helpline("NZ", "Need to talk?", "Call or text 1737", "Every day, all day and night", CHECKED),
)

DIRECTORY = Helpline(
    "*",
    "Find A Helpline",
    "Visit findahelpline.com to find free, confidential helplines in your country",
    "Varies by service",
    CHECKED,
    "https://findahelpline.com",
)


def reach(line: Helpline) -> str:
    """A service and how to reach it, to say in a sentence: "Samaritans: call 116 123 ..." """
    return f"{line.service}: {line.how[:1].lower()}{line.how[1:]}"


def helplines_for(country: str | None) -> list[Helpline]:
    """The listed helplines of a country; empty when the country is not listed."""
    if country is None:
        return []
    return [h for h in HELPLINES if h.country == country.upper()]


def country_from_locale(environ: dict[str, str] | None = None) -> str | None:
    """The two-letter country that the locale names (en_GB.UTF-8 -> GB), or None.

    Only a locale that names a country counts: ``C``, ``C.UTF-8`` and ``POSIX`` (containers,
    SSH sessions) name none, and are not read as the United States.
    """
    env = os.environ if environ is None else environ
    for key in ("LC_ALL", "LC_MESSAGES", "LANG"):
        name = env.get(key, "").split(".")[0].split("@")[0]
        if "_" in name:
            code = name.split("_")[1].upper()
            if len(code) == 2 and code.isalpha():
                return code
    return None
