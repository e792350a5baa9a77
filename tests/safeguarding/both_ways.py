"""Shared checks for rule kinds tried both ways: a disclosure caught with its category, an
ordinary comment sharing its words left alone, and neither copied from a data file."""

from __future__ import annotations

from functools import cache

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
