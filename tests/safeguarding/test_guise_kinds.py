"""Disclosures in another guise (told as an aside, as news, as a joke or as tiredness) and the everyday
remarks told in the same words (bot/safeguarding/guise_kinds.py), each tried both ways.

Every disclosure below is caught by the screen's rules in its category; each everyday remark shares
its words but is a game, a raffle, an errand's photos, a sport's knock or a late night out. None of
these sentences is in the corpus, a blind set or an outside set.
"""

from __future__ import annotations

import pytest

from tests.safeguarding.both_ways import assert_caught, pair_tests

# (a disclosure, an everyday remark in the same words or voice)
CHILDREN = [
    # a neighbour's child alone
    (
        "the two little ones over the road have been on their own since saturday, the eldest is maybe 6",
        "the two little ones over the road have been on their own bikes since saturday, bless them",
    ),
    # out late, half dressed
    (
        "toddler from the flat upstairs wandering the landing in just a nappy at midnight",
        "toddler from the flat upstairs has a new paddling pool, loves it, wanders about in a nappy all day",
    ),
    # asking for food
    (
        "the girl next door keeps knocking asking if we've got any bread, she's about 7",
        "the girl next door keeps knocking asking if we've got any bread for the ducks, then off to play",
    ),
    # Welsh: alone all night
    (
        "Mae'r babi drws nesa ar ben ei hun trwy'r nos eto",
        "Mae'r babi drws nesa yn cysgu'n dda rŵan, diolch",
    ),
]
FINANCIAL = [
    # a prize that needs a fee
    (
        "my aunt says she's won a big cash prize and just needs to send a release fee first, so excited",
        "my aunt won a cash prize at the bowls club raffle, paid for everyone's teas with it",
    ),
    # money sent to someone met online
    (
        "dad's been talking to a lady on facebook he's never met, he's sent her 2 grand for a flight",
        "dad met a lady online through the allotment group, he's given her 3 of his marrows",
    ),
    # money "help": a card kept, and the cupboards empty
    (
        "nephew has had gran's bank card since spring for her shopping and there's nothing in her cupboards",
        "nephew has had gran's bank card since spring for her shopping, brings receipts, fridge never empty",
    ),
    # Welsh: a card kept, and no heat
    (
        "Ma' cymydog Nain yn cadw'i cherdyn hi ers y Pasg a does dim gwres ymlaen",
        "Ma' cymydog Nain yn cadw'i cherdyn hi ers y Pasg ac yn dod â'r derbynebau i gyd",
    ),
    # a fee to recover money lost
    (
        "a firm keeps ringing mum saying for a fee they'll get her savings back from the last lot",
        "the solicitor says mum will get her deposit back from the landlord, no fee",
    ),
]
DOMESTIC = [
    # a threat of losing the children, told as news, with a laugh
    (
        "the ex keeps saying if I move out he'll keep the baby and I'll never see her. charming haha",
        "the ex says if I move out early he'll have the kids after school on thursdays. fair enough haha",
    ),
    # a threat of violence on a condition
    (
        "he told me if I ever go to my sister's again he'll smash my car up",
        "he told me if I ever go to my sister's again he'll smash me at the quiz",
    ),
    # a threat of a home, from the one paid to care
    (
        "the carer warned dad if he rings the office again he'll be put in a home",
        "the carer said dad could ring the office if he wants a home visit",
    ),
]
SEXUAL = [
    # pictures held over someone, with a laugh
    (
        "my ex reckons he'll post the videos he took if i stop answering lol",
        "my ex reckons he'll post the videos of the kids' party if i send him the link lol",
    ),
    (
        "a lad at college has got her photos and says he'll share them with everyone unless she meets him",
        "I've got photos of the damp and the housing officer says to share them if the mould comes back",
    ),
]
PHYSICAL = [
    # a hurt passed off as a joke
    (
        "the night carer pinches my arm when I'm slow and says it's just a joke",
        "the night carer pinches my biscuits when I'm not looking, it's just a joke between us",
    ),
    (
        "he grabbed me by the throat in the kitchen as a joke, his words",
        "my brother burnt my toast with the grill as a joke, his words",
    ),
]
SUICIDE = [
    # "something stupid", then a shrug
    (
        "Had a bad week and did something daft on tuesday. All good now",
        "Had a bad week and said something daft to my boss on tuesday. All good now",
    ),
    # a way to die thought of in passing
    (
        "on the drive home I keep thinking about just going off the bridge. anyway",
        "on the drive home I keep thinking about just going off the bypass at the new junction, it's quicker",
    ),
    (
        "sometimes I think about stepping in front of a bus, I won't though",
        "sometimes I think about stepping in front of the mirror and I won't, my hair is a mess",
    ),
    # a wish not to wake up, told as tiredness
    (
        "knackered again. wouldn't mind not waking up tomorrow tbh",
        "knackered again. wouldn't mind not waking up till noon tomorrow tbh, it's my day off",
    ),
]

(
    test_children_none_is_copied_from_a_data_file,
    test_children_the_disclosure_is_caught,
    test_children_the_everyday_remark_is_not,
    test_children_the_kinds_are_the_screens_only,
) = pair_tests(CHILDREN, "children")
(
    test_financial_none_is_copied_from_a_data_file,
    test_financial_the_disclosure_is_caught,
    test_financial_the_everyday_remark_is_not,
    test_financial_the_kinds_are_the_screens_only,
) = pair_tests(FINANCIAL, "financial")
(
    test_domestic_none_is_copied_from_a_data_file,
    test_domestic_the_disclosure_is_caught,
    test_domestic_the_everyday_remark_is_not,
    test_domestic_the_kinds_are_the_screens_only,
) = pair_tests(DOMESTIC, "domestic")
(
    test_sexual_none_is_copied_from_a_data_file,
    test_sexual_the_disclosure_is_caught,
    test_sexual_the_everyday_remark_is_not,
    test_sexual_the_kinds_are_the_screens_only,
) = pair_tests(SEXUAL, "sexual")
(
    test_physical_none_is_copied_from_a_data_file,
    test_physical_the_disclosure_is_caught,
    test_physical_the_everyday_remark_is_not,
    test_physical_the_kinds_are_the_screens_only,
) = pair_tests(PHYSICAL, "physical")
(
    test_suicide_none_is_copied_from_a_data_file,
    test_suicide_the_disclosure_is_caught,
    test_suicide_the_everyday_remark_is_not,
    test_suicide_the_kinds_are_the_screens_only,
) = pair_tests(SUICIDE, "suicide_self_harm")

ALL = [(d, "children") for d, _ in CHILDREN] + [(d, "financial") for d, _ in FINANCIAL]
ALL += (
    [(d, "domestic") for d, _ in DOMESTIC]
    + [(d, "sexual") for d, _ in SEXUAL]
    + [(d, "physical") for d, _ in PHYSICAL]
)
ALL += [(d, "suicide_self_harm") for d, _ in SUICIDE]


@pytest.mark.parametrize("laughter", [" lol", " haha", ". joke", " 😂", ". jk, sort of"])
@pytest.mark.parametrize(("disclosure", "category"), ALL)
def test_a_joke_word_never_sets_the_disclosure_aside(disclosure: str, category: str, laughter: str) -> None:
    assert_caught(disclosure + laughter, category)


@pytest.mark.parametrize(
    "shrug", [". I'm fine now", ". it's all sorted, don't worry", ". not going to do anything"]
)
@pytest.mark.parametrize(("disclosure", "category"), ALL)
def test_a_shrug_after_never_reads_it_as_over(disclosure: str, category: str, shrug: str) -> None:
    assert_caught(disclosure + shrug, category)
