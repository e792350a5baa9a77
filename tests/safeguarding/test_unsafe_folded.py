"""Feeling unsafe told with "is not" (folded to "isnt" before the rules read it, so "not safe"
never saw it): a place unsafe for a person, or a person unsafe, is caught; a thing unsafe, or an
unsafe place left behind, is not. Both ways, sentences of our own (none in a data file).
"""

from __future__ import annotations

import pytest

from tests.safeguarding.both_ways import assert_caught, assert_not_caught, in_no_data_file

BOTH_WAYS = [
    (
        "it isn't safe for me to go back to the house tonight",
        "crisis",
        "the pavement outside isn't safe, the slabs are up, please send someone",
    ),
    (
        "it is not safe at home with him drinking again",
        "crisis",
        "the old cooker is not safe, glad the new one is in",
    ),
    (
        "we aren't safe in this flat when her ex comes round",
        "crisis",
        "the garden wall isn't safe for the kids to climb, it wobbles",
    ),
    (
        "she isn't safe on her own overnight any more",
        "crisis",
        "it wasn't safe for us to stay there, but we've been moved and it's lovely now",
    ),
]


def test_sentences_are_new() -> None:
    assert in_no_data_file(BOTH_WAYS)


@pytest.mark.parametrize(("disclosure", "category", "ordinary"), BOTH_WAYS)
def test_unsafe_told_with_is_not_is_caught(disclosure: str, category: str, ordinary: str) -> None:
    assert_caught(disclosure, category)


@pytest.mark.parametrize(("disclosure", "category", "ordinary"), BOTH_WAYS)
def test_a_thing_unsafe_or_a_place_left_is_not(disclosure: str, category: str, ordinary: str) -> None:
    assert_not_caught(ordinary)
