"""More patterns, by family: a method with intent, hoping not to survive, no reason or hope
for going on, a last entry or a last goodbye, self-harm getting worse, and searches for a
fatal dose (see ``content.crisis_patterns`` for how a pattern is written).

These name a method only as far as a person might write it about themselves; the app never
shows them.
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

_PILLS = "pill pills tablet tablets meds medication medications medicine medicines "
_PILLS += "painkiller painkillers paracetamol ibuprofen aspirin antidepressants insulin capsules"

SIGNS: tuple[Pattern, ...] = (
    # -- a method, with intent
    Pattern(
        "jump-with-intent",
        METHOD,
        "jump",
        r"\bi (?:am |was )?(?:going to|gonna|want to|wanted to|will|could|might|about to"
        r"|ready to|tempted to|have to|need to|thinking about|thought about|nearly|almost)"
        r" (?:just )?jump$|\bsee if i (?:could|can|would|dare) (?:just )?jump$",
        "I'm going to jump",
    ),
    Pattern(
        "step-off-the-edge",
        METHOD,
        "edge platform ledge",
        r"\b(?:think|thinking|thought|urge|want|wanted|tempted|imagine|imagining|imagined"
        r"|picture|picturing|nearly|almost)(?: <w>){0,3} (?:stepping|step|stepped|jumping|jump"
        r"|falling|fall|leaning|lean) (?:off|over|from) (?:the|an|a) (?:edge|platform|ledge)\b",
        "I think about stepping off the edge of the platform",
    ),
    Pattern(
        "chosen-the-method",
        METHOD,
        "chosen picked decided settled",
        r"\b(?:chosen|picked|decided on|settled on) (?:the|a|my) (?:bridge|cliff|tracks|method"
        r"|rope|building|car park|way i will go|way to do it|way to die)\b",
        "I've chosen the bridge",
    ),
    Pattern(
        "hoping-not-to-survive",
        METHOD,
        "hoping hoped hope praying prayed wishing wished",
        r"\b(?:hoping|hoped|hope|praying|prayed|wishing|wished) (?:to |i would |i d |i will "
        r"|that i would |that i d |it would )?(?:crash|crashed|not wake up|never wake up"
        r"|not make it|not survive|die|be killed|get killed|not come back|never come back)"
        r"(?:$| into| on the way| tonight| in my sleep)",
        "I drove really fast hoping to crash",
    ),
    Pattern(
        "whole-packet-at-once",
        METHOD,
        "packet box bottle strip pack lot",
        r"\b(?:take|taking|took|taken|swallow|swallowing|swallowed|down|downing|downed)"
        r" (?:the|a|my) (?:whole|entire|full) (?:packet|box|bottle|strip|lot|pack)(?: <w>){0,3}"
        r" (?:at once|in one go|and (?:being|be) done|and not wake up|and never wake up)\b",
        "thinking of taking the whole packet at once",
    ),
    Pattern(
        "pills-beside-me",
        METHOD,
        _PILLS,
        r"\b(?:bottle|box|packet|pile|handful|stash|strip) of <pills>(?: <w>){0,6}"
        r" (?:thinking about it|thinking about taking them|tempted|waiting for me)\b",
        "there's a bottle of pills next to me and I'm thinking about it",
    ),
    Pattern(
        "fatal-dose",
        METHOD,
        "fatal lethal deadly dose",
        r"\b(?:dose|amount|how much|how many|quantity)(?: <w>){0,4} (?:would be|would|is|are"
        r"|will be|be) (?:fatal|lethal|deadly)\b|\b(?:what|which|how big a) dose (?:would"
        r"|will|might|it would take to) (?:do it|kill me|be enough|finish me)\b",
        "googled what dose would be fatal",
    ),
    Pattern(
        "blade-to-my-wrist",
        SELF_HARM,
        "knife blade razor scissors glass",
        r"\b(?:knife|blade|razor|scissors|glass)(?: <w>){0,2} (?:to|against|on|across) my"
        r" (?:wrists?|arms?|throat|skin|neck|thighs?)\b",
        "I held the knife to my wrist",
    ),
    # -- self-harm getting worse, or done to feel it
    Pattern(
        "harm-getting-worse",
        SELF_HARM,
        "cuts scars burns wounds selfharm sh",
        r"\bmy (?:cuts|scars|burns|wounds|selfharm|sh)(?: <w>)? (?:are|is|keep|have been|have)"
        r" (?:getting|got|gotten|going) (?:deeper|worse|bigger|more frequent|longer)\b",
        "my cuts are getting deeper",
    ),
    Pattern(
        "to-feel-the-pain",
        SELF_HARM,
        "purpose deliberately intentionally",
        r"\b(?:on purpose|deliberately|intentionally) (?:to|so (?:it|i) (?:would|could))"
        r" (?:feel the (?:burn|pain|sting)|feel pain|hurt|burn|bleed|bruise)\b",
        "held my hand over the hob on purpose to feel the burn",
    ),
    # -- dying, wished for or welcomed
    Pattern(
        "feel-like-dying",
        EXPLICIT,
        "dying",
        r"\bfeel(?:s|ing)? like dying\b(?! (?:of|from|laughing|with|for)\b)",
        "I feel like dying every day",
    ),
    Pattern(
        "by-my-own-hand",
        EXPLICIT,
        "hand hands",
        r"\bby my own hands?\b",
        "I'm going to die by my own hand",
    ),
    Pattern(
        "death-welcomed",
        EUPHEMISM,
        "dying death dead scared afraid frightened suicide",
        r"\b(?:not|no longer) (?:scared|afraid|frightened|fearful) of (?:dying|death|being dead)"
        r"(?:$| anymore| any more)|\b(?:picturing|imagining|imagine|picture|dreaming about"
        r"|fantasising about|fantasizing about) (?:my own|my) (?:death|suicide|dead body)\b"
        r"|\b(?:dying|death|being dead) (?:feels|seems|sounds|looks) (?:so )?(?:peaceful"
        r"|like a relief|like relief|appealing|comforting|like rest)\b",
        "I'm not scared of dying anymore",
    ),
    Pattern(
        "death-the-only-exit",
        EUPHEMISM,
        "exit escape way option answer solution choice relief",
        r"\b(?:death|dying|suicide|killing myself|ending it)(?: <w>){0,3} (?:the only|my only"
        r"|the one) (?:exit|escape|way out|option|answer|solution|choice|relief)\b"
        r"|\bonly (?:exit|escape|way out|option|answer|solution)(?: <w>){0,2} (?:is|would be"
        r"|seems|looks like) (?:death|dying|to die|suicide)\b",
        "death looks like the only exit from this",
    ),
    Pattern(
        "take-me-in-my-sleep",
        EUPHEMISM,
        "take takes",
        r"\b(?:pray|prays|praying|prayed|wish|wishing|hope|hoping|asked|asking|beg|begging)"
        r"(?: <w>){0,5} (?:god|jesus|the lord|death|someone|something) (?:would |will |to "
        r"|could )?(?:take|takes) me\b(?! (?:to|out|for|home from|back|with|on|there|around"
        r"|shopping)\b)",
        "I pray every night that God takes me in my sleep",
    ),
    Pattern(
        "end-everything",
        EUPHEMISM,
        "end ending",
        r"\b(?:i|i will|i am going to|i want to|i could|i might|to) end everything\b",
        "tonight's the night I end everything",
    ),
    Pattern(
        "would-not-mind-dying",
        EUPHEMISM,
        "died die dead wake woke",
        r"\bif i (?:died|die|was dead|were dead|did not wake up|never woke up)(?: <w>){0,3}"
        r" i (?:would not|will not|do not|wouldnt) (?:mind|care)\b",
        "If I died tomorrow I wouldn't mind",
    ),
    Pattern(
        "should-not-be-alive",
        EXPLICIT,
        "alive living breathing born had",
        r"\bi (?:should not|should never|do not deserve to) be (?:alive|living|breathing)\b"
        r"|\b(?:wish|wishes|wished) (?:my )?(?:mum|mom|mother|parents|dad|they)(?: <w>)?"
        r" (?:had )?never (?:had me|had a baby|had kids|had children)\b",
        "wish my mum had never had me, I shouldn't be alive",
    ),
    Pattern(
        "not-wanting-to-be-alive",
        HOPELESSNESS,
        "alive living life existing",
        r"\b(?:being alive|living|life|existing|staying alive) is not something i (?:want"
        r"|need|can do|can bear)(?:$| any more| anymore| any longer)"
        r"|\bstopped (?:being|feeling|seeming) worth living\b",
        "being alive is not something I want any more",
    ),
    Pattern(
        "can-not-live-with-myself",
        HOPELESSNESS,
        "live",
        r"\bcan not live with (?:myself|me)(?:$| any longer| anymore| any more| much longer)",
        "I can't live with myself any longer",
    ),
    Pattern(
        "how-much-longer",
        HOPELESSNESS,
        "longer long",
        r"\b(?:do not know|not sure|no idea|unsure) how (?:much )?(?:longer|long) i can"
        r" (?:keep living|keep going|go on|carry on|keep fighting|survive|hold on|take this"
        r"|keep doing this|do this)(?:$| like this| anymore| any more| for)",
        "idk how much longer I can keep living like this",
    ),
    Pattern(
        "no-reason-or-hope",
        HOPELESSNESS,
        "reason hope point purpose",
        r"\bno (?:reason|point|purpose) (?:left )?for me to (?:keep going|go on|carry on|live"
        r"|stay|be here|keep living|stay alive|exist)\b|\bi (?:have|have got|got|am left with)"
        r" no (?:more )?hope(?: left)?(?: at all| whatsoever| anymore| any more| in anything"
        r"| in life)?$",
        "there's no reason for me to keep going",
    ),
    Pattern(
        "better-with-me-gone",
        BURDEN,
        "better easier happier",
        r"\b(?:better|easier|happier)(?: off)? with me (?:gone|dead|out of the way|not here"
        r"|not around|no longer here)\b(?! (?:on|to|for(?! good| ever)|away|at)\b)",
        "my family would do better with me gone for good",
    ),
    # -- a last entry, a last goodbye
    Pattern(
        "last-entry",
        PREPARATION,
        "last final",
        r"\b(?:this is|this will be|these are|here is) (?:my|the) (?:last|final) <w>"
        r" (?:entry|post|message|words|note)(?:$| ever| goodbye)",
        "This will be my final diary entry",
    ),
    Pattern(
        "like-the-last-time",
        PREPARATION,
        "time",
        r"\b(?:goodbye|bye|hugged|hug|held|kissed|looked at|told|saw)(?: <w>){0,5} (?:like"
        r"|as if|as though) it (?:was|were|would be) the (?:last|final) time\b",
        "said goodbye to my friend like it was the last time",
    ),
)
