"""Round six of issue 19: the kinds a new writer's set H misread or re-asked (described, not shown),
each with phrasings in no set and not in the table, and the look-alikes that must still be asked again.

The learned fallback is switched off: what is tested is the rules alone. `R` means ask again.
"""

from __future__ import annotations

import pytest

from tests.conversation.reply_cases import R, check, rules_alone
from tests.conversation.reply_cases import case as _case

pytestmark = pytest.mark.usefixtures(rules_alone.__name__)


WAS_MISREAD = [
    # a Welsh hedge beside a yes is partly, as "yes, to a degree" is (it was stored as the full yes)
    _case("resolved", "ydw, i ryw raddau", "partly"),
    _case("resolved", "ie mewn rhyw ffordd", "partly", "cy"),
    _case("timely", "do, bron iawn", 2, "cy"),
    _case("listened", "do ond ddim yn hollol", 2),
    _case("contacted", "do i raddau", R),  # no partly to store
    # "and a half" adds half the unit when that is a whole number of days (it stored the whole unit)
    _case("waited", "tua mis a hanner", 45, "cy"),
    _case("waited", "two months and a half", 75),
    _case("waited", "a week & a half", R),
    _case("waited", "year and a half", R),
    _case("waited", "half a month", R),
    _case("waited", "deuddeng niwrnod", 12),  # mutated after the number
    _case("waited", "deunaw diwrnod", 18),
    _case("waited", "ugain diwrnod", 20, "cy"),
    # a call told as what happened is a yes; what was missing beside it is not a no
    _case("contacted", "he phoned while i was at the doctor's, didn't leave a message", "yes"),
    _case("contacted", "they called twice, i never picked up", "yes"),
    _case("contacted", "she did call, left no message though", "yes"),
    _case("contacted", "someone called but I missed it", R),  # us, or someone else?
    _case("contacted", "they rang my neighbour", R),
    _case("contacted", "nobody rang and there was no message", "no"),
    _case("contacted", "never got a call", "no"),
    # two parts of one matter answered apart are partly (decided in round nine); one matter half
    # done is partly too
    _case("resolved", "the fence yes, the gutters no", "partly"),
    _case("timely", "the grant yes, the adaptations no", 2),
    _case("resolved", "some yes some no", "partly"),
    _case("resolved", "got the forms but not the visit", "partly"),
    # "nothing" before a label denies it
    _case("resolved", "nothing's been done", "no"),
    _case("resolved", "nowt sorted", "no"),
    _case("overall", "nothing good", R),
]

WAS_REASKED = [
    # an idiom with its small words left out or added
    _case("listened", "in one ear out other", 3),
    _case("listened", "talking to brick wall", 3),
    _case("overall", "complete waste of space", 5),
    # a misspelt degree word keeps its degree; letters left out are the likelier slip
    _case("overall", "extreemly good", 1),
    _case("overall", "realy poor", 5),
    _case("overall", "brillint", 1),
    # an intensifier that VADER scores as blame ("bloody") does not make praise mixed
    _case("overall", "bloody marvellous", 1),
    _case("overall", "lovely staff, bloody awful wait", R),  # still mixed
    # a question the resident asks themselves, then the answer
    _case("overall", "overall? very good", 1),
    _case("overall", "what? good", R),
    _case("overall", "good?", R),
    # Welsh number words beside a Welsh unit, in an English conversation
    _case("waited", "deg diwrnod", 10),
    _case("waited", "saith wythnos", 49),
]


@pytest.mark.parametrize(("question", "reply", "expected", "language"), WAS_MISREAD + WAS_REASKED)
def test_round_six_kinds(question: str, reply: str, expected: object, language: str) -> None:
    check(question, reply, expected, language)
