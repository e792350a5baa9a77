"""Suicide and self-harm told with a shrug, and the everyday remarks told in the same words
(bot/safeguarding/shrug_kinds.py), each tried both ways.

Every disclosure below is caught by the screen's rules as suicide or self-harm; each everyday
remark shares its words but is a packet of food, letters to an office, an evening out, an errand or
an outing that went wrong. None of these sentences is in the corpus, a blind set or an outside set.
"""

from __future__ import annotations

import pytest

from tests.safeguarding.both_ways import assert_caught, pair_tests

SUICIDE = "suicide_self_harm"
# (a disclosure, an everyday remark in the same words or voice)
BOTH_WAYS = [
    # a part-dose taken, said as a joke
    (
        "only swallowed half the box last night, kidding, sort of",
        "only ate half the box of chocolates last night, kidding, it was the whole box",
    ),
    # letters left for the family "just in case"
    (
        "I've written notes for my daughters just in case",
        "I've written letters to the housing office just in case they lose the first one",
    ),
    # the family told where the papers are "just in case"
    (
        "told my brother where the will is, just in case",
        "told my brother where the will is in case the house floods while we're on holiday",
    ),
    # a night named for an end, beside small talk
    (
        "tonight's the night I think. the new lamp posts look smart by the way",
        "tonight's the night for the quiz, the new lamp posts look smart by the way",
    ),
    # a wish not to be here, in second-language English
    (
        "I think it is best if I am not here anymore",
        "I think it is best if I am not here when the gas man comes",
    ),
    # not caring what happens
    (
        "honestly don't care what happens to me now",
        "honestly don't care what happens to the old library building",
    ),
    # an attempt told as tried, and that it did not work
    (
        "tried on friday. it didn't work. fine now",
        "tried the new bus on friday, it didn't work out for me, too slow",
    ),
    # a goodbye said, and a day after which they will not be here
    (
        "said goodbye to my mates already, after friday I won't be here",
        "said goodbye to the staff at the club, after friday I won't be here because we move to Leeds",
    ),
]

(
    test_none_is_copied_from_a_data_file,
    test_the_disclosure_is_caught,
    test_the_everyday_remark_is_not,
    test_the_kinds_are_the_screens_only,
) = pair_tests(BOTH_WAYS, SUICIDE)


@pytest.mark.parametrize("laughter", [" lol", " haha", ". joke", " 😂"])
@pytest.mark.parametrize(("disclosure", "ordinary"), BOTH_WAYS)
def test_a_joke_word_never_sets_the_disclosure_aside(disclosure: str, ordinary: str, laughter: str) -> None:
    assert_caught(disclosure + laughter, SUICIDE)
