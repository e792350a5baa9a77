"""Which themes a comment touches: config.yaml keywords matched on word stems.

Tokens come from a regular expression and stems from NLTK's Snowball
stemmer, which is pure code: no corpus, nothing to download.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache

from nltk.stem.snowball import SnowballStemmer

# Runs of letters or digits in any script (so Welsh ŵ, ŷ stay inside words).
_WORD = re.compile(r"[^\W_]+")
_STEMMER = SnowballStemmer("english")


def tokens(text: str) -> list[str]:
    """Lower-case words; apostrophes and punctuation split them ("didn't" -> didn, t)."""
    return _WORD.findall(text.casefold())


@cache
def stem(word: str) -> str:
    return _STEMMER.stem(word)


def stems(text: str) -> tuple[str, ...]:
    """The stem of every word, in order: "Waited, waiting!" -> (wait, wait)."""
    return tuple(stem(word) for word in tokens(text))


@cache
def _compiled(themes: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[tuple[str, tuple], ...]:
    # Stem each keyword once per theme map, not once per comment.
    return tuple((name, tuple(stems(k) for k in keywords)) for name, keywords in themes)


def _contains(words: Sequence[str], phrase: Sequence[str]) -> bool:
    size = len(phrase)
    return size > 0 and any(tuple(words[i : i + size]) == tuple(phrase) for i in range(len(words) - size + 1))


def themes_of(text: str, themes: Mapping[str, Sequence[str]]) -> list[str]:
    """The themes (in config order) with a keyword in `text`, compared stem by stem."""
    words = stems(text)
    compiled = _compiled(tuple((name, tuple(keywords)) for name, keywords in themes.items()))
    return [name for name, phrases in compiled if any(_contains(words, p) for p in phrases)]
