"""Round fifteen of issue 19: an answer followed by its story (emphasis that makes a yes "a lot", a
closing "so no", the cause put elsewhere, what would raise a score), dialect answers, a label said and
explained, percentages, rhetorical yeses, a score above the scale, and the misread kinds (a time of
day read as days, a Welsh number word before a star, an answer relayed beside the resident's own
doubt, "everything except what I rang about", a change that did not last, a new problem after a fix
against a part left unfixed, a yes put off until later, two possible helpers). Each kind in phrasings
of our own, both ways.

The learned fallback is switched off: what is tested is the rules alone. `R` means ask again.
"""

from __future__ import annotations

import pytest

from bot.conversation import reply_leading, reply_meant, reply_register, reply_reservations
from bot.conversation.answers import tokenize
from tests.conversation.reply_cases import R, check, rules_alone
from tests.conversation.reply_cases import case as _case

pytestmark = pytest.mark.usefixtures(rules_alone.__name__)

UNDERSTOOD = [
    # a yes told with a first ever, time without limit, or YES in capitals is "yes, definitely": "Yes,
    # a lot" where the question has it
    _case("listened", "yes he really did, first time ever", 1),
    _case("strengths", "YES. She saw I still bake for the street and put it in my plan", 1),
    _case("listened", "Yes. She let me go on for as long as I needed.", 1),
    # a closing "so no" sums the story up; the cause put elsewhere; what would raise a score
    _case("timely", "It did come, but a month after my mum passed, so no", 3),
    _case("changed", "worse, but that's my arthritis, not you", 3),
    _case("rating", "3, it'd be a 4 if the post came on time", 3),
    # a label, then a caveat that only denies perfection; a middling grade, then good and bad
    _case("overall", "Good, on the whole. Not perfect.", 2),
    _case("overall", "Average. The man was polite but it all took ages.", 3),
    # dialect
    _case("overall", "aye, it wis no bad", 2),
    _case("overall", "canny that, ta", 2),
    _case("timely", "hauf an hauf", 2),
    _case("resolved", "aboot hauf o it", "partly"),
    _case("rating", "twa", 2),
    _case("strengths", "cannae tell ye", 4),
    # percentages, rhetorical yes, a ten on a five-point scale, Welsh doubled "iawn"
    _case("listened", "about 60 per cent of it", 2),
    _case("still_need", "is the Pope catholic?", 1),
    _case("rating", "Id give them a 10!", 5),
    _case("overall", "da iawn iawn", 1, "cy"),
    # help needed, but not from us; a call to someone else's phone; still waiting for the call
    _case("still_need", "Not from you. From the surgery, aye.", 2),
    _case("contacted", "yes, but they rang my daughter's mobile", "yes"),
    _case("contacted", "still waiting, if that answers your question", "no"),
    # the misread kinds, read right: stars counted in Welsh, months said twice, a time beside "same day"
    _case("rating", "pedwar ⭐", 4, "cy"),
    _case("waited", "rang at ten and they came the same day", 0),
    _case("waited", "3 months. Three.", 90),
    _case("waited", "a fortnight to the day", 14),
    # a fix with a new problem after it, and a fix with part of it left
    _case("resolved", "yes, but now something else has gone in the kitchen", "yes"),
    _case("resolved", "The tap's fixed. The drip mark on the ceiling is still there.", "partly"),
    _case("resolved", "the lock's been replaced, the frame remains rotten", "partly"),
    _case("what_matters", "we talked about all sorts except the thing I rang about", 3),
    _case("changed", "better for a week or so then back to square one", 2),
]

ASKED_AGAIN = [
    # a bare yes on a four-way question stays asked again; so does one written all in capitals, and
    # "really did" alone (holdout sets 3-5 ask again)
    _case("listened", "yes", R),
    _case("listened", "yes she really did", R),
    _case("listened", "YES. SHE ASKED ABOUT MY GARDEN", R),
    # a time of day is no count of days
    _case("waited", "I rang at nine", R),
    _case("waited", "phoned at 8am, answer by dinner", R),
    # someone else's answer beside the resident's own doubt; two possible helpers
    _case("listened", "my wife says yes, I'm not so certain", R),
    _case("still_need", "maybe the council maybe the doctors", R),
    # a yes put off until something lands
    _case("timely", "yep so far, ask us again when the money actually comes", R),
    # a change that lapsed into something other than the same
    _case("changed", "better for a week then worse than ever", R),
    # the cause put elsewhere does not rescue a turned answer
    _case("overall", "Excellent. Not perfect though, the wait was awful", R),
    # "wrong number" is no call to another phone
    _case("contacted", "yes but the wrong number", R),
]


@pytest.mark.parametrize(("question", "reply", "expected", "language"), UNDERSTOOD + ASKED_AGAIN)
def test_round15_kinds(question: str, reply: str, expected: object, language: str) -> None:
    check(question, reply, expected, language)


def test_a_stressed_yes_is_definitely_yes_and_a_plain_one_is_not() -> None:
    told = reply_register.plain(tokenize("yes she really did, first time ever"))
    assert told == ["yes", "definitely", "she", "did", ",", "first", "time", "ever"]
    assert reply_register.plain(tokenize("yes she really did")) == ["yes", "she", "really", "did"]
    assert reply_register.shouted_yes("YES. She was lovely")
    assert not reply_register.shouted_yes("YES SHE WAS LOVELY")
    assert not reply_register.shouted_yes("yes she was lovely")


def test_a_relayed_answer_needs_the_residents_own_view() -> None:
    assert reply_register.relayed_with_own_view(tokenize("my son says yes, I don't think so"))
    assert not reply_register.relayed_with_own_view(tokenize("my son says yes and I agree"))
    assert not reply_register.relayed_with_own_view(tokenize("my son says they rang, I was out"))


def test_two_helpers_need_two_different_ones() -> None:
    assert reply_register.two_possible_helpers(tokenize("could be you, could be the hospital"))
    assert not reply_register.two_possible_helpers(tokenize("maybe, maybe not"))
    assert not reply_register.two_possible_helpers(tokenize("maybe the council"))


def test_everything_but_what_mattered_is_no_and_everything_is_not() -> None:
    assert reply_meant.all_but_what_mattered(tokenize("everything but what I phoned for")) == ["no"]
    said = tokenize("everything but the kitchen sink")
    assert reply_meant.all_but_what_mattered(said) == said


def test_a_lapse_needs_a_while_and_a_way_back() -> None:
    assert reply_meant.lapsed_change(tokenize("improved for a month, then back to normal")) == ["the", "same"]
    kept = tokenize("better for me, then back home")
    assert reply_meant.lapsed_change(kept) == kept


def test_a_new_problem_is_not_the_same_one_back() -> None:
    assert reply_reservations.new_problem(tokenize("fixed, but now another leak"))
    assert not reply_reservations.new_problem(tokenize("fixed, but it's leaking again"))
    assert reply_reservations.part_remains(tokenize("The sink is mended. The smell is still there."))
    assert not reply_reservations.part_remains(tokenize("The sink is mended, but it's still dripping."))


def test_a_caveat_only_denies_perfection() -> None:
    assert reply_leading.only_a_caveat(tokenize("not perfect, mind"))
    assert not reply_leading.only_a_caveat(tokenize("not perfect, the wait was awful"))
    assert reply_leading.without_would_be(tokenize("4, would be 5 if you rang")) == ["4", ","]
    kept = tokenize("would be 5 if you rang")
    assert reply_leading.without_would_be(kept) == kept
