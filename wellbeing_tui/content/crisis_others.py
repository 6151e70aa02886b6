"""Guards for words about someone else, or about a subject of study, the news or a story:
a cousin's overdose last year, a friend who said she wanted to die over her exam results, an
essay on self-harm, a detective's "not suicide" (see ``content.crisis_guards`` for how a guard
works).

These are set aside for the whole entry when the writer joins in ("my friend died by suicide
and now I want to as well", "I feel the same"): someone else's words never silence the
writer's own.
"""

from __future__ import annotations

from wellbeing_tui.content.crisis_patterns import Guard

_SOMEONE = (
    r"(?:he|she|they|hes|shes|theyre|theyve|someone|somebody|^(?:mum|mom|dad|sister|brother|nan|grandad|cousin"
    r"|husband|wife|partner|son|daughter)|(?:my|his|her|their|our|your|a|an|the|one|one of my"
    r"|this|that) (?:<w> )?(?:cousin|friend|mate|brother|sister|mum|mom|dad|mother|father"
    r"|aunt|auntie|uncle|nan|gran|grandad|grandma|grandpa|son|daughter|niece|nephew|partner"
    r"|boyfriend|girlfriend|husband|wife|ex|colleague|coworker|neighbour|neighbor|flatmate"
    r"|roommate|classmate|student|pupil|patient|client|character|hero|heroine|protagonist"
    r"|victim|man|woman|girl|boy|teenager|kid|singer|actor|celebrity|guy|lad|person|relative"
    r"|stepdad|stepmum|stepdaughter|stepson|lady|bloke|fella|gent|chap|youngest|eldest"
    r"|oldest|child|teen|young man|young woman|young person|grandson|granddaughter|hubby"
    r"|caller|service user|resident|inmate|prisoner|tenant|customer|detainee|participant)s?"
    r"|some people|people"
    r"|others)"
)
_NOT_ME = r"(?: (?!(?:i|me|my|myself)\b)<w>){0,5}"
_ACT = (
    r"(?:overdos(?:e|ed|es|ing)|selfharm(?:s|ed|ing)?|(?:attempted|tried) suicide"
    r"|suicide attempts?|(?:want|wants|wanted|wanting|wish|wished|wishes) to die|cutting"
    r"|(?:died|dead) by suicide|(?:having|has|had|with) suicidal (?:thoughts|feelings)"
    r"|suicidal (?:thoughts|feelings|ideation|spell)|drove into|(?:threatening|threatened) to"
    r" jump|(?:took|taken|had) an overdose|(?:in hospital|in resus|admitted) after an overdose"
    r"|(?:tried|trying) to end it|(?:googling|googled|searching|searched) ways to die"
    r"|(?:did not|didnt) want to wake up|thought about dying|(?:has|had|have) been cutting"
    r"|who(?: d| had)? overdosed|(?:felt|feels|feeling) like ending it(?: all)?"
    r"|(?:thinking|thought|talking|talked) (?:about|of) suicide"
    r"|(?:jumped|jumps|jumping|leapt|threw (?:himself|herself|themselves)) (?:off|from"
    r"|in front of))"
)
_FRAME = (
    r"(?:articles?|essays?|lectures?|modules?|course|training|documentar(?:y|ies)|novels?"
    r"|books?|films?|movies?|episodes?|series|podcasts?|seminars?|class|lessons?|talks?"
    r"|reports?|study|research|news|story|stories|chapters?|assignments?|presentations?"
    r"|webinars?|workshops?|play|poems?|paper|thesis|dissertation|leaflets?|posters?|exams?"
    r"|coursework|textbook|case study|scenes?|plot|characters?|detective|inquest|coroner"
    r"|statistics|journalists?|reporters?|headlines?|programmes?|drama|thriller|storyline"
    r"|soap|module|syllabus)"
)
_TOPIC = (
    r"(?:suicides?|suicidal (?:thoughts|ideation|feelings|behaviour|patients|people"
    r"|teenagers|clients)|overdos(?:e|es|ed|ing)|selfharm(?:ing|ers?)?)"
)

# The writer joins in with what someone else said or did: the guards below are set aside.
JOINING_IN = (
    r"\bi (?:<w> ){0,2}?(?:want|wanted|wanna|wish|wished|tried|think about it|thought about"
    r" it|feel like it|could do it|might do it|will do it|am thinking about it)(?: to)?"
    r"(?: <w>)? (?:too|as well|also)$|^me too$|\bi (?:<w> )?(?:feel|felt) the same\b"
    r"|\bi (?:<w> ){0,3}?(?:do|doing|did|go|going) the same(?: way| thing)?\b|\bi (?:want"
    r"|wanted|wanna|wish|am going|might|could) (?:to )?join (?:him|her|them)\b"
    r"|\bi (?:understand|get|know) why (?:he|she|they) did it\b"
    r"|\b(?:did|do|done|doing) (?:it to myself|mine)\b|\bdid it (?:worse|again|too)\b"
    r"|\bi tick (?:every|all|the whole|each)\b"
    r"|\bi (?:<w> ){0,3}?(?:want|wanna|wish|going|ready|will|would rather)(?: to)? (?:follow"
    r"|be with|meet|join|go with|see) (?:him|her|them)\b|\bi wish i had gone with (?:him|her"
    r"|them)\b|\b(?:be|go) where (?:he|she|they) (?:is|are|went)\b|\b(?:my turn|not far"
    r" behind|(?:had|has) the right idea|an option for me|it can be done|half of me is already"
    r" gone|i am the age (?:he|she|they) (?:was|were))\b|\b(?:it|that) (?:had been|should"
    r" have been|should be|will be) me\b|^like me$|\b(?:his|her|their) (?:ending|pills|belt"
    r"|method|rope)\b|\b(?:cutting|selfharming|overdosing|suicidal|wants? to die|thoughts)"
    r"(?: <w>){0,3} and so (?:have|do|am|is) i\b|^(?:<w> ){0,2}?yes$|\bthe (?:person|one"
    r"|friend) (?:is|was) me\b|^the person is$|\bbecause i (?:am|do|have)$"
)

