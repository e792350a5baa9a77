"""A wish to die told as being ready, tired or not minding, and "ready to go" told of a trip
(bot/safeguarding/ready_kinds.py), each tried both ways.

Every disclosure below is caught by the screen's rules as suicide or self-harm; each everyday
remark shares its words but is a trip, retirement, a match, an early bin lorry, a choir or weeds.
None of these sentences is in the corpus, a blind set or an outside set.
"""

from __future__ import annotations

from tests.safeguarding.both_ways import pair_tests

SUICIDE = "suicide_self_harm"
# (a disclosure, an everyday remark in the same words or voice)
BOTH_WAYS = [
    # not minding if they did not wake up (first: a kind the classifier's features never read)
    (
        "Some mornings I wouldn't mind not waking up at all",
        "Wouldn't mind not waking up to the bin lorry at six every Tuesday",
    ),
    # "ready to go": a wish, or a trip, work or retirement named beside it
    (
        "I'm 88 and ready to go now, can't see the point",
        "I'm 88 and ready to go to the garden centre on Saturday if the minibus runs",
    ),
    (
        "Since my Bill died I'm ready to go, the holiday brochures can go in the bin",
        "Finished at the depot after thirty years, retiring Friday and ready to go!",
    ),
    (
        "Ready to go and be with her, that's all I want",
        "Ready to go and watch the rugby with my grandson on Sunday",
    ),
    (
        "I'm ready to go out of this world, the kids are grown",
        "I'm ready to go out for a curry with the grandkids, the buses are better now",
    ),
    (
        "ready to go whenever I choose, the tablets are in the drawer",
        "ready to go on the coach trip to Llandudno, please pause my meals",
    ),
    (
        "I'd be happier never waking up again",
        "I'd be happier not waking up to a cold flat, so thanks for the boiler",
    ),
    (
        "Fyddwn i ddim yn meindio peidio deffro o gwbl",
        "Fyddwn i ddim yn meindio peidio codi mor gynnar i'r lori biniau",
    ),
    # tired of life
    ("Honestly just tired of life now", "Not tired of life, just tired of chasing the repairs team"),
    # tired of it all, and others better off
    (
        "Sick of everything. The family would be better off",
        "Sick of everything with this damp. We'd be better off in the new flats",
    ),
    # ready to join someone who has died
    (
        "Mum died last spring and I'm ready to join her",
        "Since Dad died Mum's ready to join her sister at the bowls club",
    ),
    # searching for ways to end life
    (
        "My lad's been searching how to kill himself on the laptop",
        "My lad's been searching how to kill weeds on the patio",
    ),
    (
        "she looked up how many tablets it takes, I found it on her phone",
        "she looked up how many tablets she takes a day for the chemist form",
    ),
]

(
    test_none_is_copied_from_a_data_file,
    test_the_disclosure_is_caught,
    test_the_everyday_remark_is_not,
    test_the_kinds_are_the_screens_only,
) = pair_tests(BOTH_WAYS, SUICIDE)
