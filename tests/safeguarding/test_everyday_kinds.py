"""Everyday wording set aside by its frame (bot/safeguarding/everyday_kinds.py), tried both ways.

Each ordinary comment below alarmed the rules before round 10 and is set aside now; a disclosure
with the same words is still caught. None of these sentences is in the corpus or a blind set.
"""

from __future__ import annotations

import pytest

from bot.safeguarding.context import without_idioms
from bot.safeguarding.rules import rules
from tests.safeguarding.both_ways import assert_caught, assert_not_caught, in_no_data_file

# (an ordinary comment, a disclosure sharing its words, the disclosure's category)
BOTH_WAYS = [
    # texting exasperation after a trivial cause, never a person's threat
    (
        "the app logged me out for the third time today, kill me",
        "he found the housing form I filled in and said he'll kill me",
        "physical",
    ),
    (
        "ngl the council website crashed again, shoot me",
        "my stepdad said he would shoot me if I rang the council again",
        "physical",
    ),
    (
        "this form wants my national insurance number again, someone kill me",
        "my brother wants my bank card again and says he'll kill me if I don't",
        "physical",
    ),
    # vermin where people share the space
    (
        "there's bare mice by the bin store, need pest control again",
        "mum's flat is full of rats and she won't let anyone in",
        "self_neglect",
    ),
    (
        "loads of rats round the bins on our estate, the council never comes",
        "rats in his kitchen, he hasn't eaten properly in weeks",
        "self_neglect",
    ),
    # a rescue told as past
    (
        "the bereavement group stopped me going under after Dad died, doing well now",
        "I'm going under and nobody is helping",
        "crisis",
    ),
    (
        "the food bank kept us from going under last winter, thank you",
        "we're going under, no food in the house since the weekend",
        "crisis",
    ),
    # tiredness said of a service (Welsh and English)
    (
        "Wedi blino'n lân gyda'r ffurflen yma",
        "wedi blino'n lân yn gofalu am Mam ddydd a nos",
        "carer_breakdown",
    ),
    (
        "wedi blino'n llwyr ar y ciw yn y swyddfa",
        "exhausted from caring for dad all night every night",
        "carer_breakdown",
    ),
]


def test_examples_here_are_in_no_data_file():
    assert in_no_data_file([(d, "", o) for o, d, _ in BOTH_WAYS])


@pytest.mark.parametrize("ordinary, _disclosure, _category", BOTH_WAYS)
def test_the_ordinary_comment_is_not_caught(ordinary, _disclosure, _category):
    assert_not_caught(ordinary)


@pytest.mark.parametrize("_ordinary, disclosure, category", BOTH_WAYS)
def test_the_disclosure_is_caught(_ordinary, disclosure, category):
    assert_caught(disclosure, category)


def test_an_inflected_word_is_never_mended_into_a_risk_word():
    """ "snores" is not "sores" nor "bikes" "bites"; a possessive still loses its "s"."""
    assert rules().mend("he snores and my bikes", strict=True) == "he snores and my bikes"
    assert rules().mend("nobodys", strict=True) == "nobody"
    assert_not_caught("he snores like a walrus with a cold, otherwise a quiet ward")
    assert_caught("she has pressure sores on both heels and nobody turns her", "neglect")
    # the classifier's features keep the mending the shipped model was trained with
    assert rules().mend("snores") == "sores"


def test_a_comparison_is_blanked_for_the_classifiers_second_look():
    plain = without_idioms("the ward sounds like a war zone at night")
    assert plain is not None and "war" not in plain.split()
    assert without_idioms("he treats me like a dog") is None
