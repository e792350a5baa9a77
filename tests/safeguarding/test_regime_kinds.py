"""Organisational abuse told by a regime run to suit the staff, and the everyday remarks told in
the same words (round 20: bot/safeguarding/regime_kinds.py), each tried both ways.

Every disclosure below is caught by the screen's rules as organisational abuse; each everyday
remark shares its words but lacks one of the two facts (a restriction or a need left on many; the
staff's convenience or shortage as its reason) or names the resident's own choice. None of these
sentences is in the corpus, a blind set or an outside set.
"""

from __future__ import annotations

from tests.safeguarding.both_ways import pair_tests

ORGANISATIONAL = "organisational"
# (a disclosure, an everyday remark in the same words or voice)
BOTH_WAYS = [
    # everyone put to bed early, for the night shift; or for the fireworks
    (
        "on Maple unit they put all the residents to bed by half six so the night shift can sit down",
        "on Maple unit they put all the residents to bed by half six on bonfire night, Dad loved it",
    ),
    # the kitchen locked, the reason the staff's
    (
        "the supported flat staff lock the kitchen after tea, they say there aren't enough staff to watch it",
        "the supported flat staff lock the kitchen after tea while the floor is mopped, then open it again",
    ),
    # a wet pad, and the reason too few staff; or no reason at all
    (
        "found Grandad in a soaked pad at noon, the carer said they were too busy to change him",
        "the chemist delivered Grandad's new pads at noon, the carer says they're much better",
    ),
    # the short staffing alone is not a disclosure
    (
        "they give everyone something to help them sleep at seven so the night staff can get through",
        "the home is short staffed this month but the girls on nights are lovely with Mum",
    ),
]


(
    test_none_is_copied_from_a_data_file,
    test_the_disclosure_is_caught,
    test_the_everyday_remark_is_not,
    test_the_kinds_are_the_screens_only,
) = pair_tests(BOTH_WAYS, ORGANISATIONAL)
