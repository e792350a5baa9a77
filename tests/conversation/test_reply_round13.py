"""Round thirteen of issue 19: the manner a reply is written in (a letter's wrapping, swearing as
emphasis, laughter, "only" and "itself" as emphasis, formal phrasings, a story before "anyway"),
dialect and Welsh durations and halves, and the misread kinds (a reply that questions its own answer,
"no problem" said of the problem, stars with a rider, an answer for someone who cannot say). Each kind
in phrasings of our own, both ways.

The learned fallback is switched off: what is tested is the rules alone. `R` means ask again.
"""

from __future__ import annotations

import pytest

from bot.conversation import reply_register
from bot.conversation.answers import tokenize
from tests.conversation.reply_cases import R, check, rules_alone
from tests.conversation.reply_cases import case as _case

pytestmark = pytest.mark.usefixtures(rules_alone.__name__)

UNDERSTOOD = [
    # a letter's greeting and sign-off around the answer
    _case("overall", "Dear Sir, very poor. Yours sincerely, K. Evans", 5),
    _case("overall", "Good morning. Poor. Kind regards", 4),
    _case("rating", "Hello, 2. Best wishes", 2),
    _case("contacted", "With reference to your text: no. Regards", "no"),
    _case("listened", "Dear team,\nYes, to a large extent.\nMany thanks, Sam", 1),
    # formal phrasings of the plain answer
    _case("still_need", "I do not require any further support. Yours faithfully", 2),
    _case("still_need", "I would appreciate further assistance", 1),
    _case("strengths", "I am not able to say with certainty", 4),
    # swearing as emphasis neither negates nor answers; the ruder "did they heck" is no
    _case("overall", "bloody marvellous", 1),
    _case("changed", "a f***ing lot worse", 3),
    _case("contacted", "did they f**k", "no"),
    _case("what_matters", "did he bollocks", 3),
    _case("strengths", "yes she did, fair dos to her", 1),
    _case("changed", "worse, for fuck's sake", 3),
    # laughter and a shrug around a clear answer
    _case("overall", "dreadful haha, what can you do", 5),
    _case("resolved", "no lol, still leaking", "no"),
    _case("rating", "0/10 would not recommend lol", 1),
    # "only" and "itself" as emphasis
    _case("changed", "slightly better only", 1),
    _case("resolved", "half sorted only", "partly"),
    # a story, then the answer after "anyway"
    _case("rating", "the first man hung up on me and then the second was off sick, anyway 2", 2),
    _case("contacted", "I'd gone to the chemist and left my phone in the car, anyway no", "no"),
    # a marked self-correction; an apology about oneself is no grade
    _case("rating", "5. actually, 4, sorry", 4),
    _case("rating", "3, sorry i'm hopeless at these", 3),
    _case("what_matters", "yes, bits and pieces", 2),
    # "no problem" said of the problem; "no worries" beside a yes
    _case("resolved", "no problem is still there", "no"),
    _case("contacted", "no worries they called", "yes"),
    # stars with a rider that changes nothing
    _case("rating", "⭐ and I'm being kind", 1),
    _case("rating", "⭐⭐⭐⭐ and that's being generous", 4),
    # no help needed
    _case("timely", "no help was required", 4),
    # dialect and Welsh durations and halves
    _case("waited", "couple o' days", 2),
    _case("waited", "a fortnicht", 14),
    _case("waited", "cwpwl o ddiwrnode", 2),
    # a hope that the answer lasts is no doubt of it
    _case("resolved", "all fixed, fingers crossed", "yes"),
    _case("resolved", "hanner wedi'i wneud, hanner ddim", "partly", "cy"),
    _case("listened", "dim yn siŵr? sori", 4),
    _case("listened", "do, yn fawr iawn", 1, "cy"),
    _case("overall", "ocê diolch", 2, "cy"),
    # a doubt beside "not sure" agrees with it
    _case("still_need", "not sure? maybe", 3),
]
ASKED_AGAIN = [
    # a reply that questions its own answer
    _case("rating", "4? or 5?", R),
    _case("rating", "2? perhaps 3", R),
    _case("rating", "4? maybe 5? sorry I'm useless at this", R),
    _case("resolved", "fixed? define fixed", R),
    _case("resolved", "seems fine but we'll see", R),
    _case("resolved", "yes for now, ask me next month", R),
    _case("resolved", "looks done but it's happened before, can't say yet", R),
    _case("overall", "good? or so-so? no idea", R),
    # not sure, then a grade: which?
    _case("overall", "dwi ddim yn gwbod, oedd o'n ocê", R, "cy"),
    # an amount with "maybe more"
    _case("waited", "ten days maybe more", R),
    _case("waited", "a week, maybe longer", R),
    # an answer for someone who cannot say
    _case("listened", "can't answer for my mum, she doesn't speak", R),
    _case("strengths", "yes on his behalf i suppose", R),
    # laughter beside praise may be at the praise
    _case("timely", "on time, as usual 😂", R),
    # a swear that is no question back stays a question when it asks one
    _case("resolved", "did they fuck up again?", R),
    # "no complaints" alone: good or very good?
    _case("overall", "no complaints", R),
    # a couple of weeks stays a guess
    _case("waited", "couple of wks", R),
]


@pytest.mark.parametrize(("question", "reply", "expected", "language"), UNDERSTOOD + ASKED_AGAIN)
def test_round13_kinds(question: str, reply: str, expected: object, language: str) -> None:
    check(question, reply, expected, language)


def test_plain_leaves_a_reply_with_no_manner_as_it_is() -> None:
    tokens = tokenize("yes they rang on tuesday")
    assert reply_register.plain(tokens) == tokens


def test_plain_never_empties_a_reply() -> None:
    for text in ("lol", "Dear Sir, Yours faithfully", "bloody hell", "only"):
        assert reply_register.plain(tokenize(text))
