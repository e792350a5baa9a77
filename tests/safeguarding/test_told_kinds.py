"""Kinds told as two plain facts (bot/safeguarding/told_kinds.py), tried both ways.

Each disclosure is caught with its category; each look-alike shares its words (a direct debit,
someone opening the post, a pet given away, a cold room) and is left alone. The sentences are our
own, in English and Welsh, and none is in a data file.
"""

# ruff: noqa: E501  (a sentence reads best on one line)
from __future__ import annotations

import pytest

from bot.safeguarding.rules import rules
from bot.safeguarding.told_kinds import TOLD_CONCEPTS
from tests.safeguarding.both_ways import assert_caught, assert_not_caught, in_no_data_file

# (a disclosure told flatly, an ordinary comment sharing its words, the disclosure's category)
BOTH_WAYS = [
    # no heat for someone the cold endangers
    (
        "The storage heaters have been dead since Tuesday. My wife is on oxygen for her lungs.",
        "The radiators in the reception area were dead, I sat in my coat for an hour.",
        "crisis",
    ),
    (
        "It is 10 degrees in the bedroom. I am 88 and live alone.",
        "Boiler broke on Sunday, engineer repaired it Monday, Nan is 88 and toasty again.",
        "crisis",
    ),
    (
        "no heating for 5 days, the baby has a chest infection and we're in coats indoors",
        "no heating in the community hall so the toddler group moved to the library",
        "crisis",
    ),
    (
        "Mae'r gwres wedi torri ers dydd Llun ac mae gan Dad COPD.",
        "Roedd y gwres wedi torri yn y llyfrgell ond mae wedi ei drwsio.",
        "crisis",
    ),
    # a payment nobody set up leaving a relative's account
    (
        "There's a standing order to a firm called Apex Home going out of my mum's account every month. She never set it up.",
        "The direct debit for council tax went out twice this month, please refund one.",
        "financial",
    ),
    (
        "£60 a week is leaving Grandad's bank account to someone called Dean, he doesn't know who that is.",
        "My dad's pension goes into his account on a Thursday, he set that up years ago.",
        "financial",
    ),
    (
        "Mae taliad yn mynd allan o gyfrif Nain bob wythnos a dydy hi ddim yn nabod y cwmni, heb drefnu dim.",
        "Mae'r debyd uniongyrchol treth cyngor wedi mynd allan ddwywaith.",
        "financial",
    ),
    # control of post or phone, and anger at contact
    (
        "He goes through my phone every night and he gets nasty if I ring my sister.",
        "My husband opens the post because I can't see it.",
        "domestic",
    ),
    (
        "Please don't post anything to the house. My partner reads all my letters.",
        "My son reads my letters to me since my eyesight went, it's a big help.",
        "domestic",
    ),
    # a service's visit sent while the abuser was in
    (
        "The housing officer came while my ex was home even though I'd said only when he's out. He went mad after.",
        "The surveyor came while my husband was in, which was handy as he knows the boiler.",
        "domestic",
    ),
    # a child left in a car or alone in heat
    (
        "Two little ones have been in a locked car by the shops for forty minutes and it is boiling.",
        "Took the kids in the car to the seaside, it was boiling, great day.",
        "children",
    ),
    (
        "There's a baby left in a car on Elm Road, no adult anywhere, engine off.",
        "We left the car at the station with the kids' scooters in the boot.",
        "children",
    ),
    # belongings or a pet given away with a goodbye
    (
        "I've given the cat to Mrs Jones downstairs. I won't need her where I'm going.",
        "We gave the dog to my sister when we moved, no pets in the flat.",
        "suicide_self_harm",
    ),
    (
        "Dw i wedi rhoi fy mhethau i gyd i ffwrdd. Fydda i ddim yma'n hir.",
        "Dw i wedi rhoi'r ci i fy mrawd achos dydy'r landlord ddim yn caniatáu anifeiliaid.",
        "suicide_self_harm",
    ),
]


def test_none_of_these_sentences_is_in_a_data_file():
    assert in_no_data_file(BOTH_WAYS)


@pytest.mark.parametrize(("disclosure", "ordinary", "category"), BOTH_WAYS)
def test_a_pair_of_facts_is_caught_and_its_look_alike_left_alone(disclosure, ordinary, category):
    assert_caught(disclosure, category)
    assert_not_caught(ordinary)


def test_one_fact_alone_is_not_a_disclosure():
    assert_not_caught("It's 12 degrees in my flat this morning.")
    assert_not_caught("My husband has COPD and the nurse comes on a Friday.")
    assert_not_caught("Someone called Dean set up the payment plan for my arrears.")


def test_a_fact_denied_does_not_make_a_pair():
    assert_not_caught("The heating isn't broken, it's just noisy. Mum has asthma and is fine.")


def test_the_pairs_are_the_screens_not_the_classifiers_features():
    """The classifier's features read the layer the shipped model was trained with: a new kind
    changes what the screen raises, never what the trained model sees (so it stays reproducible)."""
    text = "I've given the cat to Mrs Jones downstairs. I won't need her where I'm going."
    assert rules().match(text) is not None
    assert not {f.hit.concept for f in rules().findings(text)} & set(TOLD_CONCEPTS)
    assert {f.hit.concept for f in rules().screen_findings(text)} & set(TOLD_CONCEPTS)
