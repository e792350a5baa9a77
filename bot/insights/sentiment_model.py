"""The feedback sentiment model: positive / negative / mixed / neutral, trained on data/sentiment.

It knows plain complaints (a wait, a visit that never came, a broken promise)
through the cues in bot/insights/feedback_cues.py. The model file is built by
`python -m bot.insights.sentiment_training` and read here; nothing is downloaded.
"""

from __future__ import annotations

from pathlib import Path

import bot.insights.feedback_cues  # noqa: F401  (registers the "feedback_cues" feature set)
from bot.text.features import FeatureSpec
from bot.text.linear import LinearTextModel

DATA = Path(__file__).resolve().parents[2] / "data" / "sentiment"
MODEL = DATA / "model.json"
LABELS = ("positive", "negative", "mixed", "neutral")
SPEC = FeatureSpec(word_ngrams=(1, 2), char_ngrams=(0, 0), extra="feedback_cues")
# A missed complaint costs more than a neutral remark read as one: a comment the model
# thinks most likely neutral goes to the negative side once negative + mixed reach this.
# Chosen on the corpus's out-of-fold (template held out) probabilities, never on outside data.
LEAN_NEGATIVE = 0.15


def model() -> LinearTextModel:
    """The trained model (read once, again when the file changes)."""
    return LinearTextModel.load(MODEL)


def score_of(probabilities: dict[str, float]) -> float:
    """One number in [-1, 1] for sorting and the API: positive minus negative, mixed counted half negative."""
    value = probabilities.get("positive", 0.0) - probabilities.get("negative", 0.0)
    return round(value - probabilities.get("mixed", 0.0) / 2, 4)


def classify(text: str) -> tuple[str, float]:
    """The label of a comment and its score (see score_of)."""
    probabilities = model().probabilities(text)
    return decide(probabilities), score_of(probabilities)


def decide(probabilities: dict[str, float]) -> str:
    """The label for these probabilities, leaning to the negative side.

    A likely neutral comment goes negative at LEAN_NEGATIVE. A likely positive one goes negative
    when negative and mixed together are at least as likely: a complaint split between the two
    labels is still a complaint (the dashboard counts them together), so it is weighed as one side.
    """
    p = {name: probabilities.get(name, 0.0) for name in LABELS}
    label = max(LABELS, key=p.__getitem__)
    against = p["negative"] + p["mixed"]
    if (label == "neutral" and against >= LEAN_NEGATIVE) or (
        label == "positive" and against >= p["positive"]
    ):
        return "negative" if p["negative"] >= p["mixed"] else "mixed"
    return label
