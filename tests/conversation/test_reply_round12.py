"""Round twelve of issue 19: the kinds a person reads at once (Welsh not-sure and so-so, slang that
vouches for an answer, "is it 'eck", "a couple of days", "not as far as I know", a job nearly done)
and the misread kinds (anger alone, a correction that ends on a hedge, an eye-roll beside praise,
two people's matters). Each kind in phrasings of our own, both ways.

The learned fallback is switched off: what is tested is the rules alone. `R` means ask again.
"""

from __future__ import annotations

import pytest

from tests.conversation.reply_cases import R, check, rules_alone
from tests.conversation.reply_cases import case as _case

pytestmark = pytest.mark.usefixtures(rules_alone.__name__)

UNDERSTOOD = [
    # Welsh by kind: South and North "not sure", "don't know", so-so, a little bit
    _case("listened", "sa i'n siŵr", 4, "cy"),
    _case("listened", "sai'n siwr", 4),  # Welsh in an English conversation
    _case("what_matters", "dwi ddim yn siwr", 4, "cy"),
    _case("still_need", "ddim yn gwbod", 3),
    _case("strengths", "dwn i ddim", 4, "cy"),
    _case("overall", "gweddol", 3, "cy"),
    _case("overall", "go lew diolch", 3),
    _case("listened", "do, tipyn bach", 2, "cy"),
    # slang that vouches for the answer beside it is not a "no"
    _case("contacted", "no cap they rang", "yes"),
    _case("contacted", "deadass they called me back", "yes"),
    _case("listened", "no cap, a lot", 1),
    _case("contacted", "ooh arr, they did", "yes"),
    # North of England "certainly not", which is no question back
    _case("resolved", "is it 'eck, the damp's back", "no"),
    _case("contacted", "did they heck", "no"),
    _case("contacted", "not as far as i know", "no"),
    _case("contacted", "not that i know of", "no"),
    # a job nearly finished is partly done
    _case("resolved", "near enough, only the skirting left to paint", "partly"),
    _case("resolved", "nearly done", "partly"),
    # the product owner's rule: a couple of days is two
    _case("waited", "a couple of days", 2),
    _case("waited", "couple days", 2),
    # anger beside words or a number agrees with them
    _case("overall", "very poor 😡", 5),
    _case("rating", "1 😡", 1),
    # a correction with a marker and no hedge stands
    _case("rating", "3, no wait 4", 4),
]
ASKED_AGAIN = [
    # anger alone: angry, but at what?
    _case("overall", "😡", R),
    _case("overall", "🤬🤬", R),
    _case("rating", "😠 ta", R),
    _case("overall", "very good 😡", R),
    # a correction that ends on a hedge
    _case("rating", "3, no maybe 4", R),
    _case("overall", "good, sorry, perhaps very good", R),
    # an eye-roll beside praise may be irony; beside blame it agrees
    _case("rating", "5 🙄", R),
    _case("rating", "5/5 🙄🙄", R),
    # one person's matter sorted and another's not
    _case("resolved", "my son's is done but mine isn't", R),
    _case("resolved", "sorted for me, not for my wife", R),
    # "a couple" of anything longer stays a guess
    _case("waited", "a couple of weeks", R),
    _case("waited", "ages", R),
    # "is it" that is a question back stays one
    _case("resolved", "is it meant to be fixed?", R),
]


@pytest.mark.parametrize(("question", "reply", "expected", "language"), UNDERSTOOD + ASKED_AGAIN)
def test_round12_kinds(question: str, reply: str, expected: object, language: str) -> None:
    check(question, reply, expected, language)
