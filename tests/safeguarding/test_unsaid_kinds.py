"""Suicide and self-harm told without their words, and the everyday remarks told in the same ones
(round 19: bot/safeguarding/unsaid_kinds.py), each kind tried both ways.

Every disclosure below is caught by the screen's rules as suicide or self-harm, and an everyday
remark sharing its words (a move, a recovery, a holiday, a will made for peace of mind, a kettle
scald, a dosette box, a view from a bridge) is not. None of these sentences is in the corpus, a
blind set or an outside set.
"""

from __future__ import annotations

import pytest

from bot.safeguarding.rules import rules
from tests.safeguarding.both_ways import (
    assert_caught,
    assert_not_caught,
    assert_screen_only,
    in_no_data_file,
)

SUICIDE = "suicide_self_harm"
# (a disclosure, an everyday remark in the same words or voice)
BOTH_WAYS = [
    # a future not needed, beside a decision or a farewell; a move or a recovery is not one
    (
        "you can cancel the hearing aid review, I won't be needing it after Easter, I've made up my mind",
        "cancel the hearing aid review, I won't be needing it after Easter, I'm moving to my son's in Hull",
    ),
    (
        "thanks for everything, I shan't be needing the meals after this weekend",
        "thanks for everything, I shan't be needing the meals after this weekend now I'm back on my feet",
    ),
    (
        "don't bother booking the podiatrist next spring, I won't be needing it",
        "don't bother posting the statement next spring, I won't be needing it, I've gone paperless",
    ),
    # the purpose clause says it alone; a holiday does not
    (
        "no point sending the pension forecast, I won't be around to need it",
        "I won't be around on the 9th for the meter reading, I'm on holiday in Tenby",
    ),
    # a goodbye: thanks for everything beside a last message or letters to the family
    (
        "thank you all for everything over the years. this is my last message, please feed the budgie",
        "thank you all for everything over the years, this is my last day volunteering at the hub",
    ),
    (
        "thanks for everything you've done. I've left letters for my daughters on the sideboard",
        "thanks for everything you've done, the letters for my daughters came in the post today",
    ),
    # affairs settled with a day still to come; a will made for peace of mind is not one
    (
        "the will is signed and the funeral is paid, now I just have to pick the day",
        "the will is signed and the funeral plan is paid with the Co-op, peace of mind for the kids",
    ),
    # tablets kept back for when; a dosette box is not one
    (
        "I've been putting my sleeping tablets by since June, there's a good few now for when I decide",
        "I've been putting my tablets in the dosette box since June, the chemist fills it for when I decide",
    ),
    # many tablets at once; a daily count is not
    (
        "swallowed 30 of my sleeping tablets about an hour ago, I feel woozy",
        "I take 30 tablets a day for my heart and my sugar, the pharmacist is very patient",
    ),
    # a place to fall from, stood at, with an apology or what it is for; a view is not
    (
        "been standing on the viaduct most of the night. sorry",
        "been standing on the viaduct watching the sunset, sorry we missed your call",
    ),
]
SELF_HARM = [
    # self-harm by the act and what it is for; a burn from the kettle is not
    (
        "I burn my arms with the lighter when the thoughts come back, nobody knows",
        "I scalded my hand on the kettle again, the only thing that helps is aloe vera",
    ),
    (
        "I punch the walls until my knuckles split, it's the only thing that helps",
        "I punched the bag at the gym until my knuckles split, the only thing that helps my stress",
    ),
]
PASSIVE = [
    # a passive wish; an everyday "stop" is not one
    ("some days I just want to stop existing", "some days I just want to stop the post coming"),
    (
        "I wouldn't care if tonight was my last, honestly",
        "I wouldn't care if tonight's bin collection was the last, honestly",
    ),
    (
        "my family would be better off with the life insurance than with me",
        "my family would be better off with the new boiler than with the old one",
    ),
]
# physical harm told by the handling or the marks a hand left; a thing handled, or an idiom, is not
HANDLED = [
    (
        "the man in the end room was punched by a visitor on Sunday and the staff just watched",
        "the bus shelter was punched in by a lorry on Sunday and the council just watched",
    ),
    (
        "the night carer took hold of Dad by the collar when he wouldn't sit down",
        "the night carer took hold of Dad's walking frame when he wouldn't sit down",
    ),
    (
        "after the agency worker's visits she has fingertip marks on her upper arms",
        "after the agency worker's visits she has sticky marks on the kitchen table",
    ),
    (
        "my neighbour was kicked by her lodger last night, I heard it",
        "stabbed in the back by my old landlord over the deposit, the tenancy team sorted it",
    ),
]


def test_none_is_copied_from_a_data_file() -> None:
    assert in_no_data_file([(d, SUICIDE, o) for d, o in BOTH_WAYS + SELF_HARM + PASSIVE + HANDLED])


@pytest.mark.parametrize(("disclosure", "ordinary"), HANDLED)
def test_harm_told_by_the_handling_is_caught_as_physical(disclosure: str, ordinary: str) -> None:
    assert_caught(disclosure, "physical")
    assert_not_caught(ordinary)


@pytest.mark.parametrize(("disclosure", "ordinary"), BOTH_WAYS + SELF_HARM + PASSIVE)
def test_the_disclosure_is_caught_as_suicide_or_self_harm(disclosure: str, ordinary: str) -> None:
    assert_caught(disclosure, SUICIDE)


@pytest.mark.parametrize(("disclosure", "ordinary"), BOTH_WAYS + SELF_HARM + PASSIVE)
def test_the_everyday_remark_is_not(disclosure: str, ordinary: str) -> None:
    assert_not_caught(ordinary)


@pytest.mark.parametrize(("disclosure", "ordinary"), BOTH_WAYS)
def test_a_goodbye_or_means_is_urgent(disclosure: str, ordinary: str) -> None:
    hit = rules().match(disclosure)
    assert hit is not None and hit.concept.severity == "urgent", hit


def test_the_kinds_are_the_screens_only() -> None:
    assert_screen_only(BOTH_WAYS[0][0])
