"""The named patterns that hear talk of suicide or self-harm.

Each pattern is a regular expression over one clause of the plain form that ``services.care``
makes (see ``content.crisis``): lower case, words of letters and digits, one space between
words, "do not" for "don't", and no punctuation (a clause ends at . ! ? ; , or a new line).
``<name>`` stands for a word list in ``MACROS``. A pattern is tried only on a clause that holds
one of its ``anchors``, which keeps a long entry quick. ``content.crisis_guards`` keeps everyday
idioms out of their way.

Categories: explicit, euphemism, slang, method, preparation, burden, hopelessness, self-harm.
"""

from __future__ import annotations

from typing import NamedTuple


class Pattern(NamedTuple):
    name: str
    category: str
    anchors: str
    regex: str
    example: str


class Guard(NamedTuple):
    """Words blanked out before the patterns look: an idiom that shares their words."""

    name: str
    anchors: str
    regex: str
    example: str
    others: bool = False  # about someone else or a story: set aside when the writer joins in
    framed: bool = False  # only in an entry about a lesson, a book or the news (see care.py)
    past: bool = False  # a past told as past: set aside when the entry turns back to now
    at_work: bool = False  # only in an entry about a day at work (see care.py)


EXPLICIT = "explicit"
EUPHEMISM = "euphemism"
SLANG = "slang"
METHOD = "method"
PREPARATION = "preparation"
BURDEN = "burden"
HOPELESSNESS = "hopelessness"
SELF_HARM = "self-harm"

MACROS: dict[str, str] = {
    "w": r"[a-z0-9]+",
    "self": r"(?:myself|meself)",
    "pills": (
        r"(?:pills?|tablets?|meds|medications?|medicines?|painkillers?|paracetamol|ibuprofen"
        r"|aspirin|antidepressants|insulin|capsules|sleeping pills|sleeping tablets)"
    ),
    "people": (
        r"(?:everyone|everybody|them|people|others|the people|those around me|my (?:family"
        r"|friends|parents|kids|children|partner|wife|husband|mum|dad|mom|mother|father"
        r"|sisters?|brothers?|boyfriend|girlfriend|loved ones|household|flatmates|son|daughter"
        r"|carers?|team|colleagues|nan|gran|grandparents)"
        r"|the world|all of them|him|her|you|anyone|those i love|the ones i love)"
    ),
    "gone": (
        r"(?:just )?(?:was |were |am |had |have |d |will be |would be )?(?:just )?"
        r"(?:gone|dead|died|die|disappeared|disappear|not here|not around|no longer here"
        r"|no longer around|never born|never been born|did not exist|stopped existing"
        r"|ended it|killed myself|not alive|left for good|vanished)"
    ),
    "wish": (
        r"(?:want|wants|wanted|wanting|wish|wished|wishing|ready|hope|hoping|pray|praying"
        r"|prayed|long|longing|deserve|deserves|deserved|like|need|needs)"
    ),
    "intend": (
        r"(?:want|wants|wanted|wanting|wish|going|plan|planning|planned|ready|decided"
        r"|deciding|thinking about|think about|thought about|thinking of|think of|about"
        r"|could|should|will|might|may|need|needed|tried|try|trying|like|urge|tempted|just)"
    ),
    # "end it" is not about oneself when it is ended with someone or early
    "not_with": (
        r"(?! (?:with|between|off|up|on a|early|the|there|well|nicely|happily|amicably"
        r"|properly|politely|by|at|for (?:him|her|them|us))\b)"
    ),
    "harm": (
        r"(?:hurt|hurts|hurting|harm|harms|harmed|harming|injure|injured|injuring|burn|burns"
        r"|burned|burnt|burning|scratch|scratched|scratching|hit|hits|hitting|punch|punched"
        r"|punching|bruise|bruised|bruising|starve|starved|starving|choke|choked|choking"
        r"|strangle|strangled|scald|scalded|carve|carved|carving)"
    ),
}

