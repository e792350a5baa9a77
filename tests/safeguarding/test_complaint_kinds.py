"""Strong words about a council or a charge, and the disclosures told in the same words
(bot/safeguarding/complaint_kinds.py), each tried both ways.

Each disclosure names a person who harms or is harmed beside the complaint's word and is caught;
each everyday remark puts the word to a fine, a charge or a bill and is left alone. None of these
sentences is in the corpus, a blind set or an outside set.
"""

from __future__ import annotations

from tests.safeguarding.both_ways import triple_tests

# (a disclosure, its category, an everyday remark in the same words)
BOTH_WAYS = [
    (
        "The carer's abuse of power over my dad, he's terrified of her",
        "domestic",
        "Charging £40 for a missed bin is an abuse of power",
    ),
    (
        "Mae'r gofalwr yn cam-drin pŵer dros Nain, mae hi'n ofnus",
        "physical",
        "Cam-drin pŵer ydy'r ddirwy parcio yma",
    ),
    (
        "Abused by the council's contractor, he pushed my dad over",
        "physical",
        "Abused by the council's new parking charges, frankly",
    ),
    (
        "I'm having a breakdown, the costs of the funeral are too much",
        "crisis",
        "Please send a breakdown of the costs for the service charge",
    ),
    (
        "Mae Nain wedi cael ei gadael i bydru yn y gadair drwy'r dydd",
        "children",
        "Mae'r parc wedi cael ei adael i bydru ers blynyddoedd",
    ),
    (
        "Me and my kids have nowhere to go, the landlord's sold up, we're sat in the park",
        "crisis",
        "They shut the youth club so the teenagers have nowhere to go, bring it back",
    ),
]


(
    test_none_is_copied_from_a_data_file,
    test_the_disclosure_is_caught,
    test_the_ordinary_comment_is_not,
) = triple_tests(BOTH_WAYS)
