"""Where else to turn, per country: services for alcohol and drug use, and how to find a
therapist. Each entry says when it was checked and, in a comment, where; a country with no
entry gets the general advice, never a guessed number.
"""

from __future__ import annotations

from wellbeing_tui.content.helplines import CHECKED, Helpline

SUBSTANCE_SERVICES: tuple[Helpline, ...] = (
    # samhsa.gov/find-help/national-helpline: free, confidential, 24/7, English and Spanish.
    Helpline(
        "US",
        "SAMHSA's National Helpline",
        "Call 1-800-662-4357 for free, confidential advice and local treatment referrals",
        "Every day, all day and night",
        CHECKED,
        "https://www.samhsa.gov/find-help/national-helpline",
    ),
    # talktofrank.com contact page: call 24/7, text 82111 for a reply by text.
    Helpline(
        "GB",
        "FRANK",
        "Call 0300 123 6600, or text a question to 82111",
        "Calls every day, all day and night",
        CHECKED,
        "https://www.talktofrank.com",
    ),
    # HSE Drugs and Alcohol Helpline (drugs.ie; newstalk.com 2020): free and confidential;
    # open office hours on weekdays.
    Helpline(
        "IE",
        "HSE Drugs and Alcohol Helpline",
        "Call 1800 459 459, free and confidential",
        "Weekdays, in office hours",
        CHECKED,
        "https://www.drugs.ie",
    ),
    # health.gov.au and mindframe.org.au: free and confidential; connects to the service of
    # your state or territory.
    Helpline(
        "AU",
        "National Alcohol and Other Drug Hotline",
        "Call 1800 250 015; it connects you to the service in your state or territory",
        "Any time (in South Australia a counsellor answers 8:30am to 10pm)",
        CHECKED,
    ),
    # manaake.health.nz: call 0800 787 797 or text 8681.
    Helpline(
        "NZ",
        "Alcohol Drug Helpline",
        "Call 0800 787 797 or text 8681, free",
        "See the service for its hours",
        CHECKED,
    ),
)

# How to find a therapist where public care has a known door; everyone also gets the
# general advice on the support screen.
THERAPY_ROUTES: dict[str, tuple[str, ...]] = {
    # nhs.uk talking therapies pages: in England adults can refer themselves online, or a GP
    # can refer; elsewhere in the UK the way in is the GP.
    "GB": (
        "In England you can refer yourself to NHS Talking Therapies, free, online at nhs.uk "
        "(search 'NHS talking therapies'), or ask your GP to refer you.",
        "In Scotland, Wales and Northern Ireland, start with your GP.",
    ),
    # Practice pages on the GP Mental Health Treatment Plan: it gives Medicare rebates for
    # sessions with a psychologist.
    "AU": (
        "Your GP can write a Mental Health Treatment Plan, which gives Medicare rebates for a "
        "number of sessions with a psychologist each year.",
    ),
    # samhsa.gov national helpline: referrals for mental health care too, including
    # services with sliding-scale fees for people without insurance.
    "US": (
        "SAMHSA's National Helpline (1-800-662-4357) also gives referrals for mental health "
        "care, including services that charge on a sliding scale if you have no insurance.",
        "If you have insurance, ask your insurer which therapists they cover.",
    ),
    "NZ": ("1737 (call or text) is a free first conversation with a trained counsellor.",),
}


def substance_services_for(country: str | None) -> list[Helpline]:
    return [s for s in SUBSTANCE_SERVICES if s.country == (country or "").upper()]


def therapy_routes_for(country: str | None) -> tuple[str, ...]:
    return THERAPY_ROUTES.get((country or "").upper(), ())
