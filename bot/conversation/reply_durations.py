"""Days a resident waited: exact amounts only; approximations and two separate waits are asked again."""

from __future__ import annotations

from bot.conversation import reply_dates
from bot.conversation.wordnumbers import (
    DAY_UNITS,
    OPTION_FILLERS,
    SAME_DAY,
    SUB_DAY_UNITS,
    Amount,
    read_amount,
    read_amounts,
    small_numbers,
    with_bare_units_counted,
)

# Words that move an amount off its figure ("nearly a month", "a week and a half", "three working
# days", "a couple of weeks"): a person would ask for the figure rather than store a guess. Even
# hedges ("about a week", "5ish", "~5 days") keep their figure: the resident means it.
APPROXIMATE = frozenset(
    ("nearly", "almost", "over", "under", "within", "several", "few", "couple", "ages", "half", "odd", "plus")
    + ("+", "upwards", "longer", "shorter", "least", "working", "business", "school", "weekdays")
    # hyperbole: "forever and a day" is a long wait, not one day
    + ("forever", "eternity", "lifetime", "donkeys", "yonks", "aeons")
    # Welsh: "bron" nearly, "dros" over, "llai" less, "ychydig" a few
    + ("bron", "dros", "llai", "ychydig")
)
APPROXIMATE_PAIRS = frozenset(
    (("more", "than"), ("less", "than"), ("a", "good"), ("up", "to"), ("or", "more"), ("or", "less"))
    + (("best", "part"), ("getting", "on"), ("a", "bit"), ("a", "little"))
    # "two weeks maybe more": the figure is a floor or a ceiling, not the wait
    + (("maybe", "more"), ("maybe", "less"), ("maybe", "longer"), ("maybe", "shorter"), ("if", "not"))
    + (("possibly", "more"), ("probably", "more"), ("prob", "more"), ("or", "longer"))
)
# What may join the parts of one wait: "1 week 2 days", "2 weeks and 3 days".
JOINERS = frozenset(("and", "&", "n", ",", "+"))


def approximate(tokens: list[str]) -> bool:
    """True when the reply hedges its amount away from the figure it names."""
    return any(t in APPROXIMATE and not _couple_of_days(tokens, k) for k, t in enumerate(tokens)) or any(
        p in APPROXIMATE_PAIRS for p in zip(tokens, tokens[1:], strict=False)
    )


# "a couple of days" is two days (a product decision); "a couple of weeks" stays a guess.
DAYS = frozenset(("day", "days", "dayz"))


def _couple_of_days(tokens: list[str], k: int) -> bool:
    after = [t for t in tokens[k + 1 : k + 3] if t != "of"]
    return tokens[k] == "couple" and bool(after) and after[0] in DAYS


def _a_date(tokens: list[str]) -> bool:
    """A day of the month or a year said where no span between two dates was read: "since the 3rd",
    "from the 12th", "since 2019"."""
    pairs = list(zip(tokens, tokens[1:], strict=False))
    ordinal = any(t.isdecimal() and end in reply_dates.ORDINAL_ENDINGS for t, end in pairs)
    return ordinal or ("since", "the") in pairs or any(_a_year(t) for t in tokens)


def _a_year(token: str) -> bool:
    """ "since 1998", "waiting from 2021": a year, not a count of days (nobody counts 1998 days)."""
    return token.isdecimal() and len(token) == 4 and 1900 <= int(token) <= 2100


def _uncounted_unit(tokens: list[str], amounts: list[Amount]) -> bool:
    """A unit with no amount of its own ("then another week", "for weeks"): a wait we cannot add up."""
    counted = {k for a in amounts for k in range(a.start, a.end)}
    for k, token in enumerate(tokens):
        if token in DAY_UNITS and k not in counted:
            said = tuple(tokens[max(k - 1, 0) : k + 1])
            if said not in SAME_DAY:
                return True
    return False


