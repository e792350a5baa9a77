"""A reply folded and split into words: normalising, tokenising, and where the punctuation was."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from bot.conversation.wordnumbers import is_digits

_PUNCTUATION = str.maketrans(
    {**dict.fromkeys("’‘‛ʼ`´′", "'"), **dict.fromkeys("“”„‟″", '"'), **dict.fromkeys("‐‑‒–—―", "-"), "⁄": "/"}
)
SURROGATES = re.compile("[\ud800-\udfff]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # whitespace controls are split on later
_LETTER_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")  # "so-so", "twenty-five"
_SKIN_TONES = range(0x1F3FB, 0x1F400)
# Text speak that mixes letters and digits: one word each, not a word and a number.
TEXTSPEAK = ("gr8", "l8", "l8r", "b4", "no1", "w8", "m8", "2day", "2moro", "gr8t")
# Text speak, numbers (a minus sign only where it cannot be a range: "3-4"), words with inner
# apostrophes ("don't"), or any other single character (emoji, punctuation).
_TOKEN = re.compile(
    rf"(?<!\w)(?:{'|'.join(TEXTSPEAK)})(?!\w)"
    r"|(?<![\w.,])-?\d+(?:[.,]\d+)*|\d+(?:[.,]\d+)*|[^\W\d_]+(?:'[^\W\d_]+)*|\S"
)


def _drop_marks(text: str) -> str:
    """Remove accents, emoji modifiers and invisible format characters (ZWJ, BOM, bidi marks)."""
    kept = (
        c
        for c in unicodedata.normalize("NFD", text)
        if unicodedata.category(c) not in ("Mn", "Me", "Cf") and ord(c) not in _SKIN_TONES
    )
    return unicodedata.normalize("NFC", "".join(kept))


def normalise(text: str) -> str:
    """Fold a reply for matching: NFKC, casefold, straight quotes, no accents or controls."""
    text = SURROGATES.sub("", text).translate(_PUNCTUATION)
    text = unicodedata.normalize("NFKC", text).casefold()
    if not text.isascii():
        # Accents go too: phones often drop the Welsh circumflex ("siwr" for "siŵr").
        text = _drop_marks(text)
    text = _LETTER_HYPHEN.sub(" ", _CONTROLS.sub("", text))
    return " ".join(text.split())


def tokenize(text: str) -> list[str]:
    """Split a raw reply into folded tokens: words, numbers, emoji and punctuation marks."""
    return _TOKEN.findall(normalise(text))


def is_wordlike(token: str) -> bool:
    """True for words, numbers and emoji: everything but punctuation and stray symbols."""
    first = token[0]
    return first.isalnum() or is_digits(token) or unicodedata.category(first) == "So"


@dataclass(frozen=True)
class Words:
    """A reply's words, numbers and emoji, and which of them follow punctuation."""

    words: tuple[str, ...]
    after_break: tuple[bool, ...]


def to_words(tokens: Sequence[str]) -> Words:
    """Drop punctuation but remember where it was (a negator does not reach across it)."""
    words: list[str] = []
    breaks: list[bool] = []
    pending_break = False
    for token in tokens:
        if is_wordlike(token):
            words.append(token)
            breaks.append(pending_break)
            pending_break = False
        else:
            pending_break = True
    return Words(tuple(words), tuple(breaks))


def _bag(words: str) -> frozenset[str]:
    return frozenset(words.split())


NEGATORS = _bag(
    "not never no isn't wasn't didn't don't hardly isnt wasnt didnt dont doesnt couldnt ddim nid cannot"
)
# Words that may sit between a negator and what it negates ("not very good", "ddim yn dda").
SOFTENERS = _bag("very really so that too particularly quite all exactly overly yn mor just")


def is_negator(word: str) -> bool:
    return word in NEGATORS or word.endswith("n't")
