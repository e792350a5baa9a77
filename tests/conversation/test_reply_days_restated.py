"""A wait told twice in two units ("two months, 60 days exactly") is one wait, not two to add up;
parts of one wait ("1 week 2 days") still add up, and two different waits are asked again.
Phrasings of our own, both ways; the learned fallback is off, so the rules alone are tested."""

from __future__ import annotations

import pytest

from tests.conversation.reply_cases import R, check, rules_alone
from tests.conversation.reply_cases import case as _case

pytestmark = pytest.mark.usefixtures(rules_alone.__name__)

CASES = [
    # the same wait in another unit: read once
    _case("waited", "two months, 60 days exactly", 60),
    _case("waited", "a fortnight, 14 days", 14),
    _case("waited", "1 week (7 days)", 7),
    _case("waited", "3 weeks, 21 days to be exact", 21),
    # parts of one wait, largest unit first: added up, as before
    _case("waited", "1 week 2 days", 9),
    _case("waited", "a month and 3 days", 33),
    # two different waits: asked again, as before
    _case("waited", "4 days then a week", R),
    _case("waited", "a week, then 7 days more for the part", R),
]


@pytest.mark.parametrize(("question", "reply", "expected", "language"), CASES)
def test_a_wait_restated_in_another_unit_is_one_wait(
    question: str, reply: str, expected: object, language: str
) -> None:
    check(question, reply, expected, language)
