"""Round twenty-six (issue 19): misreads of the development sets, mended by kind so each is read as
meant or asked again. Phrasings of our own, both ways: the kind, and its look-alike that keeps its
reading.

The learned fallback is switched off: what is tested is the rules alone. `R` means ask again.
"""

from __future__ import annotations

import pytest

from tests.conversation.reply_cases import R, check, rules_alone
from tests.conversation.reply_cases import case as _case

pytestmark = pytest.mark.usefixtures(rules_alone.__name__)

# Praise or the top grade after a mock "oh", vouched for as a matter of course; Scots "aye right"
# said last; a joke taken back.
SARCASM = [
    _case("overall", "oh wonderful, as usual", R),
    _case("overall", "Oh fantastic. As always.", R),
    _case("rating", "oh five, naturally", R),
    _case("rating", "Oh the top mark, of course", R),
    _case("resolved", "fixed? aye right", R),
    _case("resolved", "all sorted, aye right", R),
    _case("listened", "listened to me? aye right", R),
    _case("overall", "worst ever jk it was ok", R),
    _case("overall", "just kidding, it was terrible", R),
]
SARCASM_LOOK_ALIKES = [
    _case("rating", "five, obviously", 5),
    _case("overall", "fantastic as always", 1),
    _case("overall", "oh good thanks", 2),
    _case("timely", "aye right on time", 1),
    _case("resolved", "aye, right away", "yes"),
]

# A thumbs-up beside a thumbs-down or an angry face is both answers.
THUMBS = [
    _case("rating", "👎👍", R),
    _case("overall", "👍 👎", R),
    _case("overall", "👍😠", R),
]
THUMBS_LOOK_ALIKES = [
    _case("overall", "👍", 2),
    _case("rating", "😊👍", 4),
]

# Welsh said with a word its label lacks: "not completely sure", "neither good nor bad" with "drwg",
# and "what do you mean" without a question mark.
WELSH = [
    _case("listened", "dwi ddim yn hollol siwr", 4, "cy"),
    _case("still_need", "ddim yn hollol sicr", 3, "cy"),
    _case("overall", "dim yn dda nac yn ddrwg", 3, "cy"),
    _case("overall", "Wel, ddim yn dda nac yn ddrwg", 3, "cy"),
    _case("strengths", "dim syniad be ti'n feddwl", R, "cy"),
    _case("what_matters", "sori, beth ydych chi'n ei feddwl", R, "cy"),
]
WELSH_LOOK_ALIKES = [
    _case("listened", "ddim yn hollol", 2, "cy"),
    _case("overall", "ddim yn dda", 4, "cy"),
    _case("strengths", "ddim yn gwybod", 4, "cy"),
]

# "big" is a lot, never "bit" mistyped; "no idea" mistyped is still not knowing.
SLIPS = [
    _case("strengths", "a big yes from me", R),
    _case("what_matters", "they made a big fuss of what I wanted", R),
    _case("still_need", "no ideea", 3),
    _case("still_need", "no idae", 3),
]
SLIPS_LOOK_ALIKES = [
    _case("listened", "yes a bif", 2),
    _case("listened", "yes big time", 1),
    _case("still_need", "no", 2),
]

# One part put right and another left, joined by "but", put right by stopping, or left waiting: partly.
PARTS = [
    _case("resolved", "the drip stopped but the shower still broken", "partly"),
    _case("resolved", "The noise is stop but the heater still broken", "partly"),
    _case("resolved", "front gate done, still waiting for the back fence", "partly"),
]
PARTS_LOOK_ALIKES = [
    _case("resolved", "the drip stopped but now the boiler is broken", R),
    _case("resolved", "it stopped but still dripping", R),
    _case("resolved", "no, still waiting on the plumber", "no"),
]

# "You do the maths" hands the sum back: its "do" is no yes.
SUMS = [
    _case("timely", "asked in may, nothing till august, you do the maths", R),
    _case("timely", "rang in april, help came in july. do the math", R),
]
SUMS_LOOK_ALIKES = [_case("timely", "yes i did", 1)]

# "some" then a no is two answers, where "some" alone is the partly choice.
SOME_THEN_NO = [
    _case("what_matters", "some, nope", R),
    _case("strengths", "Some. Nah.", R),
]
SOME_LOOK_ALIKES = [_case("what_matters", "some, yep", 2)]


@pytest.mark.parametrize(
    ("question", "reply", "expected", "language"),
    [*SARCASM, *SARCASM_LOOK_ALIKES, *THUMBS, *THUMBS_LOOK_ALIKES, *WELSH, *WELSH_LOOK_ALIKES]
    + [*SLIPS, *SLIPS_LOOK_ALIKES, *PARTS, *PARTS_LOOK_ALIKES, *SUMS, *SUMS_LOOK_ALIKES]
    + [*SOME_THEN_NO, *SOME_LOOK_ALIKES],
)
def test_round26_kinds(question: str, reply: str, expected: object, language: str) -> None:
    check(question, reply, expected, language)
