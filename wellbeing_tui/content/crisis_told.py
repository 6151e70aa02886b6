"""Guards for the words of suicide, overdose and self-harm told by someone who is safe: a
past told as past ("three years free from self-harm today"), a death by suicide mourned
("my friend died by suicide last spring; the memorial walk was today"), a course that
teaches to ask ("how to ask someone if they are thinking of suicide"), and a day at work
("two overdoses and a fall on my shift"). See ``content.crisis_guards`` for how a guard
works.

A guard here only blanks the words out for the rules; the learned reader still reads the
whole entry. A past told as past is set aside for the whole entry when the entry turns back
to now (``TURNS_BACK``: "again", "urges", "tonight I..."); the others, like every guard about
someone else, when the writer joins in; the one about work is kept only in an entry framed
as work, a course or a story (``content.crisis_others.FRAME``).
"""

from __future__ import annotations

from wellbeing_tui.content.crisis_patterns import Guard

_N = (
    r"(?:[0-9]+|a|an|one|two|to|three|four|for|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|fifteen|twenty|thirty|forty|fifty|a few|a couple of|a couple|several|over a|nearly a"
    r"|almost a|over|nearly|almost|more than)"
)
_SPAN = r"(?:days?|weeks?|months?|years?|yrs?|decades?)"
_HARM = r"(?:selfharm(?:ing)?|sh|cutting|self injury|overdosing|overdoses)"
_KIN = (
    r"(?:brothers?|sisters?|friends?|mates?|sons?|daughters?|dads?|mums?|moms?|fathers?"
    r"|mothers?|husbands?|wifes?|wives|cousins?|uncles?|aunts?|aunties?|partners?|boyfriends?"
    r"|girlfriends?|colleagues?|nephews?|nieces?|grandads?|grandpas?|neighbours?|neighbors?"
    r"|classmates?|students?|patients?|clients?|sergeants?|stepdads?|stepmums?|exs?|bosss?"
    r"|teachers?|coachs?|coaches)"
)

_PAST_ACT = (
    r"(?:selfharm(?:ed|ing)?|cut myself|hurt myself|starved? myself|(?:was |be |being )?"
    r"suicidal|want(?:ed|ing)? to die|(?:did not|didnt|never) want(?:ed)? to (?:be (?:here"
    r"|alive)|live|wake up)|(?:thought|think|thinking) about (?:dying|ending (?:it|things"
    r"|my life)|suicide|killing myself)|tried to end it|trying to end it|(?:took|take|taken)"
    r" an overdose|overdosed|attempted suicide)"
)

# An entry about a day at work, told by the one at work: a shift, a handover, a caseload,
# callers, a course for the job (not a patient's words: a ward, a clinic, a referral, a
# discharge are a patient's as often as a nurse's).
WORK = (
    r"\b(?:shift|shifts|nightshift|nightshifts|on nights|handover|crewmate|crew|caseload"
    r"|my patients|our patients|the patients|patients|triage|cubicle|bay [0-9]+|resus|callers"
    r"|caller|volunteers|volunteering|naloxone|pharmacology|toxicology|antidotes|scenarios"
    r"|protocols|postvention|journal club|audit|tutor group|colleagues|placement|dsl"
    r"|safeguarding|asist|safetalk|mhfa|first aid|inquests|coroner|transcribing|interviews"
    r"|participants|ethics|grant|debrief|debriefed|custody|cell check|obs|the job|at work"
    r"|training|course|module|lecture|seminar|revision|revising|exam|studying)\b"
)
WORK_WORDS = (
    "shift shifts nightshift nightshifts nights handover crewmate crew caseload patients "
    "triage cubicle bay resus callers caller volunteers volunteering naloxone pharmacology "
    "toxicology antidotes scenarios protocols postvention journal audit tutor colleagues "
    "placement dsl safeguarding asist safetalk mhfa first inquests coroner transcribing "
    "interviews participants ethics grant debrief debriefed custody cell obs job work "
    "training course module lecture seminar revision revising exam studying"
)

