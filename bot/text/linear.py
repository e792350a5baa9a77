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
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
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
        # Compact: a feature's row is where its hash sits in one sorted array of hashes, and the
        # idfs and coefficients are flat arrays in that order (one row of `_width` per feature; a
        # pruned feature's row is zeros). A dict of feature names took about 90 bytes a feature
        # (the safeguarding models' 84,000 features: 7.7 MB of a web worker); the hashes take 8.
        # Python's string hash differs between processes but not within one, and the model is
        # built in the process that reads it; two 64-bit hashes meeting by chance is about one
        # in 10^14 per message, far below anything the tests or a council would notice.
        self._width = len(self.intercepts)
        zeros = [0.0] * self._width
        rows = sorted((hash(feature), values) for feature, values in data["vocabulary"].items())
        if any(a[0] == b[0] for a, b in pairwise(rows)):
            raise ValueError("two of the model's features share a hash; it cannot be loaded compactly")
        self._hashes = array("q", (h for h, _ in rows))
        self._idf = array("d", (values[0] for _, values in rows))
        self._coefs = array("d")
        for _, values in rows:
            self._coefs.extend(values[1:] or zeros)
        self.metadata = Metadata(
            data.get("trained_at"), data.get("data_sha256"), dict(data.get("metrics", {}))
        )

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> LinearTextModel:
        """The model saved at `path` (read once, again only when the file changes)."""
        path = os.path.abspath(path)
        mtime_ns = os.stat(path).st_mtime_ns  # of the file a symlink names, as reading it would be
        return _load_cached(_real_path(path, mtime_ns), mtime_ns)

    def _row(self, feature: str) -> int | None:
        """The feature's row, or None when the model does not know it."""
        h = hash(feature)
        row = bisect_left(self._hashes, h)
        return row if row < len(self._hashes) and self._hashes[row] == h else None

    def weights(self, text: str) -> dict[str, float]:
        """The text's L2-normalised TF-IDF weight for each feature the model knows."""
        counts = Counter(featurise(text, self.spec))
        weights: dict[str, float] = {}
        for feature, count in counts.items():
            row = self._row(feature)
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
        hashes, idfs, coefs = self._hashes, self._idf, self._coefs
        size = len(hashes)
        for feature, count in Counter(featurise(text, self.spec)).items():
            h = hash(feature)
            row = bisect_left(hashes, h)  # self._row, inlined: this loop is the model's hot path
            if row == size or hashes[row] != h:
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
            row = self._row(feature)
            if row is None:  # never: weights() gives only features the model knows
                continue
            start = row * self._width
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


# A turn uses the models about once a message: resolving the path's symlinks took an lstat of
# each of its folders every time. Worked out again when the file's time changes (a new file).
@lru_cache(maxsize=64)
def _real_path(path: str, mtime_ns: int) -> str:
    return os.path.realpath(path)


@lru_cache(maxsize=16)
def _load_cached(path: str, mtime_ns: int) -> LinearTextModel:
    with open(path, encoding="utf-8") as handle:
        return LinearTextModel(json.load(handle))
