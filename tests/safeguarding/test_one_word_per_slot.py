"""Suicide phrasings whose alternatives are single words: "better off dead" is its own phrasing.

A rule pattern takes one word per slot ("a|b" picks a word, not a phrase), so "better off without
me|dead" never matched "better off dead". These are new phrasings of the kinds that slipped
through, each with an ordinary sentence that shares its words.
"""

from __future__ import annotations

import pytest

from bot.safeguarding.rules import rules

CAUGHT = [
    "Honestly I'd be better off dead than carry on like this",
    "my brother keeps telling me he'd be better off gone",
    "sometimes I think it is better to die than live like this",
    "I've made up my mind, I won't be around by the summer",
    "how many sleeping tablets is enough to not wake up",
    "how many of my mum's pills would be fatal",
]
ORDINARY = [
    "The kids are better off at the new school",
    "We're better off now the benefits are sorted",
    "I decided to go with the second flat",
    "how many forms is too many for one grant, honestly",
]


@pytest.mark.parametrize("text", CAUGHT)
def test_these_are_caught_by_the_rules(text):
    hit = rules().match(text)
    assert hit is not None and hit.concept.category == "suicide_self_harm"


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_sentences_with_the_same_words_are_not(text):
    assert rules().match(text) is None
