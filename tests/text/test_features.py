"""Features: word n-grams, sklearn-identical in-word character n-grams, named cue sets, negation."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.feature_extraction.text import CountVectorizer

from bot.text.features import FeatureSpec, extra_features, featurise, register_extra
from bot.text.normalise import normalise


def test_word_ngrams_are_read_from_the_normalised_text():
    spec = FeatureSpec(word_ngrams=(1, 2), char_ngrams=(0, 0))
    assert featurise("I can't COPE", spec) == ["w:i", "w:cant", "w:cope", "w:i cant", "w:cant cope"]


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=40))
def test_character_ngrams_match_sklearns_char_wb_analyser(text):
    spec = FeatureSpec(word_ngrams=(1, 0), char_ngrams=(2, 5))  # characters only
    sklearn_grams = CountVectorizer(analyzer="char_wb", ngram_range=(2, 5), lowercase=False).build_analyzer()
    ours = featurise(text, spec)
    assert ours == ["c:" + gram for gram in sklearn_grams(normalise(text))]


def test_features_stop_at_max_chars():
    spec = FeatureSpec(char_ngrams=(0, 0), max_chars=10)
    assert featurise("alpha beta gamma", spec) == ["w:alpha", "w:beta", "w:alpha beta"]


def test_negation_marks_up_to_three_words_and_stops_at_punctuation():
    spec = FeatureSpec(word_ngrams=(1, 0), char_ngrams=(0, 0), extra="negation")
    assert featurise("They did not listen to me at all", spec) == ["neg:listen", "neg:to", "neg:me"]
    assert featurise("Never rude, kind staff", spec) == ["neg:rude"]
    assert featurise("I can't cope 😢", spec) == ["neg:cope", "neg:emoji_cry"]
    assert featurise("Kind staff", spec) == []


def test_a_cue_set_is_found_by_name_and_called_with_the_normalised_text():
    seen = []

    @register_extra("test_cues_recorder")
    def cues(normalised, words):
        seen.append((normalised, list(words)))
        return ["cue:shout"] if "help" in words else []

    spec = FeatureSpec(word_ngrams=(1, 1), char_ngrams=(0, 0), extra="test_cues_recorder")
    assert featurise("HELP me!", spec) == ["w:help", "w:me", "cue:shout"]
    assert seen == [("help me", ["help", "me"])]
    assert extra_features("test_cues_recorder") is cues


def test_an_unknown_or_duplicate_cue_set_is_a_clear_error():
    with pytest.raises(KeyError, match="no extra feature set 'nowhere'"):
        featurise("hello", FeatureSpec(extra="nowhere"))
    with pytest.raises(ValueError, match="already registered"):
        register_extra("negation")(lambda normalised, words: [])


def test_spec_round_trips_through_a_dict():
    spec = FeatureSpec(word_ngrams=(1, 3), char_ngrams=(3, 4), max_chars=500, extra="negation")
    assert FeatureSpec.from_dict(spec.to_dict()) == spec
