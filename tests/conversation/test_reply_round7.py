"""Round seven of issue 19: the kinds set I (a new writer's development set) misread or re-asked,
each with phrasings not in set I and not in the table, and the look-alikes that must still be asked again.

The learned fallback is switched off: what is tested is the rules alone. `R` means ask again.
"""

from __future__ import annotations

import pytest

from tests.conversation.reply_cases import R, check, rules_alone
from tests.conversation.reply_cases import case as _case

pytestmark = pytest.mark.usefixtures(rules_alone.__name__)


WAS_MISREAD = [
    # praise with an upside-down or unamused face, or pointing at what is still wrong, is irony
    _case("changed", "so much better, the damp's back in the kitchen 🙃", R),
    _case("overall", "fab service 🙃", R),
    _case("resolved", "yeah all fixed, which is why the roof still leaks", R),
    _case("contacted", "yes they called, that's why I've not heard a thing", R),
    _case("resolved", "all fixed, that's why I said thank you", "yes"),  # nothing still wrong
    # Welsh "neu" joins two numbers as "or" does; mutated number words are numbers
    _case("rating", "tri neu bedwar", R, "cy"),
    _case("rating", "pedwar neu bump", R, "cy"),
    _case("rating", "dau neu dri plis", R),
    _case("waited", "dau neu dri diwrnod", R, "cy"),
    _case("waited", "tair wythnos", 21, "cy"),
    _case("waited", "dros dair wythnos", R, "cy"),  # "over three weeks"
    _case("waited", "bron i bythefnos", R, "cy"),  # "nearly a fortnight"
    # "only half" after a yes is partly, where the question has it
    _case("resolved", "sorted only half", "partly"),
    _case("resolved", "it got fixed just partly", "partly"),
    _case("timely", "yes only half", 2),
    _case("rating", "bump", R),  # a mutated number is never said alone in English
    _case("contacted", "rang only half", R),  # no partly to store
]


@pytest.mark.parametrize(("question", "reply", "expected", "language"), WAS_MISREAD)
def test_round7_was_misread(question: str, reply: str, expected: object, language: str) -> None:
    check(question, reply, expected, language)


WAS_REASKED = [
    # misspelt option words
    _case("overall", "v pour", 5),
    _case("overall", "pour", 4),
    _case("listened", "definatly yes", 1),
    _case("still_need", "definetly still need help", 1),
    _case("still_need", "i still need help with the forms", 1),
    # a denial of the phrase, not a yes: the No of "do you need more help?" (round thirteen)
    _case("still_need", "i don't need more help", 2),
    # idioms: care taken, asking for no more, "a tad", flat refusals
    _case("listened", "really carefully thank you", 1),
    _case("listened", "yes, very attentively", 1),
    _case("what_matters", "could not have wished for more", 1),
    _case("strengths", "only a tad", 2),
    _case("resolved", "not in a million years", "no"),
    _case("contacted", "not on your life", "no"),
    # an answer with a warm word about the caller: a yes/no question has no grades to doubt
    _case("contacted", "yes, a really lovely man rang me", "yes"),
    _case("overall", "very satisfactory", R),  # a graded question still asks: Good, or Very good?
    # a yes that only says it came late
    # round eleven: a yes the resident had to chase is a reservation, not only lateness; where the
    # question has no partly it is asked again (a late yes, "yes but it took weeks", stays yes)
    _case("contacted", "yes but only after I rang them twice", R),
    _case("resolved", "yes but only after a complaint", "partly"),
    _case("contacted", "yes but only after that nobody rang", R),
    # "still the same" where the question has no "same" is a no, beside a no only
    _case("resolved", "no, still the same as before", "no"),
    _case("resolved", "yes still the same", R),
    # a doubt said with a question mark is a doubt, not a question back
    _case("still_need", "perhaps?", 3),
    _case("strengths", "idk, possibly?", 4),
    _case("overall", "maybe good?", R),
    _case("overall", "why?", R),
    # Welsh: "the same", "not sure", a correction with "arhoswch" (wait)
    _case("changed", "yr un fath", 2, "cy"),
    _case("changed", "'run peth a cynt", 2),
    _case("strengths", "sain siwr", 4, "cy"),
    _case("contacted", "naddo... arhosa, do", "yes", "cy"),
    _case("waited", "yr un dydd", 0, "cy"),
    _case("waited", "un diwrnod", 1, "cy"),
    # a wait told as two days of one month
    _case("waited", "rang on the 1st, they came round on the 15th", 14),
    _case("waited", "rang on the 12th and came on the 2nd", R),
    _case("waited", "from the 3rd of march to the 2nd of april", 30),  # round eight counts named months
    _case("waited", "nearly 2 weeks, rang on the 1st and they came on the 13th", R),
]


@pytest.mark.parametrize(("question", "reply", "expected", "language"), WAS_REASKED)
def test_round7_was_reasked(question: str, reply: str, expected: object, language: str) -> None:
    check(question, reply, expected, language)
