"""How writing is read before it is checked for talk of suicide or self-harm.

``services.care`` answers a save with a calm pointer to support when what was written holds
words about suicide or self-harm. Before its patterns (``content.crisis_patterns``) look, the
text is put in one plain form, with the help of the tables here: lower case, contractions
spelled out ("don't" is "do not"), digits and shorthand read as words ("2 die", "wanna"), words
spelled out a letter at a time joined ("d i e"), words split in two joined ("my self"), and one
wrong letter in a longer key word forgiven ("suicde").

The list leans on guidance for services that hold what people write (#chatsafe; Samaritans'
guidelines for user-generated content; the NSPA guide to responding to suicidal content
online): answer explicit language calmly, and keep help one key away for everything a list
cannot catch.
"""

from __future__ import annotations

# Kinds of repair, named in what the detector reports.
MISSPELLING = "misspelling"
SPLIT_WORD = "split word"
SPACED_LETTERS = "spaced letters"
DIGITS = "digits for words"
SHORTHAND = "shorthand"

# Contractions written without an apostrophe: read as their words; not a repair.
CONTRACTIONS: dict[str, str] = {
    "cant": "can not",
    "cannot": "can not",
    "dont": "do not",
    "doesnt": "does not",
    "didnt": "did not",
    "wont": "will not",
    "wouldnt": "would not",
    "couldnt": "could not",
    "shouldnt": "should not",
    "isnt": "is not",
    "wasnt": "was not",
    "werent": "were not",
    "arent": "are not",
    "havent": "have not",
    "hasnt": "has not",
    "hadnt": "had not",
    "aint": "is not",
    "im": "i am",
    "ive": "i have",
    "id": "i d",
    "youre": "you are",
    "theyre": "they are",
    "theyd": "they d",
    "theyll": "they will",
    "youd": "you d",
    "itd": "it d",
    "itll": "it will",
    "whats": "what is",
    "thats": "that is",
    "theres": "there is",
    "heres": "here is",
    "its": "it is",
    "lifes": "life is",
    "whos": "who is",
    "hows": "how is",
    "nothings": "nothing is",
    "everythings": "everything is",
    "everyones": "everyone is",
    "nobodys": "nobody is",
}

# Numbers written for words.
DIGIT_WORDS: dict[str, str] = {
    "2": "to",
    "4": "for",
    "b4": "before",
    "2b": "to be",
    "2day": "today",
    "2nite": "tonight",
    "2night": "tonight",
    "2moro": "tomorrow",
    "2morrow": "tomorrow",
    "2mrw": "tomorrow",
    "every1": "everyone",
    "evry1": "everyone",
    "no1": "no one",
    "some1": "someone",
    "sum1": "someone",
    "any1": "anyone",
    "4ever": "forever",
    "4eva": "forever",
    "h8": "hate",
}

# Letters for digits inside a word ("k1ll", "d13"), tried when a word mixes both.
LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b"})
LEET_L = str.maketrans({"0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b"})

# Shorthand of chat and quick notes.
SHORT_FORMS: dict[str, str] = {
    "wanna": "want to",
    "wana": "want to",
    "gonna": "going to",
    "gunna": "going to",
    "gotta": "got to",
    "tryna": "trying to",
    "hafta": "have to",
    "imma": "i am going to",
    "ima": "i am going to",
    "finna": "going to",
    "u": "you",
    "ur": "your",
    "r": "are",
    "y": "why",
    "ppl": "people",
    "abt": "about",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "cos": "because",
    "rn": "right now",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tmrrw": "tomorrow",
    "tonite": "tonight",
    "nite": "night",
    "idk": "i do not know",
    "idc": "i do not care",
    "dunno": "do not know",
    "noone": "no one",
    "nobdy": "nobody",
    "wud": "would",
    "wld": "would",
    "cud": "could",
    "shud": "should",
    "dnt": "do not",
    "tho": "though",
    "thru": "through",
}

# Informal endings ("goin", "cuttin") of the words the patterns care about.
DROPPED_G: frozenset[str] = frozenset(
    [
        "killing",
        "cutting",
        "harming",
        "hurting",
        "dying",
        "living",
        "ending",
        "going",
        "doing",
        "trying",
        "taking",
        "saving",
        "thinking",
        "nothing",
        "something",
        "overdosing",
        "jumping",
        "hanging",
        "burning",
        "existing",
        "giving",
        "wanting",
        "planning",
        "hoping",
        "wishing",
        "stockpiling",
    ]
)

