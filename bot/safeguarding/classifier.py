"""The trained risk classifier: word and character n-gram features, linear weights stored as JSON.

Two linear models trained by `python -m bot.safeguarding.train` and kept in
`data/safeguarding/model.json`: one scores risk against ordinary feedback (run
on every message, so it is a single dictionary look-up per feature), the other
names the most likely category once risk is found.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bot.safeguarding.rules import BREAK, normalise

MODEL = Path(__file__).resolve().parents[2] / "data" / "safeguarding" / "model.json"
CHAR_SIZES = (3, 4)


def featurise(text: str) -> list[str]:
    """Distinct features of `text`: words, word pairs and character 3- and 4-grams inside words."""
    words = [w for w in normalise(text).split() if w != BREAK]
    features = {f"w:{w}" for w in words}
    features.update(f"b:{a} {b}" for a, b in zip(words, words[1:], strict=False))
    for word in words:
        padded = f" {word} "
        for size in CHAR_SIZES:
            features.update(f"c:{padded[i : i + size]}" for i in range(len(padded) - size + 1))
    return sorted(features)


@dataclass(frozen=True)
class Verdict:
    risk: float  # probability-like score 0..1
    category: str  # the most likely risk category (meaningful when risky)
    top: tuple[str, ...]  # the features that pushed hardest towards risk


class Classifier:
    def __init__(self, model: dict) -> None:
        self.threshold: float = model["threshold"]
        self.risk_bias: float = model["risk"]["bias"]
        self.risk_weights: dict[str, float] = model["risk"]["weights"]
        self.categories: list[str] = model["category"]["labels"]
        self.category_bias: list[float] = model["category"]["bias"]
        self.category_weights: dict[str, list[float]] = model["category"]["weights"]

    @classmethod
    def load(cls, path: Path = MODEL) -> Classifier:
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def risk(self, text: str) -> float:
        """Probability that `text` discloses risk (logistic of the linear score)."""
        weights = self.risk_weights
        score = self.risk_bias + sum(weights.get(f, 0.0) for f in featurise(text))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))

    def verdict(self, text: str) -> Verdict:
        """Risk score, likeliest category and the words that weighed most (for the alert's reason)."""
        features = featurise(text)
        scores = list(self.category_bias)
        for feature in features:
            for i, weight in enumerate(self.category_weights.get(feature, ())):
                scores[i] += weight
        category = self.categories[max(range(len(scores)), key=scores.__getitem__)]
        pushing = sorted(
            (f for f in features if f.startswith(("w:", "b:")) and self.risk_weights.get(f, 0) > 0),
            key=lambda f: -self.risk_weights[f],
        )
        return Verdict(self.risk(text), category, tuple(f[2:] for f in pushing[:3]))

    def flags(self, text: str) -> bool:
        return self.risk(text) >= self.threshold


@cache
def classifier() -> Classifier | None:
    """The shipped model, or None when it has not been trained (the rules still screen)."""
    return Classifier.load() if MODEL.exists() else None
