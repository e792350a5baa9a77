"""Round ten of issue 19: the kinds an outside set misread, generalised by kind (not by row), each
in phrasings of our own, with the look-alikes that must still be stored.

The learned fallback is switched off: what is tested is the rules alone. `R` means ask again.
"""

from __future__ import annotations

import pytest

from tests.conversation.reply_cases import R, check, rules_alone
from tests.conversation.reply_cases import case as _case

pytestmark = pytest.mark.usefixtures(rules_alone.__name__)


SARCASM = [
    # praise with a complaint of time or of failure in the same reply
    _case("overall", "oh wonderful, only took them five months", R),
    _case("overall", "superb service, waited weeks for a callback", R),
    _case("rating", "fantastic, nobody turned up", R),
    _case("resolved", "sorted alright, broke again on the tuesday", R),
    _case("timely", "amazing, still waiting for the ramp", R),
    # its marks
    _case("overall", "excellent yeah right", R),
    _case("resolved", "as if", R),
    _case("resolved", "thanks for nothing", R),
    _case("overall", "very good... not!", R),
    _case("rating", "brilliant 🙃", R),
    _case("listened", "oh yes, they listened 🙄", R),
    # look-alikes that are plain answers
    _case("overall", "excellent, they came the next day", 1),
    _case("overall", "excellent, though it took weeks", 1),  # a concession is sincere
    _case("contacted", "definitely not!", "no"),
    _case("overall", "took weeks", R),
    _case("strengths", "No. They treated me as if I was a child", 3),
    _case("rating", "5", 5),
]


@pytest.mark.parametrize(("question", "reply", "expected", "language"), SARCASM)
def test_round10_sarcasm_is_asked_again(question: str, reply: str, expected: object, language: str) -> None:
    check(question, reply, expected, language)


SAID_PLAINLY = [
    # a refusal is never the option "No"
    _case("resolved", "no comment", R),
    _case("listened", "No comment.", R),
    _case("contacted", "I'd rather not say", R),
    _case("overall", "dim sylw", R, "cy"),
    # understatement: "can't say they did" is a no where the question has one
    _case("listened", "can't say he did", 3),
    _case("contacted", "cant say they did tbh", "no"),
    _case("resolved", "wouldn't say it was", "no"),
    _case("still_need", "can't say I do", 2),
    # ... but not a double negative, a grade, or a plain "can't say"
    _case("listened", "can't say they didn't", R),
    _case("listened", "cannot say she did not", R),
    _case("listened", "can't say they did not really", R),
    _case("contacted", "can't say they did, no", "no"),
    _case("resolved", "can't say it was, can't say it wasn't", R),
    _case("rating", "can't say it was", R),
    _case("contacted", "no", "no"),
]


@pytest.mark.parametrize(("question", "reply", "expected", "language"), SAID_PLAINLY)
def test_round10_refusals_and_understatement(
    question: str, reply: str, expected: object, language: str
) -> None:
    check(question, reply, expected, language)


WELSH = [
    # "yes and no" in Welsh is asked again, as the English is, partly or not on the question
    _case("resolved", "ydy a nac ydy", R, "cy"),
    _case("timely", "do a naddo", R, "cy"),
    _case("timely", "do a naddo", R),  # Welsh in an English conversation
    _case("listened", "do a naddo", R, "cy"),
    _case("contacted", "do a naddo", R, "cy"),
    # a Welsh yes or no with a Welsh hedge is asked again, unless it reads as "not sure"/"a bit"
    _case("resolved", "ydy, am wn i", R, "cy"),
    _case("contacted", "do dwi'n meddwl", R, "cy"),
    _case("listened", "naddo, sbo", R, "cy"),
    _case("listened", "do falle", 4, "cy"),
    _case("timely", "do, rhyw fath", 2, "cy"),
    # the plain answers still stand
    _case("resolved", "ydy", "yes", "cy"),
    _case("listened", "naddo", 3, "cy"),
]


@pytest.mark.parametrize(("question", "reply", "expected", "language"), WELSH)
def test_round10_welsh_yes_and_no_and_hedges(
    question: str, reply: str, expected: object, language: str
) -> None:
    check(question, reply, expected, language)


LEANING_REASONS = [
    # the bad answer with a reason that praises, and the reverse
    _case("listened", "no, he was ever so patient", R),
    _case("contacted", "no they were lovely on the phone", R),
    _case("resolved", "no, the heating works fine now", R),
    _case("listened", "yes, she was so rude", R),
    # "do you need more help?": yes is the answer that things are not well
    _case("still_need", "yes, all working now thanks", R),
    _case("still_need", "no, still waiting for the repair", R),
    _case("still_need", "yes, the roof is still leaking", 1),
    _case("still_need", "no, all good now", 2),
    # a reason that agrees, or one set against the answer on purpose, stands
    _case("listened", "no, she was rude", 3),
    _case("contacted", "no, but the email was helpful", "no"),
    _case("resolved", "yes, all fixed", "yes"),
    _case("still_need", "yes with the bins, the rent is sorted", 1),
    # a hedge of doubt beside a yes where the question has no "not sure"
    _case("resolved", "yes maybe", R),
    _case("listened", "yes maybe", 4),
]


@pytest.mark.parametrize(("question", "reply", "expected", "language"), LEANING_REASONS)
def test_round10_reason_leaning_the_other_way(
    question: str, reply: str, expected: object, language: str
) -> None:
    check(question, reply, expected, language)


@pytest.mark.parametrize(
    ("words", "lean"),
    [
        (["she", "was", "very", "kind"], 1),
        (["she", "wasn't", "very", "kind"], -1),
        (["the", "boiler", "is", "fine", "now"], 1),
        (["still", "no", "heating"], -1),
        (["kind", "but", "rude"], 0),
        (["the", "van", "came", "on", "tuesday"], 0),
    ],
)
def test_reason_lean_both_ways(words: list[str], lean: int) -> None:
    from bot.conversation.reply_leans import lean as reason_lean

    assert reason_lean(words) == lean


VOICES = [
    # dialect, young people's and forces' grades, in combinations that are never a noun
    _case("overall", "dead boss that", 1),
    _case("rating", "pure class", 5),
    _case("overall", "total mince", 5),
    _case("rating", "minging", 1),
    _case("overall", "bit mid tbh", 3),
    _case("changed", "miles better now", 1),
    _case("overall", "the boss was rude", R),  # "boss" the noun is no grade
    # a doubled word for "very" (British-Caribbean)
    _case("overall", "it was good good", 1),
    _case("listened", "dem listen to me nice nice", 1),
    # radio and forces yes/no, and "did not" written out
    _case("contacted", "affirmative", "yes"),
    _case("listened", "negative", 3),
    _case("strengths", "no, they did not", 3),
    _case("contacted", "wouldn't say they phoned", "no"),
    _case("still_need", "can't say i do anymore", 2),
    # "more or less" beside a grade is "about"; "zero help" is no help
    _case("overall", "poor, more or less", 4),
    _case("rating", "more or less very good", 5),
    _case("changed", "more or less the same", 2),
    _case("resolved", "more or less", "partly"),
    _case("timely", "zero help tbh", 3),
    _case("rating", "zero", 1),  # set B's label: the bottom of the scale
    # spelt as it sounds, and fire for praise
    _case("changed", "abaht the saim", 2),
    _case("rating", "🔥🔥", 5),
]


@pytest.mark.parametrize(("question", "reply", "expected", "language"), VOICES)
def test_round10_voices(question: str, reply: str, expected: object, language: str) -> None:
    check(question, reply, expected, language)
