"""Patterns for a method or a preparation told as a scene, and for short finalities (see
``content.crisis_patterns`` for how a pattern is written).

A longer entry often says no word of wanting: the writer tells where they stood and what
they held. These answer when the writer is there with a means and a sign of contemplation or
rehearsal (holding a blade in the bathroom, looking from a cord to a fixing point, going under
the bath water and staying), and for a short finality in the first person ("tonight is the
night I end it", "I'm going to do it this time", "if I die tonight at least the pain stops").

These name a method only as far as a person might write it about themselves; the app never
shows them.
"""

from __future__ import annotations

from wellbeing_tui.content.crisis_patterns import (
    EUPHEMISM,
    EXPLICIT,
    METHOD,
    PREPARATION,
    SELF_HARM,
    Pattern,
)

# Where a cord is tied or tried.
FIXING = (
    r"(?:banister|bannister|banisters|bannisters|beam|beams|rafter|rafters|loft hatch"
    r"|light fitting|curtain rail|stair rail|door frame|pull up bar|coat hook|hook in the <w>)"
)
_CORD = r"(?:belt|rope|cord|dressing gown cord|knot|cable|lead|ligature)"
# Thinking of it, or trying it out.
_PONDER = (
    r"(?:thought about|thinking about|think about|keep thinking about|kept thinking about"
    r"|imagined|imagining|imagine|pictured|picturing|picture|wanted to|want to|wants to"
    r"|wanting to|tempted to|urge to|could|nearly|almost)"
)
_EDGE = (
    r"(?:edge|balcony|ledge|roof|rooftop|bridge|footbridge|flyover|cliff|cliff edge|cliffs"
    r"|railing|railings|parapet|top floor|car park roof|viaduct)"
)
_SEARCH = (
    r"(?:googling|googled|google|looked up|looking up|searched|searching|researched"
    r"|researching|checked|checking|found out|finding out|worked out|reading up on)"
)

