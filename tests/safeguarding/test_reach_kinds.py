"""A fall told beside no way to call for help, and the everyday remarks told in the same words
(bot/safeguarding/reach_kinds.py), each tried both ways.

Every disclosure below is caught by the screen's rules as a crisis; each everyday remark shares its
words but lacks one of the two facts (a fall; the phone, pendant or cord out of reach) or is a call
missed or a sleep. None of these sentences is in the corpus, a blind set or an outside set.
"""

from __future__ import annotations

from tests.safeguarding.both_ways import pair_tests

CRISIS = "crisis"
# (a disclosure, an everyday remark in the same words or voice)
BOTH_WAYS = [
    # the fall and the phone in two clauses
    (
        "slipped in the bathroom. can't reach my mobile, texting from my tablet",
        "slipped in the bathroom last winter, the grab rail you fitted has been a godsend",
    ),
    # the pendant out of reach after a fall, told by a relative
    (
        "dad had a fall on the landing and couldn't reach his pendant, he's been there a while",
        "dad couldn't reach his pendant in time to answer your call, he's fine, sorry",
    ),
    # the pull cord, tersely
    (
        "went over in the hall. cannot reach the pull cord",
        "fell asleep in the chair again, cannot reach the remote",
    ),
]


(
    test_none_is_copied_from_a_data_file,
    test_the_disclosure_is_caught,
    test_the_everyday_remark_is_not,
    test_the_kinds_are_the_screens_only,
) = pair_tests(BOTH_WAYS, CRISIS)
