"""Free helplines and emergency numbers, as data. Each entry says where and when it was
checked (Europe's helplines and the types are in ``helplines_data``; import from here).

Never guess a number: a country that is not listed gets the international directory and
the advice to call the local emergency number (112 in any country of the European Union).
"""

from __future__ import annotations

import os

from wellbeing_tui.content.helplines_data import ALL_DAY, DEC_2026, EUROPE, Country, Helpline

__all__ = [
    "CHECKED",
    "COUNTRIES",
    "DIRECTORY",
    "EU_EMERGENCY",
    "EU_MEMBERS",
    "HELPLINES",
    "Country",
    "Helpline",
    "country_from_locale",
    "emergency_for",
    "helplines_for",
    "reach",
]

# When the other services in ``services`` were checked; every helpline has its own date.
CHECKED = "2026-11"

EU_EMERGENCY = "112"
# ISO codes of the 27 member states: 112 reaches the emergency services in each of them.
EU_MEMBERS: frozenset[str] = frozenset(
    {"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU"}
    | {"IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"}
)

# The national number where one is commonly given alongside 112, else 112 alone. Checked
# 2026-12: AT 144 (burgenland.orf.at), NO 113 (nrk.no), CH 144 (bakom.admin.ch), IS 112.is,
# IN 112 (Home Ministry, businesstoday.in), ZA 10177 for an ambulance and 112 from any mobile
# (statuscheck.co.za, 2026), SG 995 (scdf.gov.sg), HK 999 (csrp.hku.hk),
# JP 119 (city.odate.lg.jp), BR 192 (SAMU, vivaosus.com), MX 911 (informador.com.mx).
# Listed by name, as people look for them in the list.
COUNTRIES: dict[str, Country] = {
    "AU": Country("AU", "Australia", "000"),
    "AT": Country("AT", "Austria", "112 or 144"),
    "BE": Country("BE", "Belgium", "112"),
    "BR": Country("BR", "Brazil", "192"),
    "CA": Country("CA", "Canada", "911"),
    "CZ": Country("CZ", "Czechia", "112"),
    "FI": Country("FI", "Finland", "112"),
    "FR": Country("FR", "France", "112"),
    "DE": Country("DE", "Germany", "112"),
    "GR": Country("GR", "Greece", "112"),
    "HK": Country("HK", "Hong Kong", "999"),
    "HU": Country("HU", "Hungary", "112"),
    "IS": Country("IS", "Iceland", "112"),
    "IN": Country("IN", "India", "112"),
    "IE": Country("IE", "Ireland", "112 or 999"),
    "IT": Country("IT", "Italy", "112"),
    "JP": Country("JP", "Japan", "119"),
    "MX": Country("MX", "Mexico", "911"),
    "NL": Country("NL", "Netherlands", "112"),
    "NZ": Country("NZ", "New Zealand", "111"),
    "NO": Country("NO", "Norway", "113"),
    "PL": Country("PL", "Poland", "112"),
    "PT": Country("PT", "Portugal", "112"),
    "SG": Country("SG", "Singapore", "995"),
    "ZA": Country("ZA", "South Africa", "10177 or 112"),
    "ES": Country("ES", "Spain", "112"),
    "SE": Country("SE", "Sweden", "112"),
    "CH": Country("CH", "Switzerland", "144 or 112"),
    "GB": Country("GB", "United Kingdom", "999"),
    "US": Country("US", "United States", "911"),
}

