"""Misreads set Y's first reading found, closed by kind (issue 19): a number that is only what a
grade is out of ("out of five, four"; "for out of five", four misheard), "one" as a pronoun ("the
middle one", "that one"), and a yes and a no each left in doubt ("maybe yes maybe no") or barely set
against each other ("do ond na hefyd"), and two people's answers told as what each said ("she said
yes, the worker said no"). Phrasings of our own, both ways.

The learned fallback is switched off: what is tested is the rules alone. `R` means ask again.
"""

from __future__ import annotations

import pytest

from tests.conversation.reply_cases import R, check, rules_alone
from tests.conversation.reply_cases import case as _case

pytestmark = pytest.mark.usefixtures(rules_alone.__name__)

ASKED_AGAIN = [
    # "one" after an adjective or determiner is a pronoun: which point is "the top one"?
    _case("rating", "the middle one", R),
    _case("rating", "top one i reckon", R),
    _case("rating", "that one", R),
    # a yes and a no, each in doubt, or a bare "yes but no"
    _case("listened", "perhaps yes perhaps no", R),
    _case("strengths", "dunno, maybe yeah maybe nah", R),
    _case("contacted", "maybe yes maybe no, can't remember", R),
    _case("listened", "ie ond na", R, "cy"),
    _case("what_matters", "do ond naddo hefyd", R, "cy"),
    # two people's answers told as what each said: which one is the resident's?
    _case("strengths", "he said yes the nurse said no", R),
    _case("listened", "mum says yes dad says no", R),
]

UNDERSTOOD = [
    # the denominator is never the grade, whichever side of it the grade is
    _case("rating", "out of five i'd give four", 4),
    _case("rating", "out of 5, 2", 2),
    _case("rating", "3 out of five", 3),
    # a homophone of four or two before "out of"
    _case("rating", "for out of 5", 4),
    _case("rating", "to out of five tbh", 2),
    # "for out of hours" is the out-of-hours service, not a four
    _case("waited", "3 days, had to ring for out of hours", 3),
    _case("rating", "had to ring for out of hours, 2", 2),
    # "one" as the number still counts
    _case("rating", "one", 1),
    _case("rating", "one star", 1),
    _case("rating", "one out of five", 1),
    _case("waited", "for one week", 7),
    # a yes for one part but a no for another is partly where there is one; a bare "yes and no" names
    # no part, and is asked again
    _case("timely", "yes and no", R),
    _case("resolved", "the roof yes but the drains no", "partly"),
    # what one person said, alone, is still the answer
    _case("contacted", "my husband says yes they rang", "yes"),
    _case("resolved", "she said no", "no"),
]


@pytest.mark.parametrize(("question", "reply", "expected", "language"), ASKED_AGAIN + UNDERSTOOD)
def test_numbers_and_sides(question: str, reply: str, expected: object, language: str) -> None:
    check(question, reply, expected, language)
