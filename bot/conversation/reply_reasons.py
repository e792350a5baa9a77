"""A clear answer followed by its reason or a story: "definitely worse, they cut my care hours".

The answer is read from the reply's head (its first clause, or the yes or no it opens with), and
the rest is read for anything that would compete with it: another answer, a reservation, irony,
someone else, a verdict leaning the other way. Only when the rest holds none of those is the head
stored; otherwise the reply is asked again as before. Pure: the caller reads the head.

Round twenty: what follows an opening yes (`after_opening_yes`), a yes made whole after its comma
(`made_whole`), and the thing talked about named as the one that matters (`names_what_matters`),
for a yes to a question that grades its yes.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator, Sequence

from bot.conversation.lexicon import Lexicon, Value
from bot.conversation.reply_evidence import PERSON_NOUNS, RELATIONS, STILL_WRONG, gather
from bot.conversation.reply_idioms import YES_WORDS
from bot.conversation.reply_leading import praise_by_denial
from bot.conversation.reply_polarity import polarity
from bot.conversation.reply_rules import rewrite, value_signs
from bot.conversation.reply_words import is_negator, to_words
from bot.conversation.wordnumbers import CY_SMALL, EN_SMALL

NOUGHTS = frozenset(("zero", "nought", "nil", "none", "minus"))

# A yes or a no that may open a reply with its reason straight after, no comma between.
OPENING_ANSWERS = YES_WORDS | frozenset(("no", "nope", "nah", "naddo", "na", "oes", "do"))
PLEASE = frozenset(("please", "pls", "plz", "thanks", "ta"))


def heads(tokens: Sequence[str]) -> Iterator[int]:
    """Where the head may end: after an opening yes or no ("yeah the boiler's still not fixed", "yes
    pls the carers ..."), then at each punctuation mark, in order."""
    if tokens and tokens[0] in OPENING_ANSWERS:
        yield 2 if tokens[1:2] and tokens[1] in PLEASE else 1
    for k, token in enumerate(tokens):
        if k and punctuation(token) and any(t[0].isalnum() for t in tokens[k + 1 :]):
            yield k


def lacking(rest: Sequence[str]) -> list[str]:
    """ "still no hot water": the "no" says what is missing, not the answer, when a noun follows it.
    Read as "still without hot water", a complaint that backs a need for more help."""
    out = list(rest)
    for k in range(1, len(out) - 1):
        if out[k] == "no" and out[k - 1] == "still" and out[k + 1][0].isalpha():
            out[k] = "without"
    return out


def punctuation(token: str) -> bool:
    return all(unicodedata.category(c).startswith("P") for c in token)  # not an emoji: "good 👎 ..."


def rest_agrees(
    lexicon: Lexicon,
    rest: Sequence[str],
    said: Value,
    complaint_is_need: bool,
    competes: Callable[[list[str]], bool],
    complaint_agrees: bool = False,
) -> bool:
    """True when the words after the answer hold nothing that competes with `said`. A complaint
    that something is still wrong ("the carers still don't come") backs a need for more help, and
    with `complaint_agrees` (said of a bad answer) that answer ("worse, no one's been back")."""
    if complaint_is_need:
        rest = lacking(rest)
    words, reask, unresolved = rewrite(rest, lexicon)
    if reask or unresolved or competes(list(rest)):
        return False
    reply = to_words(words)
    found = gather(lexicon, reply)
    if not found.empty or found.unresolved_emoji or found.yes_word or found.hedged or found.late:
        return False  # a second answer, "but ...", "in the end"
    if found.irony or found.pointed or found.provisional or found.correction or found.split:
        return False
    if found.relation or found.dissent or found.person_split or set(reply.words) & (RELATIONS | PERSON_NOUNS):
        return False  # someone else's answer may be in it
    denials = [k for k, w in enumerate(reply.words) if is_negator(w)]
    denied = any(not praise_by_denial(reply.words, k) for k in denials)  # "never once rushed me" praises
    complaint = denied or bool(set(reply.words) & STILL_WRONG)
    lean = value_signs(lexicon, leanings=True).get(said, 0)
    if complaint and not (complaint_is_need and set(reply.words) & STILL_WRONG) and not complaint_agrees:
        return False  # "yes, they never rang", "yes, the roof still leaks": a yes and a no?
    if any(w.isdecimal() or w in EN_SMALL or w in CY_SMALL or w in NOUGHTS for w in reply.words):
        return False  # a number may be an option or a point: "2, zero if I could"
    leanings = {polarity(reply, k) for k in range(len(reply.words))} - {0}
    if complaint:
        return 1 not in leanings  # the complaint is the reason for the need, or for the bad answer
    return not leanings or (lean != 0 and leanings == {lean})


# Words that may come before or between the yes words that open a praising reply ("oh yes",
# "honestly yes", "yes yes", "Do!!").
YES_OPENINGS = frozenset(("oh", "ooh", "och", "honestly", "well", "definitely", "defo", "indeed", "wir"))


def after_opening_yes(tokens: Sequence[str]) -> list[str] | None:
    """The words after a reply's opening yes ("oh yes! she was so patient" -> she was so patient), or
    None when the reply does not open with a yes or has nothing after it."""
    k = 0
    said_yes = False
    while k < len(tokens) and (tokens[k] in YES_WORDS | YES_OPENINGS | {"do"} or punctuation(tokens[k])):
        said_yes = said_yes or tokens[k] in YES_WORDS | {"do"}
        k += 1
    rest = [t for t in tokens[k:] if not punctuation(t)]
    return rest if said_yes and rest else None


def _phrases(texts: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(text.split()) for text in texts.split("|"))


# A yes made whole by the word said after its comma ("yes, properly", "aye, every bit of it", Welsh
# "do, yn fawr" (greatly), "do, bob dim" (everything)): round eighteen's "yes properly", punctuated.
WHOLLY_AFTER_YES = _phrases(
    "properly|thoroughly|fully|totally|completely|entirely|absolutely|truly|wholeheartedly"
    "|every bit|every bit of it|all of it and more|100 %|yn fawr|yn fawr iawn|yn llwyr|yn bendant"
    "|bob dim|popeth|pob dim"
)
# The thing talked about named as the one that matters ("which is all I care about", "that's my
# life", "the main thing"): a yes to it is whole.
CENTRAL = _phrases(
    "all i care about|all i cared about|all i care for|all i really care about|all i want|all i wanted"
    "|all that matters|all that mattered|what matters|what mattered|the main thing|main thing"
    "|most important|the whole thing for me|everything to me|everything to us|everything to her"
    "|everything to him|my priority|my main priority|that's my life|thats my life|what i wanted"
    "|what i actually wanted|what i really wanted|what i want|what she wanted|what he wanted"
    "|very important for me|very important to me|most important for me|most important to me"
    "|everything for me|everything for her|everything for him|everything for us|all she wants"
    "|all he wants|all she wanted|all he wanted|all she cares about|all he cares about|what counts"
    "|all that counts|what she cares about most|what he cares about most|what i care about most"
    "|at the heart of it|the heart of it"
)


def _starts_with(words: Sequence[str], phrases: Sequence[tuple[str, ...]]) -> int:
    return max((len(p) for p in phrases if tuple(words[: len(p)]) == p), default=0)


def made_whole(rest: Sequence[str]) -> list[str] | None:
    """The words after a "properly" or "every bit of it" that opens the rest, or None without one."""
    size = _starts_with(rest, WHOLLY_AFTER_YES)
    return list(rest[size:]) if size else None


def names_what_matters(rest: Sequence[str]) -> bool:
    """True when the rest calls what was talked about the thing that matters ("which is all I want")."""
    return any(_starts_with(rest[k:], CENTRAL) for k in range(len(rest)))


# The help came when it was no longer of use ("by the time they rang I'd sorted it myself", "came
# after my exam so no use", "too late, I already paid the fine"): the reason for a no to "when you
# needed it?".
TOO_LATE = _phrases("by the time|by then|came after|arrived after|too late|no use|no good by then")


def came_too_late(rest: Sequence[str]) -> bool:
    """True when the rest says the help came after it was needed."""
    return any(_starts_with(rest[k:], TOO_LATE) for k in range(len(rest)))


# Words that report what someone else says: "yes, mum says that's all that matters" may be hers.
REPORTS = frozenset(("says", "said", "say", "reckons", "thinks", "thought", "told", "tells", "meddai"))


def without_kin_talked_about(rest: Sequence[str]) -> list[str] | None:
    """The rest without the people it names, when it calls what was talked about the thing that
    matters and reports no one's words ("getting mam home, which is all I wanted": mam is what was
    talked about, not a second answerer); else None."""
    if not names_what_matters(rest) or set(rest) & REPORTS:
        return None
    people = RELATIONS | PERSON_NOUNS
    return [w for w in rest if w.removesuffix("'s").removesuffix("’s") not in people]


# A word of seeing, then what the resident can (still) do ("she saw I can still cook", "they noticed
# I still do my own accounts", Welsh "mi welson nhw fy mod i'n gallu coginio"): the question's yes
# told back in its own words. Its "still" is a habit kept, not a thing left undone.
SEEING = frozenset(
    (
        *("saw", "see", "sees", "seen", "noticed", "notice", "recognised", "recognized", "spotted"),
        *("clocked", "acknowledged", "welodd", "welson", "gwelon", "gwelodd", "sylwon", "sylwodd", "sylwi"),
    )
)
ABILITY = frozenset(("can", "manage", "managing", "able", "independence", "independent", "gallu", "dal"))
HABIT = frozenset(("still", "already"))
SEEING_REACH = 4  # "mi welson nhw", "yes she saw": the seeing word opens the rest
ABILITY_REACH = 6  # "she saw [that] [i] [can] [still]"


def sees_what_i_can_do(rest: Sequence[str]) -> list[str] | None:
    """The rest without its "still" of habit, when it opens by telling what the resident was seen to
    be able to do; None otherwise, or when the ability is mocked ("saw what I can do, which is wait
    on hold", "saw what I can do alright")."""
    seen = next((k for k, w in enumerate(rest[:SEEING_REACH]) if w in SEEING), None)
    if seen is None or not set(rest[seen + 1 : seen + 1 + ABILITY_REACH]) & (ABILITY | HABIT):
        return None
    if "alright" in rest or any(rest[k : k + 2] == ["which", "is"] for k in range(len(rest))):
        return None
    return [w for w in rest if w not in HABIT]
