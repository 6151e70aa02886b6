"""First-person signs strong enough to answer alone, each written as a family rather than a
phrase (see ``content.crisis_patterns`` for how a pattern is written): not being safe with
oneself, wanting to be gone, rather not waking, a wish to fall ill or be struck and die, hoping
not to survive, and a method named with oneself in it (a car's engine running in a closed
garage, lying down on the tracks, going into the water and not coming out).

These name a method only as far as a person might write it about themselves; the app never
shows them.
"""

from __future__ import annotations

from wellbeing_tui.content.crisis_patterns import EUPHEMISM, EXPLICIT, METHOD, Pattern

_INTENT = (
    r"(?:thinking about|thought about|think about|want to|wanted to|wanting to|tempted to"
    r"|urge to|going to|imagine|imagining|imagined|nearly|almost)"
)

SELF: tuple[Pattern, ...] = (
    Pattern(
        "not-safe-with-myself",
        EXPLICIT,
        "safe trust",
        r"\bnot (?:feel |feeling |felt )?safe (?:with|around|by|from) (?:myself|me)\b"
        r"|\b(?:do not|can not|can no longer|no longer|did not) trust myself (?:not to"
        r"|to (?:stay|be|keep myself) safe|around (?:the|my|those|these)|alone tonight"
        r"|(?:on my own|alone) (?:tonight|right now|anymore))\b",
        "I'm not safe with myself tonight",
    ),
    Pattern(
        "want-to-be-gone",
        EUPHEMISM,
        "gone",
        r"\bi (?:just |only |really |honestly )?(?:want|wanna|wish|need|long) (?:to )?(?:just )?"
        r"be gone(?:$| forever| for good| already| now| from (?:here|this world|everything"
        r"|it all))|\bwish (?:i )?(?:was|were) (?:just )?gone(?:$| forever| for good)",
        "I just want to be gone",
    ),
    Pattern(
        "rather-not-wake",
        EUPHEMISM,
        "rather",
        r"\brather (?:not|never) (?:wake up|wake|be alive|exist|see tomorrow|see another day"
        r"|see the morning)\b(?! (?:early|at|before|until|till|to|for (?:work|school))\b)",
        "honestly I'd rather not wake up tomorrow",
    ),
    Pattern(
        "fall-ill-and-die",
        EXPLICIT,
        "die",
        r"\b(?:wish|wished|wishing|hope|hoped|hoping|pray|prayed|praying|want|wanted)"
        r" (?:that )?i (?:(?:d|would|could|will|might) )?(?:just )?(?:<w> ){1,4}?(?<!old )and"
        r" (?:just )?die\b(?! (?:of|laughing|happy|old|trying|doing|peacefully|surrounded)\b)",
        "I keep wishing I'd get cancer and die",
    ),
    Pattern(
        "glad-to-be-struck",
        EXPLICIT,
        "hit run killed knocked struck",
        r"\b(?:happy|glad|relieved|grateful|fine|okay|ok) if (?:i )?(?:got|get|was|were|gets)"
        r" (?:hit|run over|killed|knocked down|struck)\b|\b(?:would not|do not|d not) mind"
        r" (?:if i (?:got|get|was|were) |getting |being )(?:hit|run over|killed|knocked down"
        r"|struck)\b",
        "I'd be happy if I got hit by a bus",
    ),
    Pattern(
        "hoping-not-to-pull-through",
        EXPLICIT,
        "survive wake make pull come",
        r"\b(?:hope|hoping|hoped|pray|praying|prayed|wish|wishing) (?:that )?i (?:will not|do"
        r" not|would not|d not|never|might not|does not) (?:(?:survive|come round|come"
        r" through|pull through|make it through|make it)\b(?! (?:the (?:exam|week|day|meeting"
        r"|shift|party|test|interview|queue|flight)|until|till|to|on time|in time)\b)|wake up"
        r"\b(?! (?:the|my|his|her|him|them|you|everyone|anyone|anybody|baby|kids|children"
        r"|neighbours|early|late|before|at|on time|in time|until|till|to|when)\b))",
        "I keep hoping I won't survive the operation",
    ),
    Pattern(
        "engine-running-shut-in",
        METHOD,
        "engine motor exhaust hosepipe hose",
        r"\b(?:engine|motor) (?:running|on)(?: <w>){0,3} (?:in the garage|garage door (?:shut"
        r"|closed|down)|with the (?:garage )?doors? (?:shut|closed|down))\b|\bgarage(?: <w>){0,6}"
        r" (?:engine|motor) (?:running|on)\b|\bexhaust(?: pipe)? (?:into|in) the car\b"
        r"|\bhose ?pipe(?: <w>){0,5} (?:exhaust|car window|the car)\b|\b(?:exhaust|car)(?: <w>)"
        r"{0,5} hose ?pipe\b",
        "I sat in the car with the engine running in the garage",
    ),
    Pattern(
        "lie-down-on-them",
        METHOD,
        "tracks railway rails line",
        r"\b(?:tracks|railway|rails|line)\b(?: <w>){0,8} " + _INTENT + r" (?:just )?(?:lie|lying"
        r"|lay|laying) (?:down )?(?:on|across|in front of) (?:them|it|the (?:tracks|rails"
        r"|line))\b",
        "I keep looking at the train tracks and thinking about lying down on them",
    ),
    Pattern(
        "into-the-water-and-stay",
        METHOD,
        "river sea lake canal ocean water reservoir",
        r"\b(?:river|sea|lake|canal|ocean|water|reservoir)\b(?: <w>){0,6} (?:go|going|walk"
        r"|walking|wade|wading|swim|swimming|get|getting) (?:in|into it|out) and (?:not|never)"
        r" (?:come|coming) (?:out|back)\b",
        "I walked to the river tonight wanting to go in and not come out",
    ),
)