# A case at work: overdoses, suicides, self-harm or a ligature counted, someone's, or named
# as a kind of work ("two overdoses", "an overdose call", "the self-harm patient in cubicle
# 4", "suicide risk assessment"), never the bare word ("Overdose tonight.", "Suicide is
# quicker."), which is how a writer at risk says it.
_TOPIC = r"(?:overdoses?|suicides?|suicide attempts?|selfharm(?:ing)?|ligatures?|noose)"
_CASE = (
    r"(?:(?:a|an|one|two|three|four|five|six|[0-9]+|another|several|multiple|suspected|probable|possible"
    r"|intentional|accidental|paracetamol|heroin|opioid|his|her|their|patients|patient s"
    r"|mans|womans|lads|girls)(?: <w>)? "
    + _TOPIC
    + r"|overdoses|suicides|ligatures|"
    + _TOPIC
    + r" (?:calls?|patients?|cases?|assessments?|risk assessments?|disclosures?|protocols?"
    r"|audit|training|awareness|prevention|intervention|referrals?|history|admissions?"
    r"|presentations?|points?|checks?|obs|watch|thresholds|stories|content|cuts|in (?:resus"
    r"|cubicle|bay|majors|the cell|cell))|on " + _TOPIC + r" (?:watch|obs)|a (?:<w> )?suicidal"
    r" (?:man|woman|lad|girl|boy|patient|client|caller|person|teenager|young person|detainee)"
    r"|after an? (?:massive |big |serious |suspected )?overdose)"
)
# Words that make a clause the writer's own even at work ("overdose on the old ones", "a
# ligature would still be possible", "an overdose is booked in for Sunday").
_OWN_AT_WORK = (
    r"(?:i|me|myself|mine|my (?!(?:shift|crewmate|caseload|patients?|colleagues?|team|manager"
    r"|job|ward|unit|station|round|rota|placement)\b)|want|wanted|wanting|wanna|wish|thinking"
    r"|thoughts|feel|feeling|felt|feels|seem|seems|look|looks|looking|urge|urges|plan"
    r"|planning|planned|tempted|considering|contemplating|again|mind|head|would|will|could"
    r"|quicker|only|better|answer|exit|sense|kindest|tonight|tomorrow|before|after|booked"
    r"|scheduled|ready|done|written|then|regardless|every time|material|old ones|on the cards"
    r"|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend))"
)

# The entry turns back from the past to now: a past told as past is then read as it stands.
TURNS_BACK = (
    r"\b(?:again|relaps\w*|broke (?:it|my|the) (?:streak|run|promise)|broken|urges?|tempted"
    r"|crav\w*|i (?:still |really |just |sometimes |kind of )?(?:want|wanna|wish)(?: to)?"
    r" (?:die|do it|be dead|end|go|disappear|sleep|not|it|be gone|the same)|i (?:am|have been"
    r"|keep|cannot stop) (?:thinking|planning|wanting)|miss it|miss doing|slipped|scared"
    r"|afraid|plan|planning|do it|no point|until|till|last night|tonight|today i did"
    r"|started again|starting again|back to|back on|lately|recently|anymore|any more"
    r"|wish it|waiting|this time|enough|ended|ends|last week|yesterday"
    r"|(?:it is|its|it s|they are|theyre) back|came back|coming back|creeping back"
    r"|nothing (?:has |had )?changed|every (?:hour|minute|night)|settled|crept|creeping"
    r"|unbearable|itch\w*|fighting (?:it|every|the)|(?:past|last) (?:month|few weeks"
    r"|fortnight)|let me go|right time to (?:go|stop|end)|stop altogether|leave on a (?:good"
    r"|high) note|(?:bought|buying|got|ordered) (?:<w> ){0,3}?(?:razors?|blades?|pills"
    r"|tablets|rope)|same (?:fog|feeling|thoughts|urges?|darkness|place)|i wish (?:they|it"
    r"|i (?:had not|hadnt|was|were|could (?:just )?(?:go|stop|end|sleep|disappear))))\b"
)
TURNS_BACK_WORDS = (
    "again relapse relapsed relapsing relapses broke broken urge urges tempted crave craving "
    "craved cravings i miss slipped scared afraid plan planning do no until till last "
    "tonight today started starting back lately recently anymore any wish waiting this "
    "enough ended ends week yesterday came coming creeping it its they theyre nothing every "
    "settled crept unbearable itch itches itching itchy fighting past month fortnight let "
    "right stop leave bought buying got ordered same"
)

