"""Kinds of reply that unseen sets showed were misread or missed, each as a person would read it.

The phrasings here are new ones for each class, not the unseen sets' own; `reask` means a person
would ask again rather than store a guess. The unseen sets themselves are checked last, so a change
that brings back a misread on them fails here too.
"""

from __future__ import annotations

import pytest

from bot.conversation.answers import Parsed, parse_answer
from bot.conversation.reply_table import TABLE_DIR, load_questions, load_rows, score

QUESTIONS = load_questions()
R = None  # ask again


def _reads(question: str, reply: str, language: str = "en") -> Parsed:
    return parse_answer(QUESTIONS[question], reply, language)


def _case(question: str, reply: str, expected: object) -> object:
    return pytest.param(question, reply, expected, id=f"{question}:{reply}")


def _check(question: str, reply: str, expected: object) -> None:
    assert _reads(question, reply) == (Parsed(False) if expected is R else Parsed(True, expected))


MIXED_VERDICTS = [
    _case("overall", "the nurse was lovely but the paperwork was awful", R),
    _case("overall", "great people, awful process", R),
    _case("overall", "friendly staff but very poor service", R),
    _case("overall", "brilliant receptionist, pity about the system", R),
    _case("rating", "wonderful carers but rude manager", R),
    _case("listened", "no, but she was lovely", R),  # a yes/partly/no question
    # one verdict, said with feeling, is not mixed
    _case("overall", "very good, she was so kind", 1),
    _case("overall", "terrible, nobody seemed to care", 5),
    _case("overall", "excellent, they sorted my problem", 1),
    _case("still_need", "no, all great now", 2),  # no is not blame where no means "managing"
]
QUESTIONS_BACK = [
    _case("overall", "not sure what you're asking", R),
    _case("listened", "I don't really know what you mean", R),
    _case("strengths", "I don't understand the question", R),
    _case("overall", "wot survey", R),
    # an answer of "not sure" is an answer
    _case("overall", "not sure", 6),
    _case("listened", "not sure tbh", 4),
]
CORRECTIONS = [
    # the lead's decision (round five): an explicit correction marker and a clear answer after it
    # is the corrected answer; see test_reply_round5.py for the look-alikes still asked again
    _case("overall", "good... actually no, poor", 4),
    _case("overall", "fine, actually nah v poor", 5),
    _case("overall", "very good, I mean average", 3),
    _case("rating", "4, no 2", 2),
    _case("rating", "3 sorry 4", 4),
    _case("rating", "4 not 5", 4),  # a denial, not a change of mind
    _case("waited", "3 days, no 4", 4),
    _case("overall", "good very good", R),  # no marker: which one?
]
SHORTHAND_AND_STARS = [
    _case("rating", "3⭐", 3),
    _case("rating", "⭐ 2", 2),
    _case("rating", "nt gd", 2),
    _case("rating", "nt bad", 3),
    _case("overall", "gr8 thx", 1),
    _case("listened", "nt really", 3),
    _case("changed", "wrse", 3),
    _case("timely", "yes n no", R),  # "yes and no" in text-speak: asked again, as the words are
    _case("rating", "3 allan o 5", 3),
]
DURATIONS = [
    _case("waited", "a week and a half", R),
    _case("waited", "just over a fortnight", R),
    _case("waited", "a good three weeks", R),
    _case("waited", "nearly two weeks", R),
    _case("waited", "at least a month", R),
    _case("waited", "couple of wks", R),
    _case("waited", "two days then another week", R),
    _case("waited", "five working days", R),
    _case("waited", "36 hours", R),
    _case("waited", "1 week 3 days", 10),
    _case("waited", "2 weeks and 2 days", 16),
    _case("waited", "48 hours", 2),
    _case("waited", "10ish days", 10),
    _case("waited", "about a week", 7),
    _case("waited", "a week or so", 7),
    _case("waited", "didn't wait at all", 0),
]
HEDGES_AND_IDIOMS = [
    _case("resolved", "half", "partly"),
    _case("resolved", "half yes", "partly"),
    _case("listened", "only half paying attention", R),
    _case("listened", "barely", R),  # a bit, or not at all?
    _case("overall", "no complaints really", R),  # faint praise: good, or very good?
    _case("rating", "not bad at all", R),
    _case("timely", "late, but yes", 2),
    _case("timely", "yes in the end", 2),
    _case("contacted", "yes in the end", "yes"),  # no partly: a late yes is a yes
    _case("contacted", "I think so, but it might have been the GP", R),
    _case("still_need", "wouldnt say no", 1),
    _case("still_need", "not at the moment thanks", 2),
    _case("overall", "good, if I'm being generous", R),
    _case("overall", "not great, not awful", 3),
    _case("overall", "not good, not bad", 3),
    _case("timely", "calls yes, visits no", 2),  # two parts of one matter: partly (round nine)
    _case("contacted", "calls yes, visits no", R),  # no partly to store
    _case("resolved", "no, got worse", "no"),
    _case("changed", "can't complain, bit better", 1),
    _case("overall", "improved, but still poor", R),
    _case("rating", "👍", R),  # "ok, got it" as often as "good"
    _case("still_need", "👍", R),
    _case("timely", "👍", 1),  # the question lists it
]