SCENES: tuple[Pattern, ...] = (
    Pattern(
        "with-a-blade-in-hand",
        SELF_HARM,
        "blade blades",
        r"\b(?:stood|sat|stand|sit|standing|sitting|lay|lying|locked myself)(?: <w>){0,6}"
        r" (?:with|holding) (?:the|a|my) (?:razor blade|razor blades|blade|blades)\b"
        r"|\b(?:held|holding|hold|pressed|pressing|press) (?:the|a|my) (?:razor )?blades?"
        r"(?: <w>){0,3} (?:against|to|over|above|on) my (?:wrists?|arms?|skin|thighs?|legs?"
        r"|stomach|throat)\b",
        "I stood in the bathroom with the razor blade for an hour",
    ),
    Pattern(
        "a-cord-and-a-fixing-point",
        METHOD,
        "belt rope cord knot cable lead ligature",
        r"\b" + _CORD + r"\b(?: <w>){0,8} (?:looked at|looking at|look at|stared at|staring at"
        r"|stare at|tested (?:it |them )?on|testing (?:it |them )?on|tried (?:it |them )?on"
        r"|tied (?:it |them )?to|tying (?:it |them )?to|measured|over|round|around)"
        r" (?:the|a) " + FIXING + r"\b",
        "I held the belt and looked at the banister",
    ),
    Pattern(
        "under-the-water-and-stay",
        METHOD,
        "under",
        r"\b" + _PONDER + r" (?:just )?(?:go|going|slip|slipping|slide|sliding|sink|sinking"
        r"|putting my head|keeping my head|holding myself|staying)"
        r" under(?: the water| the surface)?(?: <w>)? and (?:just )?(?:stay|staying|stayed"
        r"|not (?:come|coming) (?:up|back)|never (?:come|coming) (?:up|back)|not (?:breathe"
        r"|breathing)|not (?:get|getting) out)\b",
        "I ran a bath and thought about going under and staying there",
    ),
    Pattern(
        "off-the-edge",
        METHOD,
        "step stepping walk walking roll rolling lean leaning tip tipping let letting fall "
        "falling easy",
        r"\b" + _PONDER + r" (?:just )?(?:step|stepping|walk|walking|roll|rolling|lean|leaning"
        r"|tip|tipping|let myself (?:fall|go|drop)|letting myself (?:fall|go|drop)|fall"
        r"|falling) (?:off|over|from) (?:the|a|that|this|my) (?:<w> )?" + _EDGE + r"\b"
        r"|\bhow easy (?:it would be|it is|it d be|it could be|it will be) to (?:just )?(?:step"
        r"|jump|fall|lean|tip|roll|let go|slip|climb)(?: over)?(?: off| over| from)? (?:the"
        r"|a|that|this) (?:<w> )?" + _EDGE + r"\b",
        "Part of me wants to step off the balcony",
    ),
    Pattern(
        "where-there-is-no-barrier",
        METHOD,
        "barrier barriers fence fences net nets railing railings",
        r"\b" + _SEARCH + r"(?: <w>){0,4} (?:bridges?|car parks?|buildings?|cliffs?|towers?"
        r"|multistoreys?|roofs?|viaducts?|stations?)(?: <w>){0,5} (?:do not have|does not have"
        r"|have no|has no|without|with no|that have no) (?:a |any )?(?:barriers?|fences?|nets?"
        r"|railings?)\b",
        "I've been googling which bridges don't have barriers",
    ),
    Pattern(
        "scars-opened-again",
        SELF_HARM,
        "scar scars scab scabs cuts wounds",
        r"\b(?:picked|picking|pick|scratched|scratching|scratch|dug|digging|dig|opened"
        r"|opening|tore|tearing|tear) (?:at |into |open )?(?:the |my )?(?:old |new |healing )?"
        r"(?:scars?|scabs?|cuts|wounds)(?: <w>){0,6} (?:until|till|til|so) (?:they|it) (?:opened"
        r"|open|bled|bleed|bleeds|split)\b|\breopen(?:ed|ing)? (?:my |the )?(?:old )?"
        r"(?:scars|cuts)\b",
        "picked at the old scars with a pin until they opened up again",
    ),
    Pattern(
        "tidy-for-when-they-find-me",
        PREPARATION,
        "find finds found",
        r"\b(?:for when|before|so that when|ready for when|in time for when) (?:they|someone"
        r"|somebody|whoever|people|my <w>|mum|dad|the police) (?:find|finds|come to find) me\b"
        r"|\bwhoever (?:finds|find) me\b",
        "I want everything tidy for when they find me",
    ),
    # -- short finalities in the first person
    Pattern(
        "the-night-i-end-it",
        EUPHEMISM,
        "end",
        r"\bi (?:will |am going to |finally |really |d |should |must )?end (?:it|it all"
        r"|things|everything|my life)(?:$| tonight| today| tomorrow| this time| soon"
        r"| for good| this week| once and for all)<not_with>",
        "tonight's the night I end it",
    ),
    Pattern(
        "going-to-do-it-this-time",
        EUPHEMISM,
        "do through",
        r"\bi (?:think |know |feel like )?(?:i )?(?:am (?:really |actually |finally )?going to"
        r"|will) (?:really |actually |finally )?(?:do it (?:this time|for real|properly this"
        r" time)|go through with it(?: this time| tonight| for real)?)$"
        r"|\b(?:night|day|time) (?:that )?i (?:will |am going to )?(?:do it|go through with"
        r" it)$|\bthis time i (?:am going to|will) (?:really |actually )?(?:do it|go through"
        r" with it)$",
        "I think I'm going to do it this time",
    ),
    Pattern(
        "if-i-die-the-pain-stops",
        EUPHEMISM,
        "least then",
        r"\bif i (?:die|died|was dead|were dead|am dead|am gone|was gone|were gone|do not wake"
        r" up|did not wake up|never wake up)(?: <w>){0,3} (?:at least|then) (?:the pain|it"
        r"|everything|this|all this|it all|the hurt|the noise|the thoughts)(?: <w>)? (?:stops"
        r"|would stop|will stop|ends|would end|will end|is over|would be over|will be over"
        r"|goes away|would go away|stop)\b",
        "if I die tonight at least the pain stops",
    ),
    Pattern(
        "if-i-were-not-alive",
        EUPHEMISM,
        "alive exist existing",
        r"\bif i (?:just |simply |only )?(?:was not|were not|was no longer|were no longer)"
        r" alive\b(?! (?:then|in|back|during|at the time|when|yet)\b)|\bif i (?:just |simply )?"
        r"(?:did not exist|stopped existing|ceased to exist)\b(?! (?:online|on|in|for|at)\b)",
        "I keep thinking if I just wasn't alive I wouldn't have to sit them",
    ),
    Pattern(
        "not-alive-by-then",
        EUPHEMISM,
        "alive",
        r"\b(?:do not|can not|can no longer|never|could not) (?:see|picture|imagine) (?:myself"
        r"|me) (?:being |still |staying )?alive(?: <w>)? (?:at|by|for|in|next|this|to see"
        r"|much longer|past|after|until|till)\b|\b(?:do not think|doubt|can not see how) i"
        r" (?:will|would|d) (?:still )?be alive (?:at|by|for|in|next|this|to see|come)\b",
        "I don't see myself being alive at Christmas",
    ),
    Pattern(
        "out-of-the-picture-for-good",
        EUPHEMISM,
        "permanently good forever ever existence",
        r"\b(?:take|taking|took|remove|removing|removed|get|getting|got) (?:myself|me)"
        r" (?:out of|off|from) (?:the picture|the equation|the world|this world|everything"
        r"|it all|the earth|this earth)(?: <w>){0,2} (?:permanently|for good|forever|for ever)\b"
        r"|\b(?:take|taking|remove|removing|get|getting) (?:myself|me) (?:out of|from)"
        r" existence\b",
        "Gonna take myself out of the picture permanently",
    ),
    Pattern(
        "welcome-a-blow",
        EXPLICIT,
        "mind care glad happy relieved",
        r"\b(?:would not|do not|d not|would|d|wouldnt) (?:mind|care) if (?:a|the|some) <w>"
        r"(?: <w>)? (?:hit|hits|ran over|runs over|took|takes|killed|kills|knocked down"
        r"|knocks down|fell on) me\b|\b(?:glad|happy|relieved) if (?:a|the|some) <w>(?: <w>)?"
        r" (?:hit|hits|ran over|runs over|killed|kills) me\b",
        "Wouldn't mind if a bus hit me",
    ),
)
