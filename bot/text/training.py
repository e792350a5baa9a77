"""Training a `LinearTextModel` with scikit-learn and saving it as deterministic JSON (build time only)."""

from __future__ import annotations

import csv
import hashlib
import json
import os
from collections.abc import Sequence
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from bot.text.features import FeatureSpec, featurise
from bot.text.linear import FORMAT

DECIMALS = 7  # 6 places let runtime and sklearn drift apart by up to ~1e-6; 7 keeps them within ~1e-7


def build_pipeline(
    spec: FeatureSpec, *, C: float = 4.0, class_weight: str | dict | None = "balanced", min_df=2
):
    """The sklearn (vectoriser, classifier) pair a `LinearTextModel` reproduces at run time."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectoriser = TfidfVectorizer(
        analyzer=partial(featurise, spec=spec), sublinear_tf=True, norm="l2", min_df=min_df, lowercase=False
    )
    # lbfgs is deterministic and quick on a few thousand short texts; softmax for 3+ labels.
    classifier = LogisticRegression(
        C=C, class_weight=class_weight, solver="lbfgs", max_iter=2000, random_state=0
    )
    return vectoriser, classifier


def train(
    texts: Sequence[str],
    labels: Sequence[str],
    spec: FeatureSpec,
    *,
    C: float = 4.0,
    class_weight: str | dict | None = "balanced",
    sample_weight: Sequence[float] | None = None,
    min_df: int = 2,
    metrics: dict[str, Any] | None = None,
    trained_at: str | None = None,
) -> dict[str, Any]:
    """A JSON-ready model of `labels` given `texts`; `metrics` (e.g. grouped figures) are stored with it.

    `min_df` drops features seen in fewer training texts (noise, and file size). `trained_at`
    defaults to today's UTC date, so retraining on the same day writes the same bytes.
    """
    if len(texts) != len(labels):
        raise ValueError(f"{len(texts)} texts but {len(labels)} labels")
    labels = [str(label) for label in labels]
    if len(set(labels)) < 2:
        raise ValueError("training needs at least two different labels")
    vectoriser, classifier = build_pipeline(spec, C=C, class_weight=class_weight, min_df=min_df)
    matrix = vectoriser.fit_transform(list(texts))
    classifier.fit(matrix, labels, sample_weight=None if sample_weight is None else list(sample_weight))

    vocabulary: dict[str, list[float]] = {}
    coefficients = classifier.coef_.T  # one row per feature
    for feature, column in vectoriser.vocabulary_.items():
        coefs = [_round(c) for c in coefficients[column]]
        idf = _round(vectoriser.idf_[column])
        vocabulary[feature] = [idf, *coefs] if any(coefs) else [idf]
    return {
        "format": FORMAT,
        "labels": [str(label) for label in classifier.classes_],
        "spec": spec.to_dict(),
        "vocabulary": vocabulary,
        "intercepts": [_round(b) for b in classifier.intercept_],
        "sublinear_tf": True,
        "trained_at": trained_at or datetime.now(UTC).date().isoformat(),
        "data_sha256": data_sha256(texts, labels, sample_weight),
        "metrics": metrics or {},
        "training": {"C": C, "class_weight": class_weight, "min_df": min_df, "rows": len(texts)},
    }


def data_sha256(
    texts: Sequence[str], labels: Sequence[str], sample_weight: Sequence[float] | None = None
) -> str:
    """A fingerprint of the training data, so a saved model says what it learned from."""
    payload: dict[str, list[str] | list[float]] = {"texts": list(texts), "labels": [str(x) for x in labels]}
    if sample_weight is not None:
        payload["sample_weight"] = [float(w) for w in sample_weight]
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode("utf-8")).hexdigest()


def save(model: dict[str, Any], path: str | os.PathLike[str]) -> None:
    """Write `model` so the same model always gives the same bytes (sorted keys, rounded floats)."""
    text = json.dumps(_rounded(model), sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n"
    path = Path(path)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)  # readers never see half a file


def load_csv(path: str | os.PathLike[str]) -> list[dict[str, str]]:
    """The rows of a UTF-8 CSV file with a header line, as dicts."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _round(value: float) -> float:
    return round(float(value), DECIMALS) + 0.0  # + 0.0 turns -0.0 into 0.0


def _rounded(value: Any) -> Any:
    if isinstance(value, float):
        return _round(value)
    if isinstance(value, dict):
        return {key: _rounded(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_rounded(item) for item in value]
    return value
