"""The trained risk classifier, on Heard's shared text machinery (bot/text), stored as JSON.

Two linear text models trained by `python -m bot.safeguarding.train` and kept
together in `data/safeguarding/model.json`: one scores risk against ordinary
feedback, the other names the most likely category once risk is found. Both read
words, word pairs, character n-grams and the safeguarding cue set (features.py:
concept families, their pairings in a clause, what the rules found or set aside),
so a disclosure in words nobody wrote down still meets the families it is made of.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from bot.safeguarding import features  # noqa: F401  (registers the "safeguarding" cue set)
from bot.text.linear import LinearTextModel
from bot.text.normalise import words

MODEL = Path(__file__).resolve().parents[2] / "data" / "safeguarding" / "model.json"
RISK = "risk"
# Fewer words than this and one or two words carry the whole normalised vector ("Kind staff", "She
# is home now" read as care-home abuse): the rules judge those alone. 6 was chosen on sets E and F and
# the NHS comments; round 23 read every natural set by a model trained without it (the ruler): 5 at
# the shipped cut catches six more telegraphic disclosures ("stuck in bath since teatime", "son has my
# pension card") with no more false alarms there and 11 more of 7,396 NHS comments; 4 two more
# disclosures for one more false alarm and 40 NHS comments (docs/evaluation.md, "Round 23 (recall)").
MIN_WORDS = 5


def scoreable(text: str) -> bool:
    return len(words(text)) >= MIN_WORDS


@dataclass(frozen=True)
class Verdict:
    risk: float  # probability-like score 0..1
    category: str  # the most likely risk category (meaningful when risky)
    top: tuple[str, ...]  # the words that pushed hardest towards risk


class Classifier:
    def __init__(self, model: dict[str, Any]) -> None:
        self.threshold: float = model["threshold"]
        self.risk_model = LinearTextModel(model["risk"])
        self.category_model = LinearTextModel(model["category"])

    @classmethod
    def load(cls, path: Path = MODEL) -> Classifier:
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def risk(self, text: str) -> float:
        """Probability that `text` discloses risk (0 for texts too short to judge)."""
        if not scoreable(text):
            return 0.0
        return self.risk_model.probabilities(text).get(RISK, 0.0)

    def verdict(self, text: str) -> Verdict:
        """Risk score, likeliest category and the words that weighed most (for the alert's reason)."""
        category, _ = self.category_model.predict(text)
        pushing = self.risk_model.explain(text, RISK, k=20)
        words = tuple(feature[2:] for feature, _ in pushing if feature.startswith("w:"))[:3]
        return Verdict(self.risk(text), category, words)

    def flags(self, text: str) -> bool:
        return self.risk(text) >= self.threshold


@cache
def classifier() -> Classifier | None:
    """The shipped model, or None when it has not been trained (the rules still screen)."""
    return Classifier.load() if MODEL.exists() else None
