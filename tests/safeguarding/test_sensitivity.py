"""A council's own sensitivity: `safeguarding.classifier_threshold` moves the trained screen's cut-off."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from bot.safeguarding import context
from bot.safeguarding.classifier import classifier
from bot.safeguarding.rules import rules
from bot.safeguarding.screen import screen
from settings import Safeguarding

ORDINARY = "The bins were not collected again this week"


def settings(**extra) -> Safeguarding:
    return Safeguarding(safety_reply={"en": "x"}, **extra)


def test_unset_uses_the_trained_threshold_and_a_lower_one_raises_more_alerts():
    model = classifier()
    assert model is not None and rules().match(ORDINARY) is None
    score = context.risk(model, ORDINARY)
    assert score < model.threshold
    assert screen(settings(), ORDINARY) is None
    assert screen(settings(classifier_threshold=min(score * 2, 0.99)), ORDINARY) is None
    lowered = screen(settings(classifier_threshold=score / 2), ORDINARY)
    assert lowered is not None and lowered.layer == "classifier"


def test_a_higher_threshold_lets_through_what_the_trained_one_would_flag():
    model = classifier()
    text = "Dad's still in last week's clothes"  # left to the classifier: no rule reads it
    assert rules().match(text) is None
    score = context.risk(model, text)
    assert score >= model.threshold
    assert screen(settings(), text) is not None
    assert screen(settings(classifier_threshold=(score + 1) / 2), text) is None


@pytest.mark.parametrize("value", [0, 1, 1.5, -0.2])
def test_a_threshold_outside_zero_to_one_is_refused(value):
    with pytest.raises(ValidationError):
        settings(classifier_threshold=value)
