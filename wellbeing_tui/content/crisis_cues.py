"""Weak cues: words that are too often ordinary to answer alone, but that together are a
recognised warning sign (see ``content.crisis_patterns`` for how a rule is written).

"I'll be gone soon" is as often a new job as an ending, and "it won't matter" as often a
missed bus; "I'll be gone soon and it won't matter" is neither. Each cue belongs to one
family: finality or absence, a farewell, an apology or absolution, hopelessness, a burden, a
decision made, calm or readiness, a means or a place at hand, tidying up for others, an
earlier attempt, the feeling coming back, and an urge not trusted. One cue, or several of one
family, never answers; cues of two different families within a few clauses of each other do,
and the answer names both ("finality+hopelessness") with their words. The cues of a scene
or a preparation told in parts (a pause, a rehearsal, permanence, closing things down) are in
``content.crisis_scene_cues``.
"""

from __future__ import annotations

from typing import NamedTuple


class Cue(NamedTuple):
    name: str
    family: str
    anchors: str
    regex: str
    example: str


COMBINED = "combined"  # the category of an answer made of two cues
REACH = 3  # cues combine when at most this many clauses apart

FINALITY = "finality"
FAREWELL = "farewell"
APOLOGY = "apology"
HOPELESS = "hopelessness"
BURDENED = "burden"
DECISION = "decision"
CALM = "calm"
MEANS = "means"
AFFAIRS = "affairs"
HISTORY = "attempt"
RETURN = "return"
IMPULSE = "impulse"

_PLACE = (
    r"(?:the |a |that |this )(?:train |railway |level crossing )?(?:tracks|railway|railway line"
    r"|bridge|cliffs?|cliff edge|river|canal|roof|rooftop|ledge|motorway|platform|multistorey"
    r"|multi storey|car park roof|quarry|viaduct|overpass)"
)

