"""The false-alarm budget split (train.budget) and the pending families' format."""

from __future__ import annotations

import pytest

from bot.safeguarding import corpus, train
from bot.safeguarding.corpus import Row

PENDING = corpus.DATA / "pending"


def _row(text: str, label: str) -> Row:
    return Row(
        text, label, "ordinary" if label == "ordinary" else "suicide_self_harm", "", "t", "plain", "en"
    )


def test_the_budget_counts_what_the_rules_already_spend():
    # One of 50 ordinary rows is a text the rules flag (a mislabelled row is enough to spend budget).
    ordinary = [
        _row(f"The library opened late on day {i} but the staff were kind", "ordinary") for i in range(49)
    ]
    ordinary.append(_row("I am going to kill myself tonight", "ordinary"))
    risk = [_row("some disclosure the rules may not know", "risk") for _ in range(10)]
    rows = ordinary + risk
    scores = [0.01 * i for i in range(49)] + [0.0] + [0.9] * 5 + [0.1] * 5
    spent = train.budget(rows, scores)
    assert spent["rules_false_alarms"] == pytest.approx(0.02)
    assert spent["classifier_allowance"] == pytest.approx(train.MAX_FALSE_ALARMS - 0.02)
    # The whole 3% of 50 rows allows one alarm: the classifier sits just above the second-highest score.
    assert spent["threshold_classifier_alone"] == pytest.approx(0.47, abs=1e-4)
    assert spent["recall_if_classifier_alone_had_the_budget"] == pytest.approx(0.5)


@pytest.mark.parametrize("path", sorted(PENDING.glob("*.txt")), ids=lambda p: p.name)
def test_pending_families_are_in_the_builders_format(path):
    rows = list(corpus.read_source(path))
    assert rows and {r.label for r in rows} == {"risk" if path.name.startswith("risk") else "ordinary"}
