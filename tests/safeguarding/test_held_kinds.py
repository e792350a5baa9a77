"""Financial abuse told by who holds the money and what is left of it, and the everyday remarks
told in the same words (round 20: bot/safeguarding/held_kinds.py), each tried both ways.

Every disclosure below is caught by the screen's rules as financial abuse; each everyday remark
shares its words but lacks one of the two facts (the card, PIN or pension held by another; the
money short or hidden) or names the bills. None of these sentences is in the corpus, a blind set
or an outside set.
"""

from __future__ import annotations

from tests.safeguarding.both_ways import pair_tests

FINANCIAL = "financial"
# (a disclosure, an everyday remark in the same words or voice)
BOTH_WAYS = [
    # the pension held by a relative, and nothing left of it
    (
        "my stepson collects my pension book at the post office and there's never anything left",
        "my stepson collects my pension book at the post office, he's very good",
    ),
    # the PIN held by a lodger, and the balance hidden
    (
        "the lodger has my pin for the big shop and he won't show me the receipts",
        "the lodger has my spare key for the big shop and he always shows me the receipts",
    ),
    # a card held, and no money; but the bills took it
    (
        "my niece has had Gran's bank card since the spring and Gran has no money for her hairdresser",
        "my niece has had Gran's bank card since the spring to pay the rent, so Gran has no money worries",
    ),
]


(
    test_none_is_copied_from_a_data_file,
    test_the_disclosure_is_caught,
    test_the_everyday_remark_is_not,
    test_the_kinds_are_the_screens_only,
) = pair_tests(BOTH_WAYS, FINANCIAL)
