"""The safeguarding corpus, the model reproduced from it, its evaluation file, the classifier layer."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from bot.safeguarding import corpus, train
from bot.safeguarding.classifier import MODEL, Classifier, classifier
from bot.safeguarding.screen import CATEGORIES, SEVERITIES, screen
from settings import load_config

SETTINGS = load_config().safeguarding
ROWS = corpus.read(corpus.CORPUS)


def test_corpus_csv_is_exactly_what_the_sources_build():
    assert corpus.build() == ROWS, (
        "run `python -m bot.safeguarding.corpus` after editing data/safeguarding/source/"
    )


def test_corpus_is_large_varied_and_labelled_in_the_shared_format():
    labels = Counter(row.label for row in ROWS)
    assert labels["risk"] >= 1500 and labels["ordinary"] >= 1500 and set(labels) == {"risk", "ordinary"}
    risk = [row for row in ROWS if row.label == "risk"]
    by_category = Counter(row.category for row in risk)
    assert set(by_category) == set(CATEGORIES) and min(by_category.values()) >= 50
    assert {row.severity for row in risk} == set(SEVERITIES)
    assert all(row.severity == "" for row in ROWS if row.label == "ordinary")
    assert {row.register for row in ROWS} >= {
        "plain",
        "texting",
        "older",
        "carer",
        "second_language",
        "formal",
    }
    assert Counter(row.language for row in ROWS)["cy"] >= 100
    # Each phrasing family belongs to one category, so grouped folds hold it out whole.
    families: dict[str, set[str]] = {}
    for row in ROWS:
        families.setdefault(row.template, set()).add(row.category)
    assert all(len(categories) == 1 for categories in families.values())


def test_holdout_is_never_trained_on():
    assert corpus.DATA / "holdout.csv" not in train.corpus_files()
    held = {row.text for row in corpus.read(corpus.DATA / "holdout.csv")}
    assert held and not held & {row.text for row in train.load()}


def test_a_bad_header_is_refused_naming_the_file(tmp_path):
    path = tmp_path / "staff.csv"
    path.write_text("text,label\nhello,ordinary\n", encoding="utf-8")
    with pytest.raises(ValueError, match="staff.csv: header must be text,label,category"):
        corpus.read(path)


@pytest.mark.slow
def test_the_shipped_model_is_reproduced_from_the_data():
    shipped = json.loads(MODEL.read_text(encoding="utf-8"))
    retrained = train.train_model(train.load(), shipped["threshold"])
    assert json.dumps(retrained, sort_keys=True) == json.dumps(shipped, sort_keys=True)


def test_the_evaluation_file_has_the_shape_the_admin_page_reads():
    evaluation = json.loads((corpus.DATA / "evaluation.json").read_text(encoding="utf-8"))
    assert evaluation["data_sha256"] == train.data_sha256()
    assert evaluation["trained_at"] and evaluation["folds"]
    overall = evaluation["overall"]
    assert overall["disclosures"] >= 1500 and overall["ordinary"] >= 1500
    for measure in ("recall", "false_alarms"):
        assert set(overall[measure]) == {"rules", "classifier", "both"}
        assert all(0 <= value <= 1 for value in overall[measure].values())
    assert set(evaluation["categories"]) == set(CATEGORIES)
    for cell in [*evaluation["categories"].values(), *evaluation["registers"].values()]:
        assert cell["n"] > 0 and set(cell["recall"]) == {"rules", "classifier", "both"}


def test_both_layers_catch_at_least_what_each_catches_out_of_fold():
    evaluation = json.loads((corpus.DATA / "evaluation.json").read_text(encoding="utf-8"))
    for cell in evaluation["categories"].values():
        recall = cell["recall"]
        assert recall["both"] >= max(recall["rules"], recall["classifier"])


def test_a_disclosure_only_the_classifier_knows_raises_a_classifier_alert():
    model = classifier()
    rules_only = SETTINGS.model_copy(update={"classifier": False})
    caught = [
        row.text
        for row in ROWS
        if row.label == "risk" and screen(rules_only, row.text) is None and model.flags(row.text)
    ]
    assert caught, "the classifier adds nothing beside the rules"
    match = screen(SETTINGS, caught[0])
    assert (match.rule, match.phrase, match.layer) == ("classifier", "classifier", "classifier")
    assert match.category in CATEGORIES and match.severity in SEVERITIES
    assert "trained screen" in match.reason and len(match.reason) <= 300


def test_switching_the_classifier_off_leaves_the_rules():
    rules_only = SETTINGS.model_copy(update={"classifier": False})
    assert screen(rules_only, "he hits me every night").layer == "rules"


def test_the_model_scores_between_zero_and_one_on_hostile_text():
    model = Classifier.load()
    for text in ["", "\x00\x01", "🔪" * 500, "a" * 20_000, "'; DROP TABLE alerts; --"]:
        assert 0.0 <= model.risk(text) <= 1.0
        screen(SETTINGS, text)  # never raises


def test_each_blind_set_is_read_as_one_set_named_after_its_file():
    # leave_one_set_out holds a writer's rows out together only if every row carries its file's name.
    for path in sorted((corpus.DATA / train.BLIND).glob("set_*.csv")):
        expected = "blind" + path.stem.removeprefix("set_").upper()
        assert {train.blind_set(row) for row in corpus.read(path)} == {expected}, path.name
