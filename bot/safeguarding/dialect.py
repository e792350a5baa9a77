"""Dialect spellings folded into plain words before the screen's concepts look.

Residents write as they speak: a dropped g ("starvin", "liftin'"), Scots and Geordie
forms ("cannae", "tae", "hoose", "wor lass", "divvent"), "me" for "my" ("me mam", "me bin").
The concepts, idioms and guards are written once in plain words, so each form is folded here
once and every word family sees it, rather than each rule listing its own spellings.

Only forms that are seldom anything else are folded (a "wean", a "maw" and a "da" on their own
are read by voice_kinds.py's own words), and only on the screen's reading (the
classifier's features keep the shipped normalisation, so a retrain decides for itself). Applied
to normalised text: lower case, no apostrophes ("a'm" arrives as "am"), sentences split by `|`.
"""

# ruff: noqa: E501  (a fold or a word list reads best on one line)
from __future__ import annotations

import re
from functools import cache, lru_cache

# (dialect form, plain form): whole words, in this order
_WORDS = [
    # Scots, Geordie, Northern Irish negatives
    ("(cannae|canna|cannit|cannot)", "cant"),
    ("(didnae|didna|divvent|dinnit)", "didnt"),
    ("(dinnae|dinna|divnae|dunnae)", "dont"),
    ("(doesnae|disnae|doesna)", "doesnt"),
    ("(isnae|isna)", "isnt"),
    ("(wasnae|wisnae)", "wasnt"),
    ("(willnae|winnae|wullnae)", "wont"),
    ("(wouldnae|widnae|wudnae)", "wouldnt"),
    ("(couldnae|couldna)", "couldnt"),
    ("(havenae|hivnae)", "havent"),
    ("(hasnae|hisnae)", "hasnt"),
    ("(shouldnae|shouldna)", "shouldnt"),
    ("(gonnae|gonny|gunna|gunnae|ganna)", "going to"),
    ("(wannae|wanny)", "want to"),
    # Scots and Geordie words
    ("tae", "to"),
    ("(wis|wiz)", "was"),
    ("(fae|frae)", "from"),
    ("wi", "with"),
    ("aboot", "about"),
    ("oot", "out"),
    ("doon", "down"),
    ("(roon|roond)", "round"),
    ("ower", "over"),
    ("noo", "now"),
    ("aw", "all"),
    ("(hoose)", "house"),
    ("(hame|yem|hyem)", "home"),
    ("heid", "head"),
    ("deid", "dead"),
    ("(dae)", "do"),
    ("(daein|deein)", "doing"),
    ("(nae|naw|nee)", "no"),
    ("(naebody|naebdy)", "nobody"),
    ("(naething|nuffin|nothin)", "nothing"),
    ("(somethin|suttin)", "something"),
    ("wan", "one"),
    ("(granda|grandda)", "grandad"),
    ("(feart|frit)", "scared"),
    ("greetin", "crying"),
    ("telt", "told"),
    ("(windae|winda)", "window"),
    ("(windaes|windas)", "windows"),
    ("(youse|yous|ye)", "you"),
    ("yer", "your"),
    ("(wor|oor)", "our"),
    ("(masel|mysel|maself|meself)", "myself"),
    ("(hissel|hisself)", "himself"),
    ("(awright|awrite)", "alright"),
    ("efter", "after"),
    ("(tae dee|to dee)", "to die"),
    ("(ma|me|my|our) da", r"\1 dad"),
    ("our kid", "my brother"),  # Manc, Scouse and Brummie for a younger brother
    # "a" for "I" before a verb ("a cannae", "a was"); never before a noun
    (
        "a (cant|didnt|dont|wont|couldnt|wouldnt|was|got|feel|know|think|told|said|had|keep|never|just|am|want|wanted)",
        r"i \1",
    ),
    # "a'm" and "am" for "I'm" at the start of what is said ("am freezin", "am no great")
    (
        "(^|\\| )am (no|not|that|so|scared|frightened|terrified|done|stuck|on|in|sat|sitting|freezing|starving)",
        r"\1im \2",
    ),
]
# "ma" and "me" for "my" before a person or a thing of the home ("me mam", "ma hoose", "me bin");
# "me ma" is a mother, so "ma" after "me" or "my" stays a word of its own
_MY_BEFORE = (
    "mam|mum|mom|ma|dad|da|nan|nana|nanna|gran|granny|grandad|grandson|granddaughter|son|daughter|lad|lass|"
    "kid|kids|husband|wife|fella|missus|partner|boyfriend|girlfriend|brother|sister|sis|cousin|uncle|auntie|"
    "aunt|mate|mates|pals|own|house|flat|room|bin|bins|garden|door|window|windows|dinner|tea|shopping|"
    "benefits|pension|money|card|bank|keys|phone|car|telly|boiler|heating|meds|tablets|plants|bags|neighbour|"
    "neighbours|carers|carer|appointments|name|life|big|wee|little|older|younger"
)
# one word for one word in a single pass (most folds); the forms of two words, after it
_ONE_FOR_ONE = {
    form: plain
    for forms, plain in _WORDS
    if " " not in forms and "\\" not in plain
    for form in forms.strip("()").split("|")
}
_ONE_WORD = re.compile(r"(?<!\S)(?:" + "|".join(sorted(_ONE_FOR_ONE, key=len, reverse=True)) + r")(?!\S)")
_FOLDS = [(re.compile(rf"(?<!\S){a}(?!\S)"), b) for a, b in _WORDS if " " in a or "\\" in b] + [
    (re.compile(rf"(?<!\bme )(?<!\bmy )\b(me|ma) (?=(?:{_MY_BEFORE})s?\b)"), "my "),
]
_DROPPED_G = re.compile(r"\b([a-z]{3,})in\b")  # "bin", "skin" and "gin" are words of their own
STEM_MIN = 4  # letters of a stem that is enough by itself ("lift" in "liftin")


