"""Replies that echo the question before answering it: "did they call? they did", "sorted?? no".

A person reads the words after the echo as the answer. The echo is recognised by its words: every
one is a word of the question's own text (in either language, by a rough stem: "called" echoes
"call") or a small word such questions are made of, and at least one is the question's. Anything
else before a question mark ("what do you mean? good") is a question back and stays one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from settings import Question

# The small words an echo is made of besides the question's own: "did they call?", "u sorted it?"
GLUE = frozenset(
    ("did", "do", "does", "they", "you", "u", "we", "i", "me", "it", "was", "were", "is", "get", "got")
    + ("the", "a", "any", "anyone", "someone", "really", "ever", "even", "have", "has", "my", "out")
    + ("well", "hmm", "so", "oh", "er", "erm", "honestly", "i'd", "say")
)
MAX_ECHO_WORDS = 7
_WORD = re.compile(r"[a-zà-ÿŵŷ']+")
_SUFFIXES = ("ing", "ed", "es", "s", "d")


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


_STEMS: dict[int, tuple[Question, frozenset[str]]] = {}


def _question_stems(question: Question) -> frozenset[str]:
    """The stems of the question's own words, in every language, computed once per question."""
    cached = _STEMS.get(id(question))
    if cached is not None and cached[0] is question:
        return cached[1]
    words = (w for text in question.text.values() for w in _WORD.findall(text.lower()))
    stems = frozenset(_stem(w) for w in words) - {_stem(w) for w in GLUE}
    if len(_STEMS) > 256:
        _STEMS.clear()
    _STEMS[id(question)] = (question, stems)
    return stems


def after_echo(question: Question, tokens: Sequence[str]) -> list[str] | None:
    """The reply after an echo of the question ("called back? in my dreams" -> "in my dreams"),
    or None when it does not open with one."""
    if "?" not in tokens:
        return None
    mark = tokens.index("?")
    echo = [t for t in tokens[:mark] if t[0].isalnum()]
    rest = list(tokens[mark:])
    while rest and not rest[0][0].isalnum():
        rest.pop(0)  # "sorted?? no", "sorted? - no"
    if not echo or len(echo) > MAX_ECHO_WORDS or not rest:
        return None
    own = _question_stems(question)
    if all(w in GLUE or _stem(w) in own for w in echo) and any(_stem(w) in own for w in echo):
        return rest
    return None