TOLD: tuple[Guard, ...] = (
    Guard(
        "a-past-told-as-past",
        "day days week weeks month months year years yrs decade decades used ago back uni "
        "teens twenties thirties old when since teen teenager student kid still past "
        "anniversary once selfharm sh have havent yr",
        r"\b"
        + _SPAN
        + r"(?: <w>){0,2} (?:clean|free) (?:from |of )?"
        + _HARM
        + r"\b|\b"
        + _SPAN
        + r"(?: <w>)? (?:(?:selfharm|sh|overdose|cutting) (?:free|clean)|(?:no|without)"
        r" (?:selfharm|sh|selfharming|cutting|hurting myself))\b"
        r"|\b(?:selfharm|sh) (?:free|clean)(?: for)? (?:" + _N + r" )?" + _SPAN + r"\b"
        r"|\bstill no (?:selfharm|sh|cutting)\b|\bmy past (?:selfharm|overdose|attempt)\b"
        r"|\bthe old me would (?:have|of)\b|\banniversary of (?:my|the) (?:overdose|attempt)\b"
        r"|\bsince (?:that|the|my) (?:overdose|attempt) (?:in|at|when|back)\b"
        r"|\bwhen i (?:overdosed|took an overdose|tried to end it|attempted suicide) (?:at|aged?"
        r"|in) [a-z0-9]+\b|\bonce (?:upon a time )?(?:<w> ){0,2}?i? ?(?:tried to end it|thought"
        r" about (?:jumping|dying|ending it|suicide)|planned my (?:own )?funeral|wanted to die"
        r"|overdosed)\b|\bsince my last admission\b"
        r"|\b(?:have not|havent) (?:thought about|felt like) (?:hurting myself|selfharm|dying"
        r"|ending it)(?: <w>){0,2} (?:for|in) (?:a whole |over a |" + _N + r" )?" + _SPAN + r"\b"
        r"|\b(?:have not|havent|not|never) (?:selfharmed|hurt myself|cut|cut myself|overdosed)"
        r"(?: <w>){0,2} (?:in|for) (?:over |more than |nearly |almost )?"
        + _N
        + r"(?: whole)? "
        + _SPAN
        + r"\b|\b(?:years?|yrs?|decades?)(?: today| now)? since (?:i (?:last |stopped |quit )?"
        r"(?:selfharmed|selfharming|cut|overdosed|hurt myself|cut myself)"
        r"|my (?:last )?(?:selfharm|overdose|attempt|cut|suicide attempt)|the (?:overdose|attempt)"
        r"|i (?:took|had)"
        r" (?:an|the|my) overdose|i was the one in the bed)\b"
        r"|\bsince (?:i stopped|stopping|my last) (?:selfharm(?:ing)?|cutting)\b"
        r"|\b(?:used to|years ago|decades ago|years back|back then|back in"
        r"|in my (?:teens|twenties|thirties)|at uni|when i was"
        r" (?:[0-9]+|a <w>|at uni|at school|in school|young|younger|little|fifteen|sixteen"
        r"|seventeen|eighteen|nineteen)|as a (?:teen|teenager|student|kid))(?: <w>){0,8} "
        + _PAST_ACT
        + r"\b|\bback when i (?:selfharmed"
        r"|was selfharming|used to selfharm|was suicidal)\b|\bwhen i was (?:selfharming"
        r"|suicidal) (?:at|aged?|as a|in)\b|\bthe year i (?:selfharmed|was suicidal)\b"
        r"|\bmy old (?:selfharm|sh|suicide note)\b|\bthe overdose(?: <w>){0,2} (?:years?"
        r"|months?|decades?) ago\b"
        r"|\b(?:years?|decades?) ago(?: <w>){0,12} (?:tried to end it"
        r"|(?:took|had) an overdose|attempted suicide|suicide watch|overdosed)\b",
        "two years free from self-harm today, and I bought myself flowers",
        past=True,
    ),
    Guard(
        "a-death-by-suicide-mourned",
        "suicide suicides overdose",
        r"\b(?:died|dead|death|deaths) (?:by|of|from|through) suicide\b"
        r"|\b(?:lost|losing|lose) (?:<w> ){0,3}to suicide\b|\b(?:dies|dying) by suicide\b"
        r"|\b(?:bereaved|bereavement|loss"
        r"|losses|survivors?) (?:by|after|through|of) suicide\b|\bsuicide (?:bereavement"
        r"|loss|losses|survivors|memorial|prevention)\b"
        r"|\b(?:(?:my|our|his|her|their|your|the) (?:<w> )?|(?:since|after|about|over|of) )"
        + _KIN
        + r" suicides?\b"
        r"|\b(?:anniversary|inquest|funeral) of (?!my\b)(?:<w> ){1,2}suicide\b"
        r"|\bafter (?:a|the|his|her|their) suicide\b|\b(?:probable|possible|suspected"
        r"|apparent|likely) (?:suicide|overdose)\b",
        "my friend died by suicide last spring and I planted forget-me-nots for her",
        others=True,
    ),
    Guard(
        "asking-someone-about-it",
        "suicide suicidal selfharm selfharming killing ending",
        r"\b(?:ask|asking|asked|asks) (?:<w> ){0,4}?(?:(?:if|whether|about) (?:they|he|she"
        r"|you|someone|somebody|people|a person|the person|anyone|(?:a|my|your|the|their) <w>)"
        r"|are you|is (?:he|she|they))(?: <w>){0,2} (?:are |is |were |was )?(?:thinking"
        r"|thought|considering|having thoughts)(?: <w>)? (?:of|about) (?:suicide|killing"
        r" (?:themselves|himself|herself|yourself)|selfharm(?:ing)?|ending (?:it|things"
        r"|(?:their|his|her|your) (?:own )?life))\b",
        "the course taught us to ask someone directly if they are thinking of suicide",
        others=True,
    ),
    Guard(
        "a-case-at-work",
        "suicide suicides suicidal overdose overdoses overdosed selfharm selfharming ligature "
        "ligatures noose",
        r"^(?!(?:<w> )*?" + _OWN_AT_WORK + r"\b)(?:<w> )*?" + _CASE + r"\b",
        "Paramedic shift: two overdoses and a fall, both stable at handover",
        others=True,
        at_work=True,
    ),
    Guard(
        "rope-for-a-purpose",
        "rope ropes",
        r"\bropes?(?: and (?:a |some )?<w>)? for (?:the |a |an |my |our |some |his |her )?"
        r"(?:goats?|climbing|camping|tent|tarp|boat|trailer|washing|swing|garden|climbing frame"
        r"|dogs?|horses?|cattle|sheep|van|roof rack|tug of war|gym|punchbag|bell|boxing"
        r"|skipping|sailing|anchor|hammock|kids|children|grandkids|allotment|fence|pen|trip"
        r"|holiday|expedition|yacht|dinghy|cows?|calves|bull|pony|kayak|canoe|knots?|scouts"
        r"|bouldering|abseiling|mountaineering|rigging|stage|theatre)\b"
        r"(?!.*\b(?:knot|knots|noose|beam|beams|neck|banister|loft|hook|weight|hold me)\b)",
        "bought rope for the goats, the old one was rotten",
    ),
)
