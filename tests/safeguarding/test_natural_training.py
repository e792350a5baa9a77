"""Which natural sets train the screen, which the ruler trains on, and the shipped cut (rounds 15, 16)."""

from __future__ import annotations

import json

import pytest

from bench import safeguarding_sets as ruler
from bot.safeguarding import train
from bot.safeguarding.classifier import MODEL
from bot.safeguarding.screen import screen
from settings import DEFAULT_CONFIG_PATH, load_config
from tests.safeguarding_phrasings import RISK

HEADER = "text,label,category,severity,template,register,language\n"


def test_only_the_named_outside_sets_are_trained_on_and_never_the_test_sets():
    trained = {p.name for p in train.corpus_files()}
    delivered = {p.name for p in train.OUTSIDE.glob(train.OUTSIDE_GLOB)}
    named = {f"safeguarding_set_{name}.csv" for name in train.OUTSIDE_TRAINING + train.MEASURED}
    assert named <= delivered  # a name in either list is a file that exists
    assert trained & delivered == {f"safeguarding_set_{name}.csv" for name in train.OUTSIDE_TRAINING}
    for test_set in ("safeguarding_set_s.csv", "safeguarding_set_u.csv"):
        assert test_set in delivered and test_set not in trained
    assert not {"s", "u"} & {*train.OUTSIDE_TRAINING, *train.MEASURED}
    # set M is trained on once, from blind/, not again from data/outside/
    assert "safeguarding_set_m.csv" not in trained and "set_m.csv" in trained


def test_a_set_dropped_into_the_outside_folder_is_not_trained_on_until_named(tmp_path, monkeypatch):
    monkeypatch.setattr(train, "OUTSIDE_TRAINING", ("n", "v"))
    data, outside = tmp_path / "safeguarding", tmp_path / "outside"
    (data / train.BLIND).mkdir(parents=True)
    outside.mkdir()
    (data / "corpus.csv").write_text(HEADER + "the bins were late,ordinary,ordinary,,bins,plain,en\n")
    for name in ("n", "v", "s", "x"):
        row = f"words from set {name},ordinary,ordinary,,train{name.upper()}1:sg001,plain,en\n"
        (outside / f"safeguarding_set_{name}.csv").write_text(HEADER + row)
    texts = {row.text for row in train.load(data)}
    assert "words from set n" in texts and "words from set v" in texts
    assert "words from set x" not in texts and "words from set s" not in texts
    assert "the bins were late" in texts


def test_the_ruler_never_trains_on_a_set_make_train_does_not_name():
    known = ruler.measured_rows(train.load())
    assert {ruler.set_of(r) for r in known} >= {name.upper() for name in train.MEASURED}
    assert sum(ruler.set_of(r) == "N" for r in known) == 420  # read once, not twice
    trained, only_read = ruler.split(known, set())
    assert {ruler.set_of(r) for r in only_read} == {"S", "U"}  # the test sets
    assert not {"S", "U"} & {ruler.set_of(r) for r in trained}
    assert len(trained) == len(known)
    # the screen as it was: the round's sets read, not trained on
    before, read_only = ruler.split(known, {"N", "V"})
    assert {ruler.set_of(r) for r in read_only} == {"N", "S", "U", "V"}
    assert not {"N", "S", "U", "V"} & {ruler.set_of(r) for r in before}


@pytest.mark.parametrize("text", RISK)
def test_every_suite_disclosure_is_caught_at_the_trained_threshold(text):
    # A council that sets no cut gets the trained one: it must not lose a plain disclosure.
    defaults = load_config().safeguarding.model_copy(update={"classifier_threshold": None})
    assert screen(defaults, text) is not None, f"missed at the trained threshold: {text!r}"


def test_the_shipped_cut_is_the_rulers_in_the_model_and_in_the_config():
    # One cut: the one the ruler chose (train.THRESHOLD), written to model.json and set in config.yaml,
    # so a council that sets none and the shipped configuration screen alike.
    shipped = json.loads(MODEL.read_text(encoding="utf-8"))
    assert shipped["threshold"] == train.THRESHOLD
    assert load_config(DEFAULT_CONFIG_PATH).safeguarding.classifier_threshold == train.THRESHOLD
    evaluation = json.loads(train.EVALUATION.read_text(encoding="utf-8"))
    assert evaluation["threshold"] == train.THRESHOLD  # the admin's figures are read at it