def _one_wait(tokens: list[str], amounts: list[Amount]) -> int | None:
    """Parts of one wait, largest unit first and only joined ("1 week 2 days" = 9), added up."""
    for before, after in zip(amounts, amounts[1:], strict=False):
        if not (0 < after.unit_days < before.unit_days) or before.start < 0:
            return None  # "4 days then a week", "3 or 4 days", "a week or two"
        if any(t not in JOINERS for t in tokens[before.end : after.start]):
            return None
    return sum(a.value for a in amounts)


# Welsh durations said in one word: "deuddydd" is two days, "deufis" two months.
WELSH_COMPOUNDS = {"deuddydd": ["2", "days"], "tridiau": ["3", "days"], "deufis": ["2", "months"]}
DICTATED_TWO = frozenset(("to", "too"))  # "to weeks", "too weeks" said for "two weeks"
PLURAL_UNITS = frozenset(("days", "weeks", "wks", "months", "years", "dyddiau", "wythnosau"))


def _dictation_slips(tokens: list[str]) -> list[str]:
    """ "to weeks" is two weeks: "to" straight before a plural unit, with no number before it
    ("up to 3 weeks" and "2 to 3 weeks" keep their "to"). "for weeks" stays vague."""
    out: list[str] = []
    for k, token in enumerate(tokens):
        before = tokens[k - 1] if k else ""
        if (
            token in DICTATED_TWO
            and k + 1 < len(tokens)
            and tokens[k + 1] in PLURAL_UNITS
            and not before[:1].isdecimal()
        ):
            out.append("two")
        else:
            out.extend(WELSH_COMPOUNDS.get(token, [token]))
    return out


HALVES = frozenset(("half", "hanner"))
# What joins "and a half" to its unit: "a month and a half", "a week n a half", Welsh "mis a hanner".
HALF_JOINERS = frozenset(("and", "n", "&", "a"))


def _without_half(tokens: list[str]) -> list[str] | None:
    """The reply without its "and a half" (after a unit or a number), or None if it has none.
    "half a day", "half the time" and a half on its own stay approximate."""
    for k, token in enumerate(tokens):
        if token not in HALVES or k < 2:
            continue
        if tokens[k - 1] == "a" and tokens[k - 2] in HALF_JOINERS - {"a"}:
            start = k - 2  # "and a half"
        elif tokens[k - 1] == "a":
            start = k - 1  # Welsh "a hanner": "a" is "and"
        else:
            continue
        rest = tokens[:start] + tokens[k + 1 :]
        return None if any(t in HALVES for t in rest) else rest
    return None


def _and_a_half(tokens: list[str], language: str) -> int | None:
    """ "a month and a half" is 45 days, "mis a hanner" too; a half that is not a whole number of
    days ("a week and a half", "a day and a half") is asked again rather than rounded."""
    rest = _without_half(tokens)
    if rest is None or approximate(rest):
        return None
    rest = with_bare_units_counted(_dictation_slips(rest), language)
    amounts = read_amounts(rest, language, in_days=True)
    if not amounts or len(amounts) != 1 or _uncounted_unit(rest, amounts):
        return None
    unit_days = amounts[0].unit_days
    if unit_days < 2 or unit_days % 2:
        return None
    return amounts[0].value + unit_days // 2


# Welsh "the same": "yr un diwrnod" is the same day, not one day ("un diwrnod").
WELSH_SAME = (("yr", "un"), ("'r", "un"), ("run",), ("'run",))
DAY_WORDS = frozenset(("diwrnod", "dydd", "day"))


def _welsh_same_day(tokens: list[str]) -> list[str]:
    """Tokens with "yr un diwrnod" / "'run diwrnod" as "same day"."""
    for same in WELSH_SAME:
        for k in range(len(tokens) - len(same)):
            if tuple(tokens[k : k + len(same)]) == same and tokens[k + len(same)] in DAY_WORDS:
                return [*tokens[:k], "same", "day", *tokens[k + len(same) + 1 :]]
    return tokens


