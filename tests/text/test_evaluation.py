"""Grouped evaluation keeps whole groups out of training, and reports figures per group."""

from __future__ import annotations

import pytest

from bot.text import evaluation, training
from bot.text.evaluation import (
    format_table,
    grouped_predictions,
    grouped_probabilities,
    per_group_report,
    per_label_report,
)
from bot.text.features import FeatureSpec
from tests.text.corpus import corpus

SPEC = FeatureSpec(char_ngrams=(0, 0))


def test_no_group_is_both_trained_on_and_tested(monkeypatch):
    rows = corpus(150)
    texts, labels, groups = (list(column) for column in zip(*rows, strict=True))
    texts = [f"{text} #{i}" for i, text in enumerate(texts)]  # every row findable by its text
    group_of = dict(zip(texts, groups, strict=True))
    trained_groups: list[set[str]] = []
    real_train = training.train

    def recording_train(fold_texts, fold_labels, spec, **kw):
        trained_groups.append({group_of[t] for t in fold_texts})
        return real_train(fold_texts, fold_labels, spec, **kw)

    monkeypatch.setattr(training, "train", recording_train)
    tested_groups: list[set[str]] = []
    real_model = evaluation.LinearTextModel

    class RecordingModel(real_model):
        def __init__(self, data):
            super().__init__(data)
            tested_groups.append(set())

        def probabilities(self, text):
            tested_groups[-1].add(group_of[text])
            return super().probabilities(text)

    monkeypatch.setattr(evaluation, "LinearTextModel", RecordingModel)

    predictions = grouped_predictions(texts, labels, groups, SPEC, n_splits=5)
    assert len(trained_groups) == len(tested_groups) == 5
    for trained, tested in zip(trained_groups, tested_groups, strict=True):
        assert tested and not trained & tested
    assert set().union(*tested_groups) == set(groups)
    assert len(predictions) == len(texts) and set(predictions) <= set(labels)


def test_out_of_fold_probabilities_cover_every_label_and_sum_to_one():
    rows = corpus(150)
    texts, labels, groups = (list(column) for column in zip(*rows, strict=True))
    weights = [1.0] * len(rows)
    probabilities = grouped_probabilities(texts, labels, groups, SPEC, n_splits=3, sample_weight=weights)
    assert len(probabilities) == len(rows)
    for row in probabilities:
        assert sorted(row) == ["negative", "neutral", "positive"]
        assert sum(row.values()) == pytest.approx(1.0)
    # Templates are shared phrasing, not the cue words, so held-out templates are still learnable.
    predictions = [max(row, key=row.get) for row in probabilities]
    assert sum(p == t for p, t in zip(predictions, labels, strict=True)) / len(labels) > 0.8


def test_a_fold_left_with_one_label_predicts_that_label():
    texts = ["rude", "awful", "kind", "lovely", "rude staff", "kind staff"]
    labels = ["neg", "neg", "pos", "pos", "neg", "neg"]
    groups = ["a", "a", "b", "b", "c", "c"]
    predictions = grouped_predictions(texts, labels, groups, SPEC, n_splits=3, min_df=1)
    assert predictions[2:4] == ["neg", "neg"]  # group b held out: the others only know "neg"


def test_per_group_report_counts_recall_precision_and_false_positives():
    rows = [
        {"category": "neglect", "label": "risk", "predicted": "risk"},
        {"category": "neglect", "label": "risk", "predicted": "ordinary"},
        {"category": "praise", "label": "ordinary", "predicted": "risk"},
        {"category": "praise", "label": "ordinary", "predicted": "ordinary"},
        {"category": "praise", "label": "ordinary", "predicted": "ordinary"},
        {"category": "praise", "label": "ordinary", "predicted": "ordinary"},
    ]
    report = {line["group"]: line for line in per_group_report(rows, "category", positive="risk")}
    assert report["neglect"] == {
        "group": "neglect",
        "n": 2,
        "accuracy": 0.5,
        "recall": 0.5,
        "precision": 1.0,
        "fp_rate": None,
    }
    assert report["praise"]["fp_rate"] == 0.25 and report["praise"]["recall"] is None
    assert report["(all)"]["precision"] == 0.5 and report["(all)"]["n"] == 6

    table = format_table(list(report.values()))
    assert table.splitlines()[0].split() == ["group", "n", "accuracy", "recall", "precision", "fp_rate"]
    assert "neglect" in table and "50.0%" in table and "25.0%" in table and " -" in table


def test_per_label_report():
    report = per_label_report(["a", "a", "b", "b"], ["a", "b", "b", "b"])
    assert report[0] == {"group": "a", "n": 2, "precision": 1.0, "recall": 0.5, "f1": pytest.approx(2 / 3)}
    assert report[1]["precision"] == pytest.approx(2 / 3) and report[1]["recall"] == 1.0