# medicines and names that end in "-in" as they are ("warfarin" is never "warfaring")
KEPT = frozenset(
    [
        "warfarin",
        "heparin",
        "insulin",
        "metformin",
        "penicillin",
        "amoxicillin",
        "gabapentin",
        "tamsulosin",
        "atorvastatin",
        "simvastatin",
        "heroin",
        "aspirin",
        "colin",
        "kevin",
        "martin",
        "gavin",
        "darwin",
        "austin",
        "dustin",
        "justin",
        "robin",
        "erin",
        "lin",
        "nain",
        "blin",
    ]
)


@cache
def _english() -> frozenset[str]:
    """Real words, and the words the screen's own patterns name ("battering" is in no word list)."""
    from bot.safeguarding.phrasings import _english_words
    from bot.safeguarding.rules import _screen_words

    return _english_words() | _screen_words()


@lru_cache(maxsize=5_000)
def _with_g(word: str) -> str:
    """`word` ("starvin") with its g put back ("starving") when it is a dropped g, else itself."""
    english = _english()
    if word in english or word in KEPT:
        return word  # "within", "cousin", "warfarin"
    stem = word[:-2]
    # the -ing form's stem: "walk", "drive" (drivin), "put" (puttin); a short stem alone is too
    # often another word ("melin" is a Welsh mill, never "mel")
    stems = (stem, stem + "e") if len(stem) >= STEM_MIN else ()
    doubled = stem[:-1] if stem[-1] == stem[-2] else ""
    found = word + "g" in english or doubled in english or any(s in english for s in stems)
    return word + "g" if found else word


def read_dialect(words: str) -> str:
    """Normalised `words` with dialect spellings put into the plain words the concepts use."""
    words = _DROPPED_G.sub(lambda m: _with_g(m.group()), words)
    words = _ONE_WORD.sub(lambda m: _ONE_FOR_ONE[m.group()], words)
    for pattern, plain in _FOLDS:
        words = pattern.sub(plain, words)
    return words
