"""Turn what a resident typed into the stored value of a question (README "How replies are read").

Pure: no database, no I/O. `parse_answer` never raises on any str. Keywords (STOP, HELP,
SKIP, ...) are handled by the engine before a reply reaches this module.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.conversation.wordnumbers import (
    Num,
    closing_number,
    is_digits,
    leading_number,
    read_amount,
    read_numbers,
)
from settings import Question


@dataclass(frozen=True)
class Parsed:
    """A reply's meaning: ok=False means unclear, so the question is asked again."""

    ok: bool  # False = unclear, ask again
    value: int | str | None = None  # int for choice/scale/number, "yes"/"no"/"partly", or the text


UNCLEAR = Parsed(False)
# Longer replies to a choice, scale, yes/no or number question are unclear unread
# (about ten SMS segments; the stored body is clipped at 2000 characters anyway).
MAX_ANSWER_CHARS = 1600
Value = int | str

# --- normalising and tokenising -------------------------------------------------------------

_PUNCTUATION = str.maketrans(
    {**dict.fromkeys("’‘‛ʼ`´′", "'"), **dict.fromkeys("“”„‟″", '"'), **dict.fromkeys("‐‑‒–—―", "-"), "⁄": "/"}
)
_SURROGATES = re.compile("[\ud800-\udfff]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # whitespace controls are split on later
_CONTROLS_BUT_NEWLINE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")
_LETTER_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")  # "so-so", "twenty-five"
_SKIN_TONES = range(0x1F3FB, 0x1F400)
# Numbers (a minus sign only where it cannot be a range: "3-4"), words with inner
# apostrophes ("don't"), or any other single character (emoji, punctuation).
_TOKEN = re.compile(r"(?<![\w.,])-?\d+(?:[.,]\d+)*|\d+(?:[.,]\d+)*|[^\W\d_]+(?:'[^\W\d_]+)*|\S")


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
    text = _SURROGATES.sub("", text).translate(_PUNCTUATION)
    text = unicodedata.normalize("NFKC", text).casefold()
    if not text.isascii():
        # Accents go too: phones often drop the Welsh circumflex ("siwr" for "siŵr").
        text = _drop_marks(text)
    text = _LETTER_HYPHEN.sub(" ", _CONTROLS.sub("", text))
    return " ".join(text.split())


def tokenize(text: str) -> list[str]:
    """Split a raw reply into folded tokens: words, numbers, emoji and punctuation marks."""
    return _TOKEN.findall(normalise(text))


def _is_wordlike(token: str) -> bool:
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
        if _is_wordlike(token):
            words.append(token)
            breaks.append(pending_break)
            pending_break = False
        else:
            pending_break = True
    return Words(tuple(words), tuple(breaks))


# --- phrase matching ---------------------------------------------------------------------------


def _bag(words: str) -> frozenset[str]:
    return frozenset(words.split())


_NEGATORS = _bag(
    "not never no isn't wasn't didn't don't hardly isnt wasnt didnt dont doesnt couldnt ddim nid"
)
# Words that may sit between a negator and what it negates ("not very good", "ddim yn dda").
_SOFTENERS = _bag("very really so that too particularly quite all exactly overly yn mor")
# Obvious emoji, read as words when the question does not list the emoji itself.
_EMOJI_WORDS = {**dict.fromkeys("👍✅👌✔☑", "yes"), **dict.fromkeys("👎❌❎", "no")}


def _is_negator(word: str) -> bool:
    return word in _NEGATORS or word.endswith("n't")


@dataclass(frozen=True)
class Lexicon:
    """Phrases (as word tuples) mapped to {value: phrase is in the reply's own language}."""

    phrases: dict[tuple[str, ...], dict[Value, bool]]
    starts: frozenset[str]
    vocabulary: frozenset[str]
    longest: int


def build_lexicon(entries: Iterable[tuple[str, Value, bool]]) -> Lexicon:
    """Compile (phrase, value, in own language) entries, tokenised like replies."""
    phrases: dict[tuple[str, ...], dict[Value, bool]] = {}
    for text, value, own in entries:
        key = to_words(tokenize(text)).words
        if key:
            meanings = phrases.setdefault(key, {})
            meanings[value] = meanings.get(value, False) or own
    return Lexicon(
        phrases,
        frozenset(key[0] for key in phrases),
        frozenset(word for key in phrases for word in key),
        max((len(key) for key in phrases), default=0),
    )


def _negated(reply: Words, start: int, phrase: tuple[str, ...]) -> bool:
    """True when a negator comes right before the phrase, softeners aside ("not very good")."""
    if _is_negator(phrase[0]):
        return False  # the phrase carries its own negation: "not good", "don't know"
    k = start
    while k > 0 and not reply.after_break[k]:
        k -= 1
        if _is_negator(reply.words[k]):
            return True
        if reply.words[k] not in _SOFTENERS:
            return False
    return False


def match(lexicon: Lexicon, reply: Words) -> set[Value]:
    """Values of the best phrases found: words before emoji, then longest, then own language."""
    words = [w if w in lexicon.vocabulary else _EMOJI_WORDS.get(w, w) for w in reply.words]
    reply = Words(tuple(words), reply.after_break)
    best: tuple[bool, int, bool] | None = None
    values: set[Value] = set()
    for i, word in enumerate(words):
        if word not in lexicon.starts:
            continue
        for size in range(min(lexicon.longest, len(words) - i), 0, -1):
            phrase = reply.words[i : i + size]
            meanings = lexicon.phrases.get(phrase)
            if meanings is None:
                continue
            if _negated(reply, i, phrase):
                break  # shorter phrases here share the negated start
            has_letters = any(w[0].isalnum() for w in phrase)
            for value, own in meanings.items():
                rank = (has_letters, size, own)
                if best is None or rank > best:
                    best, values = rank, {value}
                elif rank == best:
                    values.add(value)
            break
    return values


# --- vocabularies ------------------------------------------------------------------------------

# Phrases separated by "|"; English is also read when the reply's language is not English.
YES_NO_WORDS = {
    "en": {
        "yes": "yes|y|yeah|yea|yep|yup|ya|aye|sure|definitely|absolutely|certainly|of course|correct"
        "|i did|they did|yes please|i think so|think so|👍|✅|👌",
        "no": "no|n|nope|nah|never|not really|not at all|no way|i didn't|i did not|they didn't|they did not"
        "|absolutely not|definitely not|certainly not|of course not|don't think so|👎|❌",
        "partly": "partly|partially|somewhat|kinda|some|mostly|sort of|kind of|a bit|a little|yes and no"
        "|some of it|yes some|yes partly|in part|to some extent",
    },
    "cy": {
        "yes": "ie|do|ydw|oes|ydy|do diolch",
        "no": "na|naddo|nac ydw|nac oes|nac ydy|dim|dim o gwbl|ddim o gwbl",
        "partly": "rhannol|yn rhannol|ychydig|braidd",
    },
}


def _entries(question: Question, language: str) -> Iterable[tuple[str, Value, bool]]:
    """(phrase, value, in the reply's own language) for every phrase that answers the question."""
    # The reply's language first, then English as a fallback: residents mix languages.
    for lang, own in [(language, True)] if language == "en" else [(language, True), ("en", False)]:
        if question.type == "choice":
            for choice in question.choices:
                for text in [choice.label.get(lang, ""), *choice.accept.get(lang, [])]:
                    yield text, choice.value, own
        elif question.type == "scale":
            for value, words in question.labels.items():
                yield from ((text, value, own) for text in words.get(lang, []))
        elif question.type == "yes_no":
            for word, texts in YES_NO_WORDS.get(lang, {}).items():
                yield from ((text, word, own) for text in texts.split("|"))


# Question is a frozen pydantic model but not hashable (dict fields), so cache on its
# identity; each entry keeps its question alive so the id cannot be reused meanwhile.
_LEXICONS: dict[tuple[int, str], tuple[Question, Lexicon]] = {}
_CACHE_LIMIT = 512


def lexicon_for(question: Question, language: str) -> Lexicon:
    """The question's phrases in a language, compiled once."""
    key = (id(question), language)
    cached = _LEXICONS.get(key)
    if cached is not None and cached[0] is question:
        return cached[1]
    lexicon = build_lexicon(_entries(question, language))
    if len(_LEXICONS) >= _CACHE_LIMIT:
        _LEXICONS.clear()
    _LEXICONS[key] = (question, lexicon)
    return lexicon


# --- one parser per question type --------------------------------------------------------------


def _option(num: Num, options: set[int], count: int) -> Parsed:
    """An option's number; "4/5" counts only when 5 is the number of options."""
    if num.value in options and num.denominator in (None, count):
        return Parsed(True, num.value)
    return UNCLEAR  # "9", "2.5", "1 or 2", "4/5" with six options


def _single(values: set[Value], allowed: Sequence[Value]) -> Parsed:
    """Ok when exactly one value was found and the question allows it."""
    if len(values) != 1:
        return UNCLEAR
    [value] = values
    return Parsed(True, value) if value in allowed else UNCLEAR


def parse_choice(question: Question, tokens: list[str], language: str) -> Parsed:
    """A choice: a leading option number, else the option's words, else a closing number."""
    options, count = {c.value for c in question.choices}, len(question.choices)
    leading = leading_number(tokens)
    if leading is not None:
        return _option(leading, options, count)
    values = match(lexicon_for(question, language), to_words(tokens))
    if values:
        return _single(values, list(options))
    closing = closing_number(tokens)
    return UNCLEAR if closing is None else _option(closing, options, count)


def parse_scale(question: Question, tokens: list[str], language: str) -> Parsed:
    """A point of the scale: digits, "4/5", "4 out of 5", number words or label words."""
    values: set[Value] = set()
    for num in read_numbers(tokens, language):
        if num.value is None or num.denominator not in (None, question.max):
            return UNCLEAR  # "3.5", "-1", "8/10" on a 1-5 scale
        values.add(num.value)
    values |= match(lexicon_for(question, language), to_words(tokens))
    return _single(values, question.choice_values())


def parse_yes_no(question: Question, tokens: list[str], language: str) -> Parsed:
    """Yes, no, or partly when the question allows it ("a bit" is unclear otherwise)."""
    return _single(match(lexicon_for(question, language), to_words(tokens)), question.choice_values())


def parse_number(question: Question, tokens: list[str], language: str) -> Parsed:
    """A non-negative whole number; with unit days, "two weeks" is 14."""
    amount = read_amount(tokens, language, in_days=question.unit == "days")
    return UNCLEAR if amount is None else Parsed(True, amount)


def parse_text(text: str) -> Parsed:
    """Free text with at least one letter, digit or emoji, kept as typed minus control characters."""
    cleaned = _SURROGATES.sub("", text).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    cleaned = _CONTROLS_BUT_NEWLINE.sub("", cleaned).strip()
    if not any(c.isalnum() or unicodedata.category(c) == "So" for c in cleaned):
        return UNCLEAR  # empty, whitespace or punctuation only
    return Parsed(True, cleaned)


_PARSERS = {"choice": parse_choice, "scale": parse_scale, "yes_no": parse_yes_no, "number": parse_number}


def parse_answer(question: Question, text: str, language: str = "en") -> Parsed:
    """What the resident's reply means for this question, or Parsed(ok=False) when unclear."""
    if not isinstance(text, str):
        return UNCLEAR
    if question.type == "text":
        return parse_text(text)
    if len(text) > MAX_ANSWER_CHARS:
        return UNCLEAR  # an essay is not a pick from a list; don't spend time reading it
    parser = _PARSERS.get(question.type)
    return parser(question, tokenize(text), language) if parser else UNCLEAR
