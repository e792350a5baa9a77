"""Round fourteen of issue 19: a clear answer said first and then its reason (whose words hold other
cues), a corrected answer followed by its reason, rights language, "well well", a need put off to
later, and the misread kinds (emoji with no settled sense, cheering beside a plain yes, praise closing
a complaint of chasing, a half star, a year, Welsh yes-and-no with "depends", "finally" as relief, an
exception after "I'm fine"). Each kind in phrasings of our own, both ways.

The learned fallback is switched off: what is tested is the rules alone. `R` means ask again.
"""

from __future__ import annotations

import pytest

from bot.conversation import reply_emoji, reply_leading
from bot.conversation.answers import tokenize
from tests.conversation.reply_cases import R, check, rules_alone
from tests.conversation.reply_cases import case as _case

pytestmark = pytest.mark.usefixtures(rules_alone.__name__)

UNDERSTOOD = [
    # the answer as its own first sentence, then a reason holding "no", "nobody", a number, a person
    _case("overall", "Dreadful. Nobody phoned the care home to say she was coming", 5),
    _case("overall", "Poor - no one passed the message to my key worker", 4),
    _case("rating", "1. the bathroom still has no light", 1),
    _case("rating", "5. no fuss, sorted it the same morning", 5),
    _case("changed", "Worse. No income at all since March", 3),
    _case("listened", "no. not once did she look at me", 3),
    # a correction, then the reason for the corrected answer
    _case("overall", "good. actually no, poor, the form they promised never arrived", 4),
    _case("changed", "better. wait no, worse, my day centre shut", 3),
    _case("resolved", "yes. wait no, the boiler's off again", "no"),
    # rights language said plainly
    _case("resolved", "The complaint has not been resolved.", "no"),
    _case("timely", "The target timescale was not met.", 3),
    _case("strengths", "They were required to. They did not.", 3),
    _case("changed", "no better, no worse", 2),
    _case("changed", "Worse. No, that's unfair, about the same", 2),
    # a doubled "well" is "very well"; a "not now" put off to later is no
    _case("listened", "the nurse hear me well well", 1),
    _case("still_need", "not at the minute, ask me again after the operation", 2),
    # a yes narrowed at its end; relief is no lateness
    _case("listened", "Yes, she asked about the dog. Only a little though.", 2),
    _case("resolved", "Yes. The rail is up so I can finally have a shower", "yes"),
    # Welsh yes-and-no, even where the question has a partly: which part? (asked again since set AB)
    _case("resolved", "ia a na", R, "cy"),
    # emoji a person reads at once stay read
    _case("overall", "😀👍", 2),
    _case("rating", "😐", 3),
    _case("rating", "⭐⭐", 2),
    _case("listened", "💯", 1),
    # misspelt four
    _case("rating", "fowr", 4),
]

ASKED_AGAIN = [
    # the rest turns, takes back or contradicts the answer said first
    _case("resolved", "Yes. The damp is still coming through", R),
    _case("overall", "I'm not really sure how to put it. Some was good and some wasn't", R),
    # a lone emoji no question lists, two that disagree, a middling face off a graded question
    _case("strengths", "🤔", R),
    _case("timely", "⌛❌", R),
    _case("listened", "🤷🙂", R),
    _case("changed", "😐", R),
    _case("still_need", "👌", R),
    # cheering beside a plain yes on a four-way question (a plain yes there is asked again)
    _case("what_matters", "🎉🎉 yes", R),
    # praise closing a complaint of chasing; stars with a half; a year as a wait
    _case("overall", "Five phone calls and a letter to my councillor before anyone came. Gold star.", R),
    _case("rating", "⭐⭐⭐⭐ and a half", R),
    _case("waited", "since 2016", R),
    # Welsh yes-and-no with "depends"; an exception after "I'm fine" to a need
    _case("timely", "do a naddo, mae'n dibynnu", R, "cy"),
    _case("still_need", "all fine except the back door", R),
    # "yes mostly": a lot or a bit? (set5 asks again)
    _case("listened", "yes mostly", R),
]


@pytest.mark.parametrize(("question", "reply", "expected", "language"), UNDERSTOOD + ASKED_AGAIN)
def test_round14_kinds(question: str, reply: str, expected: object, language: str) -> None:
    check(question, reply, expected, language)


def test_a_reason_agrees_only_on_its_own_side() -> None:
    complaint = tokenize("nobody rang back")
    assert reply_leading.reason_agrees(complaint, -1)
    assert not reply_leading.reason_agrees(complaint, 1)
    praise = tokenize("nothing was too much trouble")
    assert reply_leading.reason_agrees(praise, 1)


def test_a_turned_rest_is_no_reason() -> None:
    assert reply_leading.turned(tokenize("only the wait was long"))
    assert reply_leading.turned(tokenize("no, the same"))
    assert not reply_leading.turned(tokenize("no one came"))


def test_cheered_yes_needs_cheering_and_only_a_yes() -> None:
    assert reply_emoji.cheered_yes(tokenize("🙌 yesss")) == ["yesss"]
    assert reply_emoji.cheered_yes(tokenize("yes a lot 🙌")) is None
    assert reply_emoji.cheered_yes(tokenize("yes")) is None
