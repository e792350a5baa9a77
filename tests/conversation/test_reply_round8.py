"""Round eight of issue 19: the kinds set J (a new writer's development set) misread or re-asked,
each with phrasings not in set J and not in the table, and the look-alikes that must still be asked again.

The learned fallback is switched off: what is tested is the rules alone. `R` means ask again.
"""

from __future__ import annotations

import pytest

from tests.conversation.reply_cases import R, check, rules_alone
from tests.conversation.reply_cases import case as _case

pytestmark = pytest.mark.usefixtures(rules_alone.__name__)


WAS_MISREAD = [
    # "yes and no" is asked again (which part?); with a further yes or no it is three answers in a row
    _case("resolved", "no and yes and yes", R),
    _case("timely", "yes and no and no", R),
    _case("contacted", "yes and no and yes", R),
    _case("resolved", "yes and no", R),
    _case("resolved", "yes n no tbh", R),
    # Welsh numbers after "a" (and) take the aspirate mutation: "tri a phedwar" is two numbers
    _case("rating", "rhwng dau a thri", R, "cy"),
    _case("overall", "tri a phedwar", R, "cy"),
    _case("waited", "rhwng pythefnos a thair wythnos", R, "cy"),
    _case("waited", "tua thair wythnos", 21, "cy"),
    # Welsh "y" before a word is "the", not the texted "y" for yes
    _case("contacted", "naddo, y cymydog ffoniodd", "no", "cy"),
    _case("contacted", "do... naddo, sori, y ffisio oedd hwnna", R, "cy"),
    _case("contacted", "y", "yes"),
    _case("contacted", "y thanks", "yes"),
    _case("resolved", "y but the boiler still drips", "partly"),  # no Welsh beside it: yes
    # a Welsh yes and no said of two people
    _case("listened", "fi do, nhw naddo", R, "cy"),
    _case("strengths", "fi do, y mab naddo", R, "cy"),
]


@pytest.mark.parametrize(("question", "reply", "expected", "language"), WAS_MISREAD)
def test_round8_was_misread(question: str, reply: str, expected: object, language: str) -> None:
    check(question, reply, expected, language)


CORRECTIONS = [
    # "well" opening a clause after an answer takes it back
    _case("listened", "a lot - well, a bit really", 2),
    _case("strengths", "no. well, a little", 2),
    _case("resolved", "yes, well, sort of", "partly"),
    _case("changed", "better, well, worse", 3),
    _case("listened", "well yes", R),  # nothing said before it
    _case("listened", "they listened well", R),  # inside a clause
    _case("resolved", "partly, well, not really", R),  # a denial qualifies rather than replaces
    # a bare "no" opening a clause, where the question has no "no" among its answers
    _case("changed", "Worse. No, about the same", 2),
    _case("overall", "Very good... no, good", 2),
    _case("overall", "yes for me, no for my son", R),
    # nothing after it is an answer: "no complaints" is a remark on the good (round thirteen)
    _case("overall", "good. no complaints", 2),
    _case("changed", "better. no thanks to you", R),  # an idiom with "no", not a correction
    _case("changed", "thanks to you", R),  # "to" is two only when it opens the reply
    # "make it" or "call it" before a number; an answer before "it was" is not a remark on a part
    _case("rating", "two. no, make it three", 3),
    _case("rating", "they make it hard", R),
    _case("resolved", "nah sorry i meant yes it was", "yes"),
    # a flat denial after the marker is an answer of its own
    _case("listened", "a bit, actually no, not at all", 3),
]


@pytest.mark.parametrize(("question", "reply", "expected", "language"), CORRECTIONS)
def test_round8_corrections(question: str, reply: str, expected: object, language: str) -> None:
    check(question, reply, expected, language)


