"""Tiredness and hunger of a passing moment beside their cause, and a game's beating in Welsh (round
22: bot/safeguarding/moment_kinds.py), each kind tried both ways.

Every disclosure below is caught by the screen's rules with the category of its kind, and an everyday
remark in the same words (tired after an event or at one's age, hungry with the meal near, beaten
at a game) is not. None of these sentences is in the corpus, a blind set or an outside set.
"""

from __future__ import annotations

import pytest

from tests.safeguarding.both_ways import aside_tests, assert_caught

# (a disclosure, its category, an everyday remark in the same words or voice)
BOTH_WAYS = [
    # tiredness from an ordinary event; from caring, or with no help or no sleep, a carer's breakdown
    (
        "exhausted after the week with Dad, he had me up every night and there's no help",
        "carer_breakdown",
        "exhausted after the nativity, three rehearsals and a costume, but the grant form was easy",
    ),
    (
        "wedi blino'n lân ar ôl yr wythnos yn gofalu am Mam, dim cymorth o gwbl",
        "carer_breakdown",
        "wedi blino'n lân ar ôl yr eisteddfod ond roedd y swyddog tai yn help mawr",
    ),
    (
        "newydd orffen shifft nos a wedyn gofalu am Taid drwy'r dydd, wedi blino'n racs",
        "carer_breakdown",
        "newydd orffen shifft nos, wedi blino braidd, ond diolch am ffonio'n ôl",
    ),
    (
        "I'm shattered, natural at my age the GP says, but I look after my husband on my own day and night",
        "carer_breakdown",
        "I'm exhausted most afternoons but that's natural at my age, the new bus route is lovely",
    ),
    # hunger said alone beside the meal that ends it; with a lack named anywhere, a crisis
    (
        "starving. tea soon hopefully, nothing in the cupboards till the food bank opens",
        "crisis",
        "starving. tea soon. the bin men came on time this week though",
    ),
    (
        "the kids are hungry. dinner time is when he locks the kitchen",
        "crisis",
        "starving! nearly lunch. the leaflet was clear",
    ),
    # a beating at a game in Welsh, a club by its nickname; of a person, a harm
    (
        "mae o'n waldio fi bob tro mae o wedi meddwi",
        "physical",
        "mae'r wyres yn waldio fi ar Mario Kart bob nos Sul, diolch am y cysylltiad wifi",
    ),
    (
        "he battered me again after the pub on Saturday",
        "physical",
        "Pools got battered again on Tuesday, at least the street lights are fixed",
    ),
]


(
    test_sentences_are_new,
    test_disclosure_in_the_same_words_is_caught,
    test_its_everyday_look_alike_is_not,
    test_the_kinds_are_the_screens_only,
) = aside_tests(BOTH_WAYS)


@pytest.mark.parametrize(
    ("message", "category"),
    [
        # an event's tiredness beside caring named elsewhere in the message stays a carer's
        ("exhausted after the school play, and then Mum's dementia had her up all night", "carer_breakdown"),
        # hunger beside a near meal, with the hunger lasting days, stays a crisis
        ("hungry. tea soon, first proper meal in days", "crisis"),
    ],
)
def test_the_frame_beside_a_real_harm_still_alarms(message: str, category: str) -> None:
    assert_caught(message, category)
