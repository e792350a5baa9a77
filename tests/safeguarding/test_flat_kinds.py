"""Disclosures told flatly (bot/safeguarding/flat_kinds.py), each kind tried both ways.

Every disclosure below is caught by the rules with the category of its kind, and an ordinary
comment sharing its words is not. None of these sentences is in the corpus or a blind set: they
test the kind, not a row.
"""

from __future__ import annotations

from bot.safeguarding.flat_kinds import FLAT_CONCEPTS
from bot.safeguarding.rules import rules
from tests.safeguarding.both_ways import triple_tests

# (a disclosure told flatly, its category, an ordinary comment sharing its words)
BOTH_WAYS = [
    # means asked about as a question
    (
        "would the whole bottle of my diazepam be enough if somebody took the lot",
        "suicide_self_harm",
        "we took the lot of the leaflets round the doctors, thanks for printing them",
    ),
    (
        "what would happen if you swallowed a full packet of your own sleeping pills at once",
        "suicide_self_harm",
        "what would happen if I took my sleeping pills an hour earlier, would I still be up for work",
    ),
    (
        "how many of my mirtazapine would it take, just wondering, if I had them all in one go",
        "suicide_self_harm",
        "how many of my mirtazapine should I take a day, the label has rubbed off",
    ),
    # an injury owed to a person
    (
        "the black eye was off my fella on Friday but the caseworker has been great",
        "physical",
        "got a lend of the hedge trimmer off my fella on Friday, the caseworker has been great",
    ),
    (
        "my grandson gave me these bruises when I wouldn't lend him my card",
        "physical",
        "my grandson gave me a lift to the bank when I needed a new card",
    ),
    (
        "the cracked ribs are from my partner, I told the hospital I fell",
        "physical",
        "the cracked ribs are from falling off the ladder, the hospital were brilliant",
    ),
    # back with a harmful partner for want of anywhere else
    (
        "every refuge in the county was full so I'm staying with him again for now",
        "domestic",
        "every campsite in the county was full so we're staying with my sister for now",
    ),
    (
        "nowhere else would take us so we're back living with him and he's started again",
        "domestic",
        "nowhere else had the part so we went back to the first shop and they ordered it",
    ),
    # recording or posting a vulnerable person
    (
        "the neighbour's son filmed my dad when he was confused in the street and put it on Facebook",
        "psychological",
        "the neighbour's son filmed my dad's 80th in the street and put it on Facebook for the family",
    ),
    (
        "a carer recorded Gran on the toilet and shared it in their group chat",
        "psychological",
        "a carer recorded Gran singing at the party and shared it with us, she loved it",
    ),
    # shut in a room
    (
        "at the unit they lock the residents in their bedrooms every night from seven",
        "organisational",
        "at the unit she can lock her bedroom door at night which she likes",
    ),
    (
        "my brother has been in seclusion for most of the week and nobody told us why",
        "organisational",
        "my brother has been on the ward for most of the week and they told us why every day",
    ),
    # a medicine or care call late because the call moved
    (
        "the agency moved Dad's teatime call to eight so his Parkinson's tablets are two hours late",
        "organisational",
        "the agency moved Dad's teatime call to five and his Parkinson's tablets are right on time",
    ),
    # no supplies for a medical need
    (
        "we've run out of catheter bags and the nurse can't bring any until Thursday",
        "crisis",
        "we nearly ran out of catheter bags but the nurse brought a box round the same afternoon",
    ),
    (
        "no test strips or lancets left and the pharmacy's closed till Monday",
        "crisis",
        "plenty of test strips and lancets now, the pharmacy's been great",
    ),
    # the older rules' everyday look-alikes
    (
        "nobody came to get mum up this morning or yesterday and she was in bed wet till lunch",
        "neglect",
        "I rang about the damp twice and nobody came back to me about it, poor really",
    ),
    (
        "Maen nhw'n cloi Nain yn ei llofft bob nos ar ôl swper",
        "organisational",
        "Mae Nain yn cael cloi drws ei llofft pan mae hi eisiau llonydd",
    ),
    # self-harm told by the act; stopping a treatment to let life end
    (
        "I burn my wrists with the lighter when the thoughts get too loud",
        "suicide_self_harm",
        "I burnt my wrist on the oven tray, the minor injuries nurse was lovely",
    ),
    (
        "I've stopped my chemo on purpose and I haven't told the family",
        "suicide_self_harm",
        "I've stopped my chemo because the course is finished and the family are thrilled",
    ),
]


(
    test_none_is_copied_from_a_data_file,
    test_the_disclosure_is_caught,
    test_the_ordinary_comment_is_not,
) = triple_tests(BOTH_WAYS)


def test_each_flat_kind_is_tried_both_ways():
    """Every concept of the module finds one of the disclosures above on its own."""
    found = set()
    for disclosure, _, _ in BOTH_WAYS:
        found |= {f.hit.concept for f in rules().findings(disclosure) if f.hit.concept in FLAT_CONCEPTS}
    assert found == set(FLAT_CONCEPTS)
