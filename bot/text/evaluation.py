"""Honest figures for a text model: out-of-fold predictions with whole groups held out, per-group tables."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import partial
from typing import Any

from bot.text import training
from bot.text.features import FeatureSpec
from bot.text.linear import LinearTextModel


def grouped_probabilities(
    texts: Sequence[str],
    labels: Sequence[str],
    groups: Sequence[str],
    spec: FeatureSpec,
    n_splits: int = 5,
    **train_kw: Any,
) -> list[dict[str, float]]:
    """Each row's label probabilities from a model that never saw the row's group (GroupKFold).

    A group is whatever must not leak between training and testing: a phrasing template, a whole
    category. `sample_weight`, if given, is one weight per row. Labels a fold's model never saw
    get probability 0.
    """
    from sklearn.model_selection import GroupKFold

    if not len(texts) == len(labels) == len(groups):
        raise ValueError("texts, labels and groups must be the same length")
    all_labels = sorted({str(label) for label in labels})
    weights = train_kw.pop("sample_weight", None)
    n_splits = min(n_splits, len(set(groups)))
    if n_splits < 2:
        raise ValueError("grouped evaluation needs at least two groups")
    out: list[dict[str, float] | None] = [None] * len(texts)
    for train_rows, test_rows in GroupKFold(n_splits=n_splits).split(texts, labels, groups):
        fold_labels = [str(labels[i]) for i in train_rows]
        if len(set(fold_labels)) < 2:  # only one label left to learn: it is all the fold can say
            predict: Callable[[str], dict[str, float]] = partial(_certain, fold_labels[0])
        else:
            model = training.train(
                [texts[i] for i in train_rows],
                fold_labels,
                spec,
                sample_weight=None if weights is None else [weights[i] for i in train_rows],
                **train_kw,
            )
            predict = LinearTextModel(model).probabilities
        for i in test_rows:
            probabilities = predict(texts[i])
            out[i] = {label: probabilities.get(label, 0.0) for label in all_labels}
    return out  # type: ignore[return-value]


def grouped_predictions(
    texts: Sequence[str],
    labels: Sequence[str],
    groups: Sequence[str],
    spec: FeatureSpec,
    n_splits: int = 5,
    **train_kw: Any,
) -> list[str]:
    """Each row's out-of-fold predicted label (see `grouped_probabilities`)."""
    rows = grouped_probabilities(texts, labels, groups, spec, n_splits, **train_kw)
    return [max(sorted(p), key=p.__getitem__) for p in rows]


def per_group_report(
    rows: Iterable[Mapping[str, Any]],
    key: str,
    *,
    truth: str = "label",
    predicted: str = "predicted",
    positive: str | None = None,
) -> list[dict[str, Any]]:
    """Figures per value of `rows[key]` (e.g. category), then an "(all)" line.

    Every line has `n` and `accuracy`. With `positive` (e.g. "risk") also: `recall` (positives
    found), `precision` (flagged that were positive) and `fp_rate` (non-positives flagged);
    a figure with nothing to count is None.
    """
    buckets: dict[str, list[Mapping[str, Any]]] = {}
    everything: list[Mapping[str, Any]] = []
    for row in rows:
        buckets.setdefault(str(row[key]), []).append(row)
        everything.append(row)
    report = [_figures(name, bucket, truth, predicted, positive) for name, bucket in sorted(buckets.items())]
    report.append(_figures("(all)", everything, truth, predicted, positive))
    return report


def _figures(name: str, rows: list[Mapping[str, Any]], truth: str, predicted: str, positive: str | None):
    figures: dict[str, Any] = {
        "group": name,
        "n": len(rows),
        "accuracy": _ratio(sum(r[truth] == r[predicted] for r in rows), len(rows)),
    }
    if positive is not None:
        actual = [r for r in rows if r[truth] == positive]
        others = [r for r in rows if r[truth] != positive]
        flagged = [r for r in rows if r[predicted] == positive]
        figures["recall"] = _ratio(sum(r[predicted] == positive for r in actual), len(actual))
        figures["precision"] = _ratio(sum(r[truth] == positive for r in flagged), len(flagged))
        figures["fp_rate"] = _ratio(sum(r[predicted] == positive for r in others), len(others))
    return figures


def per_label_report(truths: Sequence[str], predictions: Sequence[str]) -> list[dict[str, Any]]:
    """Precision, recall and F1 for each label."""
    report = []
    for label in sorted(set(truths) | set(predictions)):
        hits = sum(t == p == label for t, p in zip(truths, predictions, strict=True))
        precision = _ratio(hits, sum(p == label for p in predictions))
        recall = _ratio(hits, sum(t == label for t in truths))
        f1 = 2 * precision * recall / (precision + recall) if precision and recall else 0.0
        report.append(
            {
                "group": label,
                "n": sum(t == label for t in truths),
                "precision": precision,
                "recall": recall,
                "f1": f1,
            }
        )
    return report


def format_table(report: Sequence[Mapping[str, Any]], columns: Sequence[str] | None = None) -> str:
    """A plain-text table of report lines: ratios as percentages, missing figures as "-"."""
    if not report:
        return "(no rows)\n"
    columns = list(columns or report[0].keys())
    cells = [[_cell(line.get(column)) for column in columns] for line in report]
    widths = [max(len(column), *(len(row[i]) for row in cells)) for i, column in enumerate(columns)]
    lines = [_line(columns, widths)] + [_line(row, widths) for row in cells]
    return "\n".join(lines) + "\n"


def _line(cells: Sequence[str], widths: Sequence[int]) -> str:
    """The first column left-aligned, figures right-aligned."""
    pairs = enumerate(zip(cells, widths, strict=True))
    padded = [c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in pairs]
    return "  ".join(padded)


def _certain(label: str, _text: str) -> dict[str, float]:
    return {label: 1.0}


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{100 * value:.1f}%"
    return str(value)