ELSEWHERE: tuple[Helpline, ...] = (
    Helpline(
        "US",
        "988 Suicide & Crisis Lifeline",
        "Call or text 988, or chat at 988lifeline.org",
        ALL_DAY,
        DEC_2026,
        "https://www.cdcr.ca.gov/ccjbh/2022/07/19/dial-988-to-access-24-hour-emotional-support-and-resources/",
    ),
    Helpline(
        "US",
        "Crisis Text Line",
        "Text HOME to 741741",
        ALL_DAY,
        DEC_2026,
        "http://www.sfisd.net/apps/pages/index.jsp?uREC_ID=1473130&type=d&pREC_ID=1625729",
    ),
    Helpline(
        "CA",
        "9-8-8 Suicide Crisis Helpline",
        "Call or text 988, in English or French",
        ALL_DAY,
        DEC_2026,
        "https://journalmetro.com/actualites/3129853/bientot-une-ligne-daide-nationale-pour-la-prevention-du-suicide/",
    ),
    # In Québec, 988 is passed to this line (montreal.ctvnews.ca, February 2024).
    Helpline(
        "CA",
        "Québec suicide prevention line",
        "In Québec, call 1 866 APPELLE (1 866 277-3553), text 535353, or chat at suicide.ca",
        ALL_DAY,
        DEC_2026,
        "https://www.infodimanche.com/actualites/actualite/473288/prevention-du-suicide-le-numero-court-535353-maintenant-disponible",
    ),
    Helpline(
        "AU",
        "Lifeline",
        "Call 13 11 14 or text 0477 13 11 14",
        ALL_DAY,
        DEC_2026,
        "https://lifeinmind.org.au/news/lifelines-crisis-text-service-now-available-24-7",
    ),
    Helpline(
        "NZ",
        "1737 Need to talk?",
        "Call or text 1737, free",
        ALL_DAY,
        DEC_2026,
        "https://www.pegasus.health.nz/?p=6300",
    ),
    Helpline(
        "IN",
        "Tele-MANAS",
        "Call 14416 or 1-800-891-4416, free, and choose your language",
        ALL_DAY,
        DEC_2026,
        "https://www.livemint.com/news/india/govts-mental-health-helpline-tele-manas-receives-over-2-lakh-calls-since-launch-11690014660473.html",
    ),
    # Open day and night: news.backabuddy.co.za, November 2025.
    Helpline(
        "ZA",
        "SADAG Suicide Crisis Helpline",
        "Call 0800 567 567, free",
        ALL_DAY,
        DEC_2026,
        "https://m.tonight.co.za/lifestyle/health/mind/heres-how-suicide-is-preventable-world-suicide-prevention-day-7d431702-b601-449a-a83c-bf7aa27f2460",
    ),
    Helpline(
        "SG",
        "Samaritans of Singapore",
        "Call 1767, or send a WhatsApp message to 9151 1767",
        ALL_DAY,
        DEC_2026,
        "https://www.channelnewsasia.com/singapore/suicide-whatsapp-service-caretext-samaritans-singapore-help-2929241",
        free=False,
    ),
    Helpline(
        "HK",
        "18111 Mental Health Support Hotline",
        "Call 18111",
        ALL_DAY,
        DEC_2026,
        "https://news.gov.hk/eng/2023/12/20231227/20231227_162155_701.html",
        free=False,
    ),
    Helpline(
        "HK",
        "The Samaritan Befrienders Hong Kong",
        "Call 2389 2222",
        ALL_DAY,
        DEC_2026,
        "https://csrp.hku.hk/getting-help/",
        free=False,
    ),
    Helpline(
        "JP",
        "Yorisoi Hotline",
        "Call 0120-279-338, free",
        ALL_DAY,
        DEC_2026,
        "http://www.mhlw.go.jp/stf/houdou/yorisoigatasoudansienjigyou/",
    ),
    Helpline(
        "JP",
        "Inochi no Denwa",
        "Call 0120-783-556, free",
        "Every day, 4pm to 9pm; on the 10th of each month from 8am until 8am the next day",
        DEC_2026,
        "https://www.city.akiruno.tokyo.jp/0000015267.html",
    ),
    Helpline(
        "BR",
        "CVV (Centro de Valorização da Vida)",
        "Call 188, free from any phone",
        ALL_DAY,
        DEC_2026,
        "https://claudia.abril.com.br/noticias/suicidio-cvv-ligacao-gratuita/",
    ),
    Helpline(
        "MX",
        "Línea de la Vida",
        "Call 800 911 2000, free",
        ALL_DAY,
        DEC_2026,
        "https://www.eluniversal.com.mx/nacion/promueven-la-linea-de-la-vida-tras-presentar-encuesta-sobre-consumo-de-drogas-asi-puedes-pedir-ayuda/",
    ),
)

HELPLINES: tuple[Helpline, ...] = ELSEWHERE + EUROPE

DIRECTORY = Helpline(
    "*",
    "Find A Helpline",
    "Visit findahelpline.com to find free, confidential helplines in your country",
    "Varies by service",
    CHECKED,
    "https://findahelpline.com/AU",
)


def reach(line: Helpline) -> str:
    """A service and how to reach it, to say in a sentence: "Samaritans: call 116 123 ..." """
    return f"{line.service}: {line.how[:1].lower()}{line.how[1:]}"


def helplines_for(country: str | None) -> list[Helpline]:
    """The listed helplines of a country; empty when the country is not listed."""
    if country is None:
        return []
    return [h for h in HELPLINES if h.country == country.upper()]


def emergency_for(country: str | None) -> str | None:
    """The emergency number of a listed country, 112 for any other member of the European
    Union, else None (the app then says "your local emergency number")."""
    code = (country or "").upper()
    if code in COUNTRIES:
        return COUNTRIES[code].emergency
    return EU_EMERGENCY if code in EU_MEMBERS else None


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
