"""Degree words beside a grade: "fairly good" is Good, "pretty awful" and "good-ish" are between two
labels, and a person would ask which. Hedges are open classes (reply_idioms), so a degree word
never seen in the table is still doubted if it looks like one (an -ly word)."""

from __future__ import annotations

from bot.conversation.lexicon import Lexicon, Value
from bot.conversation.reply_idioms import DOWNTONERS, INTENSIFIERS, NEUTRAL_ADVERBS, SENSES, WEAK_DOWNTONERS
from bot.conversation.reply_words import Words

# The grades of a quality question in its own wording: the far ends and the milder ones.
EXTREME_PHRASES = ("very good", "excellent", "very poor", "terrible", "very bad")
MILD_PHRASES = ("good", "poor", "bad")
KNOWN_DEGREE = INTENSIFIERS | DOWNTONERS | WEAK_DOWNTONERS | NEUTRAL_ADVERBS


_GRADES: dict[int, tuple[Lexicon, frozenset[Value], frozenset[Value]]] = {}


def _grades(lexicon: Lexicon) -> tuple[frozenset[Value], frozenset[Value]]:
    """(far-end values, milder values) of a question that grades good to poor; empty otherwise."""
    cached = _GRADES.get(id(lexicon))
    if cached is not None and cached[0] is lexicon:
        return cached[1], cached[2]
    extreme = frozenset(v for text in EXTREME_PHRASES for v in lexicon.values_of(text))
    mild = frozenset(v for text in MILD_PHRASES for v in lexicon.values_of(text)) - extreme
    if len(_GRADES) > 512:
        _GRADES.clear()
    _GRADES[id(lexicon)] = (lexicon, extreme, mild)
    return extreme, mild


def _before(reply: Words, start: int, back: int) -> str | None:
    """The word `back` places before `start`, if no punctuation stands between."""
    k = start - back
    if k < 0 or any(reply.after_break[m] for m in range(k + 1, start + 1)):
        return None
    return reply.words[k]


def doubted_grade(lexicon: Lexicon, reply: Words, start: int, size: int, values: set[Value]) -> set[Value]:
    """The values of the phrase at words[start:start+size] if a degree word beside it leaves its
    grade unclear: "good-ish", "slightly poor", "kind of good", "pretty awful", "adequately good"."""
    end = start + size
    if end < len(reply.words) and reply.words[end] in ("af", "asf"):
        return set(values)  # "poor af": Poor or Very poor?
    if end < len(reply.words) and reply.words[end] == "ish":
        partly = {v for text in SENSES["partly"] for v in lexicon.values_of(text)}
        return set() if values <= partly else set(values)  # "sort of ish" is still partly
    extreme, mild = _grades(lexicon)
    if not values & (extreme | mild):
        return set()
    word = _before(reply, start, 1)
    if word is None:
        return set()
    if word == "of":
        word = _before(reply, start, 2) or ""  # "kind of good", "sort of poor", "bit of a shambles"
    elif word == "a" and _before(reply, start, 2) in ("bit", "of"):
        word = "bit"  # "bit of a shambles"
    weak = word in WEAK_DOWNTONERS or word.endswith("ly") and word not in KNOWN_DEGREE
    return set(values) if weak or word in DOWNTONERS and values & extreme else set()


def hedges_a_yes(lexicon: Lexicon, reply: Words, start: int, size: int, values: set[Value]) -> bool:
    """ "kinda fixed", "yes sorta", "half sorted": a weak downtoner beside a yes, which is a partly
    where the question has one and is asked again where it has not."""
    yes = lexicon.values_of("yes")
    if not yes or not values <= yes:
        return False
    end = start + size
    if end + 1 < len(reply.words) and reply.words[end] in ("only", "just") and not reply.after_break[end + 1]:
        end += 1  # "solved only half", "fixed just partly"
    after = reply.words[end] if end < len(reply.words) and not reply.after_break[end] else None
    before = _before(reply, start, 1)
    if before == "of":
        before = _before(reply, start, 2)  # "kind of yes"
    return bool({before, after} & (WEAK_DOWNTONERS | {"kinda", "sorta", "ish"}))