# One of them is in every clause that joins in.
JOINING_WORDS = (
    "too well also same join why did do done doing tick follow be meet see gone where turn "
    "behind right option age me like ending pills belt method rope so yes person because"
)

# An entry about a lesson, a course, a book, a play, history or the news: in it, "suicide"
# said with no word of the writer's own (I, me, my, wanting, thinking, feeling, again...) is
# the subject, not the writer's wish (the guard ``a-mention-in-a-lesson-or-story``).
FRAME = (
    r"\b(?:teaching|taught|teach|teacher|lesson|lessons|class|module|course|training|lecture"
    r"|seminar|workshop|webinar|essay|history|literature|novel|play|poem|poetry|film|movie"
    r"|documentary|episode|series|podcast|news|article|headline|report|book|chapter|textbook"
    r"|exam|syllabus|students|pupils|year [0-9]+|shakespeare|drama|opera|museum|exhibition"
    r"|research|dissertation|thesis|assignment|coursework|revision|revising|tutorial)\b"
)
FRAME_WORDS = (
    "teaching taught teach teacher lesson lessons class module course training lecture "
    "seminar workshop webinar essay history literature novel play poem poetry film movie "
    "documentary episode series podcast news article headline report book chapter textbook "
    "exam syllabus students pupils year shakespeare drama opera museum exhibition research "
    "dissertation thesis assignment coursework revision revising tutorial"
)
_OWN = (
    r"(?:i|me|my|myself|mine|want|wanted|wanting|wanna|wish|thinking|thoughts|feel|feeling"
    r"|felt|again|urge|urges|plan|planning|planned|tonight|considering|contemplating"
    r"|attempted|keep|kept|tempted|nearly|almost|close|cope|coping|note"
    r"|letter|method|ready|scared|afraid)"
)

OTHERS: tuple[Guard, ...] = (
    Guard(
        "someone-else-s-act",
        "overdose overdosed overdoses overdosing selfharm selfharms selfharmed selfharming "
        "suicide die jumped jumps jumping leapt threw cutting suicidal drove jump took taken "
        "had end ways wake dying ending",
        r"\b"
        + _SOMEONE
        + _NOT_ME
        + r" (?:(?:tried|attempted|tries|try|trying) to )?"
        + _ACT
        + r"\b",
        "my cousin tried to overdose last year and is doing much better now",
        others=True,
    ),
    Guard(
        "a-subject-of-study-or-story",
        "suicide suicides suicidal overdose overdoses overdosed overdosing selfharm "
        "selfharming selfharmer selfharmers",
        r"\b" + _FRAME + _NOT_ME + r" " + _TOPIC + r"\b|\b" + _TOPIC + r"(?: <w>){0,2}"
        r" (?:awareness|prevention|training|module|lecture|statistics|rates?|research|course"
        r"|essay|documentary|first aid|workshop|seminar|intervention|role plays?|assessments?"
        r"|protocols?|management|recovery|reporting|charity|myths|content|chapter"
        r"|module|session|in (?:teenagers|young people|the news|prisons|pupils|students"
        r"|children|patients|adolescents|men|boys|girls|construction|farming|autistic <w>))\b"
        r"|\bsigns of (?:suicide|selfharm)\b|\b(?:rise|rises|rate"
        r"|rates|increase|spike|numbers?) (?:in|of) (?:<w> ){0,2}suicides?\b",
        "I read an article on self-harm in teenagers for my psychology course",
        others=True,
    ),
    Guard(
        "a-verdict",
        "suicide",
        r"^(?:and |but |so |it was |it is |was it )?(?:not|never|rather than|instead of|or)"
        r" (?:a )?suicide$|\b(?:suicide or (?:murder|an accident|accident|foul play)"
        r"|(?:murder|an accident|accident|foul play) or suicide|ruled (?:out )?(?:as )?(?:a )?"
        r"suicide)\b",
        "the detective decided it was a murder, not suicide",
        others=True,
    ),
    Guard(
        "his-or-her-own",
        "suicide suicides overdose",
        r"\b(?:(?:his|her|their) (?:own |double |attempted |failed |two |three |many )?"
        r"|(?:double|mass|ritual|joint) )(?:suicides?|overdose|suicide attempts?)\b",
        "History essay on Nero, his suicide is a good detail to end on",
        others=True,
    ),
    Guard(
        "a-mention-in-a-lesson-or-story",
        "suicide suicides",
        r"^(?!(?:<w> )*?" + _OWN + r"\b)(?:<w> )+?suicides?\b",
        "Teaching Romeo and Juliet. The pupils found the ending where suicide comes so dramatic",
        others=True,
        framed=True,
    ),
    Guard(
        "sleep-in-on-days-off",
        "sleep asleep",
        r"\b(?:sleep|asleep) (?:forever|for ever|all day|for a week|for days)(?: <w>){0,2}"
        r" (?:on|at|this|every|after|over|during|till|until) (?:the )?(?:sundays?|saturdays?"
        r"|mondays?|weekends?|mornings?|holidays?|christmas|days? off|winter|term|exams"
        r"|shifts?|night shifts?|week|half term|bank holidays?|lie ins?)\b",
        "I wish I could sleep forever on Sundays",
    ),
)