PATTERNS: tuple[Pattern, ...] = (
    # -- explicit
    Pattern(
        "suicide-word",
        EXPLICIT,
        "suicide suicides suicidal suicidality suicidally",
        r"\bsuicid(?:e|es|al|ality|ally)\b",
        "I feel suicidal tonight",
    ),
    Pattern(
        "kill-myself",
        EXPLICIT,
        "kill kills killed killing",
        r"\bkill(?:s|ed|ing)? <self>\b",
        "I want to kill myself",
    ),
    Pattern(
        "want-to-die",
        EXPLICIT,
        "die dye",
        r"\b<wish>(?: <w>){0,3} die\b|\blet me (?:just )?die\b|^(?:to |just )?die$"
        r"|\b<wish>(?: <w>){0,2} dye$",
        "I just want to die",
    ),
    Pattern(
        "rather-be-dead",
        EXPLICIT,
        "rather",
        r"\brather (?:be dead|die|not be alive|not exist|not be here)(?:$| than (?:feel|feeling"
        r"|live|living|go on|going on|carry on|carrying on|keep|keeping|be alive|exist"
        r"|existing|wake|waking|face|facing|be me|being me|do this|be like this|continue))",
        "I'd rather be dead than feel like this",
    ),
    Pattern(
        "wish-dead",
        EXPLICIT,
        "dead died born existed exist alive wake gone",
        r"\b(?:wish|wished|wishing|want|wants|wanted|wanting|hope|hoping|pray|praying|ready)"
        r"(?: <w>){0,4} (?:dead|died|never been born|not been born|never born|never existed"
        r"|not exist|not existed|not alive|been dead|wake up dead|gone for good)\b",
        "I wish I was dead",
    ),
    Pattern(
        "better-off-dead",
        EXPLICIT,
        "dead death dying forward",
        r"\blooking forward to (?:being dead|dying|death|not being here|not existing)\b"
        r"|\b(?:peaceful|nice|easy|easier|better|restful|calm|quiet|lovely|good|a relief)"
        r" (?:it would be to be dead|being dead would be|death would be|dying would be)\b"
        r"|\bbetter off dead\b|\b(?:being dead|death|dying) (?:would be|will be|sounds|seems"
        r"|feels|is) (?:so |really |quite |much |like )?(?:better|easier|peaceful|a relief"
        r"|relief|nice|kinder|calm|restful|a release|the answer|the only way|the way out)\b",
        "death would be a relief",
    ),
    Pattern(
        "thoughts-of-dying",
        EXPLICIT,
        "dying death dead alive die exist wake",
        r"\b(?:think|thinking|thought|thoughts) (?:about|of) (?:dying|death|being dead|my death"
        r"|my own death|not being alive)\b|\b(?:a relief|easier|better|nice|peaceful) (?:to|if i"
        r" could) (?:not be alive|be dead|die|not exist|not wake up)\b",
        "I think about dying every day",
    ),
    Pattern(
        "wish-for-an-accident",
        EXPLICIT,
        "hit hits run runs knock knocked",
        r"\b(?:wish|wished|hope|hoping|pray|praying|want)(?: <w>){0,4} (?:hit me|hits me|run me"
        r" over|runs me over|knock me down|get hit|got hit|be hit|hit by|run over by)\b",
        "I hope I get hit by a car",
    ),
    Pattern(
        "own-funeral",
        EUPHEMISM,
        "funeral",
        r"\b(?:imagine|imagining|picture|picturing|plan|planning|planned|think about|thinking"
        r" about) my (?:own )?funeral\b(?! (?:plan|insurance|costs?|wishes|music)\b)",
        "I keep imagining my own funeral",
    ),
    Pattern(
        "picturing-myself",
        EUPHEMISM,
        "myself",
        r"\b(?:picture|picturing|imagine|imagining|see|seeing|visualise|visualising)"
        r" myself (?:jumping|stepping|falling(?! asleep| in love| for)|hanging(?! out| on)|dying"
        r"|dead|crashing|drowning|overdosing|in a coffin)\b",
        "I keep picturing myself jumping",
    ),
    Pattern(
        "take-my-life",
        EXPLICIT,
        "life suffering pain",
        r"\b(?:take|takes|taking|took|taken|end|ends|ending|ended|finish|finishing)"
        r" (?:my|my own) life\b|\b(?:end|ending|ended|stop|stopping) (?:my|the) (?:suffering"
        r"|pain) (?:for good|forever|permanently|once and for all)\b|\bend my suffering\b",
        "I want to end my life",
    ),
    Pattern(
        "not-want-to-live",
        EXPLICIT,
        "want wants",
        r"\b(?:not|never|no longer) (?:really |even |just |ever )?wants? (?:to )?(?:be alive"
        r"|exist|live(?! (?:in|with|at|near|there|abroad|on|by|alone|together|next|close|far"
        r"|somewhere|anywhere|off|here|forever|to be|long enough|like that|through)\b)"
        r"|be here(?:$| anymore| any more| any longer| no more| now| ever| at all| on this"
        r"| in this world| on earth| tomorrow)|be around(?:$| anymore| any more| any longer"
        r"| no more| tomorrow)|wake up(?:$| tomorrow| ever| again| anymore| any more"
        r"| in the morning)|go on(?:$| anymore| any more| like this| living)|carry on(?:$"
        r"| anymore| any more| like this| living)|keep going(?:$| anymore| any more)"
        r"|keep living|survive|see tomorrow|see another (?:day|morning|year|birthday|christmas)"
        r"|be in this world|be on this earth)",
        "I don't want to be alive",
    ),
    # -- euphemism
    Pattern(
        "end-it-all",
        EUPHEMISM,
        "end ending finish finishing ended",
        r"\b(?:end|ending|finish|finishing) it all\b|\b(?:nearly|almost) ended it all\b",
        "I keep thinking about ending it all",
    ),
    Pattern(
        "end-things",
        EUPHEMISM,
        "end ending",
        r"^(?:just )?end(?:ing)? (?:it|things|everything|myself)\b<not_with>"
        r"|\b<intend>(?: to)?(?: just)? end(?:ing)? (?:it|things|everything|myself)\b<not_with>",
        "I want to end things",
    ),
    Pattern(
        "want-it-to-stop",
        EUPHEMISM,
        "stop end over finish",
        r"\b(?:want|wants|wanted|wanting|wish|need|needs)(?: <w>){0,2} (?:it all|everything"
        r"|all of it|all this|it|the pain|life|my life|things|everything and everyone)"
        r"(?: <w>)? (?:to )?(?:just |simply |all )?(?:stop|end|be over|finish)(?:$| for good"
        r"| forever| permanently"
        r"| now| already| and| but| all)",
        "I want it all to stop",
    ),
    Pattern(
        "never-wake",
        EUPHEMISM,
        "wake waking woke woken waken wakened",
        r"\b(?:sleep|asleep|bed|pass out|sleeping)(?: <w>){0,3} (?:and|then) (?:just )?"
        r"(?:never|not|no longer|do not)(?: <w>)? (?:wake|waking|woke)\b"
        r"|\b(?:wish|wished|wishing) (?:i )?(?:had )?(?:not|never) (?:woken|woke|waken|wakened)"
        r"(?: up)?(?:$| at all| this morning| today| again| ever)"
        r"|\basleep(?: <w>){0,3} (?:will not|would not|never|not) (?:ever )?wake up"
        r"(?! (?:until|till|before|early|at|in time|on time)\b)"
        r"|\b(?:hope|hoping|hoped|wish|wished|wishing|pray|praying|prayed|want|wanted|wants"
        r"|wanting|like|love|ready|let me)(?: tonight| today| every night| last night| again"
        r"| so hard| really| secretly| silently)?(?: that)?(?: i| i just| to| just| to just)?"
        r"(?: will| would"
        r"| d| do| does| did| could| can| might)? (?:not|never|no longer) (?:ever )?(?:to )?"
        r"(?:wake|woke|waking)\b(?! up (?:the|my|him|her|them|you|everyone|anyone|anybody"
        r"|baby|kids|children|neighbours|early|late|before|at|on time|too|until|till|when|to"
        r"|in time)\b)",
        "I want to sleep and never wake up",
    ),
    Pattern(
        "sleep-forever",
        EUPHEMISM,
        "sleep asleep rest",
        r"\b(?:want|wanted|wish|wishing|ready|long|longing|pray|praying|hope|hoping)"
        r"(?: <w>){0,3} (?:sleep|asleep|rest) (?:forever|for ever|permanently|eternally|and never"
        r"|for good)",
        "I want to go to sleep forever",
    ),
    Pattern(
        "disappear-for-good",
        EUPHEMISM,
        "disappear vanish",
        r"\b(?:want|wants|wish|wished|wishing|hope|ready|need|d love|d like)(?: <w>){0,3}"
        r" (?:disappear|vanish)(?:$| forever| for good| and never| permanently| completely"
        r"| off the face| from this world| from existence| from the world| from everyone)",
        "I wish I could just disappear forever",
    ),
    Pattern(
        "stop-existing",
        EUPHEMISM,
        "exist existing existed being living",
        r"\bi\b(?: <w>){0,5} (?:stop|stopped|stopping|cease|ceased|not|never|quit) (?:to )?"
        r"(?:exist|existing|existed)\b|\bstop(?:ped|ping)? being(?:$| alive| here| around"
        r"| me)|\b(?:want|wanted|wanting|wish|ready|need|going|just) (?:to )?(?:just )?stop"
        r" living(?:$| now| altogether| for good| already| forever)",
        "I just want to not exist",
    ),
    Pattern(
        "not-here-long",
        EUPHEMISM,
        "here around alive",
        r"\b(?:will not|not going to|not be|might not|may not|never|no longer|not|doubt)"
        r"(?: <w>){0,3} (?:still )?be (?:here|around|alive) (?:much longer|for much longer"
        r"|for long|anymore|any more|any longer|to see)\b(?! (?:at|in|with|on)\b)"
        r"|\b(?:promise|know if|sure if|sure|whether|think|doubt) i (?:will |d |would "
        r"|am going to )?still be (?:here|around|alive) (?:tomorrow|next|by|in a"
        r"|in the morning|at)\b",
        "I won't be here much longer",
    ),
    Pattern(
        "check-out",
        EUPHEMISM,
        "check checking checked",
        r"\bcheck(?:ing|ed)? out (?:for good|permanently|of life|of this life|forever)\b"
        r"(?! (?:deals?|offers?|bargains?|prices?|value|quality|measure)\b)",
        "I want to check out for good",
    ),
    Pattern(
        "join-them",
        EUPHEMISM,
        "ready want wanna long longing time",
        r"\b(?:ready|want|wanna|long|longing|time) to (?:go|join) (?:to |with )?"
        r"(?:my )?(?:him|her|them|mum|dad|mom|nan|gran|grandad|grandma|grandpa|brother"
        r"|sister|son|daughter|wife|husband)(?:$| again| now| soon| wherever| in heaven"
        r"| up there| on the other side)",
        "I'm ready to go to her now",
    ),
    Pattern(
        "through-the-night",
        EUPHEMISM,
        "night tonight birthday christmas",
        r"\b(?:not|never|doubt)(?: <w>){0,3} (?:make it|last|get)"
        r" (?:through|past|until|till|to) (?:the night|tonight|my birthday|christmas)$",
        "I don't think I'll make it through the night",
    ),
    Pattern(
        "why-still-here",
        EUPHEMISM,
        "why",
        r"\bwhy (?:am i|do i|should i|would i|bother)(?: even| still| keep)*"
        r" (?:still here|alive|here|living|exist|existing|breathing)\b"
        r"(?! (?:at|in|with|for|on|so|to)\b)",
        "why am I still alive",
    ),
    # -- slang
    Pattern(
        "kms",
        SLANG,
        "kms kys ctb",
        r"\b(?:kms|kys|ctb)\b",
        "honestly gonna kms",
    ),
    Pattern(
        "unalive",
        SLANG,
        "unalive unalived unalives unaliving",
        r"\bunaliv(?:e|ed|es|ing)\b",
        "I want to unalive myself",
    ),
    Pattern(
        "sewer-slide",
        SLANG,
        "sewerslide sewersliding sewerslided",
        r"\bsewerslid(?:e|ed|ing)\b",
        "thinking about sewer slide again",
    ),
    Pattern(
        "off-myself",
        SLANG,
        "myself meself",
        r"\b(?:to|just|might|could|will|would|should|i|d|gonna|going) (?:just )?"
        r"(?:off|offing|offed) <self>\b",
        "gonna off myself",
    ),
    Pattern(
        "delete-myself",
        SLANG,
        "delete deleting neck necking",
        r"\b(?:delete|deleting|neck|necking) <self>\b",
        "I just want to delete myself",
    ),
)