ORDINAL_ENDINGS = frozenset(("st", "nd", "rd", "th", "af", "il", "ydd", "ed"))  # Welsh 1af, 2il, 3ydd, 5ed
MONTHS = frozenset(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october")
    + ("november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov")
    + ("dec", "month", "ionawr", "chwefror", "mawrth", "ebrill", "mai", "mehefin", "gorffennaf", "awst")
    + ("medi", "hydref", "tachwedd", "rhagfyr", "mis")
)


def _between_dates(tokens: list[str]) -> int | None:
    """ "rang on the 3rd, they came on the 10th": two days of one month, the later second, are the
    days between them; None when the reply names not exactly two such dates, or any month (which
    month each is in is then for a person to work out)."""
    days = [
        int(token)
        for k, token in enumerate(tokens[:-1])
        if token.isdecimal() and len(token) <= 2 and tokens[k + 1] in ORDINAL_ENDINGS
    ]
    if len(days) != 2 or any(t in MONTHS or t in DAY_UNITS for t in tokens):
        return None
    first, then = days
    return then - first if 1 <= first < then <= 31 else None


# Words that make one of two amounts the exact one: "a month. Thirty-one days, to be precise."
PRECISE = (("to", "be", "precise"), ("to", "be", "exact"), ("precisely",), ("exactly",))
SENTENCE_ENDS = frozenset((".", "!", ";", "?"))
# How far the round amount may be from the exact one it restates ("a month", 31 days).
RESTATED_WITHIN = 0.15


def _precise_part(tokens: list[str], language: str) -> int | None:
    """A round amount restated exactly in its own sentence: the exact one, if the other sentences'
    amounts are close to it; None when the reply is not of that form."""
    sentences: list[list[str]] = [[]]
    for token in tokens:
        if token in SENTENCE_ENDS:
            sentences.append([])
        else:
            sentences[-1].append(token)
    marked = [
        k
        for k, words in enumerate(sentences)
        if any(tuple(words[i : i + len(p)]) == p for p in PRECISE for i in range(len(words)))
    ]
    if len(marked) != 1 or len([w for w in sentences if w]) < 2:
        return None
    exact_words = [
        w for w in sentences[marked[0]] if w not in {"to", "be", "precise", "exact", "precisely", "exactly"}
    ]
    exact = read_days(exact_words, language)
    if not exact:
        return None
    for k, words in enumerate(sentences):
        other = read_amounts(words, language, in_days=True) if k != marked[0] else []
        if other is None or any(abs(a.value - exact) > RESTATED_WITHIN * exact for a in other):
            return None
    return exact


# Words that stress a wait and leave its length as it is: "a whole month", "two entire weeks".
STRESSED = frozenset(("whole", "entire", "full", "solid", "flipping", "bloody"))


# Between a wait and the same wait in another unit: punctuation or a gloss, never "and" or "then".
RESTATING = frozenset(("or", "ie", "i.e", "thats", "that's", "so"))


def _restated_in_another_unit(tokens: list[str], amounts: list[Amount]) -> bool:
    """The same number of days in another unit ("a fortnight, 14 days"): one wait said twice, never
    parts to add up (nobody tells "1 week 7 days" for a fortnight)."""
    units = [a.unit_days for a in amounts]
    if len(amounts) < 2 or len({a.value for a in amounts}) > 1 or 0 in units or len(set(units)) < len(units):
        return False
    between = [t for a, b in zip(amounts, amounts[1:], strict=False) for t in tokens[a.end : b.start]]
    return all(t in RESTATING or not t[0].isalnum() for t in between)


def _one_per_sentence(tokens: list[str], amounts: int) -> bool:
    """As many sentences as amounts: each sentence says its wait once."""
    sentences = [part for part in " ".join(tokens).replace("!", ".").split(".") if part.strip()]
    return len(sentences) == amounts


