"""Five-word messages are the classifier's too (round 23): outside writers tell disclosures tersely."""

from __future__ import annotations

import pytest

from bot.safeguarding import classifier as classifier_module
from bot.safeguarding.classifier import MIN_WORDS, scoreable
from bot.safeguarding.screen import screen
from settings import load_config

SETTINGS = load_config().safeguarding
# Five words each, in wording of our own; the rules find nothing in the disclosure.
TERSE_DISCLOSURE = "gran sat in wet clothes"
TERSE_ORDINARY = [
    "the bins were late again",
    "parking was a nightmare today",
    "lovely staff, quick service thanks",
    "my cat hates the rain",
]


def test_five_words_are_scored_and_four_are_not():
    assert MIN_WORDS == 5
    assert scoreable(TERSE_DISCLOSURE) and not scoreable("gran sat in wet")


def test_a_terse_disclosure_the_rules_miss_is_caught_by_the_classifier():
    found = screen(SETTINGS, TERSE_DISCLOSURE)
    assert found is not None and found.layer == "classifier"


def test_the_same_disclosure_was_left_unread_at_six_words(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(classifier_module, "MIN_WORDS", 6)
    assert screen(SETTINGS, TERSE_DISCLOSURE) is None


@pytest.mark.parametrize("text", TERSE_ORDINARY)
def test_terse_ordinary_comments_are_not_alarmed_on(text: str):
    assert scoreable(text)
    assert screen(SETTINGS, text) is None
