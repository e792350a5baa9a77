"""Round twenty-three (issue 19): re-asks a person would not need, closed by kind. A yes that tells
back what was seen the resident can (still) do, or calls what was talked about the thing that
matters even when it names a relative, is "Yes, a lot"; a no to "when you needed it?" whose help came
after it was of use is No; a grade said first and again after the last "but" ("good, not perfect but
good") is that grade; "not good not bad" beside "ok" is the middle and "alright, good like" good;
"kind of yes kind of no" is halves (partly to "when you needed it?", asked again where the partly is
"Yes, a bit"); "I'm afraid not", "regrettably not" and "I believe not" ending their clause are a no
and "I'm afraid so" a yes; "odw", the south's "ydw", is a yes. Phrasings of our own, both ways.

The learned fallback is switched off: what is tested is the rules alone. `R` means ask again.
"""

from __future__ import annotations

import pytest

from tests.conversation.reply_cases import R, check, rules_alone
from tests.conversation.reply_cases import case as _case

pytestmark = pytest.mark.usefixtures(rules_alone.__name__)

UNDERSTOOD = [
    # a yes, then what was seen the resident can still do
    _case("strengths", "yes, he saw I can still do my own washing", 1),
    _case("strengths", "aye they noticed I still walk the dog every day", 1),
    _case("listened", "yes, she spotted I can manage the stairs fine", 1),
    _case("strengths", "do, mi welodd o mod i'n gallu siopa o hyd", 1, "cy"),
    # what was talked about named as what matters, a relative in it
    _case("what_matters", "yes, we talked about getting my dad home, which is all I wanted", 1),
    _case("what_matters", "yes, about my son's college, very important for me", 1),
    _case("what_matters", "aye, the dogs and the allotment, that's what counts", 1),
    # no: the help came when it was no longer of use
    _case("timely", "no, by the time they phoned I'd fixed it myself", 3),
    _case("timely", "nope, it came after my neighbour had sorted it", 3),
    _case("timely", "no, too late, I'd already paid for a plumber", 3),
    # a grade said again after the last "but"
    _case("overall", "good, not perfect but good", 2),
    _case("overall", "Very good. A bit slow at first, but very good", 1),
    _case("overall", "poor, the man was nice but poor", 4),
    _case("rating", "4, a bit slow on the phone but 4", 4),
    # a yes cut down after the ability is that grade, as before; a late yes is partly, as before
    _case("strengths", "yes, she noticed I still do my shopping, only a bit though", 2),
    _case("timely", "yes but by the time it came I'd sorted it", 2),
    # "not good not bad" beside a word that only just passes; "alright, good like"
    _case("overall", "it was fine, not good, not bad", 3),
    _case("overall", "Okay. Not bad. Not good.", 3),
    _case("overall", "it were ok, good like", 2),
    # a hedged yes beside a hedged no is halves: partly where the question has "half and half"
    _case("timely", "sort of yes sort of no", 2),
    _case("resolved", "kinda yes kinda no", "partly"),
    # a formal yes or no said elliptically, its clause ending there
    _case("contacted", "I'm afraid not.", "no"),
    _case("resolved", "Sadly not; it is still leaking.", "no"),
    _case("still_need", "I am afraid so", 1),
    _case("listened", "Unfortunately not.", 3),
    # the south's "odw" (I do)
    _case("still_need", "odw plis", 1, "cy"),
    _case("still_need", "nag odw, diolch", 2, "cy"),
]

ASKED_AGAIN = [
    # the ability seen, then mocked or cut down
    _case("strengths", "yes they saw what I can do, which is wait on hold all day", R),
    _case("strengths", "yes, they saw what I can't do", R),
    # a bare yes or a yes with a story that names no ability is still asked again
    _case("strengths", "yes", R),
    # someone else's words about what matters
    _case("what_matters", "yes, my mum says that's all that matters", R),
    # a no with a yes beside it, to "when you needed it?"
    _case("timely", "no, came after I'd sorted it, but yes in the end", R),
    # "not good not bad" beside "good"; "good like" after a grade that is not faint
    _case("overall", "good, not good not bad", R),
    _case("overall", "brilliant, good like", R),
    # ... and asked again where the partly is a little yes
    _case("listened", "sort of yes sort of no", R),
    _case("strengths", "kind of yes, kind of no", R),
    # ... not where the clause goes on: the "not" belongs to what follows
    _case("resolved", "unfortunately not everything was fixed", R),
    # a different grade after the "but", or more than a grade
    _case("overall", "good, but poor", R),
    _case("overall", "good, not perfect but the staff were good", R),
]


@pytest.mark.parametrize(("question", "reply", "expected", "language"), UNDERSTOOD + ASKED_AGAIN)
def test_round_twenty_three(question: str, reply: str, expected: object, language: str) -> None:
    check(question, reply, expected, language)
