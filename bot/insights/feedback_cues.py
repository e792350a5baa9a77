"""The cues of an unmet expectation in a comment, as extra features for the sentiment model.

Plain complaints carry no emotional words: they report a wait ("3 weeks"),
a repetition ("again", "still"), an absence ("no one came"), a broken promise
("said they would"), being passed around, or a decision made without the
person. A lexicon reads them as neutral; these cues let a model see them.
Lexicon scores (VADER, TextBlob) are added in coarse buckets, and for a
comment with a "but" the VADER score of each side, which is what marks it mixed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.insights.sentiment import textblob_polarity, vader_compound
from bot.text.features import Words, negation, register_extra

_NUMBER = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|few|several|couple of|many)"
_UNIT = r"(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?|fortnight)"
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"


def _any_of(*phrases: str) -> re.Pattern[str]:
    """Whole words or phrases (regular expressions), on normalised text."""
    return re.compile(r"\b(?:" + "|".join(phrases) + r")\b")


CUES: dict[str, re.Pattern[str]] = {
    "duration": _any_of(
        rf"{_NUMBER}\s+{_UNIT}",
        rf"since\s+(?:{_MONTHS}|the\s+\w+|last\s+\w+)",
        "ages",
        "so long",
        "too long",
        "far too long",
        "all day",
        "months",
        "weeks",
        "years",
    ),
    "repeat": _any_of(
        "again",
        "still",
        "another",
        "every time",
        "each time",
        "keep",
        "keeps",
        "kept",
        "twice",
        "third time",
        r"(?:three|four|five|\d+) times",
        "same (?:problem|mistake|questions|thing)",
        r"repeat\w*",
        r"chas\w+",
    ),
    "absence": _any_of(
        "never",
        "nobody",
        "no one",
        "noone",
        "nothing",
        "no reply",
        "no answer",
        "no call",
        "no response",
        "no record",
        "not turned up",
        "(?:didnt|did not) (?:come|turn up|ring|call)",
        "no sign",
        "not heard",
        "havent heard",
        "no (?:letter|information|update|help|follow up|contact)",
    ),
    "promise": _any_of(
        "said (?:they|she|he|it|someone) (?:would|will|were)",
        "told (?:me|us) (?:it|they|someone|that)",
        "promised",
        "supposed to",
        "meant to",
        "should have",
        "should not",
        "shouldnt",
        "was told",
        "were told",
        "agreed",
    ),
    "passed": _any_of(
        "passed (?:from|around|between|on)",
        "transferred",
        "another (?:number|department|team)",
        "different (?:number|department|person|team|carer|worker)",
        "pillar to post",
        "not their (?:team|department|job)",
    ),
    "without": _any_of(
        "without (?:asking|telling|talking|speaking|consulting|me|us|him|her|any)",
        "nobody asked",
        "no one asked",
        "didnt ask",
        "did not ask",
        "not asked",
        "found out from",
    ),
    # An improvement asked for is an unmet need ("more staff needed", "answer the phone").
    "suggest": re.compile(
        r"^(?:more|better|need|needs|should|could|would be|please|answer|tell|keep|return|speed"
        r"|shorter|less)\b"
    ),
    "contrast": _any_of(
        "but", "although", "though", "however", "except", "apart from", "shame", "whereas", "yet"
    ),
    "problem": _any_of(
        "wrong",
        "lost",
        "missing",
        r"cancel\w*",
        "late",
        r"delay\w*",
        "broken",
        r"leak\w*",
        "damp",
        "mould",
        "waiting",
        "burst",
        "disconnected",
        "not working",
        "stopped working",
        "out of order",
        "faulty",
    ),
}
# The normaliser's emoji words, as words the lexicons score (bot.text.normalise names them).
EMOJI_WORDS = {
    "thumbs_up": "good",
    "thumbs_down": "bad",
    "angry": "angry",
    "pray": "thanks",
    "heart": "love",
    "blue_heart": "love",
    "unamused": "annoyed",
    "frown": "sad",
    "cry": "sad",
    "sad": "sad",
    "smile": "happy",
    "ok": "ok",
}
_EMOJI = re.compile(r"\bemoji_(\w+)")
UNMET = frozenset({"duration", "repeat", "absence", "promise", "passed", "without", "problem"})
_SPLIT = re.compile(r"\b(?:but|although|though|however|except|apart from|whereas)\b")


def _bucket(name: str, score: float) -> str:
    band = "strong_neg" if score <= -0.5 else "neg" if score < -0.05 else "pos" if score > 0.05 else "zero"
    if score >= 0.5:
        band = "strong_pos"
    return f"{name}:{band}"


def unmet_expectation_cues(text: str) -> list[str]:
    """The names of the CUES found in a normalised comment."""
    return [name for name, pattern in CUES.items() if pattern.search(text)]


@register_extra("feedback_cues")
def feedback_cues(text: str, words: Words) -> Iterable[str]:
    """Cue features of a normalised comment (see the module docstring), with negation scope."""
    yield from negation(text, words)
    found = unmet_expectation_cues(text)
    yield from (f"cue:{name}" for name in found)
    plain = _EMOJI.sub(lambda m: EMOJI_WORDS.get(m.group(1), " "), text)
    vader = _bucket("vader", vader_compound(plain))
    yield vader
    # Kind words beside a report of a wait read differently from kind words alone.
    yield f"{vader}+{'unmet' if UNMET.intersection(found) else 'none'}"
    yield _bucket("textblob", textblob_polarity(plain))
    sides = _SPLIT.split(plain, maxsplit=1)
    if len(sides) == 2:
        yield _bucket("before_but", vader_compound(sides[0]))
        yield _bucket("after_but", vader_compound(sides[1]))
    if len(words) <= 3:
        yield "cue:short"
