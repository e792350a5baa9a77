"""Which themes a comment touches: config.yaml keywords matched on word stems, forgiving typos.

Tokens come from a regular expression and stems from the English Snowball
stemmer (the `snowballstemmer` package: NLTK's stems without importing NLTK). A word of five
letters or more that is one edit (a letter missed, added, changed or two
swapped) from a keyword or its -s/-ed/-ing form counts as that keyword:
"waitng", "recieved", "helpfull" and "infomation" all match.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping, Sequence
from functools import cache, lru_cache

import snowballstemmer

# Runs of letters or digits in any script (so Welsh ŵ, ŷ stay inside words).
_WORD = re.compile(r"[^\W_]+")


def tokens(text: str) -> list[str]:
    """Lower-case words; apostrophes and punctuation split them ("didn't" -> didn, t)."""
    return _WORD.findall(text.casefold())


# A Snowball stemmer keeps the word it is working on in itself: one per thread.
_STEMMERS = threading.local()


@lru_cache(maxsize=20_000)  # bounded: residents' words are endless
def stem(word: str) -> str:
    stemmer = getattr(_STEMMERS, "english", None)
    if stemmer is None:
        stemmer = _STEMMERS.english = snowballstemmer.stemmer("english")
    return stemmer.stemWord(word.lower())


def stems(text: str) -> tuple[str, ...]:
    """The stem of every word, in order: "Waited, waiting!" -> (wait, wait)."""
    return tuple(stem(word) for word in tokens(text))


# Shorter words are left exact: one edit turns "late" into "lame" or "rate".
FUZZY_FROM = 5
_SUFFIXES = ("", "s", "es", "ed", "d", "ing", "ion", "ful", "ly")


def _deletes(word: str) -> set[str]:
    """The word and every string one letter shorter: two words one edit apart share one."""
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


Compiled = tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]  # (theme, keyword stems) in config order
TypoIndex = dict[str, set[tuple[str, str]]]  # a shortened form -> (keyword form, keyword stem)


@cache
def _compiled(themes: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[Compiled, TypoIndex]:
    """Each theme's keyword stems, and the typo index: a shortened form -> the keyword stems it reaches."""
    # Stem each keyword once per theme map, not once per comment.
    compiled = tuple((name, tuple(stems(k) for k in keywords)) for name, keywords in themes)
    index: TypoIndex = {}
    for _, keywords in themes:
        for word in {w for keyword in keywords for w in tokens(keyword) if len(w) >= 4}:
            for form in {word + suffix for suffix in _SUFFIXES}:
                if len(form) >= FUZZY_FROM:
                    for short in _deletes(form):
                        index.setdefault(short, set()).add((form, stem(word)))
    return compiled, index


def one_edit_apart(a: str, b: str) -> bool:
    """True when one letter missed, added, changed, or two neighbours swapped turn a into b."""
    if a == b or abs(len(a) - len(b)) > 1:
        return a == b
    start = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    if len(a) != len(b):
        longer, shorter = (a, b) if len(a) > len(b) else (b, a)
        return longer[start + 1 :] == shorter[start:]
    swapped = a[start + 2 :] == b[start + 2 :] and a[start : start + 2] == b[start : start + 2][::-1]
    return a[start + 1 :] == b[start + 1 :] or swapped


def _forgiving_stems(
    text: str, index: dict[str, set[tuple[str, str]]], known: frozenset[str]
) -> tuple[str, ...]:
    """stems(text), with a misspelt keyword replaced by the keyword's stem."""
    out = []
    for word in tokens(text):
        stemmed = stem(word)
        if stemmed not in known and len(word) >= FUZZY_FROM:
            candidates = {found for short in _deletes(word) for found in index.get(short, ())}
            # A keyword's own -s/-ed/-ing form beats one a typo away ("listend": listen, not list).
            reached = {keyword for form, keyword in candidates if form == word} or {
                keyword for form, keyword in candidates if one_edit_apart(word, form)
            }
            if len(reached) == 1:  # one keyword it could be; two would be a guess
                stemmed = reached.pop()
        out.append(stemmed)
    return tuple(out)


def _contains(words: Sequence[str], phrase: Sequence[str]) -> bool:
    size = len(phrase)
    return size > 0 and any(tuple(words[i : i + size]) == tuple(phrase) for i in range(len(words) - size + 1))


def themes_of(text: str, themes: Mapping[str, Sequence[str]]) -> list[str]:
    """The themes (in config order) with a keyword in `text`, compared stem by stem."""
    compiled, index = _compiled(tuple((name, tuple(keywords)) for name, keywords in themes.items()))
    known = _known(compiled)
    words = _forgiving_stems(text, index, known)
    present = set(words)
    # A phrase can only be there if its first stem is: most are skipped by one set lookup.
    return [
        name
        for name, phrases in compiled
        if any(p and p[0] in present and (len(p) == 1 or _contains(words, p)) for p in phrases)
    ]


@cache
def _known(compiled: Compiled) -> frozenset[str]:
    return frozenset(s for _, phrases in compiled for phrase in phrases for s in phrase)
