"""The crisis detector measured on phrasings written for it (``tests/fixtures/care``).

The held-out sets are not read while the patterns are tuned; the tuning sets are the ones
the patterns were shaped on. Each held-out set is measured once and then spent (moved into
the tuning sets), and a fresh one is written before any further tuning:

    round  written before           at risk  harmless  recall            false positives
    1      any pattern                  128       128  85.2%             1.6%
    2      the second round of tuning   124       127  75.0%             1.6%
    3      the third round              106       102  89.6%             3.9%
    4      the fourth round             104       103  88.5% (92/104)    2.9% (3/103)
    5      the fifth round              115       108  73.9% (85/115)    3.7% (4/108)
    6      the sixth round              115       107  76.5% (88/115)    1.9% (2/107)
    7      the seventh round            107       105  85.0% (91/107)    5.7% (6/105)
    8      the eighth round             107       113  72.9% (78/107)    6.2% (7/113)
    9      the ninth round              115       115  41.7% (48/115)    5.2% (6/115)
    10     the tenth round              120       120  50.8% (61/120)    2.5% (3/120)
    11     the eleventh round           120       120  54.2% (65/120)    4.2% (5/120)
    12     the twelfth round            129       130  62.0% (80/129)    3.1% (4/130)
    13     the thirteenth round         129       129  74.4% (96/129)    5.4% (7/129)
    14     the fourteenth round         128       130  78.1% (100/128)   3.8% (5/130)
    15     the fourteenth round         129       128  76.7% (99/129)    4.7% (6/128)
    16     the sixteenth round          135       134  84.4% (114/135)   3.7% (5/134)
    17     the sixteenth round          134       134  86.6% (116/134)   0.7% (1/134)
    18     the seventeenth round        133       134  88.7% (118/133)   3.0% (4/134)
    19     the seventeenth round        135       134  83.0% (112/135)   6.7% (9/134)
    20     after the last change        131       133  91.6% (120/131)   0.8% (1/133)
    21     the twenty-first round       316       317  93.4% (295/316)   3.8% (12/317)
    22     the twenty-first round       310       318  91.6% (284/310)   2.2% (7/318)

The eighth held-out sets were written by someone who had not read the patterns or the
tuning sets, from a list of kinds only. The detector of the seventh round answered 71.0%
(76/107) of their at-risk lines and 8.0% (9/113) of their harmless ones; after the eighth
round, 72.9% and 6.2%. Most of its misses were longer entries where a method or a
preparation is told as a scene with no word of wanting ("stood in the bathroom with the
razor blade", "practising the knot"), and short finalities with no second sign; its false
answers were history, literature and training courses naming suicide.

The ninth held-out sets were written the same way but from thirty imagined
writers (ages 15 to 75, several countries and trades), most lines scenes from ordinary days
rather than statements, with at most a handful of textbook lines. The eighth round's
detector answered 40.0% (46/115) of the at-risk lines and 7.0% (8/115) of the harmless ones;
after the ninth round, 41.7% and 5.2%. Rules shaped on the tuning sets hear what those sets
say and little else: the misses are preparations told plainly (tablets looked up on a
break, letters left in a drawer for when it's time, the dog promised to a friend, hens given
away), self-harm in words the rules lack (a lighter, an iron, nails, not eating as a
punishment), not feeling safe ("I don't feel safe on my own tonight"), and wishes tied to an
illness or a loss. The false answers are a paramedic's, a nurse's and a counsellor's days,
safeguarding training, "overdosed on box sets", and a past of self-harm told as past.

The tenth held-out sets were written the same way by someone who had read
neither the patterns, the model nor the tuning sets, from forty imagined writers, half
one-liners and half short entries. The ninth round's detector (rules only) answered 34.2%
(41/120) of the at-risk lines and 2.5% (3/120) of the harmless ones; after the tenth round
(rules and the learned reader), 50.8% (61/120, 20 of them by the model) and 2.5%. The misses
are still mostly preparations and self-harm told plainly in words neither has met (a
lighter, hair pulled until the scalp bled, being sick as a punishment, a gun priced "for
rabbits", a whole strip of sleeping tablets "to switch off"), and a decision with no word of
what ("I've decided. Sunday, when Dad's at the match."). The false answers are a recovery
told as past, "overdosed on Easter eggs", and a pharmacology case study.

The eleventh held-out sets were written the same way from forty new imagined
writers (40% one-liners, 40% two or three sentences, 20% longer). The tenth round's
detector answered 50.0% (60/120) of the at-risk lines and 4.2% (5/120) of the harmless ones;
after the eleventh round, 54.2% (65/120, 30 of them by the model) and 4.2%. While tuning, a
failing test's message printed a few of its lines; they were not used, but the set is not
as clean as the ones before it. The false answers are all the rules' and all of one kind:
a nurse's, a pharmacology student's and a clinic's days, and a self-harm or a wish to die
told as years past ("It's been five years since I last hurt myself. I'm proud of who I am
now").

The eighth round of tuning aimed at generalising rather than at more phrases: weak cues too
often ordinary to answer alone (finality, a farewell, an apology, hopelessness, a burden, a
decision, calm, a means or place at hand, tidying up, an earlier attempt, the feeling coming
back, an urge not trusted) answer when two of different families come within a few clauses,
and the answer names both ("finality+hopelessness"); a few first-person signs answer alone
(not safe with myself, wanting to be gone, rather not waking, an engine running in a closed
garage); and guards keep someone else's act, a subject of study and a story quiet unless the
writer joins in ("and now I want to as well"). The detector before it answered 1,071 of the
1,102 at-risk tuning phrasings and 9 of the 1,078 harmless ones; after it, 1,094 and 3. Fresh
phrasings of each kind were then added to both sets (24 at risk, 23 harmless): 1,115 of 1,126
and 3 of 1,101 are answered.

The ninth round of tuning aimed at the scenes and short finalities the eighth held-out set
showed. A scene answers when the writer is there with a means and a sign of contemplation or
rehearsal (a blade held in the bathroom, a cord looked at beside a banister, going under the
bath water and staying, stepping off a balcony, searching for bridges without barriers); its
parts told in separate sentences are weak cues of new families (a pause: "stood there for a
long time"; a rehearsal: "tested it on the banister"; a permanence: "for good") that combine
with a means, a place or a finality. A short finality in the first person answers alone
("tonight's the night I end it", "I'm going to do it this time", "if I die tonight at least
the pain stops", "I don't see myself being alive at Christmas"). A preparation told as acts
(things given or promised to someone, contracts cancelled, borrowed things returned) answers
when two families of act come together, unless the entry gives an ordinary reason (a move, a
trip, a new baby, a clear-out). On the guard side: someone else's jump, "his suicide", and,
in an entry about a lesson, a course, a book or the news, "suicide" said with no word of the
writer's own; "affairs in order before the new job" and "no reason to keep going to the gym".
The detector before it answered 1,193 of the 1,233 at-risk tuning phrasings and 10 of the
1,214 harmless ones; after it, 1,223 and 3. Fresh phrasings of each kind were then added (23
at risk, 33 harmless: knives, knots, baths, cliffs, bridges and platforms in ordinary days,
moves and clear-outs, lessons): 1,245 of 1,256 and 4 of 1,247 are answered (before the round,
1,194 and 13).

The tenth round added a learned reader beside the rules (``services.care_model``, trained by
``scripts/train_crisis_model.py`` in pure Python from a fixed seed): a logistic regression
over words and pairs of words in plain form, pieces of three to five letters of rare words
(for slips), and yes-or-no features of who the words are about (the writer, someone else)
and how they are framed (past, study, news, a story). The entry answers when the rules do or
when the model's score, over the whole entry or any run of clauses of up to 40 words, is
over a threshold chosen by 5-fold cross-validation on the tuning sets so that the rules OR
the model answer at most 3% of the harmless phrasings; its answer names the three features
that added most ("learned"/"model": "tonight + think + the tablets"). It is also taught, as
harmless, each weak cue's example and each guard's idiom, and the idioms of the detector's
unit tests were added to the harmless set (33 lines), so that a cue alone stays quiet. Very
common words ("and", "i", "about") weigh only in pairs: alone they made any diary-like
sentence lean towards an answer. The threshold allows 2% cross-validated false positives,
not 3%: at 3% the model answered 6 of the 51 texts of the app's own demo diary ("better than
I thought"); at 2%, none. Cross-validated on the 1,371 at-risk and 1,395 harmless tuning
phrasings: the rules alone 94.3% recall, 0.7% false positives (in sample: they were shaped
on these sets); the model alone 63.9% and 1.2%; rules OR model 95.5% and 1.9% (threshold
1.942). The nearest thing to a new writer the sets hold is the ninth held-out set: with the
model trained on everything else, the rules answer 41.7% and 5.2% of it, the model 45.2%
and 1.7%, rules OR model 55.7% and 6.1%. So the layer adds recall on unseen scenes but is
far from the target, and the rules' own false answers stay. Scoring each clause alone, and
pieces of every word, were tried and cross-validated worse. In sample the model answers all
but nine at-risk tuning phrasings and no harmless one beyond the rules' ten: that is
fitting, not evidence.

The eleventh round added data rather than rules: a corpus written for the learned reader
(``at_risk_more.txt``, 388 lines; ``harmless_more.txt``, 379), from many imagined writers
(ages 13 to 85, trades, countries and Englishes), mostly scenes and plain tellings: self-harm
in many words (a lighter, an iron, hair pulled till it bled, being sick or going without as a
punishment, walls, bites), means bought, hoarded or priced, preparations, decisions with no
word of what, roads, tracks, heights and water; and harmless lines in the same words
(kitchens, DIY, sport, farms, medicine taken as prescribed, wills and insurance as chores,
jokes, work and study on the subject, a past told as past). Five rules for the self-harm
words (``content.crisis_harm_words``) answer only in the first person with a sign it was
meant. Cross-validated on all 1,879 at-risk and 1,894 harmless phrasings: rules 75.9% and
1.5%, model 38.0% and 0.5%, rules OR model 79.0% and 1.95% (threshold 3.408, up from 2.189:
the rules answer 29 harmless lines, leaving the model little room under 2%). The same
procedure before the corpus, on the tuning sets with the tenth held-out set: rules 89.5% and
0.9%, model 57.9% and 1.3%, both 92.0% and 2.0%; the figures fall because the new lines are
harder, not because the detector got worse. Leave-one-set-out (the tenth set's lines scored
by a model trained on everything else): before, rules 34.2%/2.5%, model 35.0%/0%, both
48.3%/2.5%; after, rules 38.3%/2.5%, model 35.8%/0%, both 54.2%/2.5%. A small gain, far from
the target: a linear reader of words does not learn "a strip of tablets" from "a strip of
tablets for the jet lag" without far more lines.

The twelfth held-out sets were written the same way by someone who had read
nothing of the detector, from writers aged 13 to 90 in twelve countries. The eleventh round's
detector answered 34.1% (44/129) of the at-risk lines and 3.1% (4/130) of the harmless ones.
The twelfth round added more writing rather than rules: a corpus of 1,592 at-risk and 1,596
harmless lines from five groups of imagined writers, each group written apart (teenagers and
second-language English; working adults; older adults; hard situations such as recovery,
voices, eating and prison; acts told plainly and the same acts done for ordinary reasons).
With it the rules alone answer 2.1% of the 3,610 harmless phrasings, which left the model no
room under the 2% it was allowed: the allowance for the rules OR the model is now 4%
(the target is 5%), and the demo diary's texts are taught as harmless rather than lifting
the threshold over them (a worksheet's "I don't know what she thinks" had lifted it from
1.83 to 3.63). Cross-validated on all 3,591 at-risk and 3,610 harmless phrasings: rules
52.8% and 2.1%, model 62.1% and 2.0%, rules OR model 76.0% and 4.0% (threshold 1.832). The
eleventh held-out set's lines scored by a model trained on everything else: rules 29.2% and
4.2%, model 78.3% and 0.8%, both 84.2% and 4.2%. On the twelfth held-out set, 62.0% (80/129)
and 3.1% (4/130). The learned reader, given twice the writing, now hears more than the
rules; what it misses are terse acts with one telling detail ("bought charcoal today. not
for a braai.", "Rifle's in the ute now. Loaded."), a time chosen after an event with no
word of what, the morning after an attempt, voices that command, and self-punishment with
ordinary things (a kettle, a compass, no dinner for a grade). Its false answers are still
the rules': a course on asking about suicide, a brother's anniversary, a past told as past.

The thirteenth held-out sets were written the same way from writers in fourteen
countries, a third of the lines under ten words. The twelfth round's detector answered 68.2%
(88/129) of the at-risk lines and 5.4% (7/129) of the harmless ones. The thirteenth round
again added writing only: 1,198 at-risk and 1,192 harmless lines from four more groups of
imagined writers, many of them terse (a means, a time, a place or an act with no word of
feeling) beside their ordinary doubles (charcoal for a barbecue, a rifle for deer season, a
countdown to a holiday). Cross-validated on all 4,918 at-risk and 4,932 harmless phrasings:
rules 44.4% and 2.2%, model 61.4% and 1.9%, rules OR model 73.1% and 4.0% (threshold 2.018).
The twelfth held-out set's lines scored by a model trained on everything else: rules 27.9%
and 3.1%, model 65.1% and 0%, both 68.2% and 3.1%. On the thirteenth held-out set, 74.4%
(96/129) and 5.4% (7/129): recall up 6 points, false positives as before the round and just
over the 5% target. Each round of writing has added recall on a new writer (34.1% to 62.0%,
68.2% to 74.4%) at the same false positives; the terse lines are what the reader learns
slowest, and even in sample it leaves twelve of the twelfth set's under its threshold
(``TERSE``). Letting the model overrule the rules' most frequent false answers ('suicide',
'overdose' or 'self-harm' named with nothing else) was tried on the cross-validated scores:
3.6 points more recall at the same false positives, but it silenced "i self-harmed last
night for the first time in a year", so it was not kept.

The fourteenth held-out sets were written the same way from writers in sixteen
countries. The thirteenth round's detector answered 72.7% (93/128) of the at-risk lines and
3.1% (4/130) of the harmless ones. The fourteenth round added 1,194 at-risk and 1,195
harmless lines from four more groups (city lives; the Englishes of South Asia, Africa,
South-East Asia and the Caribbean; men who say little; young adults). Cross-validated on all
6,241 at-risk and 6,256 harmless phrasings: rules 38.6% and 2.2%, model 64.9% and 1.9%,
rules OR model 74.0% and 4.0% (threshold 1.917). The thirteenth held-out set's lines scored
by a model trained on everything else: rules 24.8% and 4.7%, model 72.9% and 0%, both 78.3%
and 4.7%. On the fourteenth held-out set, 78.1% (100/128) and 3.8% (5/130).

A fifteenth pair of sets, written apart in the same way from writers in fifteen countries,
was measured once on this detector: 76.7% (99/129) and 4.7% (6/128); it was kept for a time
as a second held-out pair. The fifteenth round's writing for the reader (parents and
carers; frontline work, whose harmless days name overdoses and suicides as work; survivors
looking back, and the past coming back) was then trained on and not kept: the rules answer
2.8% of the harmless lines with it, which left the model 1.3% of the 4% allowance, its
threshold rose from 1.917 to 2.342, and the fifteenth set's recall fell to 74.4%. It was kept
untrained for when the rules' guards for work and the past improved: their false answers
were what most limited the reader.

The sixteenth round went to those guards (``content.crisis_told``), and to more writing. A
past told as past ("three years free from self-harm today", "I used to want to die; now I
want a dog"), set aside when the entry turns back to now ("again", "urges", "tonight",
"it's back"); a death by suicide mourned ("my friend died by suicide last spring", "those
lost to suicide"); a course that teaches to ask ("if they're thinking of suicide"); and, in
an entry framed as work, a course or a story (a shift, a ward, a caseload, a helpline, an
inquest, a grief group), "overdose", "suicide" or "self-harm" said with no word of the
writer's own; someone else's act in more words (a bay 3 lady who took an overdose, a
stepdaughter who has been cutting, a man threatening to jump). On every phrasing the sets
held before the round, the rules' false answers fell from 207 to 73 and they left three
at-risk lines they had answered ("my son died by suicide and I can't keep pretending I want
to stay"), which the reader still hears. A guard only blanks words for the rules: the
learned reader reads the whole entry. The fourteenth and fifteenth held-out sets were then
spent into tuning, the fifteenth round's writing trained on, and 1,954 at-risk and 1,957
harmless lines more written apart in three groups (work, courses, someone else's act, the
past and grief, each beside the same setting with the writer at risk; terse lines; long
days of sixteen lives, half the harmless ones low in mood). The regression now sees each
feature scaled by how unevenly it falls between the labels (NBSVM): one point more recall,
cross-validated, at the same false positives. Cross-validated on all 8,373 at-risk and
8,386 harmless phrasings: rules 33.5% and 1.3%, model 74.8% and 2.9%, rules OR model 79.8%
and 4.0% (threshold 1.475; with the guards alone on the fourteenth round's data, 78.6%,
from 74.0%). The fifteenth set's lines scored by a model trained on everything else: 85.3%
and 0%.

The sixteenth (writers of fifteen lives) and seventeenth (the Englishes of seventeen places)
held-out sets were written apart by two writers who had read nothing of the detector, before
the round. The fifteenth round's
detector answered 77.0% (104/135) and 6.0% (8/134) of the sixteenth, and 76.9% (103/134)
and 3.0% (4/134) of the seventeenth; the sixteenth round's, 84.4% (114/135) and 3.7%
(5/134), and 86.6% (116/134) and 0.7% (1/134). The sixteenth's figures were also read once
midway (the guards before retraining: 77.0% and 3.7%); nothing in either set was read.

The seventeenth round added writing only, and spent the sixteenth and seventeenth sets into
tuning: 1,800 at-risk and 1,798 harmless lines more in three groups written apart (said
sideways: metaphor, faith, risk masked by jokes, understatement, self-harm in euphemism;
long days of 50 to 120 words with one telling sentence, and long low days with none;
self-harm with everyday objects and decisions with no word of what, beside the same objects
and decisions in safe hands). The new guards held on the new writing: the rules answer 8 of
its 898 harmless lines. Three guards were widened on lines of the spent sets ("since Mum's
suicide", "she's been thinking about suicide", "two years today since I last
self-harmed").

Then someone who had read the new guards wrote 206 at-risk lines aimed at them (a nurse at
risk at work, a student writing a self-harm essay while cutting, someone mourning a suicide
who means to follow, a milestone that is a goodbye, rope "for the swing" that is a plan) and
70 harmless ones. The detector before the round answered 167 and 37 of them; with the new
guards, 100 and 13: a hole. The guard for work had taken its frame from words a patient uses
as often as a nurse (a ward, a clinic, a referral, a discharge, a helpline) and quieted any
clause naming suicide or an overdose with no word of the writer's own ("Overdose tonight.",
"Suicide is quicker."). It now asks for an entry about the writer's own work (a shift, a
handover, a caseload, callers, a course for the job) and for a case counted or named as work
("two overdoses", "an overdose call", "the self-harm patient in cubicle 4"), never the bare
word; the past turns back on more words, read anywhere but in the past's own words ("nothing
has changed", "bought razors", "I wish they had let me go"); joining in hears following
("I'm ready to see her", "she had the right idea", "I've got his pills"). On those lines
(shaped on them, so not evidence of what a new writer gets): 165 and 17. The cost is in
the rules' false answers on the tuning sets (116 to 137, of 19,093) and so in the room left
to the reader. Cross-validated on all 9,541 at-risk and 9,552 harmless phrasings: rules
32.4% and 1.4%, model 73.8% and 2.7%, rules OR model 78.8% and 4.0% (threshold 1.5952). The
seventeenth set's lines scored by a model trained on everything else: 82.7% and 0%.

The eighteenth (``*_held_out.txt`` then; writers of fifteen lives aged 14 to 82) and the
nineteenth (ways of writing: texts with no punctuation, run-ons, formal, poetic, prayerful,
joking, gamer slang, second-language English) held-out sets were written apart by two writers
who had read nothing of the detector, after the sixteenth round. The sixteenth round's
detector answered 89.5% (119/133) and 3.0% (4/134) of the eighteenth, and 83.0% (112/135) and
6.0% (8/134) of the nineteenth; the seventeenth round's, 88.7% (118/133) and 3.0%, and 83.0%
(112/135) and 6.7% (9/134). The figures were read four times more on the way, with nothing in
either set read; one line found twice in the tuning sets, by changing the order the reader is
trained in, moved the eighteenth set by three lines and the nineteenth by two: on sets of 134
lines a gain smaller than three or four points is not a gain. A twentieth pair (writers of
fifteen more lives) was written after the seventeenth round's last change and measured once:
91.6% (120/131) and 0.8% (1/133). Over the three: 87.7% (350/399) and 3.5% (14/401).

The twenty-first round (rounds are numbered by their held-out sets: the eighteenth to twentieth
were written and measured in the seventeenth). The held-out sets were made bigger, so that a
figure moves by less than a point for each line: the twenty-first pair (``*_held_out.txt``, 316
and 317 lines) by four writers apart who had read nothing of the detector (everyday jobs and
places; ways of writing and Englishes; lives under particular pressures; long ordinary days
with one telling sentence), measured first on the seventeenth round's detector: 89.9% (284/316)
and 3.2% (10/317); and the twenty-second (``*_unseen.txt``, 310 and 318 lines) by four more
(young people from 13 to 25; people from 40 to 90; professionals and careful writers; faiths
and Englishes of ten places), kept unread and unmeasured until the round was done. The round
then, measured on the tuning sets and the spent sets only:

- the eighteenth to twentieth sets spent into tuning (the lines below that the rules answer
  or the reader misses are listed in ``ANSWERED`` and ``UNANSWERED``; no guard was widened
  on them, so that the figures below are of the detector they were measured on);
- 597 at-risk and 600 harmless lines more for the reader, in the ways of writing the
  held-out sets showed it heard least (second-language English, text-speak and fragments,
  poetic, prayerful and formal registers, dialects), each group written apart;
- fixes to rules' anchor words (the words that decide whether a pattern is tried on a
  clause): the burn pattern matched "put the cigarette on my leg" but was tried only on
  clauses holding "burn" or "held", and the accident-wish pattern matched "hits" and "runs"
  but was tried only on "hit" and "run"; the first was found on the new training writing,
  the second on two held-out lines, and seventeen more by generated text (below);
- the operating point: the allowance for the rules OR the model from 4% to 4.5% of the
  harmless tuning phrasings, chosen on the eighteenth to twentieth sets before they were
  spent (399 at-risk and 401 harmless lines): at 4%, 87.7% and 3.5%; at 4.5%, 90.7% and
  4.0%; at 5%, 91.7% and 4.2%. The tuning sets' harmless lines are written to share words
  with the at-risk ones, and new writers' harmless days answer less often than they do: the
  held-out false positives have stayed under the cross-validated ones since the twelfth
  round;
- tried and not kept: each word's leaning from a small sentence encoder (all-MiniLM-L6-v2,
  each word encoded alone, a regression over an entry's words, folded into the words'
  weights): half a point on the spent sets and from none to one point cross-validated, for a
  2.5 MB training input and a tool the project does not otherwise need.

Cross-validated on all 10,537 at-risk and 10,553 harmless phrasings: rules 31.6% and 1.5%,
model 78.1% and 3.1%, rules OR model 82.0% and 4.5% (threshold 1.4372). The twentieth set's
lines scored by a model trained on everything else: 93.1% and 1.5%. On the held-out sets, once
the round was done: the twenty-first, 93.4% (295/316) and 3.8% (12/317), its figures read five
times in all (before the round, after it, and after each of three fixes to rules' anchor
words); the twenty-second, 91.6% (284/310) and 2.2% (7/318), read after the round and after
each fix, the same each time. The second fix came from the test below that compares the quick
and the thorough read: it failed on two held-out lines and showed the words two rules matched
in them ("hope a bus hits me"); both lines were answered already (by the learned reader, and by
another rule), as they were after the fix (on the seventeenth round's detector it would have
answered one more line of the twenty-first set, 285/316); nothing else of either set was read.
The third widened the anchor words of thirteen patterns and four guards more ("looking forward
to not being here", "no point for me to keep going", "1 yr free from self-harming"), found by
generating text from every alternative of every rule (``test_care_anchors``). Together: 92.5%
(579/626) and 3.0% (19/635). By writer group, the weakest are the ways of writing (81.2%,
65/80) and people from 40 to 90 (87.2%, 68/78); every other group is at 92% or more.

The target is recall of at least 90% with at most 5% false positives on held-out phrasings.
Both held-out sets reach it, on more than 300 lines each. The tests hold what they measured
(recall at least 93.4% and 91.6%, false positives at most 3.8% and 2.2%) so that neither can
slip unnoticed.
On the tuning sets every phrasing is answered as labelled, except the few listed here with
the reason.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wellbeing_tui.services.care import crisis_matches, mentions_crisis
from wellbeing_tui.services.care_rules import ALL_PATTERNS, expand, rules
from wellbeing_tui.services.care_text import clauses

CARE = Path(__file__).parents[1] / "fixtures" / "care"

# At-risk tuning phrasings left unanswered on purpose, and why. Most hold one weak cue alone
# (``content.crisis_cues``), or two of one family, which answer only with a second family; the
# learned reader, though fitted on these sets, scores them under its threshold. Many that the
# rules leave alone it answers ("It won't matter soon, none of it will."): that is fitting,
# not hearing, and the cross-validated and held-out figures in the docstring are the honest
# ones.
TERSE = (
    "a twelfth held-out line, terse: no rule hears it, and the learned reader, though trained "
    "on it, scores its few words under the threshold"
)
TERSE_AGAIN = (
    "a decision, a time or a goodbye with no word of what (most from the twelfth and thirteenth "
    "held-out sets): no rule hears it, and the learned reader, retrained in the fourteenth "
    "round, scores it under the threshold"
)
TERSE_SIXTEENTH = (
    "terse, with no rule to hear it: the learned reader answered it before the sixteenth and "
    "seventeenth rounds' writing and scores it just under the threshold after"
)
SPENT_TWENTIETH = (
    "an eighteenth to twentieth held-out line, spent into tuning: no rule hears it, and the "
    "learned reader, trained on it once among 10,500 lines, scores it under the threshold"
)
SPENT_SEVENTEENTH = (
    "a sixteenth or seventeenth held-out line, spent into tuning: no rule hears it, and the "
    "learned reader, trained on it once among 10,500 lines, scores it under the threshold"
)
EMOJI_ONLY = (
    "no rule hears it, and the learned reader scores it under its threshold (emoji are not "
    "read: the plain form keeps letters only)"
)
UNANSWERED = {
    "goodbye world": "as often a joke ('goodbye world, hello beach') as a farewell: one cue alone",
    "goodbye. I love you all.": "two farewells, one family: as often the end of a call or a card",
    "🙃🔪 tonight": EMOJI_ONLY,
    **dict.fromkeys(
        [
            "bought charcoal today. not for a braai.",
            "New Year's Eve. Fireworks will cover it. Last one.",
            "Mom found me too early. I'm furious.",
            "Voices said hand in the fire. I listened.",
            "whats the point of 2moro",
        ],
        TERSE,
    ),
    **dict.fromkeys(
        [
            "Tonight might be the night",
            "It's decided. Friday, when the kids are away.",
            "Discharged with a leaflet. Still angry I'm here.",
            "hopefully tomorrow doesn't come 🙏",
            "Final decision made. Feel oddly light today.",
        ],
        TERSE_AGAIN,
    ),
    **dict.fromkeys(
        [
            "its never getting better. out of tries.",
        ],
        TERSE_SIXTEENTH,
    ),
    **dict.fromkeys(
        [
            "the kids'd be better off with a dead dad",
            "She's got the kids, the house and the dog. I've got the garage and a hosepipe.",
            "Recorded a video for the kids to watch when they're older. Said sorry for leaving "
            "them, and I didn't mean the divorce. Then I picked them up from school and took "
            "them for ice cream.",
            "Tried Sunday. Woke up in A&E. Gutted.",
            "Made up my mind. Third Mainland Bridge, tomorrow.",
            "Cwtch with the kids felt like goodbye. It was.",
            "Duw, I'm tired. Made my peace. Sunday's the day.",
        ],
        SPENT_SEVENTEENTH,
    ),
    **dict.fromkeys(
        [
            "Asked the nurse to help me go. She laughed.",
            "razor's back in the pencil case. old habits.",
            "Friday. 3am. Car park roof. Decided.",
            "12 days. Then it's over.",
            "Hit my forehead every wrong answer. Hard.",
            "Bruised my own ribs punching them. Good.",
        ],
        SPENT_TWENTIETH,
    ),
}
# Harmless tuning phrasings that are answered anyway, and why.
ANSWERED = {
    "I can't take it anymore, this heat is unbearable": "its first clause is word for word "
    "what distress says; only the next clause names the heat",
    "I can't take it anymore, the neighbours' drilling starts at 7": "the same: the first "
    "clause is read alone, and only the next one names the drilling",
    "I don't want to be a burden on my sister by asking for lifts, so I'll get the bus": "feeling "
    "a burden is a warning sign and is answered by design, even on an ordinary errand",
    "I think I'm going to do it this time, I'm signing up for the half marathon": "its first "
    "clause is word for word what intent says; only the next clause names the race",
    "Overdosed on box sets this weekend, finished the whole of Line of Duty.": "the rules read "
    "'overdosed' as a method (a ninth held-out line) and do not hear the box sets",
    "Overdosed on Easter eggs, no regrets 🍫": "the rules read 'overdosed' as a method "
    "(a tenth held-out line), as with the box sets",
    "Routine day: work, gym, dinner, Netflix. I used to write in here about wanting to die and "
    "it's odd reading those old pages back. That was four years and a lot of therapy ago, and "
    "I'm safe now. Tonight I'm just grateful.": "a past told as past (an eleventh held-out "
    "line), but 'tonight' turns the entry back to now, so the guard for the past stands aside",
    "ED was chaos, two overdoses and a broken hip by 10pm. Home, shower, bed.": "a shift (a "
    "thirteenth held-out line), but no word frames it as work: 'ED' is too short to count",
    "Counted out the week's pills into Dad's organiser like the district nurse showed me.": (
        "pills counted out read as pills saved up (a fourteenth held-out line); a nurse is "
        "named, but the guard for work covers only overdose, suicide and self-harm"
    ),
    "Attended two overdoses tonight as a paramedic. Both patients stable on handover. Home now, "
    "debriefed with my crewmate, having toast.": "'tonight' makes a case at work the writer's "
    "own to the guard for work ('an overdose tonight' is how a nurse at risk may say it)",
    "Lost a mate from the regiment to suicide this week. Wreath for his funeral. Called the "
    "others to check in. Sat in the van a while afterwards, gutted. Then went home and cooked "
    "dinner with the missus. I'm alright, just sad.": "four words between 'lost' and 'to "
    "suicide' are more than the guard for a death mourned reads",
    "Leaving do at work, said my goodbyes.": "the rules read the clause 'said my goodbyes' "
    "alone, as a farewell; the leaving do is in the clause before",
    "Last shift at the depot. Everyone signed a card and said goodbye. Bittersweet but I'm "
    "ready for the new job.": "'said goodbye' to everyone is read as a farewell; the new job "
    "comes in a later sentence",
    "I'm not suicidal, just really sad about Dad's diagnosis. Let myself cry in the car, then "
    "went in.": "a 'not' never silences the rules, by design: a gentle answer is harmless",
    # The eighteenth to twentieth held-out sets, spent in the twenty-first round (the rules
    # were left as they were measured on the sets written after them):
    "Safeguarding training this afternoon, the self-harm signs section was hard going but I'm "
    "glad we had it.": "a course naming self-harm with no case and no asking: neither the guard "
    "for a case at work nor the one for a course that teaches to ask reads it",
    "My brother texted saying he didn't want to be here anymore. Drove straight over, sat with "
    "him, rang the crisis team together. He's staying with us this week.": "someone else's "
    "wish, reported ('saying he didn't want to'): the rules read the clause as the writer's",
    "My best mate rang me at 2am saying she didn't want to be alive anymore. I stayed on the "
    "phone and we got her to A&E. She's safe now and so am I, just shattered.": "the same: "
    "a friend's words reported, read as the writer's own",
    "Last shift at the rank before we move to Spain. Lads did a whip round and got a cake "
    "shaped like a cab. Said my goodbyes, shook every hand. Going to miss the daft beggars.": (
        "'said my goodbyes' is read alone, as a farewell, as at the leaving do"
    ),
    "Spurs lost 3-0 and I want to die. Not really. But I do want a refund on my season "
    "ticket.": "'I want to die' taken back in the next sentence: the rules answer the words, "
    "by design, and a gentle answer to a joke costs little",
    "Wo zai library all day for thesis, so boring, I want to die haha but tomorrow is "
    "holiday.": "the same, with 'haha'",
    "Code review hell. If I see one more null pointer exception I'm jumping off the roof of "
    "the office (joke, we're on the ground floor).": "a jump told as a joke: the rules read "
    "the jump, not the joke",
    "The song on the radio about the boy who jumped off the bridge made me think of my cousin. "
    "Miss him. Glad I'm still here for his mum.": "someone else's jump in a song: the guards "
    "for stories and for others do not reach 'jumped off the bridge' through 'the boy who'",
    "In 2019 I self-harmed a lot. It's been over four years now. Saw the scars in the mirror "
    "today and felt kind, not ashamed.": "a past told by its year ('In 2019'), which the "
    "guard for the past does not read as past",
    "Ten years free of self-harm today. The scars are still there and I honestly don't mind "
    "them anymore.": "a past told as past, but 'anymore' turns the entry back to now for the "
    "guard for the past",
    "Patient on my ward tried to overdose last night. We got her settled, handed over to "
    "psych. I went home and cooked and watched telly.": "a patient's act on the writer's "
    "ward, but the guard for work asks for an entry framed as the writer's work ('a shift', "
    "'a handover') and a case counted or named ('an overdose', 'the self-harm patient'): 'my "
    "ward', 'handed over' and 'tried to overdose' are none of them",
    "Evening light lay on the railway bridge like a sleeping cat; I walked home slow, tired in "
    "the good way.": "'lay on the railway' is read as lying on the line: the rules do not see "
    "that the light lay there",
}


def phrasings(name: str) -> list[str]:
    text = (CARE / f"{name}.txt").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def at_risk_tuning() -> list[str]:
    """The at-risk phrasings tuned on: the tuning set and the eleventh round's corpus."""
    return phrasings("at_risk_tuning") + phrasings("at_risk_more")


