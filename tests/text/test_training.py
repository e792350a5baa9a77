"""Training writes deterministic, compact model files and reads labelled CSV data."""

from __future__ import annotations

import json

import pytest

from bot.text.features import FeatureSpec
from bot.text.training import data_sha256, load_csv, save, train
from tests.text.corpus import corpus

SPEC = FeatureSpec(extra="negation")


def test_training_twice_on_the_same_data_writes_the_same_bytes(tmp_path):
    rows = corpus(300)
    texts, labels = [r[0] for r in rows], [r[1] for r in rows]
    weights = [1.0 + (i % 3) for i in range(len(rows))]
    for name in ("first.json", "second.json"):
        save(train(texts, labels, SPEC, sample_weight=weights, trained_at="2026-12-02"), tmp_path / name)
    first = (tmp_path / "first.json").read_bytes()
    assert first == (tmp_path / "second.json").read_bytes()
    assert first.endswith(b"}\n") and first.count(b"\n") == 1

    saved = json.loads(first)
    assert saved["format"] == 1 and saved["labels"] == ["negative", "neutral", "positive"]
    assert saved["spec"] == SPEC.to_dict() and saved["sublinear_tf"] is True
    assert saved["data_sha256"] == data_sha256(texts, labels, weights)
    assert len(saved["intercepts"]) == 3
    assert all(len(row) in (1, 4) for row in saved["vocabulary"].values())  # idf, then one coef per label
    assert all(len(repr(x).split(".")[-1]) <= 7 for row in saved["vocabulary"].values() for x in row)


def test_features_seen_in_only_one_text_are_left_out():
    model = train(
        ["rude staff", "rude people", "kind staff", "kind zebra"], ["neg", "neg", "pos", "pos"], SPEC
    )
    assert "w:rude" in model["vocabulary"] and "w:staff" in model["vocabulary"]
    assert "w:zebra" not in model["vocabulary"]
    assert len(model["intercepts"]) == 1  # two labels: one coefficient per feature


def test_the_data_fingerprint_changes_with_any_text_label_or_weight():
    base = data_sha256(["a", "b"], ["x", "y"])
    assert base != data_sha256(["a", "c"], ["x", "y"])
    assert base != data_sha256(["a", "b"], ["x", "x"])
    assert base != data_sha256(["a", "b"], ["x", "y"], [1.0, 2.0])


def test_training_refuses_mismatched_or_single_label_data():
    with pytest.raises(ValueError, match="2 texts but 1 labels"):
        train(["a", "b"], ["x"], SPEC)
    with pytest.raises(ValueError, match="at least two different labels"):
        train(["a", "b"], ["x", "x"], SPEC)


def test_load_csv_reads_utf8_rows_with_a_header(tmp_path):
    path = tmp_path / "data.csv"
    path.write_text('\ufefftext,label\n"Kind, and 👍",positive\ncafé,neutral\n', encoding="utf-8")
    assert load_csv(path) == [
        {"text": "Kind, and 👍", "label": "positive"},
        {"text": "café", "label": "neutral"},
    ]
