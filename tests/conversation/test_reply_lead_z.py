"""Misreads set Z showed, closed by kind (issue 19): a reply that opens by asking which ("which bit,
the repair or the advice?") is asked again before any answer word in it is read; spoken Welsh words
one slip from an answer word are meant as typed ("do, nath hi wrando": "nath", did, is not "nah";
"bo", that, is not "no" in a Welsh conversation, as "bo thank you" still is in English); Welsh
"(r)han ohono" (part of it) is partly; a yes to "did we …?" that wonders "or was that …" is asked
again. Phrasings of our own, both ways.

The learned fallback is switched off: what is tested is the rules alone. `R` means ask again.
"""

from __future__ import annotations

import pytest

from tests.conversation.reply_cases import R, check, rules_alone
from tests.conversation.reply_cases import case as _case

pytestmark = pytest.mark.usefixtures(rules_alone.__name__)

ASKED_AGAIN = [
    # opening by asking which, whatever answer words follow
    _case("resolved", "Which one, the leak or the mould?", R),
    _case("timely", "which bit do you mean, the form or the visit", R),
    _case("listened", "which lady, the first or the second? the first yes", R),
    _case("overall", "Pa un, y ffôn neu'r ymweliad?", R, "cy"),
    # spoken Welsh "did" is not "nah"; "bo" (that) is not "no" in Welsh
    _case("listened", "do, nath hi wrando", R, "cy"),
    # "or was that …": not sure it was us
    _case("contacted", "think so, or was that the GP surgery", R),
    _case("contacted", "yes, or was it the housing association", R),
]

UNDERSTOOD = [
    # "which" later in the reply is a relative word, not a question
    _case("rating", "4, which is good for them", 4),
    _case("contacted", "yes, which surprised me", "yes"),
    # the answers the Welsh words sit beside, and "bo" typed for "no" in English
    _case("listened", "naddo, nath hi ddim gwrando", 3, "cy"),
    _case("listened", "nah", 3),
    _case("still_need", "bo thank you", 2),
    # ... and a yes telling what was seen they can do is the top (round twenty-three), never "nah"
    _case("strengths", "do, nath o sylwi bo fi'n gallu garddio", 1, "cy"),
    # part of it, mutated or not
    _case("timely", "rhan ohono", 2, "cy"),
    _case("timely", "Mi ges i ran ohono", 2, "cy"),
    # a yes that names who it was
    _case("contacted", "yes, it was the housing officer", "yes"),
]


@pytest.mark.parametrize(("question", "reply", "expected", "language"), ASKED_AGAIN + UNDERSTOOD)
def test_set_z_kinds(question: str, reply: str, expected: object, language: str) -> None:
    check(question, reply, expected, language)
