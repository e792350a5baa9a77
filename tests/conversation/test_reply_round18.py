"""Round eighteen of issue 19: re-asks removed by mechanism. A yes made whole ("yes, properly",
"every word") is the top of a question that grades its yes; dialect and second-language yes words
the lexicon lacked ("ess", Hindi and Urdu "haan", "bahut", "thoda sa", "pata nahi"); Welsh hedges
and grades ("rhywfaint", "dipyn bach", "gwael ofnadwy", "reit dda") and spoken Welsh units
("wsnos", "tridia", "pum diwrnod"); a singular unit that is the whole reply ("Month."); and "still
no <thing>" after a yes to "do you need more help?", which names what is missing, not a no. Each
kind in phrasings of our own, both ways: the plain reply understood, its conflicting twin asked
again (or read as before).

The learned fallback is switched off: what is tested is the rules alone. `R` means ask again.
"""

from __future__ import annotations

import pytest

from bot.conversation.reply_reasons import lacking
from tests.conversation.reply_cases import R, check, rules_alone
from tests.conversation.reply_cases import case as _case

pytestmark = pytest.mark.usefixtures(rules_alone.__name__)

UNDERSTOOD = [
    # a yes made whole: the top of a graded yes
    _case("listened", "yes properly, took her time", 1),
    _case("listened", "he truly listened to the lot", 1),
    _case("listened", "yeah he really listened", 1),
    _case("listened", "took in every single word", 1),
    _case("what_matters", "yes, every word", 1),
    _case("listened", "do yn sicr", 1, "cy"),
    # elsewhere a yes made whole is a plain yes
    _case("timely", "yes, properly", 1),
    _case("resolved", "do yn sicr", "yes", "cy"),
    # dialect and second-language yes and degree words
    _case("contacted", "ess, Tuesday", "yes"),
    _case("still_need", "ess please love", 1),
    _case("contacted", "haan ji, they rang", "yes"),
    _case("what_matters", "bahut, we covered everything", 1),
    _case("listened", "haan thoda", 2),
    _case("changed", "pata nahin", 4),
    # Welsh hedges and grades
    _case("listened", "rhywfaint, diolch", 2, "cy"),
    _case("strengths", "dipyn bach", 2, "cy"),
    _case("overall", "wael ofnadwy", 5, "cy"),
    _case("overall", "yn reit dda", 2, "cy"),
    _case("changed", "gwell o lawer", 1, "cy"),
    _case("still_need", "ydw diolch", 1, "cy"),
    # spoken Welsh units, and a unit that is the whole reply
    _case("waited", "wsnos", 7),
    _case("waited", "tridia", 3, "cy"),
    _case("waited", "chwe diwrnod", 6),
    _case("waited", "Month.", 30),
    _case("waited", "year!", 365),
    # what is still missing is the reason for a need
    _case("still_need", "yes pls, still no hot water upstairs", 1),
    _case("still_need", "Yes. Still no grab rail in the bath.", 1),
]

ASKED_AGAIN = [
    # a whole yes beside a turn, or a grade it cannot be
    _case("listened", "yes, but she didn't really listen", R),
    _case("listened", "not every word", R),
    _case("overall", "every word", R),
    _case("listened", "every single word was twisted", R),
    _case("changed", "really listened", R),
    _case("listened", "she really did", R),  # a lot, or just a yes?
    _case("listened", "do wir", R, "cy"),
    # the dialect words answer only what they answer
    _case("overall", "ess", R),
    _case("listened", "haan", R),  # yes, but a lot or a bit?
    _case("changed", "bahut", R),
    # a unit inside a sentence is not a wait of one
    _case("waited", "last week", R),
    _case("waited", "weeks", R),
    # "still no" that is the answer itself, or a need turned down
    _case("still_need", "yes please, still no", R),
    _case("still_need", "yes, still no heating, but my son sorted it", R),
    _case("contacted", "yes, still no heating", R),
]


@pytest.mark.parametrize(("question_id", "reply", "expected", "language"), UNDERSTOOD + ASKED_AGAIN)
def test_round18_reading(question_id: str, reply: str, expected: object, language: str) -> None:
    check(question_id, reply, expected, language)


def test_still_no_names_what_is_missing_only_before_a_word() -> None:
    assert lacking(["still", "no", "gas"]) == ["still", "without", "gas"]
    assert lacking(["still", "no", "."]) == ["still", "no", "."]
    assert lacking(["no", "gas"]) == ["no", "gas"]
