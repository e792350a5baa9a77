"""Faint praise: "ok, nothing special", Welsh "iawn, dim byd sbesial" is the middle of the scale.

"Nothing special" beside a grade says the grade was unremarkable. Beside "ok", "fine" or "iawn",
words that only just pass, it leaves the middle ("Neither good nor poor": every natural set labels
it so); beside a grade said with "good" ("quite good, nothing special", "eitha da, dim byd
sbesial") the grade stands.

Round twenty-three: "not good not bad" beside a word that only just passes ("is ok, not good not
bad", "It was ok. Not good. Not bad.") is the middle too; beside "good" it is asked again. And a word
that only just passes put right by "good" said after it with a dialect "like" ("it were alright, good
like"): good.
"""

from __future__ import annotations

from collections.abc import Sequence

UNREMARKABLE: tuple[tuple[str, ...], ...] = (
    ("nothing", "special"),
    ("dim", "byd", "sbesial"),
    ("dim", "byd", "sbeshal"),
    ("dim", "byd", "arbennig"),
)
EITHER_WAY = ("either", "way")
# Words that only just pass: "it was ok", "fine i guess", "iawn am wn i".
FAINT = frozenset(("ok", "okay", "okey", "fine", "iawn", "alright"))
# A grade said with "good" is a grade of its own ("quite good", "eitha da").
GOOD = frozenset(("good", "da", "dda"))


# The middle said outright, with or without punctuation between its halves.
NEITHER: tuple[tuple[str, ...], ...] = (
    ("not", "good", "not", "bad"),
    ("not", "bad", "not", "good"),
    ("neither", "good", "nor", "bad"),
    ("neither", "good", "or", "bad"),
)
PUNCTUATION = frozenset((",", ".", "!", ";", "-", "–", "—", "..."))


def without_neither(tokens: Sequence[str]) -> list[str] | None:
    """The reply without its "not good not bad" (punctuation inside it too), or None without one."""
    words = [(k, t) for k, t in enumerate(tokens) if t not in PUNCTUATION]
    for i in range(len(words)):
        for phrase in NEITHER:
            span = words[i : i + len(phrase)]
            if tuple(t for _, t in span) == phrase:
                return [*tokens[: span[0][0]], *tokens[span[-1][0] + 1 :]]
    return None


def put_right_like(tokens: Sequence[str]) -> bool:
    """True for a word that only just passes, then "good like" closing the reply ("it were alright,
    good like"): the resident's own "good", said again with the dialect's "like"."""
    words = [t for t in tokens if t not in PUNCTUATION]
    return words[-2:] == ["good", "like"] and bool(set(words[:-2]) & FAINT) and not set(words[:-2]) & GOOD


def without_unremarkable(tokens: Sequence[str]) -> list[str] | None:
    """The reply without its "nothing special" (and an "either way" after it), or None without one."""
    for k in range(len(tokens)):
        for phrase in UNREMARKABLE:
            end = k + len(phrase)
            if tuple(tokens[k:end]) == phrase:
                if tuple(tokens[end : end + 2]) == EITHER_WAY:
                    end += 2
                return [*tokens[:k], *tokens[end:]]
    return None


def only_faint(tokens: Sequence[str]) -> bool:
    """True when the reply's praise is only a word that just passes ("it was okay", "fine i guess")."""
    words = set(tokens)
    return bool(words & FAINT) and not words & GOOD
