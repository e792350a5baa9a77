"""Faint praise: "ok, nothing special", Welsh "iawn, dim byd sbesial" is the middle of the scale.

"Nothing special" beside a grade says the grade was unremarkable. Beside "ok", "fine" or "iawn",
words that only just pass, it leaves the middle ("Neither good nor poor": every natural set labels
it so); beside a grade said with "good" ("quite good, nothing special", "eitha da, dim byd
sbesial") the grade stands.
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