WAS_REASKED = [
    # faint praise that is plainly praise; a faint word on the far grade is the near one
    _case("overall", "not half bad, the lad was decent", 2),
    _case("rating", "a touch rubbish", 2),
    _case("overall", "slightly appalling", 4),
    _case("overall", "not a bit awful", R),  # denied: no grade at all
    _case("listened", "a bit rubbish", R),  # no near grade to store
    # a one-word idiom with a letter left out
    _case("overall", "shambolc", 5),
    _case("rating", "supr", R),
    # the question said back before the answer; a question that is not an echo stays one
    _case("contacted", "call me back? aye you did", "yes"),
    _case("resolved", "sorted out?? nah", "no"),
    _case("still_need", "need more help? no ta", 2),
    _case("contacted", "who rang? yes", R),
    _case("overall", "what do you mean? good", R),
    # scorn for a no
    _case("contacted", "ha, in your dreams", "no"),
    _case("resolved", "you're having a laugh", "no"),
    # much said as detail or length; a little said as touching on it; a lone downtoner
    _case("listened", "went into it in detail", 1),
    _case("strengths", "only briefly", 2),
    _case("listened", "marginally", 2),
    _case("changed", "slightly better", 1),
    # Welsh "'n" and "'r" run onto the word before; North Welsh "ella", "deud"
    _case("listened", "do, gwrandawodd e'n ofalus iawn", 1, "cy"),
    _case("changed", "mae'r un fath", 2, "cy"),
    _case("still_need", "ella wir", 3),
    _case("overall", "sai'n gwybod", 6, "cy"),  # "sai'n" is still "I'm not"
    # a wait told as two weekdays or two dates with their months
    _case("waited", "rang on wednesday, came saturday", 3),
    _case("waited", "rang thursday, came the thursday after", 7),
    _case("waited", "sat by the phone till thursday", R),
    _case("waited", "phoned 28th january, came 9th february", 12),
    _case("waited", "phoned 25th feb, came 2nd march", R),  # 28 or 29 days in February?
    _case("waited", "rang on the 10th of july, came on the 2nd of july", R),
    # a round amount restated exactly; "too" for two before a unit
    _case("waited", "a month. 31 days exactly", 31),
    _case("waited", "a month. 12 days exactly", R),
    _case("waited", "too wks", 14),
    # emphasis and "probably" beside a number
    _case("rating", "3 hands down", 3),
    _case("rating", "probs 5", 5),
    _case("contacted", "nevah", "no"),
    # the bottom of the scale with a wish to go below it; a wish beside any other answer is asked again
    _case("rating", "1. nil if i could", 1),
    _case("overall", "awful, zero if i could", 5),
    _case("rating", "3, zero if i could", R),
    # nothing more they could have done; again and again; "for the most part" said other ways
    _case("rating", "5, could not do enough for us", 5),
    _case("listened", "yes, again and again", 1),
    _case("resolved", "by and large, yes", "partly"),
    _case("overall", "good on the whole", 2),  # "on the whole" is "overall", not "mostly"
    # a partly said first, then what worked and what did not; someone else's answer is not a reason
    _case("resolved", "partly, the lock is fixed but the door still sticks", "partly"),
    _case("timely", "partly - had the leaflet but not the visit", 2),
    _case("resolved", "partly, no not at all", R),
    _case("listened", "she listened a bit, the manager didn't at all", R),
    # a denied doing said flatly; the slip explained after the correction; waiting by the phone
    _case("what_matters", "the social worker never asked at all", 3),
    _case("overall", "didn't mind at all", R),
    _case("contacted", "no, sorry - yes, I was thinking of the dentist", "yes"),
    _case("contacted", "been sat by the phone for days", "no"),
    _case("timely", "did not need anything", 4),
    # a yes said as "they did" beside an option that is itself a kind of yes ("Yes, a bit")
    _case("strengths", "they did a bit, yep", 2),
    _case("listened", "they did a lot", 1),
    _case("changed", "they did a bit", R),  # "a bit" what? better or worse
    # a doubt first, then what it depends on
    _case("still_need", "perhaps, depends how the hip goes", 3),
    _case("still_need", "depends", R),
    _case("overall", "good maybe, depends", R),
]


@pytest.mark.parametrize(("question", "reply", "expected", "language"), WAS_REASKED)
def test_round8_was_reasked(question: str, reply: str, expected: object, language: str) -> None:
    check(question, reply, expected, language)
