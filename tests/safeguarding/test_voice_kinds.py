"""Violence and hate told in dialect or a second language (bot/safeguarding/voice_kinds.py), both ways."""

from __future__ import annotations

import pytest

from tests.safeguarding.both_ways import assert_caught, assert_not_caught, in_no_data_file

# (a disclosure, an ordinary comment sharing its words, the disclosure's category)
BOTH_WAYS = [
    (
        "yon eejit next door is leatherin his wean again, the wee yin's screamin",
        "the wean came home leathered in mud fae the park",
        "physical",
    ),
    (
        "he's layin intae the missus again, ye can hear it through the wall",
        "my mum laid into me for being late with the rent",
        "physical",
    ),
    (
        "Somebody sprayed GO HOME across our front door last night",
        "The sign on the door says go home time is 5pm",
        "discriminatory",
    ),
    (
        "They wrote on my van go back. Now my son afraid.",
        "They wrote on my form go back to page two, very confusing.",
        "discriminatory",
    ),
    (
        "The neighbours kids break our window two time this month, they shout at my wife",
        "The neighbours asked if they could break through the fence for a gate.",
        "discriminatory",
    ),
]


def test_none_of_these_sentences_is_in_a_data_file():
    assert in_no_data_file(BOTH_WAYS)


@pytest.mark.parametrize(("disclosure", "ordinary", "category"), BOTH_WAYS)
def test_caught_in_its_own_words_and_the_look_alike_left_alone(disclosure, ordinary, category):
    assert_caught(disclosure, category)
    assert_not_caught(ordinary)
