"""Numbers in digits or words, fractions like "4/5", and lengths of time, read from reply tokens.

Tokens come from `bot.conversation.answers.tokenize`: folded words, digit runs ("12", "3.5", "-2"),
emoji and single punctuation marks, in reply order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_EN_SMALL = (
    "zero one two three four five six seven eight nine ten "
    "eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
)
EN_SMALL = {word: n for n, word in enumerate(_EN_SMALL.split())}
_EN_TENS = "twenty thirty forty fifty sixty seventy eighty ninety"
EN_TENS = {word: 10 * n for n, word in enumerate(_EN_TENS.split(), start=2)}
CY_SMALL = {
    "un": 1,
    "dau": 2,
    "dwy": 2,
    "tri": 3,
    "tair": 3,
    "pedwar": 4,
    "pedair": 4,
    "pump": 5,
    "pum": 5,
    "chwech": 6,
    "chwe": 6,
    "saith": 7,
    "wyth": 8,
    "naw": 9,
    "deg": 10,
    "deng": 10,
    # the teens and twenty said in one word ("deuddeg diwrnod" is twelve days, not one)
    "deuddeg": 12,
    "deuddeng": 12,
    "pymtheg": 15,
    "pymtheng": 15,
    "deunaw": 18,
    "ugain": 20,
    # soft-mutated forms, said only after a word such as "i", "o", "neu" ("bron i dair wythnos",
    # "dau neu dri"): never a reply's lone number (MUTATED)
    "ddau": 2,
    "ddwy": 2,
    "dri": 3,
    "dair": 3,
    "bedwar": 4,
    "bedair": 4,
    "bump": 5,
    # aspirate-mutated forms, said after "a" (and) or "tua" ("rhwng tri a phedwar"): as above
    "thri": 3,
    "thair": 3,
    "phedwar": 4,
    "phedair": 4,
    "phump": 5,
    "phum": 5,
}
MUTATED = frozenset(("ddau", "ddwy", "dri", "dair", "bedwar", "bedair", "bump"))
MUTATED |= frozenset(("thri", "thair", "phedwar", "phedair", "phump", "phum"))
# Words that only count as amounts in a number question ("none", "a couple of days").
AMOUNT_WORDS = {"none": 0, "nil": 0, "couple": 2}

# Days per unit for `unit: days`; "fis"/"flynedd" are Welsh mutated forms.
DAY_UNITS = {
    **dict.fromkeys(("day", "days", "dayz", "diwrnod", "diwrnodau", "dydd", "dyddiau"), 1),
    **dict.fromkeys(("week", "weeks", "wk", "wks", "weaks", "wik", "wiks", "wythnos", "wythnosau"), 7),
    **dict.fromkeys(("fortnight", "fortnights", "fortnite", "pythefnos"), 14),
    **dict.fromkeys(("month", "months", "mis", "fis", "misoedd"), 30),
    **dict.fromkeys(("year", "years", "yr", "yrs", "blwyddyn", "flwyddyn", "blynedd", "mlynedd"), 365),
}
# Shorter than a day: a days question cannot store "3 hours" as 3.
# Welsh has no "a": a bare singular unit ("pythefnos", "tua mis") means one of it.
CY_BARE_UNITS = frozenset(("diwrnod", "wythnos", "pythefnos", "mis", "blwyddyn"))
# In English conversations: Welsh units (residents mix) and "fortnight", said alone for one.
EN_BARE_UNITS = frozenset(("pythefnos", "wythnos", "mis", "fortnight", "fortnite"))
# A singular English unit that is the whole reply ("Week.", "month") is one of it; inside a sentence
# it is not ("last week they came", "a week or a month"), so EN_BARE_UNITS leaves these out.
SINGLE_UNITS = [[unit] for unit in ("day", "week", "wk", "month", "year")]
SUB_DAY_UNITS = frozenset({"hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins", "awr", "munud"})
SAME_DAY = {("same", "day"): 0, ("today",): 0, ("heddiw",): 0, ("next", "day"): 1, ("tomorrow",): 1}
SAME_DAY |= {("straight", "away"): 0, ("right", "away"): 0, ("immediately",): 0, ("overnight",): 1}
SAME_DAY |= {
    ("no", "time"): 0,
    ("didn't", "wait"): 0,
    ("didnt", "wait"): 0,
    ("did", "not", "wait"): 0,
    ("no", "wait"): 0,
}

_DIGITS = re.compile(r"-?\d+(?:[.,]\d+)*")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
# Words that may come before an option's number: "option 2", "it's a 2", "#2".
NUMBER_FILLERS = frozenset(
    ("option", "number", "num", "choice", "answer", "it's", "its", "it", "is", "a", "i'd", "id", "i")
    + ("say", "go", "for", "with")
)
# Words that may follow a number closing a reply: "I'd go with 2 please".
SIGN_OFFS = frozenset(("please", "thanks", "thank", "you", "ta", "cheers", "x", "xx", "xxx", "tbh"))
CONNECTORS = frozenset(("or", "to", "and", "neu"))  # "neu": Welsh "or"
MAX_DIGITS = 9  # longer digit runs are not a realistic answer (and int() limits huge strings)


@dataclass(frozen=True)
class Num:
    """One number in a reply; value None means it is not a whole non-negative number."""

    value: int | None
    end: int  # index of the first token after the number
    denominator: int | None = None  # "4/5", "4 out of 5", "4 of 5"


def is_digits(token: str) -> bool:
    """True for a token written with digits ("3", "3.5", "-2", "1,000")."""
    return _DIGITS.fullmatch(token) is not None


def whole_number(token: str) -> int | None:
    """'12' -> 12, '1,000' -> 1000; None for decimals, negatives and absurd lengths."""
    if _THOUSANDS.fullmatch(token):
        token = token.replace(",", "")
    if not token.isdecimal() or len(token) > MAX_DIGITS:
        return None
    return int(token)


# Welsh number words read in English conversations too: those that are not English words.
CY_IN_EN = {
    word: n
    for word, n in CY_SMALL.items()
    # "pum" and "chwe" are the forms said before a noun ("pum diwrnod"): no English word either
    if word in ("dau", "dwy", "tri", "tair", "pedwar", "pedair", "pum", "chwech", "chwe", "saith", "wyth")
    or word in ("deg", "deng")
    or word in MUTATED - {"bump"}
    or n > 10
}


def small_numbers(language: str) -> dict[str, int]:
    """Single number words for a language; English always counts (residents mix)."""
    return {**EN_SMALL, **CY_SMALL} if language == "cy" else {**EN_SMALL, **CY_IN_EN}


def _spelt(tokens: list[str], i: int, small: dict[str, int]) -> tuple[int, int] | None:
    """The number spelt out from tokens[i] ("twenty five", "a hundred and ten") as (value, end)."""
    value, j = None, i
    if tokens[j] in EN_TENS:
        value, j = EN_TENS[tokens[j]], j + 1
        if j < len(tokens) and 0 < EN_SMALL.get(tokens[j], 0) < 10:
            value, j = value + EN_SMALL[tokens[j]], j + 1
    elif tokens[j] in small:
        value, j = small[tokens[j]], j + 1
    if j < len(tokens) and tokens[j] == "hundred":
        value, j = (1 if value is None else value) * 100, j + 1
        if j + 1 < len(tokens) and tokens[j] == "and" and (rest := _spelt(tokens, j + 1, EN_SMALL)):
            value, j = value + rest[0], rest[1]
    return None if value is None else (value, j)


# Words after which "one" is a pronoun, not the number: "the middle one", "a good one", "that one".
ONE_AS_PRONOUN_AFTER = frozenset(
    ("this", "that", "which", "each", "every", "any", "another", "other", "same", "next", "last")
    + ("first", "middle", "top", "bottom", "good", "nice", "bad", "great", "right", "wrong", "lovely")
    + ("better", "worse", "best", "worst", "big", "little", "old", "new")
)
# "for out of five" is "four out of five" misheard or mistyped; "to out of five" is two.
HOMOPHONES_BEFORE_OUT_OF = {"for": 4, "fore": 4, "to": 2, "too": 2}


def _number_at(tokens: list[str], i: int, small: dict[str, int], units: dict[str, int]) -> Num | None:
    """The number starting at tokens[i], if one does ("a" and "an" are 1 before a unit)."""
    token = tokens[i]
    if is_digits(token):
        return Num(whole_number(token), i + 1)
    if token in ("a", "an") and i + 1 < len(tokens) and tokens[i + 1] in units:
        return Num(1, i + 1)
    if token == "one" and i > 0 and tokens[i - 1] in ONE_AS_PRONOUN_AFTER:  # noqa: S105 - a word
        return None
    if (
        token in HOMOPHONES_BEFORE_OUT_OF
        and tokens[i + 1 : i + 3] == ["out", "of"]
        and i + 3 < len(tokens)
        and _number_at(tokens, i + 3, small, {}) is not None  # "for out of five", not "for out of hours"
    ):
        return Num(HOMOPHONES_BEFORE_OUT_OF[token], i + 1)
    spelt = _spelt(tokens, i, small)
    return Num(*spelt) if spelt else None


def _with_denominator(tokens: list[str], num: Num, small: dict[str, int]) -> Num:
    """Attach "/5", "out of 5" or "of 5" when it follows the number."""
    j = num.end
    if tokens[j : j + 2] in (["out", "of"], ["allan", "o"]):  # Welsh: "4 allan o 5"
        j += 2
    elif j < len(tokens) and tokens[j] in ("/", "of", "outta", "outa"):  # "4 outta 5"
        j += 1
    else:
        return num
    below = _number_at(tokens, j, small, {}) if j < len(tokens) else None
    if below is None:
        return num
    # A fraction with an unreadable denominator ("4/5.5") is unreadable as a whole.
    return Num(num.value if below.value is not None else None, below.end, below.value)


def number_at(tokens: list[str], i: int, language: str) -> Num | None:
    """The number (with any denominator) starting at tokens[i], or None."""
    small = small_numbers(language)
    num = _number_at(tokens, i, small, {})
    return None if num is None else _with_denominator(tokens, num, small)


def _is_word(token: str) -> bool:
    return token[0].isalnum() or is_digits(token)


def leading_number(tokens: list[str]) -> Num | None:
    """The number opening a reply after fillers and marks ("2 thanks", "option 2", "#2"), if any.

    Its value is None when another number follows ("1 or 2", "2, 3"): the reply is ambiguous.
    """
    i = 0
    while i < len(tokens) and (tokens[i] in NUMBER_FILLERS or not _is_word(tokens[i])):
        i += 1
    if i == len(tokens) or not is_digits(tokens[i]):
        return None
    num = number_at(tokens, i, "en") or Num(None, i + 1)  # never None: tokens[i] is digits
    following = next((t for t in tokens[num.end :] if _is_word(t) and t not in CONNECTORS), "")
    return Num(None, num.end) if is_digits(following) else num


def closing_number(tokens: list[str]) -> Num | None:
    """The reply's only digits when nothing but sign-offs follow ("probably 2", "2 please")."""
    places = [i for i, token in enumerate(tokens) if is_digits(token)]
    if len(places) != 1 or any(t not in SIGN_OFFS for t in tokens[places[0] + 1 :] if t[0].isalnum()):
        return None
    return number_at(tokens, places[0], "en")


