"""Which natural sets train the screen, and what sets its trained threshold (round 15)."""

from __future__ import annotations

import pytest

from bench import safeguarding_sets as ruler
from bot.safeguarding import train
from bot.safeguarding.corpus import Row
from bot.safeguarding.screen import screen
from settings import load_config
from tests.safeguarding_phrasings import RISK

HEADER = "text,label,category,severity,template,register,language\n"


def _row(text: str, label: str, template: str) -> Row:
    return Row(text, label, "physical" if label == "risk" else "ordinary", "", template, "plain", "en")


def test_only_the_named_outside_sets_are_trained_on_and_never_the_test_sets():
    trained = {p.name for p in train.corpus_files()}
    named = {f"safeguarding_set_{name}.csv" for name in train.OUTSIDE_TRAINING}
    assert named <= trained
    delivered = {p.name for p in train.OUTSIDE.glob(train.OUTSIDE_GLOB)}
    assert named <= delivered  # a name in the whitelist is a file that exists
    assert "safeguarding_set_s.csv" in delivered and "safeguarding_set_s.csv" not in trained
    assert not {"s", "u"} & set(train.OUTSIDE_TRAINING)
    # set M is trained on once, from blind/, not again from data/outside/
    assert "safeguarding_set_m.csv" not in trained and "set_m.csv" in trained


def test_a_set_dropped_into_the_outside_folder_is_not_trained_on_until_named(tmp_path):
    data, outside = tmp_path / "safeguarding", tmp_path / "outside"
    (data / train.BLIND).mkdir(parents=True)
    outside.mkdir()
    (data / "corpus.csv").write_text(HEADER + "the bins were late,ordinary,ordinary,,bins,plain,en\n")
    for name in (*train.OUTSIDE_TRAINING, "s", "x"):
        row = f"words from set {name},ordinary,ordinary,,train{name.upper()}1:sg001,plain,en\n"
        (outside / f"safeguarding_set_{name}.csv").write_text(HEADER + row)
    texts = {row.text for row in train.load(data)}
    assert "words from set n" in texts and "words from set v" in texts
    assert "words from set x" not in texts and "words from set s" not in texts
    assert "the bins were late" in texts


ORDINARY = [f"the bins were collected on day {i} of the month" for i in range(100)]


def _threshold(extra: list[tuple[Row, float]]) -> float:
    own = [(_row(text, "ordinary", f"bins{i}"), i / 100) for i, text in enumerate(ORDINARY)]
    own += [(_row("he hits me", "risk", "hit"), 0.99)]
    rows, scores = zip(*(own + extra), strict=True)
    return train.pick_threshold(rows, scores)


def test_the_natural_sets_look_alikes_do_not_move_the_trained_threshold():
    alone = _threshold([])
    assert 0.9 < alone < 1.0  # three of a hundred own ordinary rows may alarm: those scored 0.97-0.99
    # scored over the cut, or flagged by the rules ("I'm desperate" for a ticket): counted, they would
    # take the whole budget and push the threshold to its ceiling
    hard = [(_row(f"a hard look-alike {i}", "ordinary", f"trainV1:sg{i:03}"), 0.995) for i in range(40)]
    hard += [(_row("I'm desperate", "ordinary", f"blindE:r{i:03}"), 0.1) for i in range(5)]
    assert _threshold(hard) == alone
    # ... while the corpus's own look-alikes do: the budget is theirs
    own = [(_row(f"an own look-alike {i}", "ordinary", f"lookalike{i}"), 0.995) for i in range(40)]
    assert _threshold(own) > alone


def test_the_ruler_never_trains_on_a_set_make_train_does_not_name():
    known = train.load()
    trained, only_read = ruler.split(known, set())
    assert {ruler.set_of(r) for r in only_read} == {"S"}  # the test set (and set U when it lands)
    assert "S" not in {ruler.set_of(r) for r in trained}
    assert len(trained) == len(known)
    # the screen as it was: the round's sets read, not trained on
    before, read_only = ruler.split(known, {"N", "V"})
    assert {ruler.set_of(r) for r in read_only} == {"N", "S", "V"}
    assert not {"N", "S", "V"} & {ruler.set_of(r) for r in before}


@pytest.mark.parametrize("text", RISK)
def test_every_suite_disclosure_is_caught_at_the_trained_threshold(text):
    # A council that sets no cut gets the trained one: it must not lose a plain disclosure.
    defaults = load_config().safeguarding.model_copy(update={"classifier_threshold": None})
    assert screen(defaults, text) is not None, f"missed at the trained threshold: {text!r}"
