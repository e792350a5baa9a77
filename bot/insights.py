"""What free text says: a sentiment label from TextBlob's polarity (works offline)."""

from __future__ import annotations

from textblob import TextBlob

from settings import Sentiment


def polarity(text: str) -> float:
    """TextBlob polarity in [-1, 1]; needs no NLTK corpus."""
    return float(TextBlob(text).sentiment.polarity)


def sentiment_label(score: float, thresholds: Sentiment) -> str:
    """positive / neutral / negative by the thresholds in config.yaml."""
    if score > thresholds.positive_above:
        return "positive"
    if score < thresholds.negative_below:
        return "negative"
    return "neutral"
