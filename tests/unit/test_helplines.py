"""Helplines as data: every entry says where and when it was checked, every listed country has
its emergency number, an unlisted member of the European Union still gets 112, and numbers
are written the way their own country writes them."""

from __future__ import annotations

import re
from datetime import date

import pytest

from wellbeing_tui.content.helplines import (
    COUNTRIES,
    DIRECTORY,
    EU_MEMBERS,
    HELPLINES,
    Helpline,
    emergency_for,
    helplines_for,
)

TODAY = date(2026, 12, 6)
ALL_LINES = [*HELPLINES, DIRECTORY]

# Every number each country's lines show, spelled as that country writes it (spaces,
# hyphens, groups). "1 866" is the start of Québec's 1 866 APPELLE.
AS_WRITTEN: dict[str, set[str]] = {
    "US": {"988", "741741"},
    "CA": {"988", "1 866", "1 866 277-3553", "535353"},
    "GB": {"116 123", "111", "85258"},
    "IE": {"116 123", "1800 247 247", "51444"},
    "AU": {"13 11 14", "0477 13 11 14"},
    "NZ": {"1737"},
    "DE": {"0800 111 0 111", "0800 111 0 222"},
    "FR": {"3114"},
    "NL": {"113", "0800-0113"},
    "BE": {"1813", "0800 32 123"},
    "ES": {"024"},
    "IT": {"02 2327 2327", "324 011 7252"},
    "AT": {"142"},
    "SE": {"90101"},
    "FI": {"09 2525 0111"},
    "PL": {"800 70 2222"},
    "PT": {"1411"},
    "CZ": {"116 123"},
    "GR": {"1018", "10306"},
    "HU": {"116-123"},
    "NO": {"116 123"},
    "CH": {"143"},
    "IS": {"1717"},
    "IN": {"14416", "1-800-891-4416"},
    "ZA": {"0800 567 567"},
    "SG": {"1767", "9151 1767"},
    "HK": {"18111", "2389 2222"},
    "JP": {"0120-279-338", "0120-783-556"},
    "BR": {"188"},
    "MX": {"800 911 2000"},
}

# A run of digits, with the spaces and hyphens inside it, not glued to a word ("988lifeline").
NUMBER = re.compile(r"(?<![\w-])\d[\d -]*\d(?![\w-])|(?<![\w-])\d(?![\w-])")


def numbers_in(text: str) -> set[str]:
    """The phone numbers in a sentence: runs of at least three digits."""
    return {n for n in NUMBER.findall(text) if sum(c.isdigit() for c in n) >= 3}


def checked_on(line: Helpline) -> date:
    """The day a line was checked; a month counts from its first day."""
    assert re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", line.checked), line
    return date.fromisoformat(line.checked if len(line.checked) == 10 else f"{line.checked}-01")


@pytest.mark.parametrize("line", ALL_LINES, ids=lambda h: f"{h.country}-{h.service}")
def test_every_line_says_where_and_when_it_was_checked(line: Helpline) -> None:
    assert line.source.startswith(("https://", "http://")), line
    assert checked_on(line) <= TODAY


@pytest.mark.parametrize("line", HELPLINES, ids=lambda h: f"{h.country}-{h.service}")
def test_every_line_is_complete_and_calls_itself_free_only_when_it_is(line: Helpline) -> None:
    assert line.service.strip() and line.how.strip() and line.hours.strip()
    assert numbers_in(line.how), "say how to reach the service"
    says_free = re.search(r"\bfree\b", line.how, re.IGNORECASE) is not None
    assert line.free or not says_free, "a line not known to be free must not say it is"


def test_every_country_has_an_emergency_number_and_at_least_one_line() -> None:
    for code, country in COUNTRIES.items():
        assert code == country.code and re.fullmatch(r"[A-Z]{2}", code)
        assert numbers_in(country.emergency), country
        assert helplines_for(code), f"{code} is listed with no helpline"


def test_every_line_belongs_to_a_listed_country() -> None:
    assert {line.country for line in HELPLINES} <= set(COUNTRIES)


def test_listed_members_of_the_european_union_name_112() -> None:
    assert len(EU_MEMBERS) == 27
    for code in EU_MEMBERS & set(COUNTRIES):
        assert "112" in COUNTRIES[code].emergency.split(" or "), code


@pytest.mark.parametrize(
    ("code", "number"),
    [
        ("DK", "112"),  # in the EU, not listed
        ("lu", "112"),
        ("GB", "999"),  # listed: its own number
        ("AT", "112 or 144"),
        ("NO", "113"),
        ("TR", None),  # neither listed nor in the EU
        ("", None),
        (None, None),
    ],
)
def test_emergency_for(code: str | None, number: str | None) -> None:
    assert emergency_for(code) == number


@pytest.mark.parametrize("code", sorted(AS_WRITTEN))
def test_numbers_are_written_the_way_the_country_writes_them(code: str) -> None:
    shown = set().union(*(numbers_in(line.how) for line in helplines_for(code)))
    assert shown == AS_WRITTEN[code]


def test_the_table_of_numbers_covers_every_country() -> None:
    assert set(AS_WRITTEN) == set(COUNTRIES)


def test_nhs_111_is_described_as_the_mental_health_option() -> None:
    [nhs] = [line for line in helplines_for("GB") if "111" in line.service]
    assert "the mental health option" in nhs.how
    assert "option 2" not in f"{nhs.service} {nhs.how}".lower()


def test_no_number_is_written_for_dialling_from_abroad() -> None:
    for line in HELPLINES:
        assert "+" not in line.how and "(0)" not in line.how, line
