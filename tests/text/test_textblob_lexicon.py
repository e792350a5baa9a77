"""TextBlob's pattern sentiment, built without importing textblob, scores exactly as TextBlob's own."""

from __future__ import annotations

import csv
from pathlib import Path

from textblob.en import sentiment as textblob_sentiment

from bot.text.textblob_lexicon import pattern_sentiment
from tests.fresh_python import run_python

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("nltk", "textblob", "scipy", "sklearn", "numpy")


def feedback_texts() -> list[str]:
    texts = []
    for path in (ROOT / "data" / "sentiment" / "feedback.csv", ROOT / "tests" / "data" / "sentiment.csv"):
        with path.open(encoding="utf-8") as file:
            texts += [row["text"] for row in csv.DictReader(file)]
    return texts


def test_every_feedback_text_gets_textblobs_polarity_and_subjectivity():
    texts = feedback_texts()
    assert len(texts) > 1_000
    ours = pattern_sentiment()
    differ = {
        text: (ours(text), textblob_sentiment(text))
        for text in texts
        if ours(text) != textblob_sentiment(text)
    }
    assert differ == {}
    assert any(ours(text)[0] > 0 for text in texts) and any(ours(text)[0] < 0 for text in texts)


def test_a_web_worker_loads_no_nltk_scipy_or_sklearn(tmp_path):
    """The app, a comment's sentiment, themes and the safeguarding word list: none imports them."""
    script = f"""
import sys
from web import create_app
create_app({{"DATABASE_URL": "sqlite:///{tmp_path}/heard.sqlite3"}})
from bot.insights.sentiment import textblob_polarity
from bot.insights.themes import stems
from bot.safeguarding.phrasings import _english_words
assert textblob_polarity("very kind staff") > 0 and stems("waiting") == ("wait",) and _english_words()
print(" ".join(name for name in {HEAVY!r} if name in sys.modules))
"""
    assert run_python(script).split() == []
