"""Self-harm in words the earlier patterns lacked (the eleventh round): a lighter or an iron
held to the skin, hair pulled until it bled, being sick or going without as a punishment,
a head or a fist against a wall until it hurt, skin scratched or bitten until it bled.

Each is first person and told with a sign that it was meant (on purpose, again, until it
bled, as a punishment), so that an accident in the kitchen or the garden stays quiet: "burnt
my thumb on the lighter trying to get the barbecue going", "scratched my arm raw on the
brambles". A past told as past ("I used to make myself sick") is left to the guards and
the learned reader.
"""

from __future__ import annotations

from wellbeing_tui.content.crisis_patterns import SELF_HARM, Pattern

_HEAT = r"(?:lighter|iron|straighteners?|curling iron|cigarette|lit match|match|kettle|teaspoon)"
_SKIN = r"(?:arms?|wrists?|legs?|thighs?|hands?|palms?|skin|hips?|stomach|ankles?|neck|face)"
_MEANT = r"(?:on purpose|again|so i (?:could |would )?feel|to feel|till|until|til|every night)"

HARM_WORDS: tuple[Pattern, ...] = (
    Pattern(
        "burned-with-a-lighter",
        SELF_HARM,
        "burn burned burnt burning held pressed pressing holding put",
        rf"\bburn(?:ed|t|ing)? (?:my|myself)\b[^.]{{0,40}}\b{_HEAT}\b[^.]{{0,40}}\b{_MEANT}\b"
        rf"|\b(?:held|pressed|pressing|holding|put) (?:the |a )?{_HEAT} (?:to|on|against|into"
        rf"|under) my {_SKIN}\b",
        "burned my arm with the lighter again",
    ),
    Pattern(
        "hair-pulled-till-it-bled",
        SELF_HARM,
        "pull pulled pulling pulls tore tearing rip rips ripped ripping",
        r"\b(?:pull(?:ed|ing|s)?|tore|tearing|rip(?:ped|ping)?) (?:at |out )?(?:my )?(?:hair"
        r"|eyelashes|lashes|eyebrows)\b[^.]{0,60}\b(?:bled|bleeds|bleeding|bleed|blood|bald"
        r"|raw)\b",
        "pulled my hair out til my scalp bled",
    ),
    Pattern(
        "sick-as-a-punishment",
        SELF_HARM,
        "made make making punishment punish punished punishing",
        r"(?<!used to )\b(?:made|make|making) myself (?:sick|throw up|vomit|be sick)\b"
        r"|\bthat is my punishment\b"
        r"|\bas (?:a |my )?punishment for (?:eating|failing|the grade|being (?:so|such))\b",
        "made myself sick after tea as a punishment",
    ),
    Pattern(
        "head-against-the-wall",
        SELF_HARM,
        "bang banged banging hit hitting smash smashed smashing punch punched punching slammed",
        r"\b(?:bang(?:ed|ing)?|hit(?:ting)?|smash(?:ed|ing)?) my head (?:on|against|into)"
        r" (?:the |my )?(?:wall|walls|floor|tiles|steering wheel|door|bedroom wall)\b"
        r"[^.]{0,40}\b(?:till|until|til|on purpose|hard|when i)\b"
        r"|\b(?:punch(?:ed|ing)?|slammed) (?:the |my )?(?:wall|walls|wardrobe|door)\b[^.]{0,30}"
        r"\b(?:till|until|til) (?:my )?(?:knuckles|hand|fist|skin)",
        "banged my head on the wall till I saw stars",
    ),
    Pattern(
        "skin-scratched-or-bitten-till-it-bled",
        SELF_HARM,
        "scratch scratched scratching claw clawed clawing scrub scrubbed scrubbing dug digging bit",
        r"\b(?:scratch(?:ed|ing)?|claw(?:ed|ing)?|scrub(?:bed|bing)?) (?:at )?my "
        rf"{_SKIN}\b(?![^.]{{0,40}}\b(?:brambles|nettles|thorns|bushes|roses|cat)\b)"
        r"[^.]{0,40}\b(?:raw|bled|bleed|bleeding|blood|welts)\b"
        r"|\bdug my nails into my\b|(?:^|\bi )bit (?:my (?:arm|hand|wrist)|myself)\b"
        r"[^.]{0,40}\b(?:so hard|till|until|bled|blood)\b",
        "scratched my arms raw so nobody would hear",
    ),
)
