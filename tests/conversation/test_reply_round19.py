"""Round nineteen of issue 19: misreads removed by mechanism. A yes that may not last is asked again
even with a worry after it; a reservation conceded by a yes said again ("took forever but yes") is
the yes; half one way and half the other is never "Yes, a bit"; a grade given only on a condition
is not given; a question put after the answer without its "?" is a question back; a "don't know"
handed to someone else is asked again, a "not sure" still stands; a text or a letter set against a
call is asked again; "no thanks to them" is no no; "boiler fixed, damp still there" is partly; a
sob (😭) settles nothing; "which no one ever does" compares, it denies nothing.
Phrasings of our own, both ways.

The learned fallback is switched off: what is tested is the rules alone. `R` means ask again.
"""

from __future__ import annotations

import pytest

from bot.conversation import reply_deferral, reply_leading
from bot.conversation.answers import tokenize
from tests.conversation.reply_cases import R, check, rules_alone
from tests.conversation.reply_cases import case as _case

pytestmark = pytest.mark.usefixtures(rules_alone.__name__)

ASKED_AGAIN = [
    # a yes for now, with a worry about later: not partly, and not yet a yes
    _case("resolved", "fixed for now, but it'll go again, always does", R),
    _case("resolved", "yes so far though I expect it back by winter", R),
    # half and half, a bit of both: partly where the question has one, never a little yes
    _case("listened", "half and half really", R),
    _case("what_matters", "bit of both tbh", R),
    _case("strengths", "the forms yes, the rest no", R),
    # a grade on a condition
    _case("rating", "I'd give 5 if they'd answered the phone", R),
    _case("overall", "it would be good if anyone had come", R),
    # a question after the answer, typed without "?"
    _case("contacted", "a text came through, does that count", R),
    _case("resolved", "the man came round, is that right", R),
    # "don't know" handed on
    _case("still_need", "no idea, ask my husband", R),
    _case("still_need", "dunno ask my mum", R),
    _case("listened", "I don't know, I'll check with my sister", R),
    # another channel instead of the call: does it count?
    _case("contacted", "an email, not a phone call", R),
    _case("contacted", "they wrote instead of ringing", R),
    # a sob settles nothing: joy as often as grief
    _case("overall", "😭", R),
    _case("listened", "listened for once 😭", R),
    # compared with everyone else: the "no one" is not a no, and the grade is still unsaid
    _case("listened", "yes she listened, which nobody else ever does", R),
]

UNDERSTOOD = [
    _case("resolved", "yes for good this time", "yes"),
    # the yes said again after the "but" concedes what came before; on a question about time, the
    # lateness it concedes is still partly
    _case("resolved", "took months but yes", "yes"),
    _case("resolved", "a right palaver. but yes", "yes"),
    _case("resolved", "yes but it took months", "partly"),
    _case("timely", "took months but yes", 2),
    _case("resolved", "half and half", "partly"),
    _case("timely", "bit of both", 2),
    _case("timely", "the info yes, the help no", 2),
    _case("what_matters", "partly yes partly no", 2),
    # the number given first, then what would raise it; a wish below the scale; a frank aside
    _case("rating", "3, would be 4 if they rang back", 3),
    _case("rating", "I'd give it a 1 if I could", 1),
    _case("rating", "I'd give 3 if I'm honest", 3),
    _case("rating", "I would give you 5", 5),
    # a not-sure handed on is the doubt itself
    _case("still_need", "not sure, will ask my son", 3),
    _case("still_need", "maybe, I'll have to check with the carer", 3),
    _case("still_need", "dunno", 3),
    # another channel, with the call denied outright
    _case("contacted", "no, only a letter", "no"),
    _case("contacted", "no, an email not a call", "no"),
    # "no thanks to X" names who did not help; it is not a no
    _case("resolved", "yes, no thanks to the council", "yes"),
    _case("changed", "better. no thanks to you", R),
    _case("still_need", "no thanks", 2),
    # one part done, another still as it was, with no "but": partly where partly is a yes and a no
    _case("resolved", "roof done, gutter still leaking", "partly"),
    _case("resolved", "yes, it's still fine", "yes"),
    _case("resolved", "sorted, boiler still works", "yes"),
    _case("resolved", "no, window still broken", "no"),
    _case("strengths", "yes a lot, she said I'm a great mum 😭", 1),
    _case("overall", "awful 😭", 5),
    _case("listened", "she heard every word, which no one ever does, so yes a lot", 1),
    _case("listened", "no, which is what nobody ever does", 3),
]


@pytest.mark.parametrize(("question", "reply", "expected", "language"), ASKED_AGAIN + UNDERSTOOD)
def test_round19_kinds(question: str, reply: str, expected: object, language: str) -> None:
    check(question, reply, expected, language)


def test_a_conditional_grade_is_one_sentence_that_opens_with_would() -> None:
    assert reply_leading.conditional_grade(tokenize("I'd give you a 4 if the bin were emptied"))
    assert reply_leading.conditional_grade(tokenize("would be very good if they listened"))
    assert not reply_leading.conditional_grade(tokenize("4, would be 5 if they listened"))
    assert not reply_leading.conditional_grade(tokenize("would've been good if they came. so poor"))
    assert not reply_leading.conditional_grade(tokenize("I'd give 0 if I could"))


def test_not_known_is_dont_know_not_doubt() -> None:
    assert reply_deferral.not_known(tokenize("I do not know"))
    assert reply_deferral.not_known(tokenize("idk"))
    assert reply_deferral.not_known(tokenize("no idea, ask her"))
    assert not reply_deferral.not_known(tokenize("not sure"))
    assert not reply_deferral.not_known(tokenize("I know, ask her"))