def harmless_tuning() -> list[str]:
    """The harmless phrasings tuned on: the tuning set and the eleventh round's corpus."""
    return phrasings("harmless_tuning") + phrasings("harmless_more")


def test_the_sets_are_big_enough_and_apart() -> None:
    at_risk = phrasings("at_risk_tuning") + phrasings("at_risk_held_out")
    harmless = phrasings("harmless_tuning") + phrasings("harmless_held_out")
    assert len(at_risk) >= 150 and len(harmless) >= 150
    assert len(phrasings("at_risk_held_out")) >= 100
    assert len(phrasings("harmless_held_out")) >= 100
    tuning = {t.lower() for t in at_risk_tuning() + harmless_tuning()}
    held_out = {t.lower() for t in phrasings("at_risk_held_out") + phrasings("harmless_held_out")}
    assert tuning.isdisjoint(held_out)
    assert len(set(at_risk)) == len(at_risk) and len(set(harmless)) == len(harmless)


def test_every_at_risk_tuning_phrasing_is_answered() -> None:
    missed = [text for text in phrasings("at_risk_tuning") if not mentions_crisis(text)]
    assert sorted(missed) == sorted(UNANSWERED)


def test_no_harmless_tuning_phrasing_is_answered() -> None:
    answered = [text for text in phrasings("harmless_tuning") if mentions_crisis(text)]
    assert sorted(answered) == sorted(ANSWERED)


