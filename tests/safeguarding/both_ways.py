"""Shared checks for rule kinds tried both ways: a disclosure caught with its category, an
ordinary comment sharing its words left alone, and neither copied from a data file."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import pytest

from bot.safeguarding.corpus import CORPUS, DATA, read
from bot.safeguarding.rules import rules


@cache
def data_texts() -> frozenset[str]:
    """Every text of the corpus and the blind sets, casefolded."""
    blind = (row.text for path in (DATA / "blind").glob("*.csv") for row in read(path))
    return frozenset(text.casefold() for text in [*(row.text for row in read(CORPUS)), *blind])


def in_no_data_file(both_ways: list[tuple[str, str, str]]) -> bool:
    return not {text.casefold() for d, _, o in both_ways for text in (d, o)} & data_texts()


def assert_caught(disclosure: str, category: str) -> None:
    hit = rules().match(disclosure)
    assert hit is not None and hit.concept.category == category, hit


def assert_not_caught(ordinary: str) -> None:
    hit = rules().match(ordinary)
    assert hit is None, hit


def assert_screen_only(disclosure: str) -> None:
    """Caught by the screen's own kinds, not by a finding: the classifier's features (findings) are
    what model.json was trained with, so a screen-only kind needs no retrain."""
    assert rules().match(disclosure) is not None
    assert not [f for f in rules().findings(disclosure) if f.status == "found"]


def triple_tests(both_ways: list[tuple[str, str, str]]) -> tuple[Callable[..., None], ...]:
    """The three checks of a module whose kinds span categories, on (disclosure, category,
    ordinary) triples, for the module to bind to its own `test_` names: none copied from a data
    file, each disclosure caught in its category, each ordinary comment left alone."""

    def test_none_is_copied_from_a_data_file() -> None:
        assert in_no_data_file(both_ways)

    @pytest.mark.parametrize(("disclosure", "category", "ordinary"), both_ways)
    def test_the_disclosure_is_caught(disclosure: str, category: str, ordinary: str) -> None:
        assert_caught(disclosure, category)

    @pytest.mark.parametrize(("disclosure", "category", "ordinary"), both_ways)
    def test_the_ordinary_comment_is_not(disclosure: str, category: str, ordinary: str) -> None:
        assert_not_caught(ordinary)

    return (
        test_none_is_copied_from_a_data_file,
        test_the_disclosure_is_caught,
        test_the_ordinary_comment_is_not,
    )


def pair_tests(both_ways: list[tuple[str, str]], category: str) -> tuple[Callable[..., None], ...]:
    """The four checks of a module of two-fact kinds (a disclosure, the everyday remark in its words),
    for the module to bind to its own `test_` names: the three of `triple_tests` in `category`, and
    the kinds the screen's only."""

    def test_the_kinds_are_the_screens_only() -> None:
        assert_screen_only(both_ways[0][0])

    return (*triple_tests([(d, category, o) for d, o in both_ways]), test_the_kinds_are_the_screens_only)


def aside_tests(both_ways: list[tuple[str, str, str]]) -> tuple[Callable[..., None], ...]:
    """The four checks of a module of kinds that set an everyday remark aside (a disclosure, its
    category, the remark in the same words), for the module to bind to its own `test_` names: the
    three of `triple_tests`, and the remark's harm word still a finding (the classifier's features),
    so model.json needs no retrain."""

    @pytest.mark.parametrize("ordinary", [o for _, _, o in both_ways])
    def test_the_kinds_are_the_screens_only(ordinary: str) -> None:
        assert any(f.status == "found" for f in rules().findings(ordinary))

    return (*triple_tests(both_ways), test_the_kinds_are_the_screens_only)
