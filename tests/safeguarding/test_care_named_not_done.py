"""A care need named as not done by anyone for a time ("nobody has washed her in a week"): caught
as neglect, while the same verbs said of a thing or without a time stay ordinary."""

import pytest

from tests.safeguarding.both_ways import assert_caught, assert_not_caught, in_no_data_file

BOTH_WAYS = [
    (
        "the flats are neglected and so is my nan, nobody has washed her in a week",
        "neglect",
        "the flats are neglected, nobody has washed the stairwell in a week",
    ),
    (
        "no one has fed him since Tuesday, the agency keeps cancelling",
        "neglect",
        "no one has fed the meter since Tuesday, we've been on the emergency credit",
    ),
    (
        "nobody has changed dad for two days, he's sore",
        "neglect",
        "nobody has fed the ducks at the pond for two days, the kids usually do it",
    ),
]


def test_the_pairs_are_our_own() -> None:
    assert in_no_data_file(BOTH_WAYS)


@pytest.mark.parametrize(("disclosure", "category", "ordinary"), BOTH_WAYS)
def test_care_named_not_done(disclosure: str, category: str, ordinary: str) -> None:
    assert_caught(disclosure, category)
    assert_not_caught(ordinary)
