"""Domestic abuse told by the contact arranged round a partner who watches, and the everyday
remarks told in the same words (round 20: bot/safeguarding/watched_kinds.py), each tried both ways.

Every disclosure below is caught by the screen's rules as domestic abuse; each everyday remark
shares its words but lacks one of the two facts (a contact asked for on terms, his watching) or
names a carer, an interpreter or a night shift. None of these sentences is in the corpus, a blind
set or an outside set.
"""

from __future__ import annotations

from tests.safeguarding.both_ways import pair_tests

DOMESTIC = "domestic"
# (a disclosure, an everyday remark in the same words or voice)
BOTH_WAYS = [
    # a contact asked for on terms, beside his listening in
    (
        "please don't phone the landline about the grant, my partner listens in on the extension",
        "please don't phone the landline about the grant, it's been cut off since the storm",
    ),
    # a message not to be left, beside what he does with them
    (
        "don't leave any messages on the home phone, he goes through them every night",
        "don't leave any messages on the home phone, it's broken and the tape is full",
    ),
    # contact only while he is out, beside what it costs after
    (
        "text only when he's at work please, if he sees them I get it in the neck",
        "text only when the engineer is on his way please, he checks the job sheet and I work till four",
    ),
    # a contact asked for on terms and someone reading the post, who is a carer: vetoed
    (
        "can you send letters to my sister's address only, my partner reads my post and gets angry",
        "send letters to my sister's address only, my partner reads my post to me because of my eyesight",
    ),
]


(
    test_none_is_copied_from_a_data_file,
    test_the_disclosure_is_caught,
    test_the_everyday_remark_is_not,
    test_the_kinds_are_the_screens_only,
) = pair_tests(BOTH_WAYS, DOMESTIC)
