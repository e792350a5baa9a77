"""Which way a negation turns a kind or hard word: "not helpful" complains, "no gripes" praises.

A lexicon score sees "helpful" in "not very helpful" and "rushed" (or nothing) in "never once
felt rushed", and the model's "neg:WORD" features only know the words it was trained on. This
names the turn itself, whatever the word: a negated kind word ("not friendly", "ddim yn hapus")
and a negated hard word ("I've no gripes", "nobody made me feel stupid"). A comparative after a
negator keeps its sign: "couldn't have been nicer" praises, "couldn't be worse" complains.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.insights.sentiment import vader_valence
from bot.text.features import NEGATORS

# Welsh negators ("dim", "ddim", "heb"); "ni" is left out, it is also "we".
_NEGATORS = NEGATORS | {"dim", "ddim", "heb", "byth"}
# Words a negation reaches past without using up its reach: "never once felt rushed",
# "nobody made me feel stupid", "not what I'd call".
_PASSED_OVER = frozenset(
    [
        "a",
        "an",
        "the",
        "at",
        "all",
        "be",
        "been",
        "being",
        "was",
        "were",
        "is",
        "are",
        "am",
        "it",
        "its",
        "me",
        "us",
        "him",
        "her",
        "them",
        "my",
        "our",
        "his",
        "their",
        "i",
        "id",
        "ive",
        "feel",
        "felt",
        "feeling",
        "made",
        "make",
        "makes",
        "once",
        "ever",
        "even",
        "very",
        "so",
        "too",
        "really",
        "that",
        "like",
        "did",
        "do",
        "does",
        "yn",
        "o",
        "gwbl",
        "have",
        "has",
        "had",
        "to",
        "of",
        "for",
        "in",
        "with",
        # a hedged verdict: "I wouldn't say it helped", "can't say they were clear", "not what I'd call"
        "say",
        "call",
        "what",
        "galw",
        "alw",
    ]
)
_REACH = 3
_CONTRAST = frozenset({"but", "except", "apart", "ond", "than"})
# Complaint and praise words of feedback that the VADER lexicon does not score (or scores weakly).
# Only judgements: "no one explained the delay" complains, so a wait or a delay is not one.
_HARD = frozenset(
    [
        "gripe",
        "gripes",
        "grumble",
        "grumbles",
        "moan",
        "moans",
        "complaint",
        "complaints",
        "complain",
        "hassle",
        "fuss",
        "rushed",
        "nightmare",
        "rude",
        "judged",
        "patronised",
        "patronising",
        "scrounger",
        "nuisance",
        "burden",
        "unhelpful",
        # Welsh "bad", with its softened forms ("ddim yn ddrwg" praises), which VADER cannot score
        "drwg",
        "ddrwg",
        "gwael",
        "wael",
    ]
)
_KIND = frozenset(
    [
        "quick",
        "helpful",
        "listened",
        "listen",
        "listening",
        "resolved",
        "sorted",
        "fixed",
        "impressed",
        "satisfied",
        "happy",
        "hapus",
        "defnyddiol",
        "service",
        "help",
        "helped",
        "helps",
        "clear",
        "helpus",
    ]
)


def _valence(word: str) -> float:
    if word in _HARD:
        return -1.0
    if word in _KIND:
        return 1.0
    return vader_valence(word)


def _comparative(word: str) -> bool:
    if word in {"better", "worse"}:
        return True
    # "nicer", "kinder", "happier"
    stems = (word[:-1], word[:-2], word[:-3] + "y") if word.endswith("er") else ()
    return any(vader_valence(stem) != 0.0 for stem in stems)


def negation_turns(clauses: Iterable[list[str]]) -> list[str]:
    """ "negated:kind" / "negated:hard" for each negated word with a sign, clause by clause."""
    turns = []
    for clause in clauses:
        reach = 0
        for word in clause:
            if word in _NEGATORS:
                reach = _REACH
                continue
            if word in _CONTRAST:
                reach = 0  # "nothing but praise": the turn ends at the "but"
                continue
            if not reach or word in _PASSED_OVER:
                continue
            reach -= 1
            value = _valence(word)
            if abs(value) < 0.5:
                continue
            kind = value > 0
            if _comparative(word):
                # "couldn't have been nicer": the negation is of anything beyond it, not of it.
                turns.append("negated:comparative_" + ("kind" if kind else "hard"))
            else:
                turns.append("negated:" + ("kind" if kind else "hard"))
            reach = 0
    return turns
