"""The configured sentiment method labels residents' comments well enough, and nothing needs NLTK data."""

from __future__ import annotations

import pytest

from bench.sentiment import accuracy, cross_validated, load_labelled, macro_f1, predict, tune
from bot.insights.analysis import polarity, sentiment_label
from bot.insights.sentiment import SCORERS
from bot.insights.themes import themes_of
from settings import ConfigError, Sentiment, parse_config
from tests.configuration import raw_test_config

# Measured by `python -m bench.sentiment` (vader_emoji, +-0.05): accuracy 0.634, macro-F1 0.635.
# Floors sit just below, so a worse method or threshold fails here.
ACCURACY_FLOOR = 0.62
MACRO_F1_FLOOR = 0.62


@pytest.fixture(scope="module")
def labelled() -> list[tuple[str, str]]:
    return load_labelled()


def test_the_labelled_set_is_big_and_balanced(labelled):
    labels = [label for _, label in labelled]
    assert len(labelled) >= 200
    assert set(labels) == {"positive", "neutral", "negative"}
    assert min(labels.count(x) for x in set(labels)) >= 0.3 * len(labels)


def test_configured_method_reaches_the_floor_on_the_labelled_set(config, labelled):
    texts, gold = zip(*labelled, strict=True)
    guess = [sentiment_label(polarity(t, config.sentiment.method), config.sentiment) for t in texts]
    assert config.sentiment.method == "vader_emoji"
    assert accuracy(gold, guess) >= ACCURACY_FLOOR
    assert macro_f1(gold, guess) >= MACRO_F1_FLOOR


def test_the_configured_method_beats_textblob_on_the_labelled_set(config, labelled):
    texts, gold = zip(*labelled, strict=True)
    ours = predict([SCORERS[config.sentiment.method](t) for t in texts], 0.05, -0.05)
    textblob = predict([SCORERS["textblob"](t) for t in texts], 0.1, -0.1)
    assert macro_f1(gold, ours) > macro_f1(gold, textblob)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Thank you, the carer was lovely", "positive"),
        ("Not good at all", "negative"),
        ("😡", "negative"),
        ("👍", "positive"),
        ("I had a phone call on Tuesday", "neutral"),
    ],
)
def test_clear_comments_get_the_obvious_label(config, text, label):
    assert sentiment_label(polarity(text, config.sentiment.method), config.sentiment) == label


def test_metrics_on_a_small_worked_example():
    gold = ["positive", "positive", "neutral", "negative"]
    guess = ["positive", "neutral", "neutral", "positive"]
    assert accuracy(gold, guess) == 0.5
    # F1: positive 0.5, neutral 2/3, negative 0.
    assert macro_f1(gold, guess) == pytest.approx((0.5 + 2 / 3 + 0) / 3)


def test_tuning_finds_thresholds_that_separate_the_classes():
    scores = [-0.8, -0.5, 0.0, 0.02, 0.6, 0.9]
    gold = ["negative", "negative", "neutral", "neutral", "positive", "positive"]
    positive_above, negative_below = tune(scores, gold)
    assert predict(scores, positive_above, negative_below) == gold
    assert cross_validated(scores * 5, gold * 5, k=5) == gold * 5


def test_sentiment_thresholds_must_be_in_order():
    data = raw_test_config()
    data["sentiment"] = {"method": "vader", "positive_above": -0.2, "negative_below": 0.2}
    with pytest.raises(ConfigError, match=r"sentiment: negative_below 0.2 must not be above"):
        parse_config(data)
    data["sentiment"] = {"method": "magic"}
    with pytest.raises(ConfigError, match=r"sentiment.method"):
        parse_config(data)


def test_scoring_and_themes_need_no_nltk_data_or_download(monkeypatch):
    import nltk

    def refuse(*args, **kwargs):
        raise AssertionError("nltk.download must never be called")

    monkeypatch.setattr(nltk, "download", refuse)
    monkeypatch.setattr(nltk.data, "path", [])
    for scorer in SCORERS.values():
        assert -1 <= scorer("Kind staff but a long wait, ŵyr 😀") <= 1
    assert themes_of("Kind staff but I waited, ŵyr", {"waiting": ["wait"], "kindness": ["kind"]}) == [
        "waiting",
        "kindness",
    ]
    assert Sentiment().method == "vader_emoji"
