"""Weak cues of a scene or a preparation, each too ordinary to answer alone (see
``content.crisis_cues`` for how cues combine).

A scene is told in parts: a place or a means, a long pause there, a cord tried on a fixing
point; a preparation in acts: things given away or promised to someone, contracts cancelled
and borrowed things returned. Two of different families within a few clauses answer
together. A preparation of two acts alone (things given away and a contract cancelled) stays
quiet when the entry gives an ordinary reason for it: a move, a trip, a new baby, a clear-out
(``ORDINARY_REASON``).
"""

from __future__ import annotations

from wellbeing_tui.content.crisis_cues import (
    AFFAIRS,
    BURDENED,
    CALM,
    FAREWELL,
    FINALITY,
    HOPELESS,
    MEANS,
    Cue,
)
from wellbeing_tui.content.crisis_scenes import FIXING

PAUSE = "pause"
REHEARSAL = "rehearsal"
CLOSING = "closing"
PERMANENCE = "permanence"

# Two acts of preparation (``AFFAIRS`` and ``CLOSING``) alone do not answer in an entry
# that gives an ordinary reason for them.
PREPARING = frozenset({AFFAIRS, CLOSING})
ORDINARY_REASON = (
    r"\b(?:moving|move|moved|movers|emigrat\w*|relocat\w*|new (?:flat|house|place|home|job"
    r"|baby)|abroad|holiday|trip|travelling|traveling|gap year|declutter\w*|clear(?:ing|ed)?"
    r" out|spring clean\w*|downsiz\w*|retir\w*|due in|expecting|pregnant|renovat\w*"
    r"|redecorat\w*|wedding|divorce|breakup|break up|deployment|posting|university|uni)\b"
)
REASON_WORDS = (
    "moving move moved movers new abroad holiday trip travelling traveling gap clear "
    "clearing cleared spring due expecting pregnant wedding divorce breakup break "
    "deployment posting university uni"
)
REASON_STEMS = ("emigrat", "relocat", "declutter", "downsiz", "retir", "renovat", "redecorat")

