"""Patterns for feeling a burden and for hopelessness, both recognised warning signs (see
``content.crisis_patterns`` for how a pattern is written)."""

from __future__ import annotations

from wellbeing_tui.content.crisis_patterns import BURDEN, HOPELESSNESS, Pattern

FEELINGS: tuple[Pattern, ...] = (
    # -- burden
    Pattern(
        "better-off-without-me",
        BURDEN,
        "without different another new better someone",
        r"\b(?:better|happier|easier|fine|lighter|good|okay|ok|off|well|best)(?: <w>){0,3}"
        r" without me\b(?! (?:at|for|while|on|today|tonight|this|next|until|till|during|there"
        r"|tomorrow|coming|going)\b)|\bbetter off with (?:a different|another|a new|a better"
        r"|someone else as (?:a|their)) (?:mum|mother|dad|father|parent|partner|wife|husband"
        r"|friend|daughter|son|sister|brother)\b",
        "They'd be better off without me",
    ),
    Pattern(
        "if-i-were-gone",
        BURDEN,
        "gone dead died die disappeared disappear here around born exist existing ended killed "
        "alive left vanished",
        r"\b(?:better|easier|happier|relieved|glad|happy|fine|simpler|lighter|notice|care|miss"
        r"|mourn|cry|matter|difference)(?: <w>){0,6} (?:if|when|once) i <gone>\b"
        r"(?! (?:for(?! good| ever)|on|to|from|away|out|at|in the)\b)"
        r"|\b(?:if|when|once|after) i <gone>(?: <w>){0,8} (?:better|easier|happier|relieved"
        r"|glad|happy|fine|simpler|lighter|notice|care|miss|mourn|matter)\b",
        "It would be easier for everyone if I wasn't here",
    ),
    Pattern(
        "nobody-would-miss-me",
        BURDEN,
        "miss misses missed notice notices noticed care cares cared mourn mourns mourned cry "
        "cries cried matter matters mattered die grieve grieves grieved",
        r"\b(?:nobody|no one|who|none of them|not one person|anyone|no body)(?: <w>){0,3}"
        r" (?:miss|notice|care|mourn|cry|grieve|matter)(?:s|ed|d)?(?: <w>){0,3}"
        r" (?:me\b(?! (?:at|in|on|when|for)\b)|if i <gone>|when i <gone>)"
        r"|\b(?:nobody|no one|who|none of them) (?:even |really )?cares? (?:if|whether) i"
        r" (?:live or die|die|lived or died)\b",
        "nobody would miss me if I was gone",
    ),
    Pattern(
        "not-needed",
        BURDEN,
        "need needs needed",
        r"\b(?:world|nobody|no one|anyone|everyone)(?: <w>){0,2} (?:does not|do not|will not"
        r"|would not|never|not) (?:even |really )?need(?:s|ed)? me\b"
        r"|\b(?:nobody|no one) (?:really |even )?needs? me\b(?! (?:at|in|for|on|today|tonight"
        r"|this|until|till|to|there|here)\b)",
        "nobody needs me anymore",
    ),
    Pattern(
        "a-burden",
        BURDEN,
        "burden burdens",
        r"\b(?:i|me|myself)\b(?: <w>){0,5} burdens?\b(?! of\b)"
        r"|\bburdens? (?:to|on|for) <people>|\bburdens? like me\b",
        "I feel like such a burden",
    ),
    Pattern(
        "a-drain",
        BURDEN,
        "drain weight waste",
        r"\b(?:a drain|dead weight|a weight) (?:on|to|around) <people>"
        r"|\b(?:i am|i feel like|just|such|only|nothing but) (?:a )?(?:dead weight"
        r"|waste of (?:space|oxygen|air))\b",
        "I'm just a drain on everyone",
    ),
    Pattern(
        "worse-for-being-alive",
        BURDEN,
        "alive existing here around living",
        r"\b(?:worse|harder|miserable|unhappy|heavier)(?: <w>){0,3} (?:by|just by)"
        r" (?:being alive|existing|being here|being around|living)\b",
        "I only make things worse for everyone by being alive",
    ),
    Pattern(
        "worth-more-dead",
        BURDEN,
        "worth",
        r"\bworth more (?:dead|to them dead|gone)\b|\binsurance(?: <w>){0,3} worth more"
        r" than me\b",
        "I'm worth more dead",
    ),
    # -- hopelessness
    Pattern(
        "tired-of-living",
        HOPELESSNESS,
        "tired sick weary exhausted done finished fed over enough",
        r"\b(?:tired|sick|weary|exhausted|done|finished|fed up|over|had enough) (?:of|with)"
        r" (?:living"
        r"|existing|being alive|being here|life|this life|being me|trying to live"
        r"|trying to stay alive|breathing|waking up|surviving|fighting)\b"
        r"(?! (?:in|with|out|at|on|here|like|next|near|under|off|inside|as|without|abroad"
        r"|alone|together|for)\b)"
        r"|\b(?:i am|just) (?:so |just |completely |totally )?over (?:living|life|being alive"
        r"|existing)$",
        "I'm so tired of living",
    ),
    Pattern(
        "hate-living",
        HOPELESSNESS,
        "hate",
        r"\bhate (?:living|being alive|existing|being me|my existence|life)\b"
        r"(?! (?:in|with|here|at|next|near|so far|so close|so near|like|without|alone|on)\b)",
        "I hate being alive",
    ),
    Pattern(
        "no-point",
        HOPELESSNESS,
        "point pointless meaningless hopeless",
        r"\b(?:what is|no|not any|is there|there is no|there is not|not much|not really any"
        r"|without any|lost|losing|see no|not see the|not see any|is not any|never any)"
        r"(?: the| a| any| even the| even a| much| real)? point (?:in |of |to )?(?:going on"
        r"|carrying on|living|being alive|life|existing|anything|trying anymore|keep going"
        r"|keeping going|continuing|being here|staying|waking up|me(?=$| being| living| existing"
        r"| staying| trying| here| alive| around| waking| going on| carrying on)|it all|carry on"
        r"|go on"
        r"|live|exist|stay alive|getting up anymore)\b(?! (?:the|a|an|holiday|my|this|that"
        r"|about|with|at|to|in|trips?|tour|dates?|social|diet)\b)"
        r"|\b(?:life|living|everything|existence|it all|my life) (?:is|feels|seems) (?:so "
        r"|completely |totally |just |utterly )?(?:pointless|meaningless|hopeless)\b"
        r"|\bpointless (?:life|existence|living)\b",
        "what's the point of going on",
    ),
    Pattern(
        "no-reason-to-live",
        HOPELESSNESS,
        "reason reasons point purpose will desire wish motivation nothing",
        r"\b(?:no|not any|not a single|nothing|lost my|lost any|without a|can not find a"
        r"|can not find any|can not see a|can not see any|do not have a|do not have any"
        r"|have no|got no) (?:reason|reasons|point|purpose|will|desire|wish|motivation)"
        r"(?: left)? (?:to|for) (?:live|living|go on|going on|keep going|carry on|carrying on"
        r"|be alive|exist|existing|stay|staying|be here|get up|continue|fight|keep fighting"
        r"|stay alive"
        r"|wake up)\b(?! (?:in|with|at|on|the|this|for the|to|back|there|through)\b)"
        r"|\bnothing (?:left )?(?:to live for|worth living for|to keep me (?:going|here|alive)"
        r"|to stay (?:for|alive))|\bnothing left for me (?:here|anymore|any more"
        r"|in this world|in this life|in life)$",
        "I have nothing to live for",
    ),
    Pattern(
        "can-not-go-on",
        HOPELESSNESS,
        "can could unable able",
        r"\b(?:can not|could not|unable to|can no longer|no longer able to|not able to)"
        r" (?:go on living|carry on living|go on|carry on|keep going|keep doing this|do this|do it"
        r"|take it|take this"
        r"|take any more|take anymore|live like this|continue|keep living|keep fighting"
        r"|survive this|be alive|bear it|bear this|handle this|hold on|keep holding on"
        r"|face another day|face tomorrow|keep on|keep fighting this|keep fighting it)"
        r"(?:$| anymore| any more(?! [a-z])| any longer| much longer| like this$| no more"
        r"| for much longer| another day| at all)"
        r"|\b(?:not|never) (?:think|sure|know if|believe) i can (?:go on|carry on|keep going"
        r"|keep living|hold on|survive this)(?:$| much longer| any longer| anymore| any more"
        r"| like this| for much longer)",
        "I can't go on like this",
    ),
    Pattern(
        "no-way-out",
        HOPELESSNESS,
        "way dying death die killing ending",
        r"\bno (?:other )?way out(?:$| for me| but| except| other than| apart from| besides"
        r"| left| anymore| any more| of (?:this|it|here|my life|this life|the pain|this pain"
        r"|this hole|this mess|this darkness|feeling like this)(?:$| but| except| other than"
        r"| apart from| besides))|\bonly way out (?:is|would be|left)\b|\b(?:not|never) see (?:a"
        r"|any) way out\b(?: of (?:this|it|here))?(?:$| but| except| other than| apart from"
        r"| besides| for me)|\b(?:except|other than|but|apart from|besides) (?:dying|death"
        r"|to die|killing myself|ending it|ending my life)$",
        "there's no way out for me",
    ),
    Pattern(
        "no-hope",
        HOPELESSNESS,
        "hope",
        r"\bno (?:more )?hope (?:left )?(?:for me|anymore|any more)\b|\bno hope left$"
        r"|\blost (?:all )?(?:my )?hope(?:$| in (?:life|everything|living|myself|the future))",
        "there's no hope left for me",
    ),
    Pattern(
        "no-future",
        HOPELESSNESS,
        "see",
        r"\b(?:not|never|no longer) see (?:a|any|much of a|my|the) (?:future|way forward"
        r"|way out|point|reason to|light at the end|end to this|way through)(?:$| for me"
        r"| for myself| anymore| any more| ahead| at all| in anything| in life| in living)"
        r"|\bsee no (?:future|way forward|way out|light at the end|end to this|way through)"
        r"(?:$| for me| for myself| anymore| any more| ahead| at all| in life| in living)",
        "I don't see a future for myself",
    ),
    Pattern(
        "want-out",
        HOPELESSNESS,
        "out",
        r"\b(?:i|just) want (?:to get )?out(?:$| of (?:this|here|life|it all|my life|everything"
        r"|this life|this world|existence)$)",
        "I just want out",
    ),
    Pattern(
        "not-worth-living",
        HOPELESSNESS,
        "worth",
        r"\b(?:life|living|my life|it all|being alive|existence|staying alive|going on"
        r"|carrying on)(?: really)? (?:is not|is no longer|not|does not feel|does not seem"
        r"|never feels|never seems|no longer feels|no longer seems|was never)(?: <w>)? worth"
        r" (?:it|living|the effort|the pain|the struggle|the fight|the bother|anything|much)\b"
        r"|\bnot worth living\b",
        "life isn't worth living",
    ),
    Pattern(
        "give-up-on-life",
        HOPELESSNESS,
        "give giving gave given",
        r"\b(?:give|giving|gave|given) up on (?:life|living|myself|everything|being alive"
        r"|staying alive|it all|existence|ever getting better|getting better)\b",
        "I give up on life",
    ),
    Pattern(
        "feel-hopeless",
        HOPELESSNESS,
        "hopeless",
        r"\b(?:feel|feeling|felt|feels|life is|life feels|everything is|everything feels"
        r"|everything seems|it is all|it all feels|it all seems|so|completely|totally|utterly)"
        r" (?:so |completely |totally |utterly |just |really )?hopeless\b"
        r"(?! (?:at|with|in|when|cook|romantic|case)\b|about (?!everything|life|the future|it all"
        r"|myself|anything))",
        "I feel completely hopeless",
    ),
)
