"""Harm in plain words no concept held, and the everyday remarks told in the same words
(bot/safeguarding/plain_kinds.py), each tried both ways.

None of these sentences is in the corpus, a blind set or an outside set.
"""

from __future__ import annotations

from tests.safeguarding.both_ways import triple_tests

# (a disclosure, its category, an everyday remark in the same words)
BOTH_WAYS = [
    (
        "her boyfriend beats the toddler when he has had a drink",
        "children",
        "her boyfriend beats the toddler at cards every single time",
    ),
    (
        "the neighbour's partner slaps the little one every night, we hear it",
        "children",
        "the neighbour's partner reads to the little one every night, we hear it",
    ),
    (
        "On nights the staff are told not to put falls in the log",
        "organisational",
        "We were told not to put the bins out till Thursday",
    ),
    (
        "Maen nhw'n dweud wrthon ni am beidio cofnodi'r cleisiau",
        "organisational",
        "Maen nhw'n dweud wrthon ni am gofnodi'r darlleniad mesurydd",
    ),
    (
        "The nurses slip the pills into everyone's cocoa so the lounge is quiet",
        "organisational",
        "The nurses slip a biscuit onto everyone's saucer, lovely touch",
    ),
    (
        "The bin men are lovely. My son keeps knocking her about when he's had a drink",
        "physical",
        "The bin men are lovely. My son's old bike keeps knocking about in the hall",
    ),
    (
        "He says he'll torch the flat with us inside if I call anyone",
        "domestic",
        "The toaster nearly torched the flat with us inside, smoke alarm works fine",
    ),
    (
        "I lifted my hand to my mum last night, I'm her carer and I'm exhausted",
        "carer_breakdown",
        "I lifted my hand to wave at my mum across the road, she didn't see me",
    ),
    (
        "Dad's meds are down the toilet again, his wife says he won't miss them",
        "neglect",
        "Dad's meds are down to the last strip again, can the chemist deliver",
    ),
]


(
    test_none_is_copied_from_a_data_file,
    test_the_disclosure_is_caught,
    test_the_ordinary_comment_is_not,
) = triple_tests(BOTH_WAYS)
