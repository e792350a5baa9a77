"""The set-by-set ruler (bench/safeguarding_sets.py): no natural set is ever in its own training."""

from __future__ import annotations

from bench import safeguarding_sets as ruler
from bot.safeguarding import train
from bot.safeguarding.corpus import Row, read


def _row(text: str, label: str, template: str) -> Row:
    return Row(text, label, "physical" if label == "risk" else "ordinary", "", template, "plain", "en")


def test_a_sets_writers_are_one_group_and_the_corpus_is_none():
    assert ruler.set_of(_row("x", "risk", "blindQ2:sg001")) == "Q"
    assert ruler.set_of(_row("x", "risk", "blindQ1:sg001")) == "Q"
    assert ruler.set_of(_row("x", "risk", "blindM:sgm001")) == "M"
    assert ruler.set_of(_row("x", "risk", "r7_family")) is None


def test_each_set_is_read_by_a_model_that_never_saw_any_of_its_writers(monkeypatch):
    rows = [
        _row(f"{name} {label} {i}", label, f"blind{name}{i % 2 + 1}:{i}")
        for name in ("P", "Q", "R")
        for label in ("risk", "ordinary")
        for i in range(4)
    ] + [_row(f"family {label} {i}", label, f"fam{i}") for label in ("risk", "ordinary") for i in range(4)]
    # a disclosure's features say "hurt", an ordinary comment's "fine": enough for a model to learn
    seen = {
        r.text: ruler.Reading(
            False, False, ("hurt" if r.label == "risk" else "fine", r.text), ((r.text,), None, None)
        )
        for r in rows
    }
    trained_on: list[set[str]] = []
    real = ruler.fit

    def recording(train_rows, weights, readings):
        trained_on.append({r.text for r in train_rows})
        return real(train_rows, weights, readings)

    monkeypatch.setattr(ruler, "fit", recording)
    scored = ruler.by_set(rows, [r for r in rows if ruler.set_of(r)], 2.0, seen)
    assert list(scored) == ["P", "Q", "R"] and len(trained_on) == 3
    for (name, reading), training in zip(scored.items(), trained_on, strict=True):
        assert {ruler.set_of(r) for r, _ in reading} == {name} and len(reading) == 8  # both writers read
        assert not {r.text for r, _ in reading} & training
        assert {r.text for r in rows if ruler.set_of(r) not in (name,)} <= training  # the rest trained on
        assert all(0.0 <= score <= 1.0 for _, score in reading)


def test_the_screen_alarms_on_a_rule_hit_or_a_score_at_the_cut():
    rows = [
        _row("a", "risk", "blindR1:1"),
        _row("b", "risk", "blindR1:2"),
        _row("c", "ordinary", "blindR1:3"),
    ]
    seen = {
        "a": ruler.Reading(True, False, (), ()),  # the rules caught it, whatever its score
        "b": ruler.Reading(False, False, (), ()),
        "c": ruler.Reading(False, False, (), ()),
    }
    scored = list(zip(rows, [0.1, 0.75, 0.7], strict=True))
    assert ruler.tally(scored, 0.7, seen) == (2, 2, 1, 1)
    assert ruler.tally(scored, 0.8, seen) == (1, 2, 0, 1)


def test_every_outside_set_is_read_as_one_set_whatever_its_writers_called_their_rows():
    outside = sorted(train.OUTSIDE.glob(train.OUTSIDE_GLOB))
    assert len(outside) >= 7  # M to T
    for path in outside:
        expected = train.BLIND + path.stem.removeprefix("safeguarding_set_").upper()
        # "blindQ1" and "blindQ2" are one set; so are set T's "trainT1" and "trainT3"
        assert {train.blind_set(row) for row in read(path)} == {expected}, path.name
    # a set already trained on (M from blind/, N to V from data/outside/) is not read twice: the ruler
    # adds only the sets nothing trains on (the test sets S and U)
    known = train.load()
    added = ruler.outside_rows(known)
    untrained = {path.stem.removeprefix("safeguarding_set_").upper() for path in outside} - {
        name.upper() for name in ("m", *train.OUTSIDE_TRAINING)
    }
    assert {ruler.set_of(r) for r in added} == untrained >= {"S", "U"}
    assert not {ruler.set_of(r) for r in added} & {ruler.set_of(r) for r in known}


def test_a_veto_never_looks_at_an_urgent_hit_nor_a_message_the_rules_let_pass():
    from bench.safeguarding_veto import candidates

    rows = [_row(text, "risk", f"blindT1:{text}") for text in ("urgent", "concern", "passed")]
    seen = {
        "urgent": ruler.Reading(True, True, (), ()),
        "concern": ruler.Reading(True, False, (), ()),
        "passed": ruler.Reading(False, False, (), ()),
    }
    hits = candidates({"T": [(row, 0.1) for row in rows]}, seen)
    assert [(group, row.text) for group, row, _ in hits] == [("T", "concern")]
