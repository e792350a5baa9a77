"""Disclosures told by their circumstances, and the everyday remarks told in the same words
(bot/safeguarding/circumstance_kinds.py), each tried both ways.

Every disclosure below is caught by the screen's rules in its category; each everyday remark shares
its words but lacks one of the two facts or says what vetoes them (a genuine call, a partner, a
holiday, a broken oven, a sport, a fall last year). None of these sentences is in the corpus, a
blind set or an outside set.
"""

# ruff: noqa: E501  (a sentence reads best on one line)
from __future__ import annotations

from tests.safeguarding.both_ways import pair_tests

# (a disclosure, an everyday remark in the same words or voice)
FINANCIAL = [
    # a caller who said who they were, and what was given
    (
        "got a text saying I was owed a council tax rebate, clicked the link and put my card in, was that you?",
        "got a text saying I was owed a council tax rebate, it was genuine, it came through on Friday",
    ),
    # money for someone met online
    (
        "my uncle has a lady friend online he's never seen, he has sent her thousands for her hospital bills",
        "my uncle met his wife online twelve years ago, they sent us a lovely card",
    ),
    # a helper at the bank, and money gone
    (
        "the new friend who helps nan with her online banking has been in her account and moved money out",
        "the new friend who helps nan with her online banking showed her how to check the balance, she loves it",
    ),
    # a loan in another's name
    (
        "my nephew took a loan out in my name and I only found out from the letters",
        "I took out a loan in my name to fix the roof, the repayments are fine",
    ),
]
SUICIDE = [
    # belongings given away beside a farewell
    (
        "gave my tools to my brother and the cat to the lady next door. everything is ready now",
        "gave the cat to the lady next door while I'm in hospital for my knee, everything is ready now",
    ),
    # a means dwelt on ("shotgun" is read as itself, never mended to "shout" + "gun")
    (
        "since the farm went I've thought a lot about the shotgun, told no one",
        "since the farm went I've thought a lot about the shotgun licence, it needs renewing",
    ),
    # a passive wish that says "look like": a wish, never a comparison set aside
    (
        "with the arrears, not being here is starting to look like the best option",
        "with the arrears, the smaller flat is starting to look like the best option",
    ),
]
SELF_NEGLECT = [
    # meals given up beside living off scraps
    (
        "haven't cooked since my husband passed, just eat crackers in the chair most days",
        "haven't cooked since the oven broke, just eat crackers and soup till the repair",
    ),
]
PHYSICAL = [
    # an injury and the story about it
    (
        "my sister has a scratch on her neck and a split lip and the story keeps changing every time I ask",
        "my son came back from rugby with a scratch down his leg, the story keeps changing about who scored",
    ),
]
SEXUAL = [
    # a worker's comments about her body, and her unease
    (
        "the lad who came to fix the boiler kept making remarks about my figure and asked when my husband would be out",
        "the physio kept making remarks about my figure and weight, said I'd be more comfortable after the exercises",
    ),
]
DOMESTIC = [
    # an ex who keeps turning up, beside a split or an order
    (
        "since we separated he keeps turning up outside my mum's house at night",
        "the builder keeps turning up late and leaving early, we've separated the bins anyway",
    ),
    # his leave asked, and his displeasure
    (
        "I'd love to join the walking group but I have to ask Darren first and he usually says no",
        "I'd love to join the walking group but I have to ask my boss first about the rota, she usually says no to Fridays",
    ),
    # a curfew kept by his temper; the same hour kept for the childminder
    (
        "if I'm not back by 5 there's trouble, so the evening class is out",
        "if I'm not back by 5 there's trouble with the childminder, so the evening class is out",
    ),
    # an ex turning up, told beside a word about a repair (a repair vetoes only its own workman)
    (
        "we separated in May but he keeps turning up at my work. the repair team were lovely by the way",
        "the repair man keeps turning up at my work instead of the flat, we separated the jobs into two visits",
    ),
]
CRISIS = [
    # down and unable to rise
    (
        "took a tumble in the kitchen this morning. cannot get myself up. nobody due till tomorrow",
        "took a tumble down the stairs last year and cannot get up them now, so the stairlift is a godsend",
    ),
    # alone on the floor for hours; the same fall with help that came
    (
        "went over in the garden, can't get up and there's nobody here till six",
        "went over in the garden last week and couldn't get up, but the pendant brought help quickly",
    ),
]

(
    test_financial_none_is_copied_from_a_data_file,
    test_financial_disclosure_is_caught,
    test_financial_everyday_remark_is_not,
    test_financial_kinds_are_the_screens_only,
) = pair_tests(FINANCIAL, "financial")
(
    test_suicide_none_is_copied_from_a_data_file,
    test_suicide_disclosure_is_caught,
    test_suicide_everyday_remark_is_not,
    test_suicide_kinds_are_the_screens_only,
) = pair_tests(SUICIDE, "suicide_self_harm")
(
    test_self_neglect_none_is_copied_from_a_data_file,
    test_self_neglect_disclosure_is_caught,
    test_self_neglect_everyday_remark_is_not,
    test_self_neglect_kinds_are_the_screens_only,
) = pair_tests(SELF_NEGLECT, "self_neglect")
(
    test_physical_none_is_copied_from_a_data_file,
    test_physical_disclosure_is_caught,
    test_physical_everyday_remark_is_not,
    test_physical_kinds_are_the_screens_only,
) = pair_tests(PHYSICAL, "physical")
(
    test_sexual_none_is_copied_from_a_data_file,
    test_sexual_disclosure_is_caught,
    test_sexual_everyday_remark_is_not,
    test_sexual_kinds_are_the_screens_only,
) = pair_tests(SEXUAL, "sexual")
(
    test_domestic_none_is_copied_from_a_data_file,
    test_domestic_disclosure_is_caught,
    test_domestic_everyday_remark_is_not,
    test_domestic_kinds_are_the_screens_only,
) = pair_tests(DOMESTIC, "domestic")
(
    test_crisis_none_is_copied_from_a_data_file,
    test_crisis_disclosure_is_caught,
    test_crisis_everyday_remark_is_not,
    test_crisis_kinds_are_the_screens_only,
) = pair_tests(CRISIS, "crisis")
