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


WAS_REASKED = [
    # a clear answer, then its reason or a story that holds no competing answer
    _case("changed", "much worse, they stopped my day centre", 3),
    _case("changed", "better, the new carer comes every morning", 1),
    _case("timely", "no, still waiting on the occupational therapist", 3),
    _case("contacted", "yes, spoke to a man called Dave about the form", "yes"),
    _case("still_need", "yes please the stairlift still isn't working", 1),
    _case("still_need", "yeah the rail is still hanging off the wall", 1),
    # look-alikes: the rest holds another answer, a reservation, irony, someone else or a complaint
    _case("timely", "yes, they never sent the form", R),
    _case("resolved", "yes, the window still won't shut", R),
    _case("changed", "better, he says worse", R),
    _case("changed", "better, my daughter thinks otherwise", R),
    _case("overall", "good, the manager was horrible to me", R),
    _case("overall", "poor-ish to be honest", R),
    _case("overall", "good af to be honest", R),
    _case("resolved", "no idea", R),
    _case("resolved", "yes for now, we'll see how it goes", R),
    # "definitely" stresses an answer that is not a yes
    _case("changed", "definitely better", 1),
    _case("changed", "absolutely worse than before", 3),
    _case("timely", "definitely not", 3),
    # a denied need, said formally, without apostrophes, or with a double negative
    _case("timely", "did not require any help, only phoning to tell you", 4),
    _case("timely", "didnt need it thanks", 4),
    _case("timely", "no, didn't need nothing", 4),
    _case("timely", "no", 3),
    # "not much" after "a bit" agrees with it; alone it is asked again
    _case("strengths", "a little, not much", 2),
    _case("strengths", "not much", R),
    # idioms: progress, much, part of it, who knows, a need said as wanting a hand
    _case("changed", "moving in the right direction", 1),
    _case("changed", "on the right track now", 1),
    _case("listened", "a huge amount", 1),
    _case("what_matters", "parts of it", 2),
    _case("changed", "who knows really", 4),
    _case("still_need", "could use some help with the garden", 1),
    _case("still_need", "urgently", 1),
    _case("timely", "urgently", R),  # a need said where the question asks about help received
    _case("overall", "mustn't grumble", R),  # C asks again: not a grade
    _case("changed", "mustn't grumble, a bit better", 1),
    # a hedged yes, a misspelt partly, "the sam"
    _case("strengths", "yeah-ish", 2),
    _case("contacted", "yes-ish", R),  # no partly to store
    _case("resolved", "parshally", "partly"),
    _case("changed", "pretty much the sam", 2),
    # a low grade, "and that's being generous" (round 21: 2 too, as six natural rows of P, W and X
    # label it; the middle is still asked again); a question offering the truth
    _case("rating", "1 - and I'm being generous", 1),
    _case("rating", "2, and that's being generous", 2),
    _case("rating", "3, and that's being generous", R),
    _case("changed", "you want the truth? worse", 3),
    # one thing talked about and another not, or one part in time and another late: partly
    _case("what_matters", "we covered the money but nothing on my mobility", 2),
    _case("strengths", "talked about the cooking but not about my driving", 2),
    _case("timely", "had the assessment quick but the equipment took two months", 2),
    _case("timely", "got the assessment but the equipment never came", 3),  # as before: a no
    _case("listened", "she went through everything with me", 1),
    _case("listened", "he talked but not about my leg", R),  # talking is not talking about something
    # a large amount said to be less than hoped is not "a lot"
    _case("listened", "a great deal less than I expected", R),
    _case("strengths", "a lot less than last time", R),
    _case("listened", "a lot", 1),
    # texted "are" and "for now": a provisional no still answers "do you need more help?"
    _case("still_need", "im fine 4 now", 2),
    _case("still_need", "yes 4 now", R),  # a provisional yes is asked again, as "yes for now"
    # Welsh texting: "not really", "dunno", "the same" without the apostrophe
    _case("strengths", "ddim wir", 3, "cy"),
    _case("changed", "dwn i", 4, "cy"),
    _case("changed", "mae r un fath", 2, "cy"),
]


@pytest.mark.parametrize(("question", "reply", "expected", "language"), WAS_REASKED)
def test_round9_was_reasked(question: str, reply: str, expected: object, language: str) -> None:
    check(question, reply, expected, language)
