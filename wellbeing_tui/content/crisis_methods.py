"""Patterns for talk of a method, of preparing, and of self-harm (see
``content.crisis_patterns`` for how a pattern is written).

These name a method only as far as a person might write it about themselves; the app never
shows them.
"""

from __future__ import annotations

from wellbeing_tui.content.crisis_patterns import METHOD, PREPARATION, SELF_HARM, Pattern

_PILLS = "pill pills tablet tablets meds medication medications medicine medicines "
_PILLS += "painkiller painkillers paracetamol ibuprofen aspirin antidepressants insulin capsules"

METHODS: tuple[Pattern, ...] = (
    # -- method
    Pattern(
        "overdose",
        METHOD,
        "overdose overdosed overdoses overdosing od oding",
        r"\b(?:overdos(?:e|ed|es|ing)|od|oding|od d)\b",
        "I keep thinking about overdosing",
    ),
    Pattern(
        "all-the-pills",
        METHOD,
        _PILLS,
        r"\b(?:take|taking|took|taken|swallow|swallowing|swallowed|down|downing|downed|neck"
        r"|necking|necked|have|had|eat|ate|use|used|using)(?: <w>)? (?:all|every|every single"
        r"|the whole|a whole|all of|all the|too many|so many|loads of|a load of|a handful of"
        r"|handfuls of|lots of|the rest of|a bunch of|a pile of|a box of|a packet of"
        r"|a bottle of|the box of|the bottle of|whole|a lot of)(?: <w>){0,2} <pills>\b"
        r"|\b(?:my|the|these|those|all my|all the|all of my)(?: <w>)? <pills>(?: <w>){0,4}"
        r" (?:all at once|at once|in one go|all together)\b|\b<pills> instead of taking them\b"
        r"|\b<pills>(?: <w>){0,6} waiting for the right (?:night|time|moment|day)\b"
        r"|\b<pills>(?: <w>){0,6} (?:and )?(?:taking|take|took|swallowing|swallow|swallowed)"
        r" (?:them all|all of them|the lot|every one of them)\b(?! (?:until|till|as|with"
        r"|before|every|each|at the|in the)\b)",
        "taking all my pills at once",
    ),
    Pattern(
        "how-many-pills",
        METHOD,
        _PILLS + " lethal fatal deadly",
        r"\bhow (?:many|much)(?: <w>)? <pills>\b(?: <w>){0,4} (?:enough|kill|lethal|fatal"
        r"|to die|it would take|would it take|does it take|it takes|would be enough)\b"
        r"|\b(?:lethal|fatal|deadly) (?:dose|amount|overdose|quantity)\b",
        "I googled how many pills would be enough",
    ),
    Pattern(
        "looking-at-pills",
        METHOD,
        _PILLS,
        r"\b(?:looking|looked|look|looks|staring|stared|stare|stares) at (?:the|my|all the"
        r"|all my|those|these|a bottle of|the bottle of|a box of|the box of|the packet of)"
        r"(?: <w>)? <pills>\b",
        "I keep looking at the pills in the cupboard",
    ),
    Pattern(
        "jump",
        METHOD,
        "jump jumping jumped throw throwing threw thrown fling flinging hurl hurling "
        "leap leaping leapt step stepping stepped walk walking walked lie lying lay falling",
        r"\b(?:jump|jumping|jumped|throw|throwing|threw|thrown|fling|flinging|hurl"
        r"|hurling|leap|leaping|leapt)(?: myself| me)? (?:off|from|in front of|under|onto"
        r"|into|out of) (?:a |an |the |that |this |my |some |one of the |the top of |the top"
        r" of a |the top of the |top of )?(?:<w> )?(?:bridge|bridges|footbridge|flyover|viaduct"
        r"|roof|rooftop|building"
        r"|buildings|cliff|cliffs|train|trains|bus|lorry|truck|traffic|tower|tower block"
        r"|balcony|window|car park|multistorey|multi storey|motorway|overpass|platform|tracks"
        r"|railway|railway line|ledge|something high|somewhere high)\b"
        r"|\b(?:step|stepping|stepped|walk|walking|walked|lie|lying|lay) (?:out )?"
        r"(?:in front of|into|onto|on|under) (?:a |an |the |some |oncoming )?(?:train|bus"
        r"|lorry|truck|traffic|car|tracks|railway|railway line)\b|\bwalk(?:ing|ed)? into the"
        r" (?:sea|river|lake|water) and (?:just )?(?:keep going|keep walking|not come back"
        r"|never come back"
        r"|not stop|never stop)\b|\b(?:bridge|roof|rooftop|edge|platform|cliff|ledge|balcony"
        r"|car park|tracks)(?: <w>){0,6} (?:thinking|thought|think) (?:about|of) (?:jumping"
        r"|stepping off|falling)$",
        "I want to jump off a bridge",
    ),
    Pattern(
        "drown-or-edge",
        METHOD,
        "drown drowning drowned edge calling",
        r"\bdrown(?:ing|ed)? <self>\b|\b(?:stood|standing|stand|sat|sitting|sit) on the edge of"
        r" (?:a |the )?(?:<w> )?(?:roof|bridge|cliff|platform|building|car park|balcony)\b"
        r"|\b(?:bridge|railway|tracks|cliff|edge|roof|rope|pills)(?: <w>){0,3}"
        r" keeps? calling (?:to )?me\b",
        "I want to drown myself",
    ),
    Pattern(
        "drive-into",
        METHOD,
        "drive driving drove driven steer steering steered swerve swerving swerved crash crashing",
        r"\b(?:drive|driving|drove|driven|steer|steering|steered|swerve|swerving|swerved)"
        r"(?: my car| the car| myself)? (?:into|off|in front of) (?:a |the |an "
        r"|some )?(?:oncoming |incoming )?(?:wall|tree|lorry|truck|bridge|river|traffic"
        r"|cliff|barrier|bus|train|pillar|lamppost|lake|central reservation|embankment|canal"
        r"|quarry|sea)\b|\b(?:want|wanted|wanting|thinking"
        r" about|thought about|think about|imagining|picturing|tempted|urge|going) (?:to )?(?:drive"
        r"|driving|swerve|swerving|crash|crashing|steer|steering)(?: my car| the car)? off the"
        r" road\b",
        "I want to drive my car into a wall",
    ),
    Pattern(
        "hang",
        METHOD,
        "hang hanging hanged hung noose rope ropes ligature",
        r"\b(?:hang|hanging|hanged|hung) <self>\b|\bnoose\b|\bligature\b|\b(?:bought|buy"
        r"|buying|got|get|getting|have|had|has|tied|tie|tying|made|make|making|looking at"
        r"|looked at|staring at|stared at|look at|found|find|hid|hide|hidden|hiding)"
        r" (?:a |the |some |my |that |this |enough )?(?:new |strong |long |thick )?ropes?\b",
        "I keep looking at the rope in the shed",
    ),
    Pattern(
        "ways-to-die",
        METHOD,
        "looked looking look googled googling google searched searching search researched "
        "researching research read reading ways way methods method up",
        r"\b(?:looked up|looking up|look up|googled|googling|google|searched|searching|search"
        r"|researched|researching|research|read up on|reading about|read about) (?:ways"
        r"|the best way|the easiest way|the quickest way|painless ways?|how|methods?)"
        r"(?: <w>){0,2} (?:to die|to kill myself|to end it|to end my life|to overdose"
        r"|to do it|to not wake up|of killing myself|of dying|to hang myself|to commit)\b"
        r"|\b(?:looked|looking|look|searched|searching|googled|googling) up (?:the )?(?:tallest"
        r"|highest|nearest high|closest high) (?:bridge|building|cliff|car park|tower)s?\b"
        r"|\bways to die\b|\b(?:painless|quick|quickest|easiest|easy|best|surest) (?:ways?"
        r"|methods?) (?:to|of) (?:die|dying|kill myself|end it)\b",
        "I looked up ways to die",
    ),
    # -- preparation
    Pattern(
        "saving-pills",
        PREPARATION,
        _PILLS,
        r"\b(?:saving|saved|save|saves|stockpil\w*|hoard\w*|stash\w*|hiding|hid|hidden|hide"
        r"|squirrel\w*|counting|counted|count|gathering|gathered|building up)(?: up| out)?"
        r"(?: <w>){0,3} <pills>\b|\b<pills>(?: <w>){0,3} (?:saved up|stockpiled|hidden away"
        r"|stashed|hoarded|put aside|set aside|saved)\b",
        "I've been saving my pills for weeks",
    ),
    Pattern(
        "a-plan",
        PREPARATION,
        "plan plans planning worked working work decided deciding know figured figuring planned "
        "chosen picked thought thinking when",
        r"\b(?:made|make|making|have|got|i) (?:made |got |worked out |made up )?(?:a|my|the)"
        r" plan (?:for how|for when|for where|and i know (?:when|how|where)|to (?:do it"
        r"|end it|die|kill myself|end my life|end things|go through with it)|in place to)\b"
        r"|(?:^(?:planning|going|want|wanting)|\bi)\b(?: <w>){0,4} do it when (?:the house is"
        r" empty|no one is (?:home|around|in)|nobody is (?:home|around|in)|everyone is (?:out"
        r"|asleep|away)|they are (?:out|asleep|away))\b"
        r"|\b(?:worked out|working out|work out|decided|deciding|know|figured out|figuring out"
        r"|planned|planning|chosen|picked|thought about"
        r"|thinking about|thought through)(?: exactly| already| now)? (?:how|when|where)"
        r"(?: and (?:how|when|where))?"
        r" (?:i will|i would|i d"
        r"|i am going to|i could|i should|i might) (?:do it|end it|go through with it|die"
        r"|kill myself|end things)\b|\b(?:planning|planned|plan) (?:exactly )?how (?:to|i will"
        r"|i would|i d|i am going to) (?:do it|end it|go through with it)$",
        "I've made a plan and I know when",
    ),
    Pattern(
        "goodbye-letters",
        PREPARATION,
        "note notes letter letters message messages video videos",
        r"\b(?:suicide|goodbye|goodbyes|farewell) (?:note|notes|letter|letters|message"
        r"|messages|video|videos)\b|\bwill and (?:a |my |the )?(?:note|letter|letters|notes)\b"
        r"|\b(?:wrote|written|writing|write|left|leave|leaving"
        r"|drafted|draft|drafting|typed|typing|finished) (?:a |some |my |the )?(?:notes?"
        r"|letters?) (?:for|to) (?:each of |all of )?<people>(?: <w>){0,3} (?:to find|for after"
        r"|for when"
        r"|when i am gone|after i am gone|after i die|for afterwards|to read after|in case)\b",
        "I wrote goodbye letters",
    ),
    Pattern(
        "saying-goodbye",
        PREPARATION,
        "goodbye goodbyes farewell last final",
        r"\bthis is (?:my|our|the) (?:goodbye|farewell|last goodbye|final goodbye)\b"
        r"|^(?:so |well |i guess )?this is goodbye(?:$| for good| forever| for ever| then)"
        r"|\bsaid (?:my )?goodbyes? to (?:everyone|everybody|them all|my family)(?: <w>){0,3}"
        r" (?:in my own way|one last time)\b|\b(?:saying|said|say) goodbye to (?:people|everyone"
        r"|them) without them knowing\b"
        r"|\b(?:said|say|saying|says) (?:my|all my|final|last|my final|my last)"
        r" goodbyes?\b|^goodbye (?:everyone|everybody|cruel world|all|forever"
        r"|for good|for ever)$|\b(?:this is|this will be|these are) (?:my|the) (?:last"
        r"|final) (?:entry|post|message|words|note|thing i will write|thing i write"
        r"|time i write)(?:$| ever| goodbye)",
        "this is my goodbye",
    ),
    Pattern(
        "after-i-am-gone",
        PREPARATION,
        "gone dead",
        r"\b(?:when|after|once) i am (?:gone|dead)(?:$| for good| forever)"
        r"|\bfor (?:when|after) i am (?:gone|dead)\b",
        "who gets my cat when I'm gone",
    ),
    Pattern(
        "giving-things-away",
        PREPARATION,
        "giving gave give given gifting gifted",
        r"\b(?:giving|gave|give|given|gifting|gifted) (?:away )?(?:all )?(?:of )?(?:my"
        r"|all my|my favourite) (?:things|stuff|belongings|possessions|pets?|cats?|dogs?"
        r"|books|guitar|jewellery|jewelry|games|records|collection)\b",
        "I'm giving my things away",
    ),
    Pattern(
        "will-not-need-it",
        PREPARATION,
        "need",
        r"\bi will not need (?:any of (?:it|this|them|my things)|my things|my stuff|them anymore"
        r"|it anymore|any of it anymore)$",
        "I gave my books away, I won't need any of it",
    ),
    Pattern(
        "affairs-in-order",
        PREPARATION,
        "affairs",
        r"\b(?:put|putting|puts|get|getting|got|sort|sorting|sorted|set|setting) (?:all )?"
        r"my affairs in order\b(?! (?:before|for|ahead of) (?:the |my |a |our |this )?(?:new "
        r"|big )?(?:job|move|moving|house move|holiday|trip|wedding|baby|retirement|year|tax"
        r"|audit|maternity|paternity|mortgage|house|operation|surgery|op|deployment|posting"
        r"|course|semester|term|travels?)\b)",
        "I've put my affairs in order",
    ),
    # -- self-harm
    Pattern(
        "self-harm",
        SELF_HARM,
        "selfharm selfharms selfharmed selfharming selfharmer",
        r"\bselfharm(?:s|ed|ing|er)?\b",
        "self harming again",
    ),
    Pattern(
        "sh-urges",
        SELF_HARM,
        "sh si",
        r"\bsh (?:d|ed)\b|\b(?:sh|si) (?:urges?|thoughts?|relapse\w*|again|free|clean|scars?"
        r"|wounds?|cuts?"
        r"|tonight)\b|\b(?:relapsed|relapse|relapsing|urges?|struggling|clean|free) (?:on |with"
        r" |from |to do |to )?(?:sh|si)\b|\b(?:had|having|have|got|getting) (?:sh|si)(?:$| all day"
        r"| all night| again| today| tonight)",
        "sh urges again tonight",
    ),
    Pattern(
        "cut-myself",
        SELF_HARM,
        "cut cuts cutting slit slits slitting slash slashed slashing",
        r"\b(?:cut|cuts|cutting|slit|slits|slitting|slash|slashed|slashing) (?:<self>|my (?:arms?"
        r"|wrists?|legs?|thighs?|stomach|skin|body|hips?))\b",
        "I cut myself last night",
    ),
    Pattern(
        "cutting-again",
        SELF_HARM,
        "cut cutting",
        r"\b(?:urges?|need|needing|want|wanting|tempted|itch|craving|cravings) to cut\b"
        r"(?! (?:down|back|out|off|up|the|my hair|your|his|a|some|it|costs|class|school|loose"
        r"|in|through|ties|corners|carbs|sugar|short|across|and(?! cut)|grass|hedge|lawn|wood"
        r"|paper|fabric|cake|bread|onions?|vegetables|veg|meat|cheese|them|him|you|people|that"
        r"|this)\b)|\b(?:been|started|starting|start|keep|kept|relapsed|relapse|relapsing"
        r"|back to|stopped|stop|quit|quitting|thinking about|thought about|think about"
        r"|thinking of|i have|i) cutting(?:$| again| myself| my| tonight| today| last night"
        r"| deeper| deep| more| still| every| since)|^cut (?:again|deep|deeper|too deep)\b"
        r"|\b(?:i|and|then|so|just|have|had|been) cut (?:again|deep|deeper|too deep)\b"
        r"|\bi cut(?:$| again| tonight| last night| today| deeper| deep| more| because| until"
        r"| till)",
        "I've been cutting again",
    ),
    Pattern(
        "hurt-myself",
        SELF_HARM,
        "hurt hurts hurting harm harms harmed harming injure injured injuring burn burns "
        "burned burnt burning scratch scratched scratching hit hits hitting punch punched "
        "punching bruise bruised bruising starve starved starving choke choked choking "
        "strangle strangled scald scalded carve carved carving punish punishing punished",
        r"\b<harm> <self>\b|\b(?:carve|carved|carving) into my\b|\bpunish(?:ing|ed)? <self>"
        r" by (?:not eating|starving|cutting|hurting|hitting|burning|scratching)\b",
        "I want to hurt myself",
    ),
    Pattern(
        "on-purpose",
        SELF_HARM,
        "purpose deliberately intentionally something punish deserve deserved deserving bled "
        "bleed bleeds deserves",
        r"\b(?:<harm>|cut|cuts|cutting|bled|bleed|bleeding|pick|picked|picking)(?: <w>){0,6}"
        r" (?:on purpose|deliberately|intentionally|to feel something|to punish myself"
        r"|because i deserve\w*|until (?:i|it|they) (?:bled|bleeds?)|till (?:i|it|they)"
        r" bled)\b",
        "I burned myself on purpose",
    ),
    Pattern(
        "deserve-pain",
        SELF_HARM,
        "deserve deserves deserved",
        r"\bdeserve(?:s|d)? (?:the |this |to feel |to be in |all the )?(?:pain|to hurt"
        r"|to suffer|suffering|to bleed|to be hurt|to be punished|punishment)\b",
        "I deserve the pain",
    ),
    Pattern(
        "blades",
        SELF_HARM,
        "blade blades",
        r"\b(?:hid|hide|hides|hiding|hidden|stash\w*|keep|keeps|kept|bought|buy|buying|got"
        r"|sharpen\w*|found|find|took|take|taking|carry|carrying|have|had|my) (?:the |my |a "
        r"|some |new |spare |a pack of |a packet of )?(?:blades?|razor blades?)\b",
        "I keep a blade hidden in my room",
    ),
)