def test_the_corpus_for_the_learned_reader_is_read_as_measured() -> None:
    """The corpus written for the learned reader (``*_more.txt``: the eleventh to twenty-first
    rounds') is training data, not a list of phrasings each answered as labelled: in sample,
    with the rules and the model trained on it, 7,424 of its 7,744 at-risk lines and 147 of its
    7,732 harmless ones are answered (the harmless ones share words on purpose: jokes,
    courses, accidents, a past). The test holds those figures so that neither slips
    unnoticed."""
    at_risk = sum(map(mentions_crisis, phrasings("at_risk_more")))
    harmless = sum(map(mentions_crisis, phrasings("harmless_more")))
    assert at_risk >= 7424 and harmless <= 147, (at_risk, harmless)


TARGET_RECALL = 0.90
TARGET_FALSE_POSITIVES = 0.05
RECALL_REACHED = 0.933  # 295 of 316 (93.4%) on the twenty-first held-out set
FALSE_POSITIVES_REACHED = 0.038  # 12 of 317 (3.8%)
UNSEEN_RECALL_REACHED = 0.916  # 284 of 310 (91.6%) on the twenty-second, kept unread
UNSEEN_FALSE_POSITIVES_REACHED = 0.023  # 7 of 318 (2.2%)


def assert_held_out(name: str, recall_reached: float, false_positives_reached: float) -> None:
    """The held-out pair ``*_{name}.txt`` is apart from what was tuned on, and the detector
    answers at least ``recall_reached`` of its at-risk lines and at most
    ``false_positives_reached`` of its harmless ones."""
    at_risk = phrasings(f"at_risk_{name}")
    harmless = phrasings(f"harmless_{name}")
    assert len(at_risk) >= 100 and len(harmless) >= 100
    tuning = {t.lower() for t in at_risk_tuning() + harmless_tuning()}
    assert tuning.isdisjoint(t.lower() for t in at_risk + harmless)
    recall = sum(map(mentions_crisis, at_risk)) / len(at_risk)
    false_positives = sum(map(mentions_crisis, harmless)) / len(harmless)
    assert recall >= recall_reached, f"recall {recall:.3f} (target {TARGET_RECALL})"
    assert false_positives <= false_positives_reached, (
        f"false positives {false_positives:.3f} (target {TARGET_FALSE_POSITIVES})"
    )


