"""The helpline types, and Europe's helplines as data (the rest of the world, the countries and
their emergency numbers are in ``helplines``, which is the module to import).

Every entry names the page where it was checked (``source``) and when (``checked``). A line
whose calls are not known to be free has ``free=False`` and says in ``how`` what is known of
the cost. Numbers are written the way their own country writes them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Helpline:
    country: str
    service: str
    how: str
    hours: str
    checked: str
    source: str = ""  # where the number, hours and cost were checked
    free: bool = True  # False: the cost is not known to be nothing (``how`` says what is known)


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    emergency: str


ALL_DAY = "Every day, all day and night"
DEC_2026 = "2026-12"

EUROPE: tuple[Helpline, ...] = (
    Helpline(
        "GB",
        "Samaritans",
        "Call 116 123 (free from any phone)",
        ALL_DAY,
        DEC_2026,
        "https://www.samaritans.org/how-we-can-help/contact-samaritan/",
    ),
    # NHS pages now say "choose the mental health option" instead of "option 2" (this
    # practice page explains the change; lpft.nhs.uk/contact-us/need-help-now says the same).
    Helpline(
        "GB",
        "NHS 111, mental health option (England)",
        "Call 111 and choose the mental health option",
        ALL_DAY,
        DEC_2026,
        "https://www.oundlesurgery.nhs.uk/news/accessing-mental-health-services-via-111",
    ),
    Helpline(
        "GB",
        "Shout",
        "Text SHOUT to 85258, free",
        ALL_DAY,
        DEC_2026,
        "https://giveusashout.org/about-us/safeguarding-children-and-young-people/",
    ),
    Helpline(
        "IE",
        "Samaritans",
        "Call 116 123 (free from any phone)",
        ALL_DAY,
        DEC_2026,
        "https://www.samaritans.org/how-we-can-help/contact-samaritan/",
    ),
    Helpline(
        "IE",
        "Pieta",
        "Call 1800 247 247, or text HELP to 51444",
        ALL_DAY,
        DEC_2026,
        "https://wicklownow.ie/news/wicklow-people-feeling-low-over-christmas-period-urged-to-contact-helpline/",
    ),
    Helpline(
        "DE",
        "TelefonSeelsorge",
        "Call 0800 111 0 111 or 0800 111 0 222, free and anonymous",
        ALL_DAY,
        DEC_2026,
        "https://www.domradio.de/artikel/telefonseelsorge-jetzt-unter-oekumenischem-dachverband",
    ),
    Helpline(
        "FR",
        "3114, the national suicide prevention line",
        "Call 3114, free and confidential",
        ALL_DAY,
        DEC_2026,
        "https://www.mayotte.ars.sante.fr/3114-le-numero-national-de-prevention-du-suicide",
    ),
    # 113 itself became free in October 2025; 0800-0113 has been free since 2020.
    Helpline(
        "NL",
        "113 Zelfmoordpreventie",
        "Call 113 or 0800-0113, both free, or chat at 113.nl",
        ALL_DAY,
        DEC_2026,
        "https://www.upday.com/nl/binnenland/nummer-113-nu-gratis-betere-hulp-bij-zelfdodingsgedachten/pj8neqt",
    ),
    Helpline(
        "BE",
        "Zelfmoordlijn 1813 (in Dutch)",
        "Call 1813, free",
        ALL_DAY,
        DEC_2026,
        "https://www.hbvl.be/cnt/dmf20211130_93272468",
    ),
    Helpline(
        "BE",
        "Centre de Prévention du Suicide (in French)",
        "Call 0800 32 123, free and anonymous",
        ALL_DAY,
        DEC_2026,
        "https://www.lalibre.be/belgique/societe/2023/02/21/le-centre-de-prevention-du-suicide-est-confronte-a-une-hausse-du-nombre-dappels-A54EZGXFSJB3HNFT4ZSPCEPJ5I/",
    ),
    Helpline(
        "ES",
        "024, the suicide prevention line",
        "Call 024, free and confidential",
        ALL_DAY,
        DEC_2026,
        "https://www.rtve.es/noticias/20220509/sanidad-presenta-telefono-prevencion-suicidio/2347183.shtml",
    ),
    # No free national line was found for Italy: Telefono Amico listens for free, but 02 is
    # an ordinary Milan number.
    Helpline(
        "IT",
        "Telefono Amico Italia",
        "Call 02 2327 2327 (your usual rate for a call to Milan), or use WhatsApp on 324 011 7252",
        "Every day, 9am to midnight",
        DEC_2026,
        "https://www.agensir.it/?p=1502724",
        free=False,
    ),
    Helpline(
        "AT",
        "TelefonSeelsorge",
        "Call 142, free from any phone",
        ALL_DAY,
        DEC_2026,
        "https://www.katholisch.at/telefonseelsorge",
    ),
    # Open day and night since June 2020; no page found saying what a call costs.
    Helpline(
        "SE",
        "Mind Självmordslinjen",
        "Call 90101 (your usual call rate may apply), or chat at mind.se",
        ALL_DAY,
        DEC_2026,
        "http://www.kronprinsessparetsstiftelse.se/projekt/sjalvmordsupplysningen.html",
        free=False,
    ),
    # mieli.fi/helpline: MIELI charges nothing, the operator charges its usual rate.
    Helpline(
        "FI",
        "MIELI Crisis Helpline",
        "Call 09 2525 0111 in Finnish (your operator's usual rate applies)",
        ALL_DAY,
        DEC_2026,
        "https://mentalhealth.fi/where-to-go-in-an-emergency",
        free=False,
    ),
    Helpline(
        "PL",
        "Centrum Wsparcia (support for adults in crisis)",
        "Call 800 70 2222, free",
        ALL_DAY,
        DEC_2026,
        "https://zdrowie.pap.pl/psyche/znalazles-sie-w-kryzysie-skorzystaj-z-centrum-wsparcia",
    ),
    # Opened on 10 September 2025 (Portaria 291/2025).
    Helpline(
        "PT",
        "1411, the national suicide prevention line",
        "Call 1411, free and confidential",
        ALL_DAY,
        DEC_2026,
        "https://www.e-konomista.pt/1411-nova-linha-nacional-de-prevencao-do-suicidio",
    ),
    # Non-stop since 2019, but short of money: it closed at weekends in December 2024.
    Helpline(
        "CZ",
        "Linka první psychické pomoci",
        "Call 116 123, free",
        "Usually all day and night; it has had to close on some weekends",
        DEC_2026,
        "https://www.irozhlas.cz/zpravy-domov/bezplatna-linka-psychicke-pomoci-omezuje-provoz-prosinec-je-pritom_2412080600_job",
    ),
    Helpline(
        "GR",
        "Klimaka suicide prevention line",
        "Call 1018",
        ALL_DAY,
        DEC_2026,
        "https://www.reader.gr/ygeia/pagkosmia-imera-psyhikis-ygeias-oles-oi-tilefonikes-grammes-kai-oi-foreis-poy-prosferoyn-dorean/618464",
    ),
    Helpline(
        "GR",
        "Psychosocial support line (Ministry of Health)",
        "Call 10306",
        ALL_DAY,
        DEC_2026,
        "https://www.reader.gr/ygeia/pagkosmia-imera-psyhikis-ygeias-oles-oi-tilefonikes-grammes-kai-oi-foreis-poy-prosferoyn-dorean/618464",
    ),
    Helpline(
        "HU",
        "Lelki Elsősegély Telefonszolgálat",
        "Call 116-123, free",
        ALL_DAY,
        DEC_2026,
        "https://gondola.hu/hirek/248389-Iden_is_korulbelul_170_ezer_hivast_fogadott_a_lelkielsosegely-szolgalat.html",
    ),
    Helpline(
        "NO",
        "Mental Helse Hjelpetelefonen",
        "Call 116 123, free",
        ALL_DAY,
        DEC_2026,
        "https://radio3bodo.no/nyheter/aktuelt/jeg-kan-forsta-det-men-jeg-kan-aldri-godta-det-108712/",
    ),
    # The federal telecoms office: 143 costs at most 20 centimes a call, whatever its length.
    Helpline(
        "CH",
        "Die Dargebotene Hand / La Main Tendue / Telefono Amico",
        "Call 143 (at most 20 centimes a call, however long you talk)",
        ALL_DAY,
        DEC_2026,
        "https://www.bakom.admin.ch/bakom/de/home/telekommunikation/nuetzliche-infos/0900-0901-0906-nummern-die-mehr-kosten/weitere-nummern-kostenpflichtig-oder-gratis.html",
        free=False,
    ),
    Helpline(
        "IS",
        "Red Cross Helpline 1717",
        "Call 1717, free, or chat at 1717.is",
        ALL_DAY,
        DEC_2026,
        "https://www.raudikrossinn.is/um-okkur/frettir-og-utgefid-efni/frettayfirlit/almennar-frettir/felagsmalaraduneytid-stydur-vid-1717",
    ),
)
