"""Broad family rules, each over a window of words in one clause rather than one phrase:
the self with a wish, plan or decision about dying; a goodbye made final; a burden on named
others that ends soon; self-injury by any means with blood, pain or punishment; a method
with intent; and a passive wish to be taken (see ``content.crisis_patterns`` for how a
pattern is written).

Each family asks for the first person (I, me, myself, my) so that someone else's death, a
lecture or a story is not heard as the writer's own. These name a method only as far as a
person might write it about themselves; the app never shows them.
"""

from __future__ import annotations

from wellbeing_tui.content.crisis_patterns import (
    BURDEN,
    EUPHEMISM,
    EXPLICIT,
    HOPELESSNESS,
    METHOD,
    PREPARATION,
    SELF_HARM,
    Pattern,
)

_WISH = (
    r"(?:want|wanted|wanting|wanna|wish|wished|wishing|hope|hoped|hoping|pray|prayed|praying"
    r"|deserve|deserved|long|longing|ready|plan|planning|planned|decided|need)"
)
_HARM_VERB = (
    r"(?:bang|bangs|banged|banging|bite|bites|bit|biting|punch|punches|punched|punching|hit"
    r"|hits|hitting|burn|burns|burned|burnt|burning|scratch|scratches|scratched|scratching"
    r"|pinch|pinched|pinching|slap|slapped|slapping|smash|smashed|smashing|cut|cuts|cutting"
    r"|claw|clawed|clawing|pick|picked|picking)"
)
_TAKE = "hit kill take run knock crash crashes sink sinks goes"

