"""Harm words tied to a trivial cause, and the disclosures told in the same words (round 21:
bot/safeguarding/trivial_kinds.py), each kind tried both ways.

Every disclosure below is caught by the screen's rules with the category of its kind, and an
everyday remark in the same words (a kin's threat over a review, a thank-you, the survey, a care
home or "for saying this"; abuse from a customer at work; a teenager's hunger) is not. None of
these sentences is in the corpus, a blind set or an outside set.
"""

from __future__ import annotations

import pytest

from bot.safeguarding.rules import rules
from tests.safeguarding.both_ways import assert_caught, assert_not_caught, in_no_data_file

# (a disclosure, its category, an everyday remark in the same words or voice)
BOTH_WAYS = [
    # a threat over praise or an answer not given; telling, leaving, being found out or money is a threat
    (
        "my partner says he'll kill me if I tell anyone what goes on in this house",
        "physical",
        "my partner says he'll kill me if I don't leave a nice review for the gas engineer, so 5 stars",
    ),
    (
        "he'd murder me if he knew I was filling this in, please don't ring the landline",
        "physical",
        "the wife would murder me if I didn't fill this in, she thinks the world of the warden",
    ),
    (
        "my son will kill me if I don't hand over my bank card on Friday",
        "physical",
        "my son say he will kill me if I not say thank you to the lady who sorted his bus pass",
    ),
    # "for saying this" beside a fondness; beside a harm it is a threat
    (
        "he'll kill me for saying this but he locks me in the bedroom when he goes to the pub",
        "physical",
        "Nan'll kill me for saying this but she adores the young man who brings her meals",
    ),
    # the threatener's own care: the one cared for makes the threat; a carer's threat to leave is not it
    (
        "Dad threatened to kill me if I ever leave him on his own, he grabbed my wrist last night",
        "physical",
        "Dad says he'll kill me if we put him in a nursing home, so the stairlift really matters",
    ),
    # a trouble that kills one with worry, a wait on the phone
    (
        "he says he'll kill me with his bare hands if I go to my sister's again",
        "physical",
        "our youngest kill me with the stress of his driving test, the road safety leaflet helped",
    ),
    (
        "he keeps saying he'll kill me when the kids are at school",
        "physical",
        "the waiting on the phone kill me every time, forty minutes for a parking permit",
    ),
    # abuse or threats from the public at work; from a boss or an agency it is exploitation
    (
        "the gaffer threatened to batter me if I asked for my wages again, he keeps our passports",
        "physical",
        "a punter threatened to batter me outside the chippy on Friday, all part of the job. bins fine",
    ),
    (
        "I got hit by my husband again last night when he'd had a drink",
        "physical",
        "got abuse off drunk passengers again on the night bus, thanks for the new shelter",
    ),
    (
        "my mum bites me when I try to wash her and I can't do it anymore",
        "physical",
        "I've been bitten twice this month, but that's the job on the post round. new bins fine",
    ),
]

# Hunger as a teenager's habit, and the lasting lack that keeps it a crisis.
HUNGER_BOTH_WAYS = [
    (
        "my teenage son is always starving, there's nothing in the cupboards till Thursday",
        "crisis",
        "my teenage son is always starving, he's had three bowls of cereal before school, the bus pass came",
    ),
    (
        "the girls are hungry every few hours and I can't afford the electric to cook",
        "crisis",
        "the twins are hungry every twenty minutes since they turned fourteen, swimming lessons are great",
    ),
]

# A trivial frame beside a real harm never hides it.
BESIDE_HARM = [
    ("she'll kill me if I don't give her five stars, and my husband hits me when he's drunk", "physical"),
    ("a customer swore at me at work, and at home my husband takes all my wages", "financial"),
    ("hungry every half hour like all teenagers but we've had no food since Monday", "crisis"),
]


def test_sentences_are_new() -> None:
    assert in_no_data_file(BOTH_WAYS + HUNGER_BOTH_WAYS + [(m, "", m) for m, _ in BESIDE_HARM])


@pytest.mark.parametrize(("disclosure", "category", "ordinary"), BOTH_WAYS + HUNGER_BOTH_WAYS)
def test_disclosure_in_the_same_words_is_caught(disclosure: str, category: str, ordinary: str) -> None:
    assert_caught(disclosure, category)


@pytest.mark.parametrize(("disclosure", "category", "ordinary"), BOTH_WAYS + HUNGER_BOTH_WAYS)
def test_its_trivial_look_alike_is_not(disclosure: str, category: str, ordinary: str) -> None:
    assert_not_caught(ordinary)


@pytest.mark.parametrize(("message", "category"), BESIDE_HARM)
def test_a_trivial_frame_beside_a_real_harm_still_alarms(message: str, category: str) -> None:
    assert_caught(message, category)


@pytest.mark.parametrize(
    "ordinary",
    [o for _, _, o in BOTH_WAYS + HUNGER_BOTH_WAYS],
)
def test_the_kinds_are_the_screens_only(ordinary: str) -> None:
    """The classifier's features (findings) still see the harm word: model.json needs no retrain."""
    assert rules().match(ordinary) is None
    assert any(f.status == "found" for f in rules().findings(ordinary))


def test_a_reported_threat_is_still_a_threat() -> None:
    """passing_kinds.py guards "says he'll kill me"; this module's own guards never set it aside."""
    assert_caught("she says she'll kill me if I tell the social worker about the bruises", "physical")
    assert_caught("our Sue says she'll kill me if I don't leave her the house in my will", "physical")