def test_held_out_recall_and_false_positives_hold() -> None:
    assert_held_out("held_out", RECALL_REACHED, FALSE_POSITIVES_REACHED)


def test_a_set_kept_unread_while_the_round_was_made_holds_its_figures() -> None:
    """The twenty-second sets (``*_unseen.txt``), written apart and kept unread and unmeasured
    while the twenty-first round was made: the cleanest held-out figure the project has."""
    assert_held_out("unseen", UNSEEN_RECALL_REACHED, UNSEEN_FALSE_POSITIVES_REACHED)


def test_lines_aimed_at_the_guards_are_still_heard() -> None:
    """The probe (``*_probe.txt``): 206 at-risk lines written against the guards for the past,
    grief, work, asking and rope, and 70 harmless ones in the same settings. Before those
    guards the detector answered 167 and 37; with their first form, 100 and 13; now 165 and
    17. The guards were shaped on these lines, so this is a regression check: a guard that
    quiets a writer at risk again shows here."""
    at_risk = phrasings("at_risk_probe")
    harmless = phrasings("harmless_probe")
    heard = sum(map(mentions_crisis, at_risk))
    answered = sum(map(mentions_crisis, harmless))
    assert (len(at_risk), len(harmless)) == (206, 70)
    assert heard >= 165 and answered <= 17, (heard, answered)