SCENE_CUES: tuple[Cue, ...] = (
    # -- finality, permanence
    Cue(
        "me-not-being-here",
        FINALITY,
        "being coming here think",
        r"\b(?:me|myself) not being (?:here|around|alive)\b|\bfancy (?:just )?not being"
        r" (?:here|around)\b|\b(?:trip|journey|place|walk|holiday) i am not coming back from\b"
        r"|\bi do not think i will (?:still )?be (?:here|around)(?: <w>)? (?:by|for|at|next"
        r"|this|in|come)\b",
        "the only sum that balances is me not being here",
    ),
    Cue(
        "done-said-twice",
        FINALITY,
        "done",
        r"^(?:just |so |all |and )?done(?: now)?$",
        "Done.",
    ),
    Cue(
        "for-good",
        PERMANENCE,
        "good forever ever permanently",
        r"^(?:like |just |properly |and |but |i mean |as in )?(?:for good|forever|for ever"
        r"|permanently)$",
        "like for good",
    ),
    # -- a farewell, hopelessness, a burden, calm
    Cue(
        "goodbye-one-by-one",
        FAREWELL,
        "goodbye goodbyes",
        r"\b(?:saying|said|say) (?:my )?goodbyes? (?:to (?:them|everyone|everybody|people"
        r"|my <w>|each of them|all of them) )?(?:one by one|in my head|in my own way|quietly"
        r"|silently)\b|\b(?:posted|posting|post|sent|sending|put up|left) (?:a|my) goodbye"
        r" (?:on|to|in|for)\b",
        "inside I'm saying goodbye to them one by one",
    ),
    Cue(
        "done-with-everything",
        HOPELESS,
        "done replied answered noticed messaged called rung",
        r"\bi am (?:so |just |completely |really )?done with (?:everything|it all|all of it|life"
        r"|everyone|all of this|all this)$|\b(?:nobody|no one) has (?:even )?(?:replied"
        r"|answered|noticed|messaged|called|rung)(?: yet)?(?:$| and i think)",
        "I'm done with everything",
    ),
    Cue(
        "spare-them-the-day",
        BURDENED,
        "ruin spoil",
        r"\bso (?:i do not|it does not|that i do not|that it does not) (?:ruin|spoil) (?:it|her"
        r" <w>|his <w>|their <w>|the day|christmas|the holiday|the wedding|her birthday|his"
        r" birthday|everything)$",
        "after my sister's birthday so I don't ruin it",
    ),
    Cue(
        "strangely-calm",
        CALM,
        "calm peaceful",
        r"\b(?:feels|felt|feel|feeling) (?:so |very )?(?:strangely|oddly|weirdly|eerily)"
        r" (?:calm|peaceful)\b",
        "It feels strangely calm, doing it.",
    ),
    # -- a scene: a means at hand, a pause, a rehearsal
    Cue(
        "a-cord-in-hand",
        MEANS,
        "belt rope cord knot noose lead",
        r"\b(?:held|holding|hold|got out|fetched|took down|hid|hiding) (?:the|a|my|dads|his)"
        r" (?:belt|rope|cord|dressing gown cord)\b|\b(?:sat|stood|lay|sitting|standing|lying)"
        r" (?:<w> ){0,3}?with (?:the|a|my|dads|his) (?:belt|rope|cord|noose|dog lead)\b"
        r"|\b(?:dressing gown cord|cord (?:from|off|of)"
        r" (?:my|the) dressing gown)\b|\bthe (?:belt|cord|rope|dog lead) (?:is|was) (?:in|under"
        r"|behind|on) (?:the|my)\b|\b(?:practis|practic)(?:e|es|ed|ing)"
        r" (?:the|a|tying (?:a|the)) (?:knot|slip knot|noose)\b(?! (?:for|in|at|with)"
        r" (?:sailing|scouts|cubs|brownies|guides|climbing|the boat|class|work|the kids)\b)",
        "Been practising the knot from a video",
    ),
    Cue(
        "pills-laid-out",
        MEANS,
        "pill pills tablet tablets meds medication medications medicine medicines painkiller "
        "painkillers paracetamol ibuprofen aspirin antidepressants insulin capsules",
        r"\b<pills>\b(?: <w>){0,8} (?:lined|lining|laid|laying|spread|spreading|counted"
        r"|counting|tipped|tipping|emptied|emptying) (?:them|it|all of them|the lot) (?:up|out)\b"
        r"(?! (?:for|into|in) (?:the|a|my|each) <w>)",
        "took the tablets out of the packet and lined them up",
    ),
    Cue(
        "sat-in-the-closed-garage",
        MEANS,
        "garage",
        r"\bsat in the car in the (?:closed |locked |shut )?garage\b",
        "sat in the car in the garage",
    ),
    Cue(
        "stood-there-a-long-time",
        PAUSE,
        "there ages hours hour long while forever looked looking stared staring",
        r"\b(?:stood|sat|stayed|lay|standing|sitting|staying|lying|waited) there (?:<w> ){0,3}?"
        r"for (?:ages|hours|a long time|a long while|so long|what felt like (?:ages|hours"
        r"|forever))\b(?! (?:doing|reading|watching|waiting|chatting|talking|playing|listening"
        r"|eating|drinking|laughing|with (?:a|my|the|her|him|them))\b)|\bfor (?:ages|hours"
        r"|a long time) with (?:the|my) (?:keys|pills|tablets"
        r"|blade|rope|belt) in my hands?\b"
        r"|\b(?:sat|stood|lay|sitting|standing|lying) (?:<w> ){0,6}?for (?:an hour|hours|ages"
        r"|a long time|a long while)(?: <w>)? (?:tonight|last night"
        r"|this morning|in the dark)\b|\b(?:looked|looking|stared|staring) at (?:them|it)"
        r" for (?:ages|hours|a long time|a long while)\b|\bfor (?:ages|hours|a long time|a long"
        r" while) (?:looking|staring|gazing) (?:down(?:$| at the (?:water|drop|road|tracks"
        r"|river|sea|rocks))|over the edge)",
        "stood there for a long time",
    ),
    Cue(
        "tried-on-a-fixing-point",
        REHEARSAL,
        "tested tried testing trying test looked looking stared staring",
        r"\b(?:tested|tried|testing|trying|test) (?:it|them|the knot|the belt|the rope|the cord)"
        r" (?:on|from|against|over|round) the " + FIXING + r"\b|\b(?:looked|looking|stared"
        r"|staring) (?:up )?at the " + FIXING + r"(?:$| for| again| and)",
        "Tested it on the banister",
    ),
    # -- a preparation in acts
    Cue(
        "who-gets-what",
        AFFAIRS,
        "gets get have gave given giving give handed gifted",
        r"\bwho (?:gets|will get|should get|can have|will have|should have) (?:the|my) <w>\b"
        r"|\b(?:gave|given|giving|give|handed|gifted) (?:away )?(?:the|my|all my|all the)"
        r" (?:<w> ){1,2}?(?:to|away to) (?:next door|the neighbours?|my <w>|a <w>|friends)\b",
        "lists of who gets the bike",
    ),
    Cue(
        "closing-things-down",
        CLOSING,
        "cancelled cancelling canceled canceling cancel stopped ended returned returning back "
        "closed closing shut shutting",
        r"\b(?:cancelled|cancelling|canceled|canceling|cancel|stopped|ended) (?:the|my|all my"
        r"|all the) (?:phone )?(?:contract|contracts|subscriptions?|direct debits?|standing"
        r" orders?|phone|membership|memberships|broadband|insurance|papers)\b|\b(?:returned"
        r"|returning|took back|gave back|giving back) (?:the|my|all the|all my|everything i)"
        r" (?:library books|borrowed|books i borrowed|things i borrowed|borrowed things"
        r"|keys)\b|\b(?:closed|closing|shut|shutting) (?:down )?(?:my|all my) (?:bank )?"
        r"accounts?\b",
        "cancelled the phone contract",
    ),
)
