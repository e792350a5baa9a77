"""Harm words inside a resident's errand (round 22: bot/safeguarding/errand_kinds.py), each kind tried
both ways.

Every disclosure below is caught by the screen's rules with the category of its kind, and an errand
in the same words (a question about one's own dose, a repair nobody came for, the apology to the
staff, bruises a doctor puts down to blood thinners) is not. None of these sentences is in the
corpus, a blind set or an outside set.
"""

from __future__ import annotations

from tests.safeguarding.both_ways import aside_tests, assert_caught

# (a disclosure, its category, an errand in the same words or voice)
BOTH_WAYS = [
    # one's own dose asked about; someone else forgetting it is care not given
    (
        "the carers forget my heart tablets every night and nobody checks",
        "neglect",
        "my heart tablets, if I forget one in the morning what should I do? the chemist was shut",
    ),
    # a visit about a repair nobody came for; nobody coming to wash or feed a person is neglect
    (
        "nobody has come to wash Dad since Friday, he's been in the same clothes all week",
        "neglect",
        "we were promised a visit about the bathroom lock and nobody has come since June",
    ),
    (
        "does neb wedi dod i olchi Mam ers dydd Llun",
        "neglect",
        "does neb wedi dod yn ôl ynglŷn â'r ffenest ers mis",
    ),
    # the apology to the staff; a nuisance to the family, or "better off without me", a passive wish
    (
        "I'm such a nuisance to the girls at the surgery, they'd be better off without me",
        "suicide_self_harm",
        "sorry to be a nuisance to the receptionist again but my repeat prescription is late",
    ),
    # bruises a doctor puts down to blood thinners; a person saying so is the cover story
    (
        "mae gen i gleisiau ar fy nghoesau, mae o'n deud mai'r tabledi teneuo gwaed ydi o",
        "physical",
        "mae gen i gleisiau ar fy nghoesau o'r tabledi teneuo gwaed, mae'r nyrs yn deud bod hynny'n iawn",
    ),
]


(
    test_sentences_are_new,
    test_disclosure_in_the_same_words_is_caught,
    test_the_errand_is_not,
    test_the_kinds_are_the_screens_only,
) = aside_tests(BOTH_WAYS)


def test_a_nuisance_beside_a_farewell_still_alarms() -> None:
    assert_caught(
        "sorry to be a nuisance to the staff, I won't need the prescription where I'm going",
        "suicide_self_harm",
    )
