"""Round twenty-seven (issue 19): re-asks of set AC that a careful person reads without doubt, by what
the reply does. Phrasings of our own, both ways: the kind, and its look-alike that keeps its reading.

The learned fallback is switched off: what is tested is the rules alone. `R` means ask again.
"""

from __future__ import annotations

import pytest

from tests.conversation.reply_cases import R, check, rules_alone
from tests.conversation.reply_cases import case as _case

pytestmark = pytest.mark.usefixtures(rules_alone.__name__)

# A question back, then "not sure" in a short last clause: not understanding agrees with it.
DOUBT_AFTER_ASKING_BACK = [
    _case("strengths", "no idea what you mean, so not sure", 4),
    _case("what_matters", "don't get what you mean but probably not sure", 4),
    _case("still_need", "not sure what you're asking, so unsure", 3),
]
DOUBT_AFTER_ASKING_BACK_LOOK_ALIKES = [
    _case("strengths", "not sure what you mean but ok", R),
    _case("what_matters", "not sure what you mean, so yes I guess", R),
    _case("strengths", "not sure what you mean by that", R),
]

# A "don't know" handed back to the resident at a set time: too early to tell.
LATER_TO_ONESELF = [
    _case("changed", "dunno, ask me next week", 4),
    _case("changed", "I don't know, ask me again in a fortnight", 4),
    _case("still_need", "idk ask me after the review", 3),
]
LATER_TO_ONESELF_LOOK_ALIKES = [
    _case("changed", "dunno, ask my daughter", R),
    _case("strengths", "dunno ask me later im busy", R),
    _case("changed", "ask me next week", R),
]

# "a little bit worse" is Worse, as "a little bit better" is Better (not the partly "a little bit").
LITTLE_WORSE = [
    _case("changed", "a little bit worse tbh", 3),
    _case("changed", "A little worse.", 3),
]
LITTLE_WORSE_LOOK_ALIKES = [
    _case("changed", "little bit better, little bit worse", R),
    _case("changed", "a little bit better", 1),
]

# A point above the middle with only thumbs-up beside it: the thumbs approve the number.
THUMBS_BESIDE = [
    _case("rating", "5/5 👍", 5),
    _case("rating", "👍👍 4", 4),
    _case("rating", "4 👍", 4),
]
THUMBS_BESIDE_LOOK_ALIKES = [
    _case("rating", "👍", R),
    _case("rating", "1 👍", R),
    _case("rating", "3/5 👍", R),
    _case("rating", "5 👍👎", R),
    _case("rating", "9/10 👍", R),
]


@pytest.mark.parametrize(
    ("question", "reply", "expected", "language"),
    [*DOUBT_AFTER_ASKING_BACK, *DOUBT_AFTER_ASKING_BACK_LOOK_ALIKES, *LATER_TO_ONESELF]
    + [*LATER_TO_ONESELF_LOOK_ALIKES, *LITTLE_WORSE, *LITTLE_WORSE_LOOK_ALIKES]
    + [*THUMBS_BESIDE, *THUMBS_BESIDE_LOOK_ALIKES],
)
def test_round27_kinds(question: str, reply: str, expected: object, language: str) -> None:
    check(question, reply, expected, language)
