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

# A thing, a game, a club or a helper, never a person: the same words of a person are a disclosure.
THING_BOTH_WAYS = [
    (
        "I can't cope with my son's temper, he smashed the tablet over my head",
        "crisis",
        "can't cope with these smartphones, my granddaughter did the form for me",
    ),
    (
        "I can't cope with the phone calls from the debt collectors every day",
        "crisis",
        "I can't cope with the number of texts you lot send, once is enough",
    ),
    (
        "I can't cope with how he speaks to me when he's had a drink",
        "crisis",
        "I can't cope with how gorgeous the new bathroom is, thank you to the fitters",
    ),
    (
        "I can't cope with all the letters from the bailiffs and I've nothing left",
        "crisis",
        "I can't cope with the amount of letters you lot send me, can I go paperless",
    ),
    (
        "my grandson beats me when I won't give him money",
        "physical",
        "me dad always beats me at dominoes, ta for the lunch club",
    ),
    (
        "my brother got battered again on Saturday by the lads on the estate",
        "physical",
        "Wigan got battered again on Saturday, the new bus timetable is good though",
    ),
    (
        "I'm caring for my husband and now my own mum as well, on my own",
        "carer_breakdown",
        "my own mum babysits on a Thursday so I can get to the carers' group",
    ),
    (
        "Mum's starving, there's no food in and the carers haven't been since Tuesday",
        "crisis",
        "Mum says she's starving for a natter since her friend moved away, could the befriender come weekly",
    ),
    (
        "freezing in the flat, no heating since the meter ran out",
        "crisis",
        "freezing fog on the bypass again this morning, the gritters were out early",
    ),
]

# The apology before a request, and things given away for a move: the same words of oneself are a
# passive wish or a means.
SUICIDE_BOTH_WAYS = [
    (
        "I feel such a burden to my family, I wish I could go to sleep and not wake up",
        "suicide_self_harm",
        "I feel such a nuisance chasing again, but has anyone looked at my housing application",
    ),
    (
        "I'm a nuisance to everyone, they'd manage fine without me",
        "suicide_self_harm",
        "I feel a right nuisance ringing yet again, but the bus shelter glass is still smashed",
    ),
    (
        "I've been giving my things away, I won't need them where I'm going",
        "suicide_self_harm",
        "giving all my stuff away before the move to sheltered, the grandkids got the good china",
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

EVERY_KIND = BOTH_WAYS + THING_BOTH_WAYS + SUICIDE_BOTH_WAYS + HUNGER_BOTH_WAYS

# A trivial frame beside a real harm never hides it.
BESIDE_HARM = [
    ("she'll kill me if I don't give her five stars, and my husband hits me when he's drunk", "physical"),
    ("a customer swore at me at work, and at home my husband takes all my wages", "financial"),
    ("hungry every half hour like all teenagers but we've had no food since Monday", "crisis"),
]


def test_sentences_are_new() -> None:
    assert in_no_data_file(EVERY_KIND + [(m, "", m) for m, _ in BESIDE_HARM])


@pytest.mark.parametrize(("disclosure", "category", "ordinary"), EVERY_KIND)
def test_disclosure_in_the_same_words_is_caught(disclosure: str, category: str, ordinary: str) -> None:
    assert_caught(disclosure, category)


@pytest.mark.parametrize(("disclosure", "category", "ordinary"), EVERY_KIND)
def test_its_trivial_look_alike_is_not(disclosure: str, category: str, ordinary: str) -> None:
    assert_not_caught(ordinary)


@pytest.mark.parametrize(("message", "category"), BESIDE_HARM)
def test_a_trivial_frame_beside_a_real_harm_still_alarms(message: str, category: str) -> None:
    assert_caught(message, category)


@pytest.mark.parametrize(
    "ordinary",
    [o for _, _, o in EVERY_KIND],
)
def test_the_kinds_are_the_screens_only(ordinary: str) -> None:
    """The classifier's features (findings) still see the harm word: model.json needs no retrain."""
    assert rules().match(ordinary) is None
    assert any(f.status == "found" for f in rules().findings(ordinary))


def test_a_reported_threat_is_still_a_threat() -> None:
    """passing_kinds.py guards "says he'll kill me"; this module's own guards never set it aside."""
    assert_caught("she says she'll kill me if I tell the social worker about the bruises", "physical")
    assert_caught("our Sue says she'll kill me if I don't leave her the house in my will", "physical")
