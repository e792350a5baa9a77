"""Round eleven of issue 19: a stored value the rest of the reply contradicts is narrowed or asked
again (bot.conversation.reply_reservations), sarcasm marks the rules did not know, and negation in
British-Caribbean, Scots and Northern English. Each kind in phrasings of our own, both ways: the
look-alikes that must still be stored are beside the ones that must not.

The learned fallback is switched off: what is tested is the rules alone. `R` means ask again.
"""

from __future__ import annotations

import pytest

from tests.conversation.reply_cases import R, check, rules_alone
from tests.conversation.reply_cases import case as _case

pytestmark = pytest.mark.usefixtures(rules_alone.__name__)

RESERVATIONS = [
    # a yes, then a reservation: the partial value where the question has one, else asked again
    _case("listened", "yeah he did but he was rushing me", 2),
    _case("what_matters", "yes she did, though she kept glancing at her watch", 2),
    _case("timely", "yes, only after I made a fuss", 2),
    _case("resolved", "yes but only once my MP wrote to them", "partly"),
    _case("contacted", "yes but only when my son chased them", R),
    # ... not a reservation that praises, nor a late yes where there is no partly
    _case("listened", "yes", R),
    _case("listened", "yes a lot", 1),
    _case("contacted", "yes they did", "yes"),
    # an effort that did not land, or a yes taken back with "well"
    _case("listened", "he tried but he never let me finish", R),
    _case("strengths", "they did try, though nothing came of it", R),
    _case("contacted", "yes... well no, it was the surgery", "no"),  # a correction, as sets C-K have it
    _case("listened", "no, not at all", 3),
    # "yes and no" with only "it's complicated" after it: which part?
    _case("timely", "yes and no, it's complicated", R),
    _case("timely", "do a naddo, mae'n anodd", R, "cy"),
    _case("timely", "yes and no", R),  # bare, too: asked again since set AB
]


@pytest.mark.parametrize(("question", "reply", "expected", "language"), RESERVATIONS)
def test_round11_reservations(question: str, reply: str, expected: object, language: str) -> None:
    check(question, reply, expected, language)


REPAIRS = [
    # a makeshift repair is partly to "was it sorted?"; one that already failed is never a yes
    _case("resolved", "bodged up, not properly fixed", "partly"),
    _case("resolved", "they taped it over, it's not a real repair", "partly"),
    _case("resolved", "temporary job for now", "partly"),
    _case("resolved", "patched it and it's leaking again", R),
    _case("resolved", "no, patched it and it's leaking again", "no"),
    _case("resolved", "fixed properly", "yes"),
    _case("resolved", "not fixed", "no"),
    _case("timely", "yes", 1),  # not a question about fixing
]


@pytest.mark.parametrize(("question", "reply", "expected", "language"), REPAIRS)
def test_round11_makeshift_repairs(question: str, reply: str, expected: object, language: str) -> None:
    check(question, reply, expected, language)


SARCASM = [
    _case("timely", "speedy as usual 🤣", R),
    _case("timely", "on time as always lol", R),
    _case("overall", "superb 😂", R),
    _case("strengths", "oh plenty 🙄", R),
    _case("resolved", "fixed? if you can call a tarp on the roof fixed", R),
    _case("resolved", "sure, nobody turned up", R),
    _case("resolved", "if that's what you'd call sorted", R),
    # look-alikes: a laugh or an eye-roll beside a plain no, a sincere "sure"
    _case("listened", "not at all lol", 3),
    _case("resolved", "sorted? 🤣 nope", "no"),
    _case("timely", "no 🙄", 3),
    _case("contacted", "sure, they rang on monday", "yes"),
    _case("timely", "yes on time", 1),
]


@pytest.mark.parametrize(("question", "reply", "expected", "language"), SARCASM)
def test_round11_sarcasm_marks(question: str, reply: str, expected: object, language: str) -> None:
    check(question, reply, expected, language)


DIALECT = [
    # British-Caribbean past negation and pronouns, Scots and Northern negation, "no bother"
    _case("timely", "mi never need nutten from dem", 4),
    _case("timely", "didnae need nowt", 4),
    _case("contacted", "mi nuh get no call", "no"),
    _case("contacted", "nah man", "no"),
    _case("contacted", "naw", "no"),
    _case("resolved", "nae bother, all sorted", "yes"),
    _case("contacted", "no bother, they phoned the next day", "yes"),
    _case("contacted", "no, they rang my son", "no"),
    _case("timely", "got the forms, still waiting on the grant", 2),
    _case("timely", "still waiting for the help", 3),
    # two people's waits in one reply
    _case("waited", "me 4 days, my dad's still waiting", R),
    _case("waited", "my nan waited 4 days", 4),
    _case("waited", "4 days", 4),
    # a stressed wait is its length; the same wait said again in its own sentence is one wait
    _case("waited", "a whole fortnight", 14),
    _case("waited", "three weeks. three entire weeks.", 21),
    _case("waited", "about a wik", 7),
    _case("waited", "3 days. 5 days for the second visit.", R),
]


@pytest.mark.parametrize(("question", "reply", "expected", "language"), DIALECT)
def test_round11_dialect_and_parts(question: str, reply: str, expected: object, language: str) -> None:
    check(question, reply, expected, language)


BOTTOM = [
    # a product decision: a bare nought on the 1-5 rating is its bottom; "x/10" halves when even
    _case("rating", "nil", 1),
    _case("rating", "None.", 1),
    _case("rating", "zero", 1),
    _case("rating", "0/10", 1),
    _case("rating", "6/10", 3),
    _case("rating", "9/10", R),
    _case("rating", "none of them helped", R),
]


@pytest.mark.parametrize(("question", "reply", "expected", "language"), BOTTOM)
def test_round11_bottom_of_the_rating(question: str, reply: str, expected: object, language: str) -> None:
    check(question, reply, expected, language)


VOICES = [
    # what the round's voice families added, in other words than theirs, with look-alikes
    _case("overall", "bare nice service, bare good", 1),  # "bare" is "very" in London English
    _case("overall", "very giod", 1),  # autocorrect's neighbour of "good"
    _case("rating", "poot", 2),
    _case("timely", "we not need any help", 4),
    _case("resolved", "only part sorted", "partly"),
    _case("resolved", "half fixed, the rest next week", "partly"),
    _case("listened", "a little little", 2),
    _case("overall", "brilliant so it was", 1),
    _case("contacted", "app no good for me, text only", R),  # a grade of something, not "no"
    _case("contacted", "no, they never rang", "no"),
    _case("still_need", "decent", R),  # praise is not "yes, I need more help"
    _case("still_need", "yes please, more help", 1),
    _case("still_need", "no, all good", 2),
]


@pytest.mark.parametrize(("question", "reply", "expected", "language"), VOICES)
def test_round11_voices(question: str, reply: str, expected: object, language: str) -> None:
    check(question, reply, expected, language)
