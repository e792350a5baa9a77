"""A trained linear text model (TF-IDF + logistic regression) read from JSON and run in pure Python.

File layout (format 1), as written by `bot.text.training.save`:

    {"format": 1, "labels": [...], "spec": {FeatureSpec fields},
     "vocabulary": {feature: [idf, coef, ...]}, "intercepts": [...], "sublinear_tf": true,
     "trained_at": "...", "data_sha256": "...", "metrics": {...}}

With two labels there is one coefficient per feature and one intercept (the log-odds of the second
label); with more, one per label (softmax). A feature whose coefficients all rounded to zero keeps
only its idf, which still counts towards the length the TF-IDF vector is normalised by.
"""

from __future__ import annotations

import json
import math
import os
from array import array
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from bot.text.features import FeatureSpec, featurise

FORMAT = 1


@dataclass(frozen=True)
class Metadata:
    trained_at: str | None
    data_sha256: str | None
    metrics: dict[str, Any]


class LinearTextModel:
    """Label probabilities for a text, and the features behind them."""

    def __init__(self, data: dict[str, Any]) -> None:
        if data.get("format") != FORMAT:
            raise ValueError(f"unsupported text model format {data.get('format')!r} (expected {FORMAT})")
        self.labels: list[str] = list(data["labels"])
        self.spec = FeatureSpec.from_dict(data["spec"])
        self.sublinear_tf = bool(data.get("sublinear_tf", True))
        self.intercepts: tuple[float, ...] = tuple(data["intercepts"])
        self.binary = len(self.labels) == 2 and len(self.intercepts) == 1
        # Compact: feature -> row number, and flat arrays of idfs and coefficients (one row of
        # `_width` per feature; a pruned feature's row is zeros). A tuple of boxed floats per
        # feature took about three times the memory for the same numbers.
        self._width = len(self.intercepts)
        self._index: dict[str, int] = {}
        self._idf = array("d")
        self._coefs = array("d")
        zeros = [0.0] * self._width
        for row, (feature, values) in enumerate(data["vocabulary"].items()):
            # A fresh copy of the name: kept together in new memory, so the parsed file's memory
            # can go back when it is freed (holding its strings pinned most of it in place).
            self._index[feature.encode().decode()] = row
            self._idf.append(values[0])
            self._coefs.extend(values[1:] or zeros)
        self.metadata = Metadata(
            data.get("trained_at"), data.get("data_sha256"), dict(data.get("metrics", {}))
        )

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> LinearTextModel:
        """The model saved at `path` (read once, again only when the file changes)."""
        path = Path(path).resolve()
        return _load_cached(str(path), path.stat().st_mtime_ns)

    def weights(self, text: str) -> dict[str, float]:
        """The text's L2-normalised TF-IDF weight for each feature the model knows."""
        counts = Counter(featurise(text, self.spec))
        weights: dict[str, float] = {}
        for feature, count in counts.items():
            row = self._index.get(feature)
            if row is not None:
                weights[feature] = self._tf(count) * self._idf[row]
        norm = math.sqrt(sum(w * w for w in weights.values()))
        if norm > 0:
            weights = {feature: w / norm for feature, w in weights.items()}
        return weights

    def _tf(self, count: int) -> float:
        if not self.sublinear_tf:
            return float(count)
        return 1.0 if count == 1 else 1.0 + math.log(count)

    def probabilities(self, text: str) -> dict[str, float]:
        """Each label's probability for `text`; they sum to 1."""
        # One pass: sum weight x coefficient unnormalised, then divide by the vector's length.
        width = self._width
        sums = [0.0] * width
        squares = 0.0
        index, idfs, coefs = self._index, self._idf, self._coefs
        for feature, count in Counter(featurise(text, self.spec)).items():
            row = index.get(feature)
            if row is None:
                continue
            weight = self._tf(count) * idfs[row]
            squares += weight * weight
            if width == 1:  # the common two-label case, without the inner loop
                sums[0] += weight * coefs[row]
                continue
            start = row * width
            for j in range(width):
                sums[j] += weight * coefs[start + j]
        norm = math.sqrt(squares) or 1.0
        scores = [b + total / norm for b, total in zip(self.intercepts, sums, strict=True)]
        if self.binary:
            positive = _sigmoid(scores[0])
            return {self.labels[0]: 1.0 - positive, self.labels[1]: positive}
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {label: e / total for label, e in zip(self.labels, exps, strict=True)}

    def predict(self, text: str) -> tuple[str, float]:
        """The most probable label and its probability (ties go to the earlier label)."""
        probabilities = self.probabilities(text)
        label = max(self.labels, key=lambda name: probabilities[name])
        return label, probabilities[label]

    def explain(self, text: str, label: str, k: int = 5) -> list[tuple[str, float]]:
        """The `k` features of `text` that pushed hardest towards `label`, with how hard (score units)."""
        index = self.labels.index(label)
        pushes = []
        for feature, weight in self.weights(text).items():
            start = self._index[feature] * self._width
            coefs = self._coefs[start : start + self._width]
            if not any(coefs):
                continue
            if self.binary:
                push = coefs[0] if index == 1 else -coefs[0]
            else:
                # Softmax only cares how a label's coefficient stands against the others' average.
                push = coefs[index] - sum(coefs) / len(coefs)
            if weight * push > 0:
                pushes.append((feature, weight * push))
        pushes.sort(key=lambda pair: (-pair[1], pair[0]))
        return pushes[:k]


def _sigmoid(score: float) -> float:
    if score >= 0:
        return 1.0 / (1.0 + math.exp(-score))
    e = math.exp(score)
    return e / (1.0 + e)


@lru_cache(maxsize=16)
def _load_cached(path: str, mtime_ns: int) -> LinearTextModel:
    with open(path, encoding="utf-8") as handle:
        return LinearTextModel(json.load(handle))
