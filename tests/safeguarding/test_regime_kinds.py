"""Organisational abuse told by a regime run to suit the staff, and the everyday remarks told in
the same words (round 20: bot/safeguarding/regime_kinds.py), each tried both ways.

Every disclosure below is caught by the screen's rules as organisational abuse; each everyday
remark shares its words but lacks one of the two facts (a restriction or a need left on many; the
staff's convenience or shortage as its reason) or names the resident's own choice. None of these
sentences is in the corpus, a blind set or an outside set.
"""

from __future__ import annotations

import pytest

from tests.safeguarding.both_ways import (
    assert_caught,
    assert_not_caught,
    assert_screen_only,
    in_no_data_file,
)

ORGANISATIONAL = "organisational"
# (a disclosure, an everyday remark in the same words or voice)
BOTH_WAYS = [
    # everyone put to bed early, for the night shift; or for the fireworks
    (
        "on Maple unit they put all the residents to bed by half six so the night shift can sit down",
        "on Maple unit they put all the residents to bed by half six on bonfire night, Dad loved it",
    ),
    # the kitchen locked, the reason the staff's
    (
        "the supported flat staff lock the kitchen after tea, they say there aren't enough staff to watch it",
        "the supported flat staff lock the kitchen after tea while the floor is mopped, then open it again",
    ),
    # a wet pad, and the reason too few staff; or no reason at all
    (
        "found Grandad in a soaked pad at noon, the carer said they were too busy to change him",
        "the chemist delivered Grandad's new pads at noon, the carer says they're much better",
    ),
    # the short staffing alone is not a disclosure
    (
        "they give everyone something to help them sleep at seven so the night staff can get through",
        "the home is short staffed this month but the girls on nights are lovely with Mum",
    ),
]


def test_none_is_copied_from_a_data_file() -> None:
    assert in_no_data_file([(d, ORGANISATIONAL, o) for d, o in BOTH_WAYS])


@pytest.mark.parametrize(("disclosure", "ordinary"), BOTH_WAYS)
def test_the_disclosure_is_caught_as_organisational(disclosure: str, ordinary: str) -> None:
    assert_caught(disclosure, ORGANISATIONAL)


@pytest.mark.parametrize(("disclosure", "ordinary"), BOTH_WAYS)
def test_the_everyday_remark_is_not(disclosure: str, ordinary: str) -> None:
    assert_not_caught(ordinary)


def test_the_kinds_are_the_screens_only() -> None:
    assert_screen_only(BOTH_WAYS[0][0])
