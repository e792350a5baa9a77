"""Round twenty-five (issue 19): a bare "Some." (or "some, yes") to a question whose choices have a
partly ("Yes, a bit") is that choice; "some" inside a longer reply is left to the rest of the rules.
Phrasings of our own, both ways.

The learned fallback is switched off: what is tested is the rules alone. `R` means ask again.
"""

from __future__ import annotations

import pytest

from tests.conversation.reply_cases import R, check, rules_alone
from tests.conversation.reply_cases import case as _case

pytestmark = pytest.mark.usefixtures(rules_alone.__name__)

UNDERSTOOD = [
    _case("listened", "some", 2),
    _case("what_matters", "Some!", 2),
    _case("strengths", "some yes", 2),
    _case("listened", "Some, yeah.", 2),
    # a bare "some" first, then a reason naming no other answer
    _case("strengths", "Some. They asked about my garden.", 2),
    # "and then some" is still a lot
    _case("listened", "they did and then some", 1),
]

ASKED_AGAIN = [
    # a second answer beside it, or a hedge after it, is not a bare "some"
    _case("what_matters", "some, not much", R),
    _case("listened", "some, I suppose", R),
    # a question with no partly among its choices
    _case("overall", "some", R),
]


@pytest.mark.parametrize(("question", "reply", "expected", "language"), UNDERSTOOD + ASKED_AGAIN)
def test_round25_kinds(question: str, reply: str, expected: object, language: str) -> None:
    check(question, reply, expected, language)
