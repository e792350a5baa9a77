"""Kinds of disclosure, idiom and resolution the rules handle, each tried in wording not in the corpus."""

from __future__ import annotations

import pytest

from bot.safeguarding.classifier import Classifier, scoreable
from bot.safeguarding.corpus import CORPUS, read
from bot.safeguarding.features import concept_features, families_of, family_features
from bot.safeguarding.rules import rules
from bot.text.features import featurise

CORPUS_TEXTS = {row.text.casefold() for row in read(CORPUS)}

DISCLOSURES = [
    # means + quantity + intent, without "overdose", "suicide" or "kill"
    ("swallowed a whole packet of my paracetamol before bed", "suicide_self_harm"),
    ("I've taken my tablets deliberately, all of them", "suicide_self_harm"),
    # passive thoughts as a question
    ("honestly what's the point in me", "suicide_self_harm"),
    # harm told in slang, by someone
    ("my brother walloped mum last night", "physical"),
    ("he held her down on the sofa", "physical"),
    # control told as what someone else decides
    ("my wife decides who I can phone and what I spend", "domestic"),
    ("he says I can't see my sister any more", "domestic"),
    # money taken or moved by someone
    ("my grandson got nan to transfer her savings to him", "financial"),
    ("they made dad sign the papers for the flat", "financial"),
    # a need not met, for a time
    ("her pills are still in the blister pack since monday", "neglect"),
    ("the night staff keep forgetting his insulin", "neglect"),
    # a setting, a child, a carer
    ("nobody answered the call bell for my aunt at the home", "organisational"),
    ("she leaves the baby alone while she goes to the pub", "children"),
    ("I am so tired I felt like I wanted to shake him", "carer_breakdown"),
]

NOT_DISCLOSURES = [
    "I take a lot of tablets so the dosette box from the pharmacy is a godsend",  # a lot, not all at once
    "the neighbour's dog barks all day and scares my grandson",  # an animal frightens
    "the cash machine kept my card so I went inside",  # a machine keeps a card
    "she was bruised after her fall but the ward looked after her",  # an accident, said so
    "previously I was scared of the stairs; the new rail fixed that",  # a fear told as past
    "no one has been to empty the bins since Tuesday",  # a service, not a care need
    "the carers leave his lunch on the table and he enjoys it",  # care given
    "I was nervous to ring because of my accent but she was lovely",  # shy, not hate
]


def test_examples_here_are_not_in_the_corpus():
    """These test how the rules generalise, so none of them was written into the training data."""
    assert not {t.casefold() for t, _ in DISCLOSURES} & CORPUS_TEXTS
    assert not {t.casefold() for t in NOT_DISCLOSURES} & CORPUS_TEXTS


@pytest.mark.parametrize("text, category", DISCLOSURES)
def test_a_kind_of_disclosure_is_caught_by_the_rules(text, category):
    hit = rules().match(text)
    assert hit is not None and hit.concept.category == category, hit


@pytest.mark.parametrize("text", NOT_DISCLOSURES)
def test_figurative_or_settled_words_are_not_caught(text):
    assert rules().match(text) is None


def test_a_concept_stem_is_never_mended_into_another_word():
    # "misusing" is one slip from "missing"; it is the stem misus*, so it stays itself.
    assert "misusing" in rules().mend("my attorney is misusing my funds")
    assert rules().match("my attorney is misusing my funds") is not None


def test_slang_and_plain_words_for_a_harm_share_a_family_feature():
    assert "hit" in families_of("lamped") and "hit" in families_of("hitting")
    assert "f:hit" in family_features("her fella lamped her") & family_features("he hit her")


def test_the_classifier_sees_what_the_rules_set_aside():
    assert "kn:abuse" in concept_features("he never hits me")
    assert "k:abuse" in concept_features("he hits me")
    assert "kn:abuse" not in concept_features("he hits me")


def test_the_cue_set_runs_inside_the_shared_featuriser():
    from bot.safeguarding.features import SPEC

    features = featurise("my son took my bank card", SPEC)
    assert "w:bank card" in features and "f:money" in features and "k:financial" in features


def test_texts_too_short_to_judge_are_left_to_the_rules():
    assert not scoreable("Kind staff") and not scoreable("She is home now")
    assert scoreable("my son takes all of my pension")
    model = {"threshold": 0.5, "risk": _constant_model(5.0), "category": _constant_model(0.0)}
    assert Classifier(model).risk("She is home now") == 0.0
    assert Classifier(model).risk("the kind staff were there every day") > 0.99
    # short disclosures are the rules' to find
    assert rules().match("I'm going to hurt someone") and rules().match("scared to go out")


def _constant_model(intercept: float) -> dict:
    return {
        "format": 1,
        "labels": ["ordinary", "risk"],
        "spec": {"word_ngrams": [1, 1], "char_ngrams": [0, 0], "max_chars": 2000, "extra": None},
        "vocabulary": {},
        "intercepts": [intercept],
    }
