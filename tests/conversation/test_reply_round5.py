"""Round five of issue 19: the lead's two labelling decisions and the kinds a new writer's set G
re-asked, each with phrasings in no set, and the look-alikes that must still be asked again.

The learned fallback is switched off: what is tested is the rules alone. `R` means ask again.
"""

from __future__ import annotations

import pytest

from bot.conversation.answers import Parsed, parse_answer
from settings import Question
from tests.conversation.reply_cases import R, check, rules_alone
from tests.conversation.reply_cases import case as _case

pytestmark = pytest.mark.usefixtures(rules_alone.__name__)


SELF_CORRECTIONS = [
    # an explicit marker, then a clear answer: the answer after it
    _case("overall", "poor, hang on, very good", 1),
    _case("overall", "fine... actually no, very poor", 5),
    _case("overall", "very good or rather good", 2),
    _case("rating", "2 sorry no 5", 5),
    _case("rating", "4, make that 3", 3),
    _case("rating", "5 - no, 2", 2),  # a bare "no" between two numbers cannot itself be an answer
    _case("listened", "not at all, sorry I meant a bit", 2),
    _case("contacted", "no, I mean yes", "yes"),
    _case("contacted", "yes no I mean no sorry", "no"),
    _case("contacted", "no wait yes, they rang Monday", "yes"),
    _case("resolved", "yes... actually no, it's leaking again", "no"),
    _case("contacted", "ie, na sori, na", "no", "cy"),
    _case("waited", "4 weeks no 5 weeks", 35),
    _case("waited", "6 weeks no 7", 49),  # the unit said before the correction carries over
    _case("waited", "10 days, sorry, 12", 12),
    # no marker, or the part after it is not itself an answer: asked again as before
    _case("overall", "very good poor", R),
    _case("contacted", "no yes", R),
    _case("contacted", "yes, no wait, that was the surgery", R),
    _case("rating", "3 or 4", R),
    _case("rating", "4 not 5", 4),  # a denial, not a correction
    _case("overall", "the staff were good, actually the wait was awful", R),  # a remark on a part
    # a denial after the marker qualifies the answer before it: never the far side ("good, I mean
    # not great" is not Poor)
    _case("overall", "good, I mean not great", R),
    _case("rating", "very good actually not excellent", R),
    # markers that correct nothing
    _case("overall", "poor I'm sorry to say", 4),
    _case("overall", "sorry for the delay, good", 2),
    _case("waited", "no wait at all", 0),
]


@pytest.mark.parametrize(("question", "reply", "expected", "language"), SELF_CORRECTIONS)
def test_a_clear_self_correction_is_the_corrected_answer(
    question: str, reply: str, expected: object, language: str
) -> None:
    check(question, reply, expected, language)


OUT_OF_TEN = [
    _case("rating", "10/10", 5),
    _case("rating", "6 out of 10", 3),
    _case("rating", "4/10 at most", 2),
    _case("rating", "0", 1),
    _case("rating", "zero if i could", 1),
    _case("rating", "9/10", R),  # between two points
    _case("rating", "1 out of 10", R),
    _case("rating", "12/10", R),
    _case("rating", "8/10 but the wait was awful", R),  # the words disagree
    _case("overall", "ten out of ten", 1),  # by meaning: the top is Very good, option 1
    _case("overall", "4/10", 4),
    _case("overall", "0/10", 5),
    _case("overall", "3/10", R),
    _case("listened", "10/10", R),  # no grade on this question
    _case("contacted", "10/10", R),
]


@pytest.mark.parametrize(("question", "reply", "expected", "language"), OUT_OF_TEN)
def test_a_score_out_of_ten_halves_onto_five_points(
    question: str, reply: str, expected: object, language: str
) -> None:
    check(question, reply, expected, language)


def test_a_score_out_of_ten_follows_the_scale_s_own_direction() -> None:
    """On a scale whose 1 is the good end, 10/10 is 1 and 2/10 is 5."""
    best_first = Question(
        id="rank",
        type="scale",
        text={"en": "1 best, 5 worst"},
        labels={1: {"en": ["very good"]}, 5: {"en": ["very poor"]}},
    )
    assert parse_answer(best_first, "10/10", "en") == Parsed(True, 1)
    assert parse_answer(best_first, "2/10", "en") == Parsed(True, 5)
    assert parse_answer(best_first, "0", "en") == Parsed(True, 5)


SET_G_KINDS = [
    # a misspelt intensifier keeps its degree (dropped, "verry good" was stored as Good)
    _case("overall", "verry good", 1),
    _case("overall", "vey poor", 5),
    _case("rating", "relly good", 5),
    _case("overall", "vry vry good", 1),
    # Welsh words in an English conversation
    _case("overall", "tidy mate", 2),
    _case("overall", "chwarae teg", 2),
    _case("still_need", "falle", 3),
    _case("changed", "anodd dweud", 4),
    # idioms
    _case("overall", "total shambles", 5),
    _case("overall", "could of been better could of been worse", 3),
    _case("changed", "too soon to say", 4),
    _case("listened", "hung on my every word", 1),
    _case("listened", "never let me finish", 3),
    _case("strengths", "treated me like a child", 3),
    _case("listened", "yes allot", 1),
    # look-alikes still asked again
    _case("overall", "could have been better", R),
    _case("listened", "every word was rushed", R),
]


@pytest.mark.parametrize(("question", "reply", "expected", "language"), SET_G_KINDS)
def test_kinds_a_new_writer_was_asked_again_on(
    question: str, reply: str, expected: object, language: str
) -> None:
    check(question, reply, expected, language)
