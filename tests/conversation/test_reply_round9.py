"""Round nine of issue 19: the kinds set K (outside writers' development set) misread or re-asked,
each with phrasings not in set K and not in the table, and the look-alikes that must still be asked
again; and the product's decision on a split answer about two parts of one matter.

The learned fallback is switched off: what is tested is the rules alone. `R` means ask again.
"""

from __future__ import annotations

import pytest

from tests.conversation.reply_cases import R, check, rules_alone
from tests.conversation.reply_cases import case as _case

pytestmark = pytest.mark.usefixtures(rules_alone.__name__)


WAS_MISREAD = [
    # praise redefined as the complaint: "sorted, if by sorted you mean ..."
    _case("resolved", "fixed alright, if by fixed you mean taped over", R),
    _case("timely", "oh yes, if by help you mean a leaflet", R),
    # a question handed back for the council to answer
    _case("timely", "my mum's still on the floor, what do you reckon", R),
    _case("resolved", "four months and counting, what would you say", R),
    _case("resolved", "yes, thank you", "yes"),
    # a day of the month is not a count of days
    _case("waited", "since the 14th", R),
    _case("waited", "from the 2nd", R),
    _case("waited", "since the first of june", R),
    _case("waited", "14 days", 14),
    _case("waited", "from the 3rd to the 10th", 7),
    # a question about the question is asked again, not read as "not sure"
    _case("listened", "no idea what you're driving at", R),
    _case("overall", "unsure what this is getting at tbh", R),
    _case("changed", "not sure what you're on about", R),
    _case("changed", "not sure", 4),
]


@pytest.mark.parametrize(("question", "reply", "expected", "language"), WAS_MISREAD)
def test_round9_was_misread(question: str, reply: str, expected: object, language: str) -> None:
    check(question, reply, expected, language)


SPLIT_ANSWERS = [
    # two parts of one matter: partly where the question has it, asked again where it has none
    _case("resolved", "the leak yes, the mould no", "partly"),
    _case("timely", "yes to the grant, no to the ramp", 2),
    _case("timely", "the letters yes but the visit no", 2),
    _case("contacted", "the email yes, the phone call no", R),
    _case("overall", "the repair yes, the paperwork no", R),
    # two people: always asked again
    _case("resolved", "my flat yes, my son no", R),
    _case("timely", "yes for me, no for my husband", R),
    _case("listened", "the nurse yes, the doctor no", R),
    _case("resolved", "the first one yes, the other one no", R),
]


@pytest.mark.parametrize(("question", "reply", "expected", "language"), SPLIT_ANSWERS)
def test_round9_split_answers(question: str, reply: str, expected: object, language: str) -> None:
    check(question, reply, expected, language)
