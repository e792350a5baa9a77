"""Replies that leave their own answer in doubt, so a person would ask again whatever the rules read.

Each is a shape, not a phrase of one writer:
- a reply that trails off on its "but" ("Ie, ond...", "so yes but"): the reservation is never said;
- a "not sure" beside a yes ("I suppose so, I'm not sure", "Listened, yeah. Heard me, not sure."):
  two answers, and the doubt may be about either;
- a take-back opened by "well" and then a third, different answer ("Aye. Well, no. Summat like.",
  "yes a lot. well a bit. yeah."): the resident wavers and settles on neither. A take-back said
  again ("yes a lot. well, a bit. a bit.") or taken back once more ("yes. well no. well partly")
  still stands, and so does one with a reason after it ("She did yes. Well, a bit. Mostly she was
  reading off a script");
- a yes or no to "did we …?" with "or was that …" after it ("I think so, or was that the housing
  lot"): the resident is not sure it was us;
- a wish said for the whole reply ("would have been nice", "that would've been good"): what was
  wished for did not happen, but the reply never says which answer that makes.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.conversation.reply_rules import BARE_NO, BARE_YES

BUTS = frozenset(("but", "ond"))
# "yes a but" is "yes a bit" mistyped (the typo mender reads it), not a "but" left hanging.
MISTYPED_BIT = frozenset(("a",))
# A yes said as a guess: "I suppose so", "I think so".
GUESSED_YES = frozenset((("suppose", "so"), ("think", "so"), ("guess", "so"), ("spose", "so")))
# Not knowing said outright, not guessed ("maybe").
NOT_KNOWING = frozenset(("dunno", "unsure", "dno", "duno"))
NOT_KNOWING_PAIRS = frozenset(
    (("not", "sure"), ("don't", "know"), ("dont", "know"), ("no", "idea"), ("not", "certain"))
    # round twenty-four: Scots "no sure", the learner's "I not know", "don't rightly know"
    + (("no", "sure"), ("not", "know"), ("rightly", "know"))
)
WELLS = frozenset(("well", "wel"))
SENTENCE_ENDS = frozenset((".", "!", "?", ";", "…"))
# The third answer of a waver is short: a hedge or an answer word, not a reason.
SHORT = 3
# What a take-back after "well" is made of: an answer and its grade ("Well, no.", "well a bit."),
# not a remark ("Well, it could.").
TAKE_BACK_WORDS = (
    BARE_YES | BARE_NO | frozenset(("aye", "a", "bit", "lot", "little", "partly", "not", "really"))
)


def _words(tokens: Sequence[str]) -> list[str]:
    return [t for t in tokens if t[0].isalnum()]


def trails_off(tokens: Sequence[str]) -> bool:
    """True when the reply's last word is a "but" ("Ie, ond...", "so yes but")."""
    words = _words(tokens)
    return len(words) > 1 and words[-1] in BUTS and words[-2] not in MISTYPED_BIT


def yes_beside_not_sure(words: Sequence[str], language: str) -> bool:
    """True when a reply read as "not sure" says so outright and also says yes ("I suppose so, I'm
    not sure"). A yes beside a "maybe" ("yes maybe") is a guess, which the question's "not sure" is."""
    pairs = set(zip(words, words[1:], strict=False))
    if not (NOT_KNOWING & set(words) or NOT_KNOWING_PAIRS & pairs):
        return False
    yes_words = BARE_YES - ({"do"} if language != "cy" else set())
    return any(w in yes_words for w in words) or bool(GUESSED_YES & pairs)


def wavers(tokens: Sequence[str]) -> bool:
    """True for three short answers in three sentences, the second a take-back opened by "well" and
    the third neither that take-back again nor another "well" ("Yes. Well, no. Sort of.")."""
    if not WELLS & set(tokens):
        return False
    sentences: list[list[str]] = [[]]
    for t in tokens:
        if t in SENTENCE_ENDS:
            if sentences[-1]:
                sentences.append([])
        elif t[0].isalnum():
            sentences[-1].append(t)
    sentences = [s for s in sentences if s]
    if len(sentences) != 3:
        return False
    first, second, third = sentences
    if second[0] not in WELLS or len(second) < 2 or third[0] in WELLS:
        return False
    if not all(w in TAKE_BACK_WORDS for w in second[1:]):
        return False
    return len(first) <= SHORT and len(third) <= SHORT and third != second[1:]


# "or was that the housing lot", "or was it my daughter", "or is that the other lot"
OTHER_DOER = frozenset(
    ("or", v, p) for v in ("was", "is", "were") for p in ("that", "it", "they", "he", "she")
)


def maybe_someone_else(words: Sequence[str]) -> bool:
    """True when a yes/no answer wonders whether it was someone else ("or was that …")."""
    return any(trio in OTHER_DOER for trio in zip(words, words[1:], words[2:], strict=False))


# "would have been", "would've been", "wouldve been", "would of been", "woulda been", after "that" or
# "it" at most; then a word or two of praise and nothing else (no "if": "would've been 5 if they'd
# rung" gives its answer beside the wish).
WISH_OPENINGS = (
    ("would", "have", "been"),
    ("would've", "been"),
    ("wouldve", "been"),
    ("would", "of", "been"),
    ("woulda", "been"),
)
WISH_SUBJECTS = frozenset(("that", "it", "that'd", "twould"))
WISH_TAIL = 2


def only_a_wish(words: Sequence[str]) -> bool:
    """True when the whole reply is a wish that something had been ("would have been nice")."""
    rest = list(words[1:] if words[:1] and words[0] in WISH_SUBJECTS else words)
    for opening in WISH_OPENINGS:
        if tuple(rest[: len(opening)]) == opening:
            tail = rest[len(opening) :]
            return 0 < len(tail) <= WISH_TAIL and "if" not in tail
    return False
