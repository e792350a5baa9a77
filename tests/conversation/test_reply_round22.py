"""Round twenty-two: misreads the development sets showed, closed by kind (issue 19). A missed call
that names no caller ("missed call, no message"), praise opened by a mock "oh" and vouched for by a
lone "really", a "but" left hanging, a "not sure" beside a yes, three answers with a "well" between
the first two, and Welsh "am nawr" (for now). Phrasings of our own, both ways.

The learned fallback is switched off: what is tested is the rules alone. `R` means ask again.
"""

from __future__ import annotations

import pytest

from tests.conversation.reply_cases import R, check, rules_alone
from tests.conversation.reply_cases import case as _case

pytestmark = pytest.mark.usefixtures(rules_alone.__name__)

ASKED_AGAIN = [
    # a line in the phone's log: the caller may not have been us
    _case("contacted", "missed call, no voicemail", R),
    _case("contacted", "i had a missed call from a private number", R),
    _case("contacted", "perhaps, there was a missed call", R),
    # "oh" and praise, then a lone intensifier: deadpan
    _case("overall", "Oh wonderful. Really.", R),
    _case("overall", "oh yes, brilliant. truly.", R),
    # a "but" left hanging
    _case("timely", "yeah, but...", R),
    _case("listened", "Do, ond", R, "cy"),
    _case("rating", "4 but", R),
    # a "not sure" beside a yes
    _case("strengths", "I think so, not sure really", R),
    _case("listened", "yeah... not sure", R),
    # three answers, a "well" between the first two
    _case("resolved", "Yes. Well, no. Kind of.", R),
    _case("what_matters", "no. well a bit. maybe.", R),
    # Welsh "for now", as "yes for now" is
    _case("resolved", "Ydy, am nawr", R, "cy"),
    _case("resolved", "ydy am rwan", R, "cy"),
]

UNDERSTOOD = [
    # the caller named, or a yes said
    _case("contacted", "i missed your call while i was out", "yes"),
    _case("contacted", "they rang but I missed the call", "yes"),
    _case("contacted", "missed call from the council, no voicemail", "yes"),
    _case("contacted", "yes, missed call", "yes"),
    # praise with no deadpan, or a "really" that is part of the sentence
    _case("overall", "oh brilliant", 1),
    _case("overall", "Wonderful. Really helpful.", 1),
    # a "but" with what it sets against, and "a but" mistyped for "a bit"
    _case("timely", "yes but a month late", 2),
    _case("listened", "yes a but", 2),
    # "not sure" alone
    _case("strengths", "not sure", 4),
    _case("listened", "dunno", 4),
    # a take-back said again, taken back once more, or with a reason after it
    _case("strengths", "yes a lot. well, a bit. a bit.", 2),
    _case("timely", "yes. well no. well partly", 2),
    _case("strengths", "Yes. Well, a bit. Mostly they asked about the forms", 2),
    _case("changed", "Couldn't be worse. Well, it could. It did.", 3),
    # Welsh yes alone
    _case("resolved", "Ydy", "yes", "cy"),
]


@pytest.mark.parametrize(("question", "reply", "expected", "language"), ASKED_AGAIN + UNDERSTOOD)
def test_round22(question: str, reply: str, expected: object, language: str) -> None:
    check(question, reply, expected, language)
