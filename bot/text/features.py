"""The features a text model sees: word n-grams, in-word character n-grams and named cue sets."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from typing import Any

from bot.text.normalise import clauses, normalise

ExtraFeatures = Callable[[str, "Words"], Iterable[str]]
_EXTRAS: dict[str, ExtraFeatures] = {}


@dataclass(frozen=True)
class FeatureSpec:
    """Which features to compute; saved inside each model so training and run time agree."""

    word_ngrams: tuple[int, int] = (1, 2)
    char_ngrams: tuple[int, int] = (2, 5)  # (0, 0) turns character n-grams off
    max_chars: int = 2000
    extra: str | None = None  # the name of a `register_extra` cue set

    def to_dict(self) -> dict[str, Any]:
        return {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(self).items()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FeatureSpec:
        return cls(
            word_ngrams=tuple(data["word_ngrams"]),
            char_ngrams=tuple(data["char_ngrams"]),
            max_chars=int(data["max_chars"]),
            extra=data.get("extra"),
        )


class Words(list[str]):
    """The normalised words of a text; `.clauses` gives them clause by clause, split at punctuation."""

    def __init__(self, words: Iterable[str], raw: str) -> None:
        super().__init__(words)
        self._raw = raw
        self._clauses: list[list[str]] | None = None

    @property
    def raw(self) -> str:
        """The text the words came from (as much of it as the features read), for cue sets that need it."""
        return self._raw

    @property
    def clauses(self) -> list[list[str]]:
        if self._clauses is None:
            self._clauses = clauses(self._raw)
        return self._clauses

    def with_clauses(self, found: list[list[str]]) -> Words:
        """The same words split into other clauses (where a cue set finds a boundary punctuation missed)."""
        copy = Words(self, self._raw)
        copy._clauses = found
        return copy


def register_extra(name: str) -> Callable[[ExtraFeatures], ExtraFeatures]:
    """Decorator naming a cue set: `func(normalised_text, words) -> features` (strings)."""

    def register(func: ExtraFeatures) -> ExtraFeatures:
        if _EXTRAS.get(name, func) is not func:
            raise ValueError(f"extra feature set {name!r} is already registered")
        _EXTRAS[name] = func
        return func

    return register


def extra_features(name: str) -> ExtraFeatures:
    """The registered cue set called `name` (a clear error when the module defining it was not imported)."""
    try:
        return _EXTRAS[name]
    except KeyError:
        known = ", ".join(sorted(_EXTRAS)) or "none"
        raise KeyError(f"no extra feature set {name!r} is registered (known: {known})") from None


def featurise(text: str, spec: FeatureSpec) -> list[str]:
    """Every feature of `text`, repeats kept (a count is a term frequency)."""
    normalised = normalise(text)[: spec.max_chars]
    tokens = normalised.split()
    features: list[str] = []
    low, high = spec.word_ngrams
    for n in range(max(low, 1), high + 1):
        features.extend("w:" + " ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
    low, high = spec.char_ngrams
    if high:
        for token in tokens:
            features.extend(_char_wb_ngrams(token, low, high))
    if spec.extra:
        # Clauses come from the same stretch of text the other features saw.
        raw = text[: spec.max_chars * 2]
        features.extend(extra_features(spec.extra)(normalised, Words(tokens, raw)))
    return features


def _char_wb_ngrams(word: str, low: int, high: int) -> list[str]:
    """Character n-grams of one space-padded word, exactly as sklearn's `char_wb` analyser makes them."""
    padded = f" {word} "
    length = len(padded)
    grams = []
    for n in range(low, high + 1):
        offset = 0
        grams.append("c:" + padded[offset : offset + n])
        while offset + n < length:
            offset += 1
            grams.append("c:" + padded[offset : offset + n])
        if offset == 0:  # a word shorter than n gives itself once
            break
    return grams


# Words that negate what follows, after normalising ("can't" is "cant").
NEGATORS = frozenset(
    [
        "not",
        "no",
        "never",
        "nt",
        "without",
        "nothing",
        "nobody",
        "noone",
        "nor",
        "neither",
        "hardly",
        "cant",
        "dont",
        "doesnt",
        "didnt",
        "wont",
        "wouldnt",
        "couldnt",
        "shouldnt",
        "isnt",
        "arent",
        "wasnt",
        "werent",
        "havent",
        "hasnt",
        "hadnt",
        "aint",
    ]
)
NEGATION_REACH = 3


@register_extra("negation")
def negation(normalised: str, words: Words) -> list[str]:
    """ "neg:WORD" for each word within three words after a negator, stopping at punctuation."""
    marked = []
    for clause in words.clauses:
        reach = 0
        for word in clause:
            if word in NEGATORS:
                reach = NEGATION_REACH
            elif reach:
                marked.append("neg:" + word)
                reach -= 1
    return marked


def masked(pattern: re.Pattern[str], text: str) -> tuple[list[str], str]:
    """The stretches of `text` that `pattern` matches, and `text` with each blanked to a space.

    A cue set reads a phrase as one thing ("no problems" is praise) and then looks for its
    other cues in what is left, so the phrase's words ("no", "problems") cannot also count.
    """
    found = [match.group(0) for match in pattern.finditer(text)]
    if not found:
        return [], text
    return found, " ".join(pattern.sub(" ", text).split())
