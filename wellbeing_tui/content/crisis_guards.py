"""Everyday idioms that share words with the patterns of ``content.crisis_patterns``: hair dye,
a slice of cake, a sports injury, career suicide, a rope for the washing line. A guard's words
are blanked out of the clause before the patterns look, so they never answer; the rest of the
clause is still read.
"""

from __future__ import annotations

from wellbeing_tui.content.crisis_patterns import Guard

_PILLS = "pill pills tablet tablets meds medication medications medicine medicines "
_PILLS += "painkiller painkillers paracetamol ibuprofen aspirin antidepressants insulin capsules"

GUARDS: tuple[Guard, ...] = (
    Guard(
        "dye-hair",
        "die dye dying dyeing died dyed",
        r"\b(?:die|dye|dying|dyeing|died|dyed) (?:my|her|his|your|our|their|the|it)(?: <w>)?"
        r" (?:hair|roots|fringe|beard|eyebrows|clothes|jeans|shirt|dress|shoes|wool|fabric|top"
        r"|curtains)\b",
        "I want to die my hair blue",
    ),
    Guard(
        "die-of-idiom",
        "die dying died",
        r"\b(?:die|dying|died) (?:of|from) (?:embarrassment|laughter|laughing|boredom|shame"
        r"|cringe|heat|hunger|thirst|jealousy|envy|curiosity|excitement|happiness|cuteness"
        r"|suspense)\b|\bdying to (?:see|try|meet|know|go|get|hear|tell|find|read|watch|visit"
        r"|eat|have|show|start)\b|\b(?:die|died|dying) (?:laughing|of laughter)\b",
        "I could die of embarrassment",
    ),
    Guard(
        "killing-myself-laughing",
        "kill kills killed killing",
        r"\bkill(?:s|ed|ing)? <self> (?:laughing|with laughter)\b|\b(?:nearly|almost) killed"
        r" <self> (?:on|falling|tripping|slipping|carrying|running|cycling|when)\b",
        "I almost killed myself laughing at the panto",
    ),
    Guard(
        "a-slice",
        "cut cuts cutting",
        r"\bcut(?:ting|s)? (?:myself|me) (?:a |an |another |some |the )?(?:big |small |huge "
        r"|little |thin |thick |generous |second |fat )?(?:slice|slices|piece|pieces|bit|wedge"
        r"|chunk|portion|sliver|hunk|share|square|length)\b",
        "I cut myself a slice of cake",
    ),
    Guard(
        "an-accident",
        "hurt injured cut burn burned burnt scratch scratched hit scalded",
        r"\b(?:hurt|injured|cut|burn|burned|burnt|scratched|scratch|hit|scalded) (?:myself"
        r"|my <w>)(?: a bit| a little| slightly| badly| quite badly| pretty badly)? (?:at"
        r" (?:the )?(?:gym|football|rugby|work|training|practice|netball|hockey|tennis|cricket"
        r"|park|match|game|pool|climbing wall)|playing|during|training|lifting|falling"
        r"|tripping|slipping|shaving|cooking|chopping|slicing|gardening|moving|carrying"
        r"|running|cycling|climbing|skiing|skating|dancing|sparring|on (?:a|an|the|my|some|hot"
        r"|broken) <w>|while|with (?:a|the) (?:knife|tin|scissors|paper|kettle|iron|oven|pan)"
        r"|by accident|accidentally|in the (?:kitchen|garden|gym)|doing|taking|getting|pulling"
        r"|making|using|ironing|baking|lighting|grabbing|opening|fixing|cleaning|washing)\b"
        r"(?!(?: <w>){0,4} (?:on purpose|deliberately|intentionally)\b)"
        r"|\b(?:at (?:the )?(?:gym|football|rugby|training|practice|match)|playing <w>|pulled a"
        r" muscle|lifting <w>|on the stairs|slipped|tripped|fell)(?: <w>){0,4} (?:hurt|injured)"
        r" myself\b",
        "I hurt myself at football",
    ),
    Guard(
        "overdosed-on-treats",
        "overdose overdoses overdosed overdosing",
        r"\boverdos(?:e|ed|es|ing) on (?:the |some |too much |so much )?(?:chocolate|sugar|sweets"
        r"|cake|caffeine|coffee|tea|tv|telly|netflix|carbs|christmas|cheese|crisps|social media"
        r"|sunshine|cuteness|nostalgia|films|fun|love|drama|gossip|carrots|candy|junk food"
        r"|pizza|biscuits|cookies|ice cream|chips|memes|news|reality tv|vitamin [a-z0-9]+"
        r"|snacks|sweet treats|romance|cheesy [a-z]+|[a-z]+ films|[a-z]+ music)\b",
        "I overdosed on chocolate at Christmas",
    ),
    Guard(
        "not-a-burden",
        "burden",
        r"\b(?:not|never|no) (?:a |such a |ever a )?burden(?: at all| to (?:me|us))\b|\b(?:you are"
        r"|he is|she is|they are|it is|nobody is|no one is) (?:not|never|no) (?:a |such a "
        r"|ever a )?burden\b|\bnever a burden\b|\bno burden\b",
        "you're not a burden at all",
    ),
    Guard(
        "pill-routine",
        _PILLS,
        r"\b<pills>\b(?: <w>){0,6} (?:at the same time|each day|every day|every morning"
        r"|every night|every evening|daily|with (?:food|breakfast|lunch|dinner|meals)"
        r"|as prescribed|twice a day|once a day|three times a day|by accident|by mistake"
        r"|the doctor said|(?:in|into) (?:the |my |a |her |his )?(?:weekly |daily )?(?:pill ?box"
        r"|pill organi[sz]er|organi[sz]er|dosette|dispenser|blister pack))\b",
        "I take all my pills at the same time each day",
    ),
    Guard(
        "drowning-in-work",
        "drown drowning drowned",
        r"\bdrown(?:ing|ed)? <self> in (?:work|coffee|tea|paperwork|emails|chocolate|tv"
        r"|netflix|books|music|wine|sorrows|revision|the(?! (?:bath|bathtub|river|sea|lake|canal"
        r"|water|ocean|pond|reservoir|quarry)\b)|my(?! bath\b))\b",
        "I'm drowning myself in work this week",
    ),
    Guard(
        "bungee-jump",
        "bungee",
        r"\bbungee(?: <w>){0,1} (?:jump|jumping|jumped|jumps)(?: <w>){0,5}",
        "we went bungee jumping off a bridge on holiday",
    ),
    Guard(
        "rope-uses",
        "rope ropes",
        r"\b(?:skipping|jump|jumping|climbing|tow|towing|washing|mooring|tent|boat|anchor"
        r"|swing)(?: <w>)? ropes?\b|\bropes? (?:for|to) (?:the |a |my |our )?(?:tyre |tire )?"
        r"(?:tie|fix"
        r"|hang (?:the|up)|secure|pull|tow|climb|swing|washing|dog|boat|tent|garden|toy|line"
        r"|kids|cat|hammock|tree)s?\b|\bropes? (?:course|swing|bridge|ladder|toy|lights"
        r"|access)\b",
        "I bought a new rope for the dog's toy",
    ),
    Guard(
        "goodbye-when-leaving",
        "goodbye goodbyes farewell",
        r"\b(?:goodbye|goodbyes|farewell)(?: (?:letters?|cards?|notes?|messages?|videos?|posts?))?"
        r"\b(?: <w>){0,8} (?:moving|move|moved|leaving|leave|leavers|retire\w*|new job|party"
        r"|airport|station|holiday|do"
        r"|pen ?pals?|colleagues?|school|class|teacher|students?|coworkers?|co workers|team"
        r"|boss|office|abroad|university|uni|neighbours?|house|flat|home|keys|town|city)\b"
        r"|\b(?:moving|leaving|leavers"
        r"|retir\w*|colleagues?|pen ?pals?|school|class|coworkers?|team|office)(?: <w>){0,8}"
        r" (?:goodbye|goodbyes|farewell) (?:letters?|cards?|notes?|messages?)\b",
        "I wrote goodbye letters to my pen pals before moving abroad",
    ),
    Guard(
        "giving-to-charity",
        "giving gave give given gifting gifted",
        r"\b(?:giving|gave|give|given|gifting|gifted)(?: <w>){0,5} (?:to|for) (?:the |a )?"
        r"(?:charity|charity shop|oxfam|food bank|jumble sale|car boot|good homes?"
        r"|a good home)\b",
        "giving my books away to the charity shop",
    ),
    Guard(
        "blades-for-tools",
        "blade blades",
        r"\b(?:razor )?blades? (?:for|to|on|in) (?:shav\w*|my razor|the razor|the (?:lawn)?mower"
        r"|work|the stanley knife|the craft knife|crafts?|the saw|the blender|the hedge trimmer"
        r"|skates?|the skates?|the shaver)\b|\b(?:lawnmower|mower|saw|skate|shaver|wiper|knife"
        r"|blender|fan) blades?\b",
        "bought new razor blades for shaving",
    ),
    Guard(
        "someone-elses-self-harm",
        "selfharm selfharms selfharmed selfharming",
        r"\b(?:she|he|they)(?: (?:used to|has been|had been|have been|was|is|were|are|started"
        r"|stopped|once))? selfharm(?:s|ed|ing)?\b",
        "my friend told me she used to self-harm",
    ),
    Guard(
        "suicide-as-a-name",
        "suicide suicides suicideboys suicideboy",
        r"\bsuicide (?:squad|doors?|is painless|silence|boys|boy|forest|girls|king|run|runs"
        r"|blonde|commando|mission|sprints?|drills?|bomber|bombers|bombing|bombings|bid"
        r"|barriers?|nets?|fences?)\b"
        r"|\bsuicideboys?\b|\bvirgin suicides\b|\b(?:political|career|social|commercial"
        r"|electoral|professional|fashion) suicide\b|\bsuicide (?:prevention|awareness|rates?"
        r"|statistics|research|charity|training|documentary)\b",
        "watched Suicide Squad last night",
    ),
    Guard(
        "suicide-in-a-story",
        "suicide",
        r"\b(?:detective|police|coroner|novel|book|film|thriller|mystery|murder|episode"
        r"|inquest|plot)(?: <w>){0,8} (?:was not|is not|was|not|looked like|ruled out|made to"
        r" look like|staged as|disguised as) (?:a )?suicide\b",
        "a crime novel where the detective works out it wasn't suicide",
    ),
    Guard(
        "overdose-first-aid",
        "overdose overdoses",
        r"\b(?:what to do|how to help|how to respond|how to treat|first aid for|signs of)"
        r"(?: <w>){0,3} overdoses?\b",
        "we practised what to do after an overdose",
    ),
    Guard(
        "a-burden-they-did-not-mind",
        "burden",
        r"\bburden(?: <w>){0,8} but (?:they|she|he|everyone|it) (?:was|were|said|did not mind"
        r"|seemed|are|is) (?:happy|fine|glad|lovely|kind|pleased|really kind|so kind|really"
        r" happy|so happy|more than happy)\b",
        "felt like a burden asking for help but they were happy to",
    ),
    Guard(
        "another-s-death-long-ago",
        "suicide",
        r"\b(?:died|death) (?:by|from|of) suicide (?:<w> )?(?:years|months|decades) ago\b",
        "my brother's friend died by suicide years ago",
    ),
    Guard(
        "a-patient-in-class",
        "patient patients client clients",
        r"\b(?:the|a|our|one) (?:patient|patients|client|clients) (?:<w> ){0,2}?(?:overdosed"
        r"|overdose|overdoses|self harmed)\b",
        "the patient overdosed last year",
    ),
)
