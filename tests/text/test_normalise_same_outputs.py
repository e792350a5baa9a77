"""The faster normaliser (folds run only where they can match, recent texts remembered) reads every
text of the repository's corpora exactly as the plain recipe did, and so do the models built on it."""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

import pytest

import bot.text.features as features
import bot.text.normalise as normalising
from bot.insights.sentiment_model import classify
from bot.safeguarding.classifier import classifier

ROOT = Path(__file__).resolve().parents[2]
CORPORA = {
    "data/safeguarding/corpus.csv": "text",
    "data/safeguarding/holdout.csv": "text",
    "data/replies/replies.csv": "reply",
    "data/sentiment/feedback.csv": "text",
    "tests/data/sentiment.csv": "text",
}


def texts(*paths: str) -> list[str]:
    found = []
    for path in paths:
        with open(ROOT / path, encoding="utf-8", newline="") as file:
            found += [row[CORPORA[path]] for row in csv.DictReader(file)]
    return found


def plain_recipe(text: str, *, emoji: bool = True) -> str:
    """The normaliser as it was: every fold's regex run on every text, nothing remembered."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = normalising._APOSTROPHES.sub("", text)
    if emoji:
        text = normalising._FENCES_IN_INPUT.sub(" ", text)
        text = normalising._EMOJI.sub(normalising._fence_emoji, normalising._EMOJI_NOISE.sub("", text))
        text = " ".join(
            normalising._PUNCTUATION_KEEPING_EMOJI.sub(normalising._strip_punctuation, text).split()
        )
    else:
        text = " ".join(normalising._NON_WORD.sub(" ", text).split())
    for pattern, replacement in normalising._FOLDS_COMPILED:
        text = pattern.sub(replacement, text)
    return text


@pytest.mark.parametrize("path", sorted(CORPORA))
def test_every_corpus_text_normalises_as_the_plain_recipe_did(path):
    rows = texts(path)
    assert len(rows) > 100
    # Each text twice and its casefolded copy, so remembered answers are read back as well as made.
    for text in rows + rows + [text.upper() for text in rows]:
        for emoji in (True, False):
            assert normalising.normalise(text, emoji=emoji) == plain_recipe(text, emoji=emoji), text


def test_a_long_text_is_not_remembered_but_reads_the_same():
    text = "I can not cope any more 😢, u know. " * 200
    assert len(text) > normalising._LONGEST_REMEMBERED
    before = normalising._remembered.cache_info().currsize
    assert normalising.normalise(text) == plain_recipe(text)
    assert normalising._remembered.cache_info().currsize == before


def test_every_fold_needle_is_in_whatever_its_pattern_matches():
    """A fold is skipped when its needle is absent: that is only safe if every match holds it."""
    # Every tenth corpus text (the test above reads them all) and each fold's own words.
    own_words = "cannot can not cant not do not does not did not will not would not could not is not are not"
    own_words += " was not were not have not has not i am i have wanna gonna no one any more my self"
    own_words += " them selves our selfs u ur cnt"
    samples = texts(*CORPORA)[::10] + [own_words]
    for text in samples:
        folded = " ".join(normalising._NON_WORD.sub(" ", text.casefold()).split())
        for needle, pattern, replacement in normalising._FOLDS_GUARDED:  # as each fold finds the text
            for match in pattern.finditer(folded):
                assert needle in match.group(0), (pattern.pattern, text)
            folded = pattern.sub(replacement, folded)


def test_the_models_read_the_corpora_exactly_as_before(monkeypatch):
    # Every fourth text: the models only see what normalise gives them, which the tests above check.
    sentiment_texts = texts("data/sentiment/feedback.csv", "tests/data/sentiment.csv")[::4]
    screened = texts("data/safeguarding/corpus.csv", "data/safeguarding/holdout.csv")[::4]
    model = classifier()
    assert model is not None

    def readings() -> tuple[list, list]:
        return [classify(text) for text in sentiment_texts], [model.risk(text) for text in screened]

    now = readings()
    monkeypatch.setattr(features, "normalise", plain_recipe)
    monkeypatch.setattr(normalising, "normalise", plain_recipe)  # words() and clauses() too
    assert readings() == now
