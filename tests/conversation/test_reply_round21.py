"""Round twenty-one of issue 19: re-asks removed by mechanism. A grade beside a rider that agrees
with it: a low grade "and that's being generous" (not the middle), the bottom beside a zero out of
reach ("1, if I could give 0 I would"), a number beside emoji leaning its way ("👎 1"), a number
"no question", a grade then a point lost ("4, lost one for the wait"). A bare no, then a complaint
that only blames, is the no. A partial answer, then what is still to come ("some of it, still
waiting on the rest", "not all"), is partly. Welsh "o'n i ddim angen" (I didn't need) is "I did not
need any". Phrasings of our own, both ways.

The learned fallback is switched off: what is tested is the rules alone. `R` means ask again.
"""

from __future__ import annotations

import pytest

from bot.conversation.answers import _names_what_is_left, tokenize
from tests.conversation.reply_cases import R, check, rules_alone
from tests.conversation.reply_cases import case as _case

pytestmark = pytest.mark.usefixtures(rules_alone.__name__)

ASKED_AGAIN = [
    # the middle "and that's being generous" is left to ask again (the table, round nine)
    _case("rating", "3 and that's being generous to them", R),
    # a good grade with a generous rider says nothing it can be read by
    _case("overall", "good, and that's being generous to them", R),
    # a zero with no cue that it is out of reach, or beside a point that is not the bottom
    _case("rating", "2 or 0", R),
    _case("rating", "4 if i could give 0", R),
    # emoji leaning against the number
    _case("rating", "👎 4", R),
    _case("rating", "5 👎👎", R),
    # a point lost, then a second grade
    _case("rating", "3, lost one but 5 for the nurse", R),
    # a partial answer, then a second answer or someone else
    _case("timely", "partly, not at all", R),
    _case("timely", "some of it, still waiting on my son", R),
    # a no, then praise, or on a question about needing more help
    _case("strengths", "nah, they were lovely to me", R),
    _case("still_need", "no, the roof leaks and nobody came", R),
]

UNDERSTOOD = [
    # a low grade, its rider without punctuation, its "charity"
    _case("rating", "2 and I'm being generous to them", 2),
    _case("overall", "very poor, and that's charity", 5),
    # the bottom beside a zero out of reach, either side of it
    _case("rating", "one. zero if it were allowed", 1),
    _case("rating", "one, as zero isn't allowed", 1),
    _case("rating", "1 if I could go to 0", 1),
    # emoji leaning the number's way
    _case("rating", "👎 one", 1),
    _case("rating", "one 👎👎", 1),
    # certainty beside a number
    _case("rating", "four, no question", 4),
    _case("rating", "4 no doubt", 4),
    # the grade, then why a point was taken off it
    _case("rating", "3, lost one for the mess", 3),
    _case("rating", "2, knocked one off for the mess", 2),
    # a partial answer and what is left
    _case("timely", "some, still waiting for the bed", 2),
    _case("timely", "a bit of it, not everything", 2),
    _case("resolved", "partly, not the boiler", "partly"),
    # a bare no, then a complaint that only blames
    _case("strengths", "No, they treat me like I am stupid", 3),
    _case("listened", "No. She spoke to my dad as if I wasn't there", 3),
    # Welsh: I didn't need (anything)
    _case("timely", "ddim angen dim byd", 4, "cy"),
    _case("timely", "wel o'n i'm angen help", 4, "cy"),
]


@pytest.mark.parametrize(("question", "reply", "expected", "language"), ASKED_AGAIN + UNDERSTOOD)
def test_round21_kinds(question: str, reply: str, expected: object, language: str) -> None:
    check(question, reply, expected, language)


def test_names_what_is_left() -> None:
    assert _names_what_is_left(tokenize("still waiting on the rails"))
    assert _names_what_is_left(tokenize("not all of it"))
    assert not _names_what_is_left(tokenize("not at all"))
    assert not _names_what_is_left(tokenize("still waiting"))
    assert not _names_what_is_left(tokenize("not the carer but yes the rest"))
