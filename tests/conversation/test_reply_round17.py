"""Round seventeen of issue 19: misreads removed by mechanism, not by phrase. An answer handed to
someone else or to later is asked again, and so is one that sets two people's answers against
each other; a word held in scare quotes is not taken at its word; a
number below zero is off the scale; a yes that came late is still a yes to a question that does not
ask about time (but not when a "but", a no or a correction is set against it). Each kind in
phrasings of our own, in several voices, both ways.

The learned fallback is switched off: what is tested is the rules alone. `R` means ask again.
"""

from __future__ import annotations

import pytest

from bot.conversation import reply_deferral, reply_register, reply_sarcasm
from bot.conversation.answers import tokenize
from tests.conversation.reply_cases import R, check, rules_alone
from tests.conversation.reply_cases import case as _case

pytestmark = pytest.mark.usefixtures(rules_alone.__name__)

ASKED_AGAIN = [
    # deferred to someone else: an instruction to ask, or an asking still to be done
    _case("timely", "yes. ask my wife, she dealt with them", R),
    _case("timely", "yes, ask my son he knows more", R),
    _case("overall", "good, ask my husband for the rest", R),
    _case("listened", "a lot, I'd need to ask my sister", R),
    _case("overall", "da, gofyn i fy merch", R, "cy"),
    _case("overall", "Da. Rhaid i mi ofyn i Dad", R, "cy"),
    # deferred to later: waiting to see how it turns out
    _case("resolved", "yes, wait and see", R),
    _case("resolved", "Do. Gawn ni weld", R, "cy"),
    # scare quotes: the resident holds the answer word at arm's length
    _case("resolved", "oh it's been 'resolved'", R),
    _case("resolved", 'They "fixed" it. Twice.', R),
    _case("overall", "it was 'fine'", R),
    _case("overall", 'it was "fine" if you like waiting', R),
    # two people's answers set against each other: which one is asked about?
    _case("still_need", "no I'm sorted ta, whereas my brother is in a right state", R),
    # below zero
    _case("rating", "minus 1", R),
    _case("rating", "minus 3", R),
    _case("rating", "minus two if that were allowed", R),
]

UNDERSTOOD = [
    # asking told as something done, not handed on; a not-sure beside a deferral agrees with it
    _case("listened", "yes, I had to ask them twice though", 2),
    _case("overall", "good, I asked my son and he agreed", 2),
    _case("still_need", "not sure, I'll need to ask my daughter", 3),
    _case("still_need", "no, not right now, ask me again in a month", 2),
    # quotes that report someone's words, or the whole reply typed as a quotation
    _case("listened", 'my nan says "a bit"', 2),
    _case("overall", "Mam yn dweud 'da'", 2, "cy"),
    _case("resolved", '"yes"', "yes"),
    _case("resolved", "yes, t' boiler works now", "yes"),
    # someone else's phone is a thing of theirs, not their answer
    _case("contacted", "yes, but they rang my husband's phone", "yes"),
    # the bottom of the scale with a wish to go below it is still the bottom
    _case("rating", "1, minus 10 if I could", 1),
    # a late yes to "was it sorted?" is yes; to "when you needed it?" it is partly
    _case("resolved", "yes finally!!", "yes"),
    _case("resolved", "aye, at last, after the third visit", "yes"),
    _case("resolved", "Yes eventually, thank you", "yes"),
    _case("timely", "yes in the end", 2),
    _case("timely", "yes, finally, weeks after", 2),
    # lateness set against the yes stays a reservation: a "but", a no taken back
    _case("resolved", "yes but it took ages", "partly"),
    _case("resolved", "no. well, yes, in the end", "partly"),
]


@pytest.mark.parametrize(("question", "reply", "expected", "language"), ASKED_AGAIN + UNDERSTOOD)
def test_round17_kinds(question: str, reply: str, expected: object, language: str) -> None:
    check(question, reply, expected, language)


def test_a_deferral_is_handing_on_not_having_asked() -> None:
    assert reply_deferral.defers(tokenize("dunno, ask my son"))
    assert reply_deferral.defers(tokenize("I must check with her"))
    assert reply_deferral.defers(tokenize("we will see"))
    assert not reply_deferral.defers(tokenize("I asked my son"))
    assert not reply_deferral.defers(tokenize("I had to ask them three times"))
    assert not reply_deferral.defers(tokenize("they didn't ask me anything"))


def test_scare_quotes_are_quotes_that_report_nobody() -> None:
    assert reply_sarcasm.scare_quoted("it's 'sorted' they tell me")
    assert reply_sarcasm.scare_quoted('been "escalated", whatever that means')
    assert not reply_sarcasm.scare_quoted("Dad said 'a bit'")
    assert not reply_sarcasm.scare_quoted("'good'")
    assert not reply_sarcasm.scare_quoted("the lad fro' t' council were grand")


def test_two_peoples_answers_need_a_contrast_between_two_people() -> None:
    assert reply_register.two_peoples_answers(tokenize("not me, but my nan could do with some"))
    assert reply_register.two_peoples_answers(tokenize("Dad's fine though Mum's not"))
    assert reply_register.two_peoples_answers(tokenize("my son got his but I'm still waiting"))
    assert not reply_register.two_peoples_answers(tokenize("no, my son helps me now"))
    assert not reply_register.two_peoples_answers(tokenize("yes but they rang my wife's mobile"))
    assert not reply_register.two_peoples_answers(tokenize("yes, but I had to chase them"))
