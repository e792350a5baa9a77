"""The council's own risk phrasings (config `safeguarding.rules` and `not_risk`), matched word by word.

Pure text in, the first matching rule out; no database. A phrasing is words
matched whole and in order after `normalise`:

    a|b|c    any one of these words
    suicid*  any word starting so
    ..       up to two other words ("cant .. cope" matches "can't really cope")

Words of `fuzzy_min_length` letters or more also match with one slip
("suicidel", "negelcted") unless the resident's word is itself a real English
word (so "starting" never matches "starving"). A phrasing of several plain
words also matches written as one ("selfharm", "cantcope").
"""

from __future__ import annotations

from functools import cache, lru_cache

from bot.text import textblob_lexicon
from bot.text.normalise import normalise as shared_normalise
from settings import Safeguarding

GAP = ".."
MAX_GAP = 2
# Longer messages are screened up to here (Telegram allows 4,096; an SMS rarely passes 1,600).
MAX_SCREENED_CHARS = 10_000


def normalise(text: str) -> str:
    """The shared normaliser without emoji words: what council phrasings have always matched."""
    return shared_normalise(text, emoji=False)


@cache
def _english_words() -> frozenset[str]:
    """Real words (TextBlob's bundled spelling list): never treated as a slip for another word."""
    path = textblob_lexicon.ENGLISH / "en-spelling.txt"
    words = (line.split(" ", 1)[0] for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(w for w in words if w and not w.startswith(";"))


def _one_slip(a: str, b: str) -> bool:
    """True when a and b differ by at most one insertion, deletion, substitution or swap."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        i = diffs[0]
        return len(diffs) == 2 and diffs[1] == i + 1 and a[i] == b[i + 1] and a[i + 1] == b[i]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[i:] == long_[i + 1 :]


class Screen:
    """The compiled rules of one `safeguarding` config section."""

    def __init__(self, settings: Safeguarding) -> None:
        self.fuzzy_min = settings.fuzzy_min_length
        self.rules = [
            (name, phrase, pattern, _initials(pattern))
            for name, phrases in settings.rules.items()
            for phrase in phrases
            for pattern in _patterns(phrase)
        ]
        self.not_risk = [
            (pattern, _initials(pattern)) for phrase in settings.not_risk for pattern in _patterns(phrase)
        ]

    def without_not_risk(self, text: str) -> str:
        """`text` with the council's not-risk phrasings taken out (unchanged when none is there)."""
        words = normalise(text).split()
        kept = self._not_risk_blanked(words)
        return text if kept == words else " ".join(w for w in kept if w)

    def _not_risk_blanked(self, words: list[str]) -> list[str]:
        for pattern, initials in self.not_risk:
            if _may_start_in(initials, words):
                words = self._blank(pattern, words)
        return words

    def first_match(self, text: str) -> tuple[str, str] | None:
        """The first rule whose phrasing appears in `text`, as (rule name, phrasing), or None."""
        words = self._not_risk_blanked(normalise(text).split())
        if not words:
            return None
        present = {word[0] for word in words if word}
        for name, phrase, pattern, initials in self.rules:
            # Most phrasings cannot start at any word of a short reply: skip them unsearched.
            if (initials is None or not initials.isdisjoint(present)) and self._find(
                pattern, words
            ) is not None:
                return name, phrase
        return None

    def _blank(self, pattern: tuple[str, ...], words: list[str]) -> list[str]:
        """`words` with every stretch matching a not-risk phrasing removed."""
        while (span := self._find(pattern, words)) is not None and span[1] > span[0]:
            start, end = span
            words = words[:start] + [""] + words[end:]
        return words

    def _find(self, pattern: tuple[str, ...], words: list[str]) -> tuple[int, int] | None:
        for start in range(len(words)):
            end = self._match_at(pattern, 0, words, start)
            if end is not None:
                return start, end
        return None

    def _match_at(self, pattern: tuple[str, ...], p: int, words: list[str], w: int) -> int | None:
        """Index just past the match of pattern[p:] at words[w:], or None."""
        if p == len(pattern):
            return w
        if pattern[p] == GAP:
            for skip in range(MAX_GAP + 1):
                if w + skip > len(words):
                    break
                end = self._match_at(pattern, p + 1, words, w + skip)
                if end is not None:
                    return end
            return None
        if w < len(words) and self._word_matches(pattern[p], words[w]):
            return self._match_at(pattern, p + 1, words, w + 1)
        return None

    def _word_matches(self, token: str, word: str) -> bool:
        return bool(word) and _word_matches(token, word, self.fuzzy_min)


@lru_cache(maxsize=40_000)  # bounded: residents' words are endless (budget: bot/text/word_caches.py)
def _word_matches(token: str, word: str, fuzzy_min: int) -> bool:
    """Does the resident's `word` fit the phrasing's `token` (alternatives, stems, slips)?"""
    fuzzy = word not in _english_words()
    for option in token.split("|"):
        if option.endswith("*"):
            stem = option[:-1]
            if word.startswith(stem) or (
                fuzzy
                and len(stem) >= fuzzy_min
                and word[0] == stem[0]
                and any(_one_slip(word[: len(stem) + k], stem) for k in (-1, 0, 1))
            ):
                return True
        elif word == option or (
            fuzzy and len(option) >= fuzzy_min and word[0] == option[0] and _one_slip(word, option)
        ):
            return True
    return False


def _initials(pattern: tuple[str, ...]) -> frozenset[str] | None:
    """The letters a word must start with for `pattern` to match from it (None: any word may).

    Every way a token matches a word (whole, stem, one slip) keeps its first
    letter, so a phrasing whose first letters no word of the reply has cannot match.
    """
    if pattern[0] == GAP:
        return None
    options = [option.rstrip("*") for option in pattern[0].split("|")]
    if not all(options):
        return None
    return frozenset(option[0] for option in options)


def _may_start_in(initials: frozenset[str] | None, words: list[str]) -> bool:
    return initials is None or any(word and word[0] in initials for word in words)


def _patterns(phrase: str) -> list[tuple[str, ...]]:
    """A phrasing as word tokens, plus its words run together when they are plain."""
    tokens = tuple(t if t == GAP else normalise_token(t) for t in phrase.split())
    patterns = [tokens]
    plain = len(tokens) > 1 and all(t.isalnum() for t in tokens)
    if plain:
        patterns.append(("".join(tokens),))
    return patterns


def normalise_token(token: str) -> str:
    """One phrasing token, with its alternatives normalised like residents' words."""
    return "|".join(
        normalise(option.rstrip("*")).replace(" ", "") + ("*" if option.endswith("*") else "")
        for option in token.split("|")
    )


_SCREENS: dict[int, tuple[Safeguarding, Screen]] = {}


def screen_for(settings: Safeguarding) -> Screen:
    """The compiled Screen for these settings (compiled once per config object)."""
    cached = _SCREENS.get(id(settings))
    if cached is None or cached[0] is not settings:
        cached = (settings, Screen(settings))
        _SCREENS[id(settings)] = cached
    return cached[1]