# Kinds sets D and E found misread (new phrasings here, not the sets' own).
BETWEEN_AND_BEYOND = [
    _case("rating", "3 and a half", R),  # between two points: rounding is a guess
    _case("rating", "two and a half", R),
    _case("rating", "4½", R),
    _case("overall", "1 and a half", R),
    _case("rating", "3", 3),
    _case("waited", "forever", R),  # hyperbole is a long wait, not the day it names
    _case("waited", "took a lifetime and a day", R),
    _case("waited", "yonks, about a week", R),
    _case("waited", "a day", 1),
    _case("listened", "i dont no", 4),  # "no" misspelt for "know": not sure, not No
    _case("still_need", "dnt no really", 3),
    _case("listened", "no", 3),
]


@pytest.mark.parametrize(("question", "reply", "expected"), BETWEEN_AND_BEYOND)
def test_fractions_hyperbole_and_know_spelt_no(question, reply, expected):
    _check(question, reply, expected)


@pytest.mark.parametrize(("question", "reply", "expected"), MIXED_VERDICTS)
def test_praise_and_blame_together_are_asked_again(question, reply, expected):
    _check(question, reply, expected)


@pytest.mark.parametrize(("question", "reply", "expected"), QUESTIONS_BACK)
def test_asking_what_the_question_means_is_asked_again(question, reply, expected):
    _check(question, reply, expected)


@pytest.mark.parametrize(("question", "reply", "expected"), CORRECTIONS)
def test_a_reply_that_takes_itself_back_is_read_as_corrected(question, reply, expected):
    _check(question, reply, expected)


@pytest.mark.parametrize(("question", "reply", "expected"), SHORTHAND_AND_STARS)
def test_text_speak_and_stars_with_digits(question, reply, expected):
    _check(question, reply, expected)


@pytest.mark.parametrize(("question", "reply", "expected"), DURATIONS)
def test_only_exact_waits_are_stored(question, reply, expected):
    _check(question, reply, expected)


@pytest.mark.parametrize(("question", "reply", "expected"), HEDGES_AND_IDIOMS)
def test_hedges_idioms_and_split_answers(question, reply, expected):
    _check(question, reply, expected)


@pytest.mark.parametrize("name", ["a", "b", "c", "d", "e", "i", "j"])
def test_the_unseen_sets_are_never_misread(name):
    rows = load_rows(TABLE_DIR / f"blind_set_{name}.csv")

    def read(row):
        parsed = _reads(row.question_id, row.reply, row.language)
        return parsed.ok, parsed.value

    misread = [(row.question_id, row.reply) for row, outcome in score(rows, read) if outcome == "misread"]
    assert misread == []
