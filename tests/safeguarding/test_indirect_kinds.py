"""Disclosures told indirectly (bot/safeguarding/indirect_kinds.py), each kind tried both ways.

Every disclosure below is caught with the category of its kind, and an ordinary comment sharing
its words is not. None of these sentences is in the corpus or a blind set: they test the kind.
"""

from __future__ import annotations

from tests.safeguarding.both_ways import triple_tests

# (a disclosure told indirectly, its category, an ordinary comment sharing its words)
BOTH_WAYS = [
    (
        "the weekend girl squeezes Gran's wrist when she won't stand and it's left blue marks",
        "physical",
        "the physio squeezed my hand and said my grip is much stronger now",
    ),
    (
        "a worker pulled my uncle along the landing by his collar because he was slow",
        "physical",
        "the OT pulled the chair nearer the window so Dad can see the garden",
    ),
    (
        "Mae'r nyrs nos yn llusgo Nain i'r gwely gerfydd ei braich",
        "physical",
        "Mae'r nyrs nos yn garedig iawn efo Nain",
    ),
    (
        "could you only text me after 7 when he's at work, he goes through my phone",
        "domestic",
        "could you text me after 7, I'm at work until then",
    ),
    (
        "my boyfriend reads all my messages so please just write to the library",
        "domestic",
        "my son reads the post out to me because my eyes are going",
    ),
    (
        "the agency woman told Dad if he complains once more they'll stop coming altogether",
        "psychological",
        "if Dad complains about the food they will change the menu, which is good",
    ),
    (
        "my nephew has had mum's pension card off her since Easter and she never sees the money",
        "financial",
        "the post office lady had mum's pension sorted in five minutes",
    ),
    (
        "a forex coach on instagram has had eight thousand from my dad and wants a fee to release it",
        "financial",
        "the money coach at the library helped me set up a budget",
    ),
    (
        "at the chicken factory the gaffer keeps their passports in his office",
        "modern_slavery",
        "at the chicken factory the gaffer keeps the rota in his office",
    ),
    (
        "the lads at the shop mimic my son's stammer every time he goes in",
        "discriminatory",
        "the lads at the shop were patient with my son's stammer",
    ),
    (
        "the pub refused to let us in because of my wife's assistance dog",
        "discriminatory",
        "the pub let us in with my wife's assistance dog, lovely staff",
    ),
    (
        "the agency girls use the same gloves going from one house to the next and Mum has an infection",
        "organisational",
        "the agency girls use gloves and aprons in every house, very good",
    ),
    (
        "the home gives the wanderers sleeping tablets at six to keep the corridors quiet",
        "organisational",
        "the home keeps the corridors quiet at night so people can sleep",
    ),
    (
        "Mae hyfforddwr y tîm yn gofyn iddo gadw cyfrinach am y lifft adref",
        "sexual",
        "we kept the party a secret from Mum and she loved it",
    ),
    (
        "the toddler across the landing screams half the night and nobody comes",
        "children",
        "the kids are at school so nobody is home till four, ring after",
    ),
    (
        "Mae Taid heb gael bwyd poeth ers wythnos gyfan",
        "neglect",
        "Mae Taid wedi cael bwyd poeth bob dydd, diolch",
    ),
]


(
    test_none_is_copied_from_a_data_file,
    test_the_disclosure_is_caught,
    test_the_ordinary_comment_is_not,
) = triple_tests(BOTH_WAYS)
