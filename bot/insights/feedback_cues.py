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
CUES: dict[str, re.Pattern[str]] = {
    "duration": re.compile(
        rf"\b(?:{_NUMBER}\s+{_UNIT}|since\s+(?:{_MONTHS}|the\s+\w+|last\s+\w+)|ages|so long|too long|far too long"
        rf"|all day|months|weeks|years)\b"
    ),
    "repeat": re.compile(
        r"\b(?:again|still|another|every time|each time|keep|keeps|kept|twice|third time|(?:three|four|five|\d+) times"
        r"|same (?:problem|mistake|questions|thing)|repeat\w*|chas\w+)\b"
    ),
    "absence": re.compile(
        r"\b(?:never|nobody|no one|noone|nothing|no reply|no answer|no call|no response|no record|not turned up"
        r"|didnt (?:come|turn up|ring|call)|did not (?:come|turn up|ring|call)|no sign|not heard|havent heard"
        r"|no (?:letter|information|update|help|follow up|contact))\b"
    ),
    "promise": re.compile(
        r"\b(?:said (?:they|she|he|it|someone) (?:would|will|were)|told (?:me|us) (?:it|they|someone|that)"
        r"|promised|supposed to|meant to|should have|should not|shouldnt|was told|were told|agreed)\b"
    ),
    "passed": re.compile(
        r"\b(?:passed (?:from|around|between|on)|transferred|another (?:number|department|team)|different"
        r" (?:number|department|person|team|carer|worker)|pillar to post|not their (?:team|department|job))\b"
    ),
    "without": re.compile(
        r"\b(?:without (?:asking|telling|talking|speaking|consulting|me|us|him|her|any)|nobody asked|no one asked"
        r"|didnt ask|did not ask|not asked|found out from)\b"
    ),
    "suggest": re.compile(
        r"^(?:more|better|need|needs|should|could|would be|please|answer|tell|keep|return|speed|shorter|less)\b"
    ),
    "contrast": re.compile(r"\b(?:but|although|though|however|except|apart from|shame|whereas|yet)\b"),
    "problem": re.compile(
        r"\b(?:wrong|lost|missing|cancel\w*|late|delay\w*|broken|leak\w*|damp|mould|waiting)\b"
    ),
}
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
    plain = re.sub(r"emoji_(\w+)", r"\1", text).replace("_", " ")  # lexicons know "thumbs up"
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
