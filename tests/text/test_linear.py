"""The pure-Python runtime model against the sklearn pipeline it was trained as."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from bot.text.features import FeatureSpec
from bot.text.linear import LinearTextModel
from bot.text.training import build_pipeline, save, train
from tests.fresh_python import run_python
from tests.text.corpus import corpus

ROOT = Path(__file__).resolve().parents[2]
SPEC = FeatureSpec(extra="negation")
HELD_OUT = [text for text, _, _ in corpus(150, seed=99)] + [
    "",
    "!!!",
    "Words the model never saw: zyxt qwv",
    "They were not rude at all 👍",
    "\x00\x07 control \x1b characters",
]


def fitted(rows, spec=SPEC):
    """The sklearn pipeline and the saved-and-loaded runtime model, trained on the same rows."""
    texts, labels = [r[0] for r in rows], [r[1] for r in rows]
    vectoriser, classifier = build_pipeline(spec)
    classifier.fit(vectoriser.fit_transform(texts), labels)
    return vectoriser, classifier, LinearTextModel(train(texts, labels, spec))


@pytest.mark.parametrize("labels", [("positive", "negative", "neutral"), ("negative", "positive")])
def test_probabilities_agree_with_sklearn_predict_proba(tmp_path, labels):
    rows = corpus(250, labels=labels)
    vectoriser, classifier, _ = fitted(rows)
    save(train([r[0] for r in rows], [r[1] for r in rows], SPEC), tmp_path / "model.json")
    model = LinearTextModel.load(tmp_path / "model.json")  # through the file: rounding included

    expected = classifier.predict_proba(vectoriser.transform(HELD_OUT))
    assert model.labels == list(classifier.classes_)
    for text, row in zip(HELD_OUT, expected, strict=True):
        probabilities = model.probabilities(text)
        for label, p in zip(classifier.classes_, row, strict=True):
            assert probabilities[label] == pytest.approx(p, abs=1e-6)
        assert model.predict(text)[0] == classifier.classes_[row.argmax()]


def test_explain_gives_the_features_that_pushed_hardest_towards_the_label():
    vectoriser, classifier, model = fitted(corpus(250, labels=("negative", "positive")))
    text = "Rude and they ignored me, the staff"
    weights = vectoriser.transform([text]).toarray()[0]
    pushes = {
        feature: weights[column] * classifier.coef_[0][column]
        for feature, column in vectoriser.vocabulary_.items()
        if weights[column]
    }
    for label, sign in (("positive", 1), ("negative", -1)):
        expected = sorted((sign * p for p in pushes.values()), reverse=True)[:4]
        explained = model.explain(text, label, k=4)
        # Same strength at each rank; and each named feature really pushes that hard.
        assert [v for _, v in explained] == pytest.approx(expected, abs=1e-5)
        for feature, value in explained:
            assert sign * pushes[feature] == pytest.approx(value, abs=1e-5)
    explained = model.explain(text, "negative", k=4)
    assert any("rude" in f or "ignored" in f for f, _ in explained)


def test_explain_with_several_labels_ranks_by_pull_against_the_other_labels():
    vectoriser, classifier, model = fitted(corpus(250))
    text = "so rude, awful, the staff were kind"
    weights = vectoriser.transform([text]).toarray()[0]
    index = list(classifier.classes_).index("negative")
    # Softmax ignores what all labels share, so a feature's pull is its coefficient minus their mean.
    relative = classifier.coef_[index] - classifier.coef_.mean(axis=0)
    pushes = {f: weights[c] * relative[c] for f, c in vectoriser.vocabulary_.items() if weights[c]}
    explained = model.explain(text, "negative", k=3)
    assert [v for _, v in explained] == pytest.approx(sorted(pushes.values(), reverse=True)[:3], abs=1e-5)
    for feature, value in explained:
        assert pushes[feature] == pytest.approx(value, abs=1e-5)
    assert model.explain(text, "negative", k=50)[:3] == explained


def test_hostile_and_huge_texts_get_probabilities(tmp_path):
    _, _, model = fitted(corpus(200))
    for text in ["💩" * 5000, "a" * 100_000, "\ud800\udfff\x00", "rude " * 20_000, "\u202e" + "😢" * 10]:
        probabilities = model.probabilities(text)
        assert sum(probabilities.values()) == pytest.approx(1.0)


def test_load_reads_again_when_the_file_changes_and_reports_metadata(tmp_path):
    rows = corpus(200)
    path = tmp_path / "model.json"
    save(
        train([r[0] for r in rows], [r[1] for r in rows], SPEC, trained_at="2026-12-01", metrics={"f1": 0.5}),
        path,
    )
    first = LinearTextModel.load(path)
    assert LinearTextModel.load(path) is first
    assert first.metadata.trained_at == "2026-12-01" and first.metadata.metrics == {"f1": 0.5}
    assert len(first.metadata.data_sha256) == 64

    data = json.loads(path.read_text())
    data["labels"] = ["a", "b", "c"]
    path.write_text(json.dumps(data))
    os.utime(path, ns=(1, 1))
    assert LinearTextModel.load(path).labels == ["a", "b", "c"]


def test_an_unknown_file_format_is_refused():
    with pytest.raises(ValueError, match="unsupported text model format"):
        LinearTextModel({"format": 2})


def test_the_runtime_imports_neither_numpy_nor_sklearn():
    code = (
        "import sys, bot.text.linear, bot.text.evaluation, bot.text.training\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('numpy', 'sklearn', 'scipy'))\n"
        "print(heavy)"
    )
    assert run_python(code).strip() == "[]"


def test_a_pruned_feature_still_counts_towards_the_vectors_length():
    rows = corpus(150)
    model = train([r[0] for r in rows], [r[1] for r in rows], SPEC)
    text = "rude staff today"
    feature = "w:staff"
    zeroed = json.loads(json.dumps(model))
    zeroed["vocabulary"][feature] = [model["vocabulary"][feature][0], 0.0, 0.0, 0.0]
    pruned = json.loads(json.dumps(model))
    pruned["vocabulary"][feature] = pruned["vocabulary"][feature][:1]
    dropped = json.loads(json.dumps(model))
    del dropped["vocabulary"][feature]

    assert LinearTextModel(pruned).probabilities(text) == LinearTextModel(zeroed).probabilities(text)
    assert LinearTextModel(pruned).probabilities(text) != LinearTextModel(dropped).probabilities(text)
    assert feature not in dict(LinearTextModel(pruned).explain(text, "negative", k=50))


def _allocated(build):
    """Bytes still allocated once `build()` returns, holding on to what it built."""
    import gc
    import tracemalloc

    gc.collect()
    tracemalloc.start()
    try:
        built = build()
        gc.collect()
        size, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    del built
    return size


def test_a_loaded_model_holds_its_numbers_compactly():
    # A worker keeps every model in memory: the numbers live in flat arrays, not a tuple of boxed
    # floats per feature, so the loaded model takes well under what its parsed JSON does.
    rows = corpus(400)
    text = json.dumps(train([r[0] for r in rows], [r[1] for r in rows], SPEC))
    assert len(json.loads(text)["vocabulary"]) > 200
    model_size = _allocated(lambda: LinearTextModel(json.loads(text)))
    json_size = _allocated(lambda: json.loads(text))
    assert model_size < 0.6 * json_size


def test_a_loaded_model_holds_less_than_its_feature_names_alone():
    # A web worker holds three models; their feature names, kept as a dict, were most of their
    # memory. The model finds a feature by its hash, so it holds no names at all.
    rows = corpus(400)
    text = json.dumps(train([r[0] for r in rows], [r[1] for r in rows], SPEC))
    vocabulary = list(json.loads(text)["vocabulary"])
    model_size = _allocated(lambda: LinearTextModel(json.loads(text)))
    names_size = _allocated(lambda: {name.encode().decode(): row for row, name in enumerate(vocabulary)})
    assert model_size < names_size


def test_a_model_reads_the_same_with_every_feature_found_by_its_hash():
    # Rows are kept in hash order: each known feature must still meet its own idf and coefficients.
    rows = corpus(200)
    data = json.loads(json.dumps(train([r[0] for r in rows], [r[1] for r in rows], SPEC)))
    model = LinearTextModel(data)
    for feature, values in data["vocabulary"].items():
        row = model._row(feature)
        assert row is not None
        assert model._idf[row] == values[0]
        width = model._width
        assert list(model._coefs[row * width : (row + 1) * width]) == (values[1:] or [0.0] * width)
    assert model._row("w:a-feature-no-text-of-the-corpus-has") is None