CUES: tuple[Cue, ...] = (
    # -- finality or absence
    Cue(
        "gone-soon",
        FINALITY,
        "gone",
        r"\bi (?:will |am going to |might |may |would |should |d )?(?:soon |just )?be gone"
        r"(?:$| soon| by| before| for good| forever| and| when| then)",
        "I'll be gone soon",
    ),
    Cue(
        "not-here-then",
        FINALITY,
        "here around",
        r"\bi (?:will |am |might |may |would |d |am going to )?(?:not|no longer|never)"
        r" (?:be |still be )?(?:here|around)(?:$| next| this time| for| by| tomorrow| soon"
        r"| much| when| after| and| to see| anymore| any more)",
        "I won't be here next week",
    ),
    Cue(
        "all-over-soon",
        FINALITY,
        "over",
        r"\b(?:it|this|everything|all this|it all) (?:will|would|d|is going to|could)"
        r" (?:all |soon |finally |just )?be (?:all )?over(?:$| soon| then| for good| at last"
        r"| tonight| for me)",
        "it would all be over",
    ),
    Cue(
        "ready-to-go",
        FINALITY,
        "ready checking check coming back last",
        r"\bready to go(?:$| now| soon| tonight| for good)|\b(?:checking|check) out soon$"
        r"|\bi (?:am|will be) not coming back$|\bi will (?:never|not) be (?:coming|back)$"
        r"|\b(?:one|for the) last time$",
        "I'm ready to go",
    ),
    # -- a farewell, an apology or absolution
    Cue(
        "goodbye-alone",
        FAREWELL,
        "goodbye bye farewell",
        r"^(?:so |and |well )?(?:goodbye|bye|farewell)(?: everyone| everybody| all| world"
        r"| my loves| my friends| for now| then)?$",
        "Goodbye.",
    ),
    Cue(
        "love-to-all",
        FAREWELL,
        "love thank thanks tell look care miss remember",
        r"^(?:i |and i )?love you(?: all)?(?: so much| very much| always)?$|\bthank(?:s| you)"
        r" for everything$|\bi will miss (?:you all|you|everyone)$|\bremember me\b"
        r"|\btell (?:them|everyone|my <w>|mum|dad|her|him) (?:that )?i love (?:them|her|him"
        r"|you)\b|\b(?:take care|look after) (?:of )?(?:each other|yourselves|mum|dad|my <w>"
        r"|the (?:cat|dog|kids))(?: for me)?$",
        "I love you all.",
    ),
    Cue(
        "sorry-for-everything",
        APOLOGY,
        "sorry forgive fault blame",
        r"\bsorry for (?:everything|all of it|all this|all of this|being me|what i am"
        r" about to do)\b|\bplease forgive me\b|\b(?:it|this) (?:was not|is not|was never"
        r"|is never|will not be|will never be) (?:your|anyones|anybodys) fault\b|\bdo not blame"
        r" (?:yourself|yourselves)\b|\b(?:nobody|no one) is to blame\b|\bi hope you can"
        r" forgive me\b|\bsorry for being (?:a burden|such a burden|so much trouble|me)\b",
        "Sorry for everything.",
    ),
    # -- hopelessness, a burden
    Cue(
        "nothing-matters",
        HOPELESS,
        "matter matters",
        r"\b(?:it|none of (?:it|this|that)) (?:will not|would not|does not|do not|will no"
        r" longer) (?:even |really )?matter(?:$| anymore| any more| soon| then| now| in the end)"
        r"|\bnothing (?:really |even )?matters(?:$| anymore| any more| now)",
        "it won't matter",
    ),
    Cue(
        "worthless",
        HOPELESS,
        "worthless useless hate failure nothing done never give cares",
        r"\bi (?:am|feel|feel so|am so|am just) (?:worthless|useless|a failure|nothing)$"
        r"|\bi (?:really |just )?hate myself\b(?! for\b)|^i am (?:so |just )?done$"
        r"|\b(?:it|things|nothing|life) (?:will|is going to) never (?:get better|change)$"
        r"|\bi give up(?:$| on everything)|\b(?:nobody|no one) cares(?:$| anyway| about me)",
        "I am worthless",
    ),
    Cue(
        "fine-without-me",
        BURDENED,
        "fine okay ok alright ruin ruins spoil wreck deserve worse",
        r"\b(?:they|everyone|you|you all|my <w>|the <w>) (?:will|would|d) be (?:fine|okay|ok"
        r"|alright)"
        r"(?: without me| in the end| eventually)?$|\bi (?:ruin|spoil|wreck) everything\b"
        r"|\bthey (?:all )?deserve (?:better|someone better)$|\bi only make (?:things|it"
        r"|everything) worse\b",
        "they'll be fine",
    ),
    # -- a decision made, calm or readiness
    Cue(
        "decision-made",
        DECISION,
        "decision mind plan decided picked set chosen night what turning",
        r"\b(?:made|reached) (?:my|the|a|a final) decision(?:$| and| now)|\bmy mind is made up\b"
        r"|\bmade up my mind$|\bthat is the plan$|\bi have decided$|\bpicked (?:a|the) (?:date"
        r"|day|night)$|\b(?:is|might be|could be|will be) the night$|\bi know what i (?:have"
        r"|need) to do$|\b(?:set|chosen) (?:a|the) date$|\bno turning back\b",
        "I've made my decision",
    ),
    Cue(
        "made-peace",
        CALM,
        "peace scared afraid frightened ready calm",
        r"\bmade (?:my )?peace(?:$| with (?:it|that|this|everything|it all|my decision))"
        r"|\bat peace(?:$| now| with (?:it|that|this|everything|it all|my decision))"
        r"|\b(?:not|no longer) (?:scared|afraid|frightened)(?: anymore| any more)?$"
        r"|\bi am (?:finally |so |completely )?ready$|\bi feel (?:strangely |so )?calm now$",
        "I've made peace with it",
    ),
    # -- a means or a place at hand
    Cue(
        "means-at-hand",
        MEANS,
        "pill pills tablet tablets meds medication medications medicine medicines painkiller "
        "painkillers paracetamol ibuprofen aspirin antidepressants insulin capsules razor "
        "blade blades knife",
        r"\b<pills> (?:are |is )?(?:here|in my (?:bag|pocket|hand|room|drawer)|beside me|next to"
        r" me|in front of me)\b|\b(?:i have|i have got|i got|holding|with) (?:the|my|all the"
        r"|all my|enough|a) (?:<pills>|razor|blade|blades|knife)(?: <w>)?(?: here| with me"
        r"| in my hand| beside me| next to me)?$",
        "I have the pills here",
    ),
    Cue(
        "a-place-to-fall",
        MEANS,
        "tracks railway bridge cliff cliffs river canal roof rooftop ledge motorway platform "
        "multistorey storey quarry viaduct overpass front",
        r"\b(?:about|to|at|on|near|over|off|by|from) " + _PLACE + r"(?=$| near| by| at| again"
        r"| tonight| and| behind| outside| where| for| every| in| after| on| with)"
        r"|\b(?:jump|jumped|jumping|step|stepped|stepping|walk|walked|walking) (?:out )?in front"
        r" of (?:it|a train|the train|a bus|a lorry|the traffic|traffic)\b",
        "Went to the bridge again",
    ),
    Cue(
        "tidying-up",
        AFFAIRS,
        "will wrote written passwords rehomed instructions",
        r"\b(?:sorted|sorting|made|making|written|wrote|writing|updated|finished) (?:out )?my"
        r" will\b|\b(?:written|wrote) to (?:the kids|my kids|everyone|each of them|my <w>)$"
        r"|\bpasswords (?:are )?written down\b|\brehomed (?:my|the) (?:cat|dog|pets?)\b"
        r"|\bwho will (?:look after|feed|have) (?:my|the) (?:cat|dog|pets?)\b"
        r"|\bleft instructions\b",
        "I've sorted my will",
    ),
    # -- an earlier attempt, the feeling coming back, an urge not trusted
    Cue(
        "an-earlier-attempt",
        HISTORY,
        "attempt attempts attempted tried",
        r"\bmy (?:last|previous|first|second|third|other) attempts?\b|\b(?:since|after|before)"
        r" my attempt\b|\battempted (?:before|once|twice|last year)\b|\b(?:the )?last time i"
        r" tried\b",
        "my last attempt was in March",
    ),
    Cue(
        "coming-back",
        RETURN,
        "coming creeping crawling dark",
        r"\b(?:feel|feeling|felt|sense) (?:it|them|the thoughts|the urges|that feeling"
        r"|the darkness) (?:coming|creeping|crawling) back\b|\b(?:thoughts|urges|darkness"
        r"|feelings) (?:are|is) (?:coming|creeping) back\b|\bback (?:in|to) (?:that|the) dark"
        r" place\b",
        "I feel it coming back",
    ),
    Cue(
        "keep-thinking-of-it",
        IMPULSE,
        "keep kept stop something scared afraid frightened",
        r"\bi (?:keep|kept|can not stop) (?:touching|holding|counting|looking at|staring at"
        r"|thinking about|picturing) (?:them|it|" + _PLACE + r")(?=$| near| again| tonight"
        r"| and)|\bdo something (?:stupid|drastic|silly|final)\b|\b(?:scared|afraid|frightened)"
        r" of what i (?:might|will|could) do\b",
        "I keep touching them",
    ),
)