# Short key words misspelt in ways that one-letter tolerance does not reach.
MISSPELT: dict[str, str] = {
    "kil": "kill",
    "kll": "kill",
    "kiil": "kill",
    "kiling": "killing",
    "ded": "dead",
    "wnat": "want",
    "watn": "want",
    "wamt": "want",
    "wnt": "want",
    "dei": "die",
}

# Key words where one letter wrong, missing, extra or swapped is forgiven (6+ letters).
TOLERANT: tuple[str, ...] = tuple(
    [
        "suicide",
        "suicides",
        "suicidal",
        "suicidally",
        "myself",
        "overdose",
        "overdosed",
        "overdoses",
        "overdosing",
        "unalive",
        "unalived",
        "unaliving",
        "goodbye",
        "goodbyes",
        "anymore",
        "burden",
        "burdens",
        "selfharm",
        "selfharming",
        "selfharmed",
        "existing",
        "pointless",
        "hopeless",
        "stockpile",
        "stockpiling",
        "stockpiled",
        "paracetamol",
        "painkillers",
        "medication",
        "disappear",
        "forever",
        "nobody",
        "without",
        "tomorrow",
        "tonight",
        "everyone",
        "attempted",
        "worthless",
    ]
)

# Short key words (4-5 letters) where only two swapped letters are forgiven.
SWAP_TOLERANT: tuple[str, ...] = tuple(
    [
        "want",
        "kill",
        "dead",
        "hurt",
        "self",
        "harm",
        "alive",
        "again",
        "pills",
        "noose",
        "blade",
        "rope",
        "life",
        "live",
        "sleep",
        "never",
        "wake",
        "point",
        "jump",
        "hang",
        "exist",
        "burn",
    ]
)

# Real words one letter away from a key word: never taken for a slip.
REAL_NEIGHBOURS: frozenset[str] = frozenset(
    [
        "overdoes",
        "overdone",
        "overdoing",
        "exiting",
        "homeless",
        "dedication",
        "mediation",
        "meditation",
        "lief",
        "exits",
        "borden",
    ]
)

# Words split in two that are read as one ("my self", "sewer slide", "self harm").
JOINED: dict[str, str] = {
    "my self": "myself",
    "me self": "myself",
    "your self": "yourself",
    "sui cide": "suicide",
    "sui cidal": "suicidal",
    "suic ide": "suicide",
    "un alive": "unalive",
    "un alived": "unalived",
    "un aliving": "unaliving",
    "over dose": "overdose",
    "over dosed": "overdosed",
    "over dosing": "overdosing",
    "sewer slide": "sewerslide",
    "sewer sliding": "sewersliding",
    "self harm": "selfharm",
    "self harmed": "selfharmed",
    "self harming": "selfharming",
    "self harmer": "selfharmer",
    "self injury": "selfharm",
    "self injuring": "selfharming",
    "good bye": "goodbye",
    "good byes": "goodbyes",
    "no body": "nobody",
}

# "my self" stays two words before these ("my self esteem"; "my self harm" is "my selfharm").
NOT_JOINED_BEFORE: frozenset[str] = frozenset(
    ["esteem", "worth", "confidence", "image", "care", "respect", "belief", "doubt", "harm"]
)

# Words that a sentence spelled out a letter at a time is cut into ("i w a n t t o d i e").
SPELLED_SENTENCE_WORDS: frozenset[str] = frozenset(
    [
        "i",
        "a",
        "am",
        "to",
        "want",
        "wanna",
        "me",
        "my",
        "it",
        "all",
        "end",
        "just",
        "so",
        "not",
        "do",
        "dont",
        "going",
        "gonna",
        "feel",
        "want",
        "myself",
        "kill",
        "die",
        "dead",
        "suicide",
        "suicidal",
        "hurt",
        "cut",
        "selfharm",
        "be",
        "alive",
        "live",
        "anymore",
    ]
)

# Words people spell out a letter at a time or stretch ("d i e", "diiie").
SPELLED: frozenset[str] = frozenset(
    [
        "die",
        "dead",
        "kill",
        "kms",
        "kys",
        "suicide",
        "suicidal",
        "myself",
        "selfharm",
        "cut",
        "cutting",
        "hurt",
        "overdose",
        "unalive",
        "end",
        "death",
        "dying",
        "help",
    ]
)
