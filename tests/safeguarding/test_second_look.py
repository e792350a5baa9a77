"""The second look the ruler reads (bench/safeguarding_look.py): what it learns, whom it never reads."""

from __future__ import annotations

import pytest

from bench import safeguarding_look as look
from bench import safeguarding_sets as ruler
from bench.safeguarding_look import Readings, SecondLook
from bot.safeguarding.corpus import Row
from bot.safeguarding.rules import rules
from settings import load_config

SETTINGS = load_config().safeguarding


def _row(text: str, label: str, template: str) -> Row:
    return Row(text, label, "physical" if label == "risk" else "ordinary", "", template, "plain", "en")


def test_the_lowest_reading_is_the_screens_score():
    assert Readings(0.9, None, None).score == 0.9
    assert Readings(0.9, 0.4, None).score == 0.4
    assert Readings(0.9, 0.7, 0.0).score == 0.0


def test_the_look_learns_from_what_the_rules_set_aside():
    # a denial's negated finding marks the ordinary rows, a found harm the disclosures
    denial, disclosure = "he never hits me, not once", "he hits me every night when he drinks"
    assert any(f.status == "negated" for f in rules().findings(denial))
    alarm = Readings(0.7, None, None)
    examples = [(denial, alarm, False)] * 20 + [(disclosure, alarm, True)] * 20
    learnt = SecondLook(look.fit(examples, c=1.0, veto=0.5))
    assert learnt.vetoes(denial, alarm) and not learnt.vetoes(disclosure, alarm)
    assert not SecondLook({**look.fit(examples, c=1.0), "veto": 0.0}).vetoes(denial, alarm)


def test_a_score_falling_when_an_idiom_is_blanked_is_evidence():
    alarm, fallen = Readings(0.7, None, None), Readings(0.7, 0.1, None)
    assert "idiom_gap" not in look.evidence("the queue was murder", alarm)
    assert look.evidence("the queue was murder", fallen)["idiom_gap"] > 0


def test_no_set_is_read_by_a_look_that_learnt_from_it(monkeypatch):
    rows = [
        _row(f"{name} {label} {i} words", label, f"blind{name}1:{i}")
        for name in "PQR"
        for label in ("risk", "ordinary")
        for i in range(3)
    ]
    read = {name: [(r, Readings(0.8, None, None)) for r in rows if ruler.set_of(r) == name] for name in "PQR"}
    seen = {r.text: ruler.Reading(False, False, (), ((),)) for r in rows}
    trained_on: list[set[str]] = []
    real = look.fit

    def recording(examples, *args, **kwargs):
        trained_on.append({text for text, _, _ in examples})
        return real(examples, *args, **kwargs)

    monkeypatch.setattr(look, "fit", recording)
    chance = ruler.look_by_set(read, seen, SETTINGS)
    assert {name for name, _ in chance} == {"P", "Q", "R"} and len(trained_on) == 3
    for name, texts in zip("PQR", trained_on, strict=True):
        assert len(texts) == 12 and not {r.text for r, _ in read[name]} & texts


def test_a_veto_is_a_classifier_alarm_dropped_and_never_a_rule_hit():
    rows = [_row("a", "ordinary", "blindR1:1"), _row("b", "ordinary", "blindR1:2")]
    seen = {"a": ruler.Reading(True, False, (), ()), "b": ruler.Reading(False, False, (), ())}
    read = {"R": [(r, Readings(0.9, None, None)) for r in rows]}
    chance = {("R", "a"): 0.0, ("R", "b"): 0.0}  # the look would veto both
    assert ruler.tally(ruler.with_look(read, {}, 0.05)["R"], 0.6, seen) == (0, 0, 2, 2)
    assert ruler.tally(ruler.with_look(read, chance, 0.05)["R"], 0.6, seen) == (0, 0, 1, 2)


@pytest.mark.parametrize("veto", [0.02, 0.05, 0.1])
def test_a_row_the_look_scores_over_the_veto_keeps_its_score(veto):
    row = _row("c", "risk", "blindR1:3")
    read = {"R": [(row, Readings(0.7, None, 0.65))]}
    assert ruler.with_look(read, {("R", "c"): veto}, veto)["R"] == [(row, 0.65)]