# A number after "at", or before "am", "pm", "o'clock", is a time of day ("rang at nine"), never days.
CLOCK_BEFORE = frozenset(("at",))
CLOCK_AFTER = frozenset(("am", "pm", "o'clock", "oclock", "a.m", "p.m"))


def _a_number(token: str, language: str) -> bool:
    return token[:1].isdecimal() or token in small_numbers(language)


def _without_clock_times(tokens: list[str], language: str) -> list[str]:
    """The reply without its times of day: "rang at nine, they rang back the same day" keeps "same day"."""
    out: list[str] = []
    k = 0
    while k < len(tokens):
        token = tokens[k]
        after = tokens[k + 1] if k + 1 < len(tokens) else ""
        if token in CLOCK_BEFORE and after and _a_number(after, language) and not _a_unit_at(tokens, k + 2):
            k += 2 + (k + 2 < len(tokens) and tokens[k + 2] in CLOCK_AFTER)
            continue
        if _a_number(token, language) and after in CLOCK_AFTER:
            k += 2
            continue
        out.append(token)
        k += 1
    return out


def _a_unit_at(tokens: list[str], k: int) -> bool:
    return k < len(tokens) and (
        tokens[k] in DAY_UNITS or tokens[k] in PLURAL_UNITS or tokens[k] in SUB_DAY_UNITS
    )


# "to the day" stresses that the amount is exact: "a month to the day", "a month, almost to the day".
TO_THE_DAY = (("almost", "to", "the", "day"), ("nearly", "to", "the", "day"), ("to", "the", "day"))


def _without_to_the_day(tokens: list[str]) -> list[str]:
    for phrase in TO_THE_DAY:
        for k in range(len(tokens) - len(phrase) + 1):
            if tuple(tokens[k : k + len(phrase)]) == phrase:
                return tokens[:k] + tokens[k + len(phrase) :]
    return tokens


def _without_restated_count(tokens: list[str], language: str) -> list[str]:
    """ "6 months. Six.": a closing sentence that is only the count said again is dropped."""
    starts = [k + 1 for k, t in enumerate(tokens) if t in SENTENCE_ENDS or t == ","]
    small = small_numbers(language)
    for start in reversed(starts):
        last = [t for t in tokens[start:] if t[0].isalnum() and t not in OPTION_FILLERS]
        if not last:
            continue
        if len(last) != 1 or not _a_number(last[0], language):
            return tokens
        said = int(last[0]) if last[0].isdecimal() else small.get(last[0])
        before = tokens[: start - 1]
        counts = {int(t) if t.isdecimal() else small.get(t) for t in before if _a_number(t, language)}
        return before if counts == {said} else tokens
    return tokens


# How long the wait felt, after how long it was: "3 days, but felt like 3 years", "A month exactly.
# Felt like a year." The feeling is no second wait.
FELT = frozenset(("felt", "feels", "feel", "seemed", "seems"))
SENTENCE_ENDS = frozenset((".", "!", "?", ";"))


def _without_felt_like(tokens: list[str]) -> list[str]:
    """The reply without a "felt like ..." clause (to its sentence's end) after some other words;
    the tokens as they were when there is none."""
    for k in range(1, len(tokens) - 1):
        if tokens[k] in FELT and tokens[k + 1] == "like":
            end = next((j for j in range(k, len(tokens)) if tokens[j] in SENTENCE_ENDS), len(tokens))
            head = list(tokens[:k])
            while head and (not head[-1][0].isalnum() or head[-1] in ("but", "it", "and")):
                head.pop()
            return [*head, *tokens[end:]] if head else list(tokens)
    return list(tokens)


