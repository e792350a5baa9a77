"""Text normalised the way every text model and the safeguarding screen read it, emoji kept as words."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Spellings folded together, so "cannot", "can not" and "can't" are one word to every model.
# Each with a piece of text every match contains: a fold whose piece is absent cannot match, so
# its regex is not run (most texts need two or three of the 23; same result, a fraction of the time).
_FOLDS = [
    (r"\b(cannot|can not|cant not)\b", "cant", "can"),
    (r"\bdo not\b", "dont", "do not"),
    (r"\bdoes not\b", "doesnt", "does not"),
    (r"\bdid not\b", "didnt", "did not"),
    (r"\bwill not\b", "wont", "will not"),
    (r"\bwould not\b", "wouldnt", "would not"),
    (r"\bcould not\b", "couldnt", "could not"),
    (r"\bis not\b", "isnt", "is not"),
    (r"\bare not\b", "arent", "are not"),
    (r"\bwas not\b", "wasnt", "was not"),
    (r"\bwere not\b", "werent", "were not"),
    (r"\bhave not\b", "havent", "have not"),
    (r"\bhas not\b", "hasnt", "has not"),
    (r"\bi am\b", "im", "i am"),
    (r"\bi have\b", "ive", "i have"),
    (r"\bwanna\b", "want to", "wanna"),
    (r"\bgonna\b", "going to", "gonna"),
    (r"\bno one\b", "noone", "no one"),
    (r"\bany more\b", "anymore", "any more"),
    (r"\b(my|me|your|him|her|them|our) (self|selfs|selves)\b", r"\1\2", " sel"),
    (r"\bu\b", "you", "u"),
    (r"\bur\b", "your", "ur"),
    (r"\bcnt\b", "cant", "cnt"),
]
_FOLDS_COMPILED = [(re.compile(pattern), replacement) for pattern, replacement, _ in _FOLDS]
_FOLDS_GUARDED = [(needle, re.compile(pattern), replacement) for pattern, replacement, needle in _FOLDS]
_APOSTROPHES = re.compile(r"['\u2019\u2018`´]")

EMOJI_PREFIX = "emoji_"
# Private-use characters fence an emoji's name while punctuation is stripped; any already in the
# text become spaces first, so a resident cannot forge an emoji token.
_FENCE = "\ue000"
_FENCES_IN_INPUT = re.compile(_FENCE)
_PUNCTUATION_KEEPING_EMOJI = re.compile(_FENCE + r"([a-z0-9_]+)" + _FENCE + r"|[^\w" + _FENCE + r"]+|_")
# Pictographs and dingbats; skin tones, joiners and variation selectors carry no meaning here.
_EMOJI = re.compile("[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]")
_EMOJI_NOISE = re.compile("[\u200d\ufe0e\ufe0f\U0001f1e6-\U0001f1ff\U0001f3fb-\U0001f3ff]")
# Short names for the emoji residents use most; others are named from their Unicode name.
_EMOJI_NAMES = {
    "👍": "thumbs_up",
    "👎": "thumbs_down",
    "😢": "cry",
    "😭": "sob",
    "😀": "smile",
    "😃": "smile",
    "😄": "smile",
    "😊": "smile",
    "🙂": "smile",
    "😁": "grin",
    "🙁": "frown",
    "☹": "frown",
    "😞": "sad",
    "😔": "sad",
    "😟": "worried",
    "😠": "angry",
    "😡": "angry",
    "🤬": "angry",
    "❤": "heart",
    "💔": "broken_heart",
    "🙏": "pray",
    "👏": "clap",
    "😐": "neutral",
    "😕": "confused",
    "😩": "weary",
    "😫": "weary",
    "😤": "huff",
    "😂": "laugh",
    "🤣": "laugh",
    "👌": "ok",
    "✅": "tick",
    "✔": "tick",
    "❌": "cross",
    "⭐": "star",
    "🌟": "star",
}
_NAME_FILLER = {"face", "sign", "with", "symbol", "heavy", "black", "white", "medium", "small", "large"}


@lru_cache(maxsize=4096)
def emoji_word(char: str) -> str:
    """The word an emoji stands for ("emoji_thumbs_up"), from the table or its Unicode name."""
    if char in _EMOJI_NAMES:
        return EMOJI_PREFIX + _EMOJI_NAMES[char]
    name = unicodedata.name(char, "").lower()
    parts = [p for p in re.split(r"[^a-z0-9]+", name) if p and p not in _NAME_FILLER]
    return EMOJI_PREFIX + ("_".join(parts) or f"{ord(char):x}")


def _fence_emoji(match: re.Match[str]) -> str:
    return f" {_FENCE}{emoji_word(match.group(0))[len(EMOJI_PREFIX) :]}{_FENCE} "


def _strip_punctuation(match: re.Match[str]) -> str:
    return f" {EMOJI_PREFIX}{match.group(1)} " if match.group(1) else " "


def normalise(text: str, *, emoji: bool = True) -> str:
    """Lower case, look-alikes unified, no apostrophes or punctuation, common spellings folded.

    With `emoji` (the default) each emoji becomes a word such as "emoji_cry"; without it the
    result is exactly what the safeguarding screen has always matched against.
    """
    if len(text) > _LONGEST_REMEMBERED:
        return _normalise(text, emoji)
    return _remembered(text, emoji)


# One message is normalised five times on its way through the screen, the classifier's context
# and the sentiment model; the last few short texts are remembered (strings are immutable, so
# the answer is the same object), and long ones are not, so the memory stays a few hundred kB.
_LONGEST_REMEMBERED = 2_000


@lru_cache(maxsize=64)
def _remembered(text: str, emoji: bool) -> str:
    return _normalise(text, emoji)


def _normalise(text: str, emoji: bool) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _APOSTROPHES.sub("", text)  # "can't" and "can’t" are "cant"
    if emoji:
        text = _FENCES_IN_INPUT.sub(" ", text)
        text = _EMOJI.sub(_fence_emoji, _EMOJI_NOISE.sub("", text))
        text = " ".join(_PUNCTUATION_KEEPING_EMOJI.sub(_strip_punctuation, text).split())
    else:
        text = " ".join(_NON_WORD.sub(" ", text).split())
    for needle, pattern, replacement in _FOLDS_GUARDED:
        if needle in text:
            text = pattern.sub(replacement, text)
    return text


_NON_WORD = re.compile(r"[^\w]+|_")


def words(text: str, *, emoji: bool = True) -> list[str]:
    """The words of `normalise(text)`."""
    return normalise(text, emoji=emoji).split()


# Where one clause ends and the next begins: a negation's reach stops here.
_CLAUSE_BREAKS = re.compile(r"[.,;:!?\n\r\t()\[\]{}\u2013\u2014\u2026\"]+|\s-\s")


def clauses(text: str) -> list[list[str]]:
    """The normalised words of each clause of `text`, split where punctuation stood."""
    pieces = _CLAUSE_BREAKS.split(unicodedata.normalize("NFKC", text))
    return [w for w in (words(piece) for piece in pieces) if w]
