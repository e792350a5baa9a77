"""Round twenty-two: misreads the development sets showed, closed by kind (issue 19). A missed call
that names no caller ("missed call, no message"), praise opened by a mock "oh" and vouched for by a
lone "really", a "but" left hanging, a "not sure" beside a yes, three answers with a "well" between
the first two, Welsh "am nawr" (for now); faint praise ("ok, nothing special", the middle) and Welsh
"rhan fwyaf" (most of it); a grade, then what another would have taken ("Three. Would've been four
if...") and how long a wait felt after how long it was ("3 days, but felt like 3 years"); a "not sure" or
a shrugged "maybe?" before what it depends on.
Phrasings of our own, both ways.

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
    # "nothing special" beside a strong grade, or a poor one: which?
    _case("overall", "excellent, nothing special", R),
    _case("overall", "poor, nothing special", R),
    # a grade it would give, with no grade given
    _case("rating", "would've been a 4 if anyone had rung", R),
    # how long it felt, with no wait told
    _case("waited", "forever, felt like a month", R),
    # "depends" with no doubt, or a question after the shrug
    _case("still_need", "depends on the next letter", R),
    _case("still_need", "maybe? what do you mean by help", R),
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
    # faint praise: "ok" and "nothing special" is the middle; "good" and "nothing special" is good
    _case("overall", "it was fine, nothing special", 3),
    _case("overall", "okay i suppose. nothing special either way", 3),
    _case("overall", "Iawn, dim byd arbennig", 3, "cy"),
    _case("rating", "ok nothing special", 3),
    _case("overall", "quite good, nothing special", 2),
    _case("overall", "Da, dim byd sbesial", 2, "cy"),
    _case("overall", "dim byd sbesial", 3, "cy"),
    # Welsh "most of it" to "when you needed it?" is partly, as "mostly" is
    _case("timely", "do, y rhan fwyaf", 2, "cy"),
    # a grade, then what another grade would have taken: the grade given stands
    _case("rating", "Two. Would've been three if anyone had rung", 2),
    _case("rating", "a fair 3 could've been 4 if the letter came", 3),
    _case("rating", "3/5 wouldve been 4 if they were quicker", 3),
    _case("rating", "4 out of 5, would of been 5 if the van came", 4),
    # how long the wait felt, after how long it was
    _case("waited", "5 days but it felt like 5 weeks", 5),
    _case("waited", "Two weeks exactly. Felt like a month!", 14),
    # a doubt, then what it depends on, is the doubt: "not sure" and a shrugged "maybe?" too
    _case("still_need", "not sure, depends on the next letter", 3),
    _case("still_need", "I don't know, depends how the op goes", 3),
    _case("still_need", "maybe? depends on the assessment", 3),
]


@pytest.mark.parametrize(("question", "reply", "expected", "language"), ASKED_AGAIN + UNDERSTOOD)
def test_round22(question: str, reply: str, expected: object, language: str) -> None:
    check(question, reply, expected, language)