FAMILIES: tuple[Pattern, ...] = (
    # (a) the self, with a wish, plan or decision about dying
    Pattern(
        "self-wishes-death",
        EXPLICIT,
        "want wanted wanting wanna wish wished wishing hope hoped hoping pray prayed praying "
        "deserve deserved long longing ready plan planning planned decided need",
        r"\bi (?:<w> ){0,3}?" + _WISH + r" (?:<w> ){0,4}?(?:to|that i|i) (?:would |d |will "
        r"|could |might )?(?:just )?(?:die|be dead|end it|end it all|end things|end my life"
        r"|kill myself|not wake up|never wake up)\b",
        "I prayed tonight that I'd die in my sleep",
    ),
    Pattern(
        "self-not-to-live",
        HOPELESSNESS,
        "not longer",
        r"\b(?:do not|not|no longer) (?:<w> ){0,3}?(?:deserve|want|wanna|wish|need) to (?:live"
        r"|be alive|stay alive|exist|keep living|go on living|carry on living)\b"
        r"(?! (?:in|near|at|with|on|there|abroad|somewhere|anywhere|next)\b)",
        "I don't deserve to live",
    ),
    Pattern(
        "decided-to-die",
        PREPARATION,
        "mind decision decided peace",
        r"\b(?:made up my mind|made my decision|made the decision|decided|at peace with)"
        r" (?:<w> ){0,2}?(?:to )?(?:end (?:it|it all|things|my life)|dying|die|kill myself)\b",
        "I've made up my mind to end things",
    ),
    Pattern(
        "point-of-living",
        HOPELESSNESS,
        "point",
        r"\b(?:what is|whats|what s|is there) (?:even )?(?:the |a |any )?(?:even )?point (?:of"
        r"|in) (?:living|being alive|life|being here|going on|carrying on)(?: (?:at this|right"
        r" now|anymore|any more|these days|now|honestly|tbh)(?: <w>)?)?$",
        "what is even the point of living",
    ),
    Pattern(
        "want-out-for-good",
        EUPHEMISM,
        "out",
        r"\bi (?:just )?(?:want|wanted|need) out (?:for good|forever|of (?:life|it all"
        r"|this life))$",
        "I want out for good",
    ),
    # (b) a goodbye made final
    Pattern(
        "goodbye-note",
        PREPARATION,
        "note notes letter letters goodbye",
        r"\bi (?:have )?(?:written|wrote|finished|left) my note$|\b(?:goodbye|suicide) (?:note"
        r"|notes|letters?)\b|\b(?:notes?|letters?) (?:<w> ){0,3}?(?:to say goodbye|saying"
        r" goodbye|for when i am gone|for after i am gone)\b",
        "I've written my note",
    ),
    Pattern(
        "goodbye-to-everyone",
        PREPARATION,
        "goodbye goodbyes",
        r"\b(?:say|said|saying) (?:my )?goodbyes?(?: to (?:everyone|everybody|you all|all of"
        r" you|my (?:kids|children|family)))?(?: tonight| now| for good| forever)?$",
        "tonight I'm going to say goodbye to everyone",
    ),
    Pattern(
        "no-more-writing",
        PREPARATION,
        "writing",
        r"\b(?:will not|will never|never) be writing (?:here )?(?:again|anymore|any more)$",
        "goodbye diary, I won't be writing again",
    ),
    # (c) a burden on named others that ends soon
    Pattern(
        "better-off-without-one-like-me",
        BURDEN,
        "without",
        r"\bbetter off without (?:a|an|someone|somebody) (?:<w> )?like me\b",
        "my kids would be better off without a mum like me",
    ),
    Pattern(
        "no-more-dealing-with-me",
        BURDEN,
        "deal cope worry look put",
        r"\b(?:will not|would not|wont|not|never) (?:have|need) to (?:deal with|put up with"
        r"|worry about|look after|cope with) me (?:anymore|any more|much longer|for much longer"
        r"|ever again|again)\b",
        "if I'm gone they won't have to deal with me anymore",
    ),
    Pattern(
        "no-longer-a-problem",
        BURDEN,
        "problem burden bother nuisance",
        r"\b(?:will not|will no longer|wont|not) be (?:a |an )?(?:anyones |anybodys )?(?:problem"
        r"|burden|bother|nuisance)(?: (?:for|to|on) (?:anyone|anybody|<people>))?(?: for)?"
        r" (?:much longer|long|anymore|any more)$|\bnot be (?:anyones|anybodys) (?:problem"
        r"|burden)\b",
        "I won't be a problem for anyone much longer",
    ),
    # (d) self-injury by any means, with blood, pain or punishment
    Pattern(
        "harm-until-it-bleeds",
        SELF_HARM,
        "bleed bleeds bled bleeding hurt hurts punish bruised bruises",
        r"\b" + _HARM_VERB + r" (?:<w> ){0,2}?(?:myself|my <w>|the wall|a wall|the door|walls)"
        r" (?:<w> ){0,5}?(?:until|til|till|to|so) (?:<w> ){0,3}?(?:bleed|bleeds|bled"
        r"|bleeding|hurt|hurts|bruised|bruises|punish myself)\b",
        "biting my arm til it bleeds",
    ),
    # (e) a method, with intent
    Pattern(
        "take-them-all",
        METHOD,
        "all lot whole",
        r"\b(?:thinking about|thought about|think about|tempted to|urge to|want to|wanted to"
        r"|going to) (?:just )?(?:taking|take|swallow|swallowing) (?:them all|all of them|the"
        r" lot|the whole (?:lot|packet|box|bottle))\b",
        "thinking about taking them all",
    ),
    Pattern(
        "use-it-on-myself",
        SELF_HARM,
        "myself",
        r"\b(?:thinking about|thought about|think about|tempted to|urge to|want to|wanted to"
        r"|going to|picturing|pictured|imagining|imagined) (?:use|using) (?:it|them|that|this"
        r"|one|the <w>|a <w>) on myself\b",
        "thinking about using them on myself",
    ),
    Pattern(
        "at-the-edge-wanting-to-go",
        METHOD,
        "edge platform bridge ledge cliff roof window balcony",
        r"\b(?:edge|platform|bridge|ledge|cliff|roof|window|balcony)\b(?: <w>){0,8}"
        r" (?:nearly|almost|wanted to|wanting to|want to|tempted to|thought about|thinking"
        r" about|urge to) (?:just )?(?:step|stepped|stepping|jump|jumped|jumping|fall|falling"
        r"|throw myself|throwing myself)(?: off| over| in)?$",
        "I stood on the bridge for ages wanting to jump",
    ),
    Pattern(
        "crash-on-purpose",
        METHOD,
        "purpose",
        r"\b(?:crash|crashing|crashed|drive|driving|drove|swerve|swerving|swerved|steer"
        r"|steering) (?:<w> ){0,5}?on purpose\b",
        "crashing the car on purpose",
    ),
    Pattern(
        "into-the-water-not-back",
        METHOD,
        "back out",
        r"\b(?:walk|walking|walked|swim|swimming|swam|go|going|went|wade|wading) (?:out )?"
        r"(?:into|in) (?:the )?(?:sea|ocean|river|lake|water|canal)(?: <w>){0,3} (?:not|never)"
        r" (?:come|coming|came) (?:back|out)\b",
        "walking into the sea and not coming back",
    ),
    Pattern(
        "painless-ways",
        METHOD,
        "painless ways way methods method",
        r"\bpainless (?:ways?|methods?|way out)\b|\b(?:quick|quickest|easiest|surest|best)"
        r" (?:ways?|methods?) to (?:die|end it|kill myself|end my life)\b",
        "looked up painless ways to go",
    ),
    # (f) a passive wish to be taken
    Pattern(
        "wish-to-be-taken",
        EUPHEMISM,
        _TAKE,
        r"\b(?:hope|hoped|hoping|wish|wished|wishing|pray|prayed|praying|want|wanted)"
        r" (?:that )?(?:<w> ){1,3}?(?:would|will|might|could|to) (?:just )?(?:hit|kill|take"
        r"|run over|knock down) me\b|\b(?:crash|crashes|sink|sinks|goes down) with me (?:on"
        r"|in) it\b",
        "I keep wishing a heart attack would take me",
    ),
)
