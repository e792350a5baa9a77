"""A clear answer followed by its reason or a story: "definitely worse, they cut my care hours".

The answer is read from the reply's head (its first clause, or the yes or no it opens with), and
the rest is read for anything that would compete with it: another answer, a reservation, irony,
someone else, a verdict leaning the other way. Only when the rest holds none of those is the head
stored; otherwise the reply is asked again as before. Pure: the caller reads the head.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator, Sequence

from bot.conversation.lexicon import Lexicon, Value
from bot.conversation.reply_evidence import PERSON_NOUNS, RELATIONS, STILL_WRONG, gather
from bot.conversation.reply_idioms import YES_WORDS
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
) -> bool:
    """True when the words after the answer hold nothing that competes with `said`. A complaint
    that something is still wrong ("the carers still don't come") backs a need for more help."""
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
    complaint = any(is_negator(w) for w in reply.words) or bool(set(reply.words) & STILL_WRONG)
    if complaint and not (complaint_is_need and set(reply.words) & STILL_WRONG):
        return False  # "yes, they never rang", "yes, the roof still leaks": a yes and a no?
    if any(w.isdecimal() or w in EN_SMALL or w in CY_SMALL or w in NOUGHTS for w in reply.words):
        return False  # a number may be an option or a point: "2, zero if I could"
    lean = value_signs(lexicon, leanings=True).get(said, 0)
    leanings = {polarity(reply, k) for k in range(len(reply.words))} - {0}
    if complaint:
        return True  # the complaint is the reason for the need
    return not leanings or (lean != 0 and leanings == {lean})
