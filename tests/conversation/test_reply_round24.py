"""Round twenty-four (issue 19): re-asks a person would not need, closed by kind. Not knowing said
in words the lexicon lacked ("couldn't rightly say", the learner's "I not know", Scots "I'm no sure",
"can't say either way", "all a bit of a blur") is Not sure; "either" is never mended to "neither";
no help wanted said with "actually" inside it or as not being "after" any is "I did not need any";
a point said first, then a grade word a point off leaning the same way ("1. Poor") is the point.
Phrasings of our own, both ways.

The learned fallback is switched off: what is tested is the rules alone. `R` means ask again.
"""

from __future__ import annotations

import pytest

from tests.conversation.reply_cases import R, check, rules_alone
from tests.conversation.reply_cases import case as _case

pytestmark = pytest.mark.usefixtures(rules_alone.__name__)

UNDERSTOOD = [
    # not knowing, in words the lexicon lacked
    _case("strengths", "can't rightly say", 4),
    _case("listened", "I don't rightly know love", 4),
    _case("what_matters", "I not know, sorry", 4),
    _case("listened", "I'm no sure", 4),
    _case("strengths", "not sure, could go either way", 4),
    _case("what_matters", "couldn't say either way to be honest", 4),
    _case("listened", "not sure, the whole day's all a bit of a blur", 4),
    # "either" is a word of its own, not "neither" short of a letter
    _case("listened", "yes, a lot. didn't hurry me either.", 1),
    # no help wanted, said in other words
    _case("timely", "I didn't actually need anything, I was ringing for my mum", 4),
    _case("timely", "wasn't after any help, only a phone number", 4),
    _case("timely", "was not after anything, just a question", 4),
    # a point said first, a word a point off leaning its way
    _case("rating", "1. Poor.", 1),
    _case("rating", "five, good", 5),
    _case("rating", "Pump. Da.", 5, "cy"),
]

ASKED_AGAIN = [
    # a yes beside the doubt is still two answers
    _case("listened", "yes, I don't rightly know", R),
    _case("what_matters", "I not know, maybe yes", R),
    # a blur with no answer in it says nothing either way
    _case("listened", "it was all a bit of a blur", R),
    # the word leans the other way, or a "but" follows it
    _case("rating", "4. Poor", R),
    _case("rating", "2, good", R),
    _case("rating", "1. Poor but friendly", R),
]


@pytest.mark.parametrize(("question", "reply", "expected", "language"), UNDERSTOOD + ASKED_AGAIN)
def test_round24_kinds(question: str, reply: str, expected: object, language: str) -> None:
    check(question, reply, expected, language)
