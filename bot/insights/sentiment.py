"""Sentiment scorers for free text, each a score in [-1, 1]; all work offline.

`bench/sentiment.py` measures them against the labelled set in tests/data;
config.yaml `sentiment.method` picks the one used for residents' comments.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from bot.text.textblob_lexicon import pattern_sentiment


def textblob_polarity(text: str) -> float:
    """TextBlob's pattern-lexicon polarity; needs no NLTK corpus.

    The same number as `TextBlob(text).sentiment.polarity`, without building a blob and a new
    namedtuple class on every call (that was most of its time).
    """
    return float(pattern_sentiment()(text)[0])


@cache
def _vader() -> SentimentIntensityAnalyzer:
    # Reads its lexicon and emoji table from the package once, on first use.
    return SentimentIntensityAnalyzer()


def vader_compound(text: str) -> float:
    """VADER's compound score: tuned for short social texts, knows emoji."""
    return float(_vader().polarity_scores(text)["compound"])


def vader_valence(word: str) -> float:
    """VADER's score for one lowercase word (0.0 when its lexicon does not know it)."""
    return float(_vader().lexicon.get(word, 0.0))


# VADER reads emoji by their names ("thumbs up", "pouting face"), and several
# that residents send score 0 that way. These few have an unambiguous meaning
# in feedback, the same one bot/conversation/answers.py gives 👍 and 👎.
EMOJI_WORDS = {
    "👍": " good ",
    "👎": " bad ",
    "😡": " angry ",
    "😠": " angry ",
    "🤬": " angry ",
    "🙏": " thanks ",
    "❤": " love ",
    "💙": " love ",
    "😒": " annoyed ",
    "🙁": " sad ",
    "☹": " sad ",
}


def emoji_as_words(text: str) -> str:
    """Replace the emoji in EMOJI_WORDS with the word they stand for."""
    for emoji, word in EMOJI_WORDS.items():
        text = text.replace(emoji, word)
    return text


def vader_emoji_compound(text: str) -> float:
    """VADER after emoji_as_words."""
    return vader_compound(emoji_as_words(text))


def mean_score(text: str) -> float:
    """The average of TextBlob and VADER."""
    return (textblob_polarity(text) + vader_compound(text)) / 2


SCORERS: dict[str, Callable[[str], float]] = {
    "textblob": textblob_polarity,
    "vader": vader_compound,
    "vader_emoji": vader_emoji_compound,
    "mean": mean_score,
}


def score(text: str, method: str) -> float:
    """The score of `text` by the named method (a key of SCORERS)."""
    return SCORERS[method](text)