def read_numbers(tokens: list[str], language: str) -> list[Num]:
    """Every number in the tokens, in order, with its denominator if it has one."""
    found, i = [], 0
    while i < len(tokens):
        num = number_at(tokens, i, language)
        if num is None:
            i += 1
            continue
        if not _after_out_of(tokens, i):  # "out of five, four": the five is only what it is out of
            found.append(num)
        i = num.end
    return found


def _after_out_of(tokens: list[str], i: int) -> bool:
    """True when tokens[i] is a denominator with no number before it ("out of 5", "/5")."""
    return tokens[max(0, i - 2) : i] in (["out", "of"], ["allan", "o"]) or (
        i > 0 and tokens[i - 1] in ("/", "outta", "outa")
    )


@dataclass(frozen=True)
class Amount:
    """One amount read from a reply: its value in days (or as said) and the unit's days (0: none)."""

    value: int
    unit_days: int
    start: int  # index of the amount's first token
    end: int  # index of the first token after it (and its unit)


HOURS = frozenset(("hour", "hours", "hr", "hrs", "awr"))


def read_amounts(tokens: list[str], language: str, in_days: bool) -> list[Amount] | None:
    """Every amount in the reply in order ("two weeks" = 14 in days), or None if one is unreadable."""
    units = DAY_UNITS if in_days else {}
    small = {**small_numbers(language), **AMOUNT_WORDS}
    amounts = [Amount(days, 0, -1, -1) for days in _same_day_amounts(tokens)] if in_days else []
    i = 0
    while i < len(tokens):
        num = _number_at(tokens, i, small, units)
        if num is None:
            i += 1
            continue
        if num.value is None:
            return None
        unit_at = num.end
        if unit_at < len(tokens) and tokens[unit_at] in ("of", "more", "whole", "full"):
            unit_at += 1  # "a couple of weeks", "two more days", "a whole month"
        unit = tokens[unit_at] if unit_at < len(tokens) else ""
        if unit in SUB_DAY_UNITS and in_days:
            if unit not in HOURS or num.value % 24:
                return None  # a days question cannot store "3 hours" as 3
            amounts.append(Amount(num.value // 24, 1, i, unit_at + 1))  # "48 hrs" is two days
            i = unit_at + 1
            continue
        end = unit_at + 1 if unit in units else num.end
        amounts.append(Amount(num.value * units.get(unit, 1), units.get(unit, 0), i, end))
        i = end
    return amounts


def read_amount(tokens: list[str], language: str, in_days: bool) -> int | None:
    """A non-negative amount ("3", "about three", "two weeks" = 14 in days), or None if unclear."""
    amounts = read_amounts(
        with_bare_units_counted(tokens, language) if in_days else tokens, language, in_days
    )
    return amounts[0].value if amounts and len(amounts) == 1 else None


def _same_day_amounts(tokens: list[str]) -> list[int]:
    """Days meant by "same day", "today", "next day" and the like."""
    found = []
    for i in range(len(tokens)):
        for phrase, days in SAME_DAY.items():
            if tuple(tokens[i : i + len(phrase)]) == phrase:
                found.append(days)
    return found


def with_bare_units_counted(tokens: list[str], language: str) -> list[str]:
    """Tokens with "one" before each unit said alone for one of itself ("fortnight", "pythefnos")."""
    bare = CY_BARE_UNITS if language == "cy" else EN_BARE_UNITS
    words = [t for t in tokens if t[0].isalnum()]
    if words in SINGLE_UNITS:
        bare = bare | set(words)
    return _count_bare_units(tokens, {**small_numbers(language), **AMOUNT_WORDS}, bare)


def _count_bare_units(tokens: list[str], small: dict[str, int], bare: frozenset[str]) -> list[str]:
    """Put "un" (one) before each unit that means one of itself alone ("pythefnos", "fortnight")."""
    counted: list[str] = []
    for token in tokens:
        after_number = counted and (is_digits(counted[-1]) or counted[-1] in small or counted[-1] in EN_TENS)
        if token in bare and not after_number and (not counted or counted[-1] not in ("a", "an")):
            counted.append("one")
        counted.append(token)
    return counted


ORDINALS = {
    word: n
    for n, word in enumerate(
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"],
        start=1,
    )
}
# Words around a spelt option that add nothing: "hmm two thanks", "the second one please".
OPTION_FILLERS = (
    NUMBER_FILLERS
    | SIGN_OFFS
    | frozenset(
        [
            "hmm",
            "um",
            "erm",
            "well",
            "honestly",
            "the",
            "think",
            "tbh",
            "to",
            "be",
            "honest",
            "thank",
            "thanks",
            "cheers",
            "please",
        ]
    )
)


# Number words misspelt or written as they sound ("fiv", "fore"), read only when the reply is the
# number alone: "for", "to" and "won" are too common as words to be read as numbers anywhere.
MISSPELT_NUMBERS = {
    **dict.fromkeys(("wun", "oen", "wan"), "one"),  # "wan", "twa": Scots
    **dict.fromkeys(("tw", "twoo", "tow", "twa"), "two"),
    **dict.fromkeys(("thre", "threee", "tree", "thr33"), "three"),
    **dict.fromkeys(("fore", "foor", "fuor", "foru", "fowr", "fower", "fouwr"), "four"),
    **dict.fromkeys(("fiv", "fve", "fife", "fivr", "fiev", "fivw"), "five"),
    **dict.fromkeys(("sixx", "sics", "siks"), "six"),
    # dictation slips, alone only: "for" (four), "to" (two)
    "for": "four",
    "to": "two",
}


DICTATED = frozenset(("for", "to"))
# Words beside a misspelt number that leave it alone: Scots "jist wan", "fower, aye".
NUMBER_COMPANIONS = frozenset(("jist", "just", "aye", "yes"))


def respelt_alone(tokens: list[str]) -> list[str]:
    """Tokens with a misspelt number word made whole, when it is the reply's only word but fillers."""
    words = [t for t in tokens if t[0].isalnum() and t not in OPTION_FILLERS and t not in NUMBER_COMPANIONS]
    if not words:  # "for" and "to" are fillers beside a number, but alone they are the number
        # alone but for a sign-off ("for thanks"): beside any other word, "to" and "for" are just
        # words ("sorry to say", "to be honest", "for me")
        said = [t for t in tokens if t[0].isalnum() and t not in SIGN_OFFS]
        first = next((t for t in tokens if t[0].isalnum()), None)  # "thanks to you" is thanks, not 2
        words = said if len(said) == 1 and said[0] in DICTATED and first == said[0] else []
    if len(words) != 1 or words[0] not in MISSPELT_NUMBERS:
        return tokens
    return [MISSPELT_NUMBERS[t] if t == words[0] else t for t in tokens]


def spelt_option(words: list[str]) -> int | None:
    """The option a reply names by number word or ordinal alone ("two", "the second one")."""
    words = [_ordinal_digits(words, i) or w for i, w in enumerate(words) if w not in ("st", "nd", "rd", "th")]
    ordinals = [ORDINALS[w] for w in words if w in ORDINALS]
    if ordinals:
        rest = [w for w in words if w not in ORDINALS and w not in OPTION_FILLERS and w != "one"]
        return ordinals[0] if len(ordinals) == 1 and not rest else None
    numbers = [EN_SMALL[w] for w in words if w in EN_SMALL]
    rest = [w for w in words if w not in EN_SMALL and w not in OPTION_FILLERS]
    return numbers[0] if len(numbers) == 1 and not rest else None


def _ordinal_digits(words: list[str], i: int) -> str | None:
    """ "2" before "nd" as the word "second"."""
    if words[i].isdecimal() and i + 1 < len(words) and words[i + 1] in ("st", "nd", "rd", "th"):
        return next((word for word, n in ORDINALS.items() if n == int(words[i])), None)
    return None