def read_days(tokens: list[str], language: str) -> int | None:
    """Days waited, or None (ask again) when the reply is vague, approximate or names two waits."""
    if FELT & set(tokens):
        tokens = _without_felt_like(tokens)
    precise = _precise_part(tokens, language)
    if precise is not None:
        return precise
    timed = _without_clock_times(tokens, language)
    if timed != tokens and not any(t[0].isalnum() for t in timed):
        return None
    tokens = _without_restated_count(_without_to_the_day(timed), language)
    tokens = _welsh_same_day(tokens)
    dated = _between_dates(tokens)
    if dated is None:
        dated = reply_dates.between_dates(tokens)
    if dated is None:
        dated = reply_dates.between_weekdays(tokens)
    if dated is not None:
        return None if approximate(tokens) else dated
    if _a_date(tokens):
        return None  # "since the 3rd": a day of the month, not a count of days
    if any(t in HALVES for t in tokens):
        return _and_a_half(tokens, language)
    if approximate(tokens):
        return None
    tokens = [t for t in _dictation_slips(tokens) if t not in STRESSED]  # "a whole month" is a month
    tokens = with_bare_units_counted([t for t in tokens if t != "ish"], language)  # "10ish days"
    amounts = read_amounts(tokens, language, in_days=True)
    if not amounts or _uncounted_unit(tokens, amounts):
        return None
    if len({a.value for a in amounts}) == 1 and all(a.start < 0 for a in amounts):
        return amounts[0].value  # "didn't wait, they came the same day"
    if len({a.value for a in amounts}) == 1 and _one_per_sentence(tokens, len(amounts)):
        return amounts[0].value  # "Two weeks. Two whole weeks.": the same wait said again
    if _restated_in_another_unit(tokens, amounts):
        return amounts[0].value  # "two months, 60 days exactly": one wait, counted twice
    return amounts[0].value if len(amounts) == 1 else _one_wait(tokens, amounts)


# Dialect and Welsh spellings of "a couple of days" and its units ("couple o' days", "a fortnicht",
# "cwpwl o ddiwrnode"), said in the words the readers above know.
DIALECT_UNITS = {
    **dict.fromkeys(("cwpwl", "cwpl", "cwple", "coupla"), "couple"),
    **dict.fromkeys(("ddiwrnode", "diwrnode", "ddyddie", "dyddie", "ddyddiau", "ddiwrnodau"), "days"),
    **dict.fromkeys(("fortnicht", "fortnecht", "fortneet"), "fortnight"),
    # Welsh as spoken in the north and south: "wsnos" (wythnos), "tridia" (tridiau, read as three
    # days by WELSH_COMPOUNDS), "dwrnod" (diwrnod), "pythewnos" (pythefnos), "mish" (mis)
    **dict.fromkeys(("wsnos", "wsos", "wthnos"), "wythnos"),
    **dict.fromkeys(("wsnosa", "wsnose", "wythnose", "wythnosa"), "wythnosau"),
    **dict.fromkeys(("tridia", "tridie"), "tridiau"),
    "dwrnod": "diwrnod",
    "pythewnos": "pythefnos",
    "mish": "mis",
    # Scots: "didnae wait", "nae wait at aw"
    "didnae": "didn't",
    "nae": "no",
}


def _plain_units(tokens: list[str]) -> list[str]:
    """The reply with dialect units said plainly and "o'" after "couple" read as "of"."""
    out: list[str] = []
    for token in tokens:
        word = DIALECT_UNITS.get(token, token)
        if out and out[-1] == "'" and len(out) > 1 and out[-2] == "of":
            out.pop()  # "couple o' days"
        if word == "o" and out and out[-1] == "couple":
            word = "of"
        out.append(word)
    return out


def read_number(tokens: list[str], language: str, in_days: bool) -> int | None:
    """A number question's value: days for `unit: days`, else a plain amount; never an approximation."""
    if in_days:
        return read_days(_plain_units(tokens), language)
    return None if approximate(tokens) else read_amount(tokens, language, in_days=False)