ALL_SETS = [
    "at_risk_tuning",
    "harmless_tuning",
    "at_risk_more",
    "harmless_more",
    "at_risk_held_out",
    "harmless_held_out",
    "at_risk_probe",
    "harmless_probe",
    "at_risk_unseen",
    "harmless_unseen",
]


@pytest.mark.parametrize("name", ALL_SETS)
def test_anchor_words_only_skip_patterns_that_would_not_match(name: str) -> None:
    """A pattern is tried only on clauses holding one of its anchor words: trying every
    pattern and guard everywhere finds exactly the same."""
    for text in phrasings(name):
        assert list(crisis_matches(text)) == list(crisis_matches(text, thorough=True)), text


@pytest.mark.parametrize("name", ALL_SETS)
def test_split_patterns_find_what_the_whole_pattern_finds(name: str) -> None:
    """Each pattern is compiled alternative by alternative for speed; on every clause the
    result is the leftmost match of the pattern compiled whole."""
    compiled, _ = rules()
    whole = [re.compile(expand(p.regex)) for p in ALL_PATTERNS]
    texts = [c.text for t in phrasings(name) for c in clauses(t)]
    texts += [c.text for p in ALL_PATTERNS for c in clauses(p.example)]
    for text in texts:
        for rule, regex in zip(compiled, whole, strict=True):
            fast, plain = rule.search(text), regex.search(text)
            assert (fast and fast.span()) == (plain and plain.span()), (rule.name, text)
