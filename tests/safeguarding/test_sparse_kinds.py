"""Disclosures told sparely (bot/safeguarding/sparse_kinds.py), each kind tried both ways.

Every disclosure below is caught by the screen's rules with the category of its kind, and an
ordinary comment sharing its words is not. None of these sentences is in the corpus or a blind set.
"""

from __future__ import annotations

import pytest

from bot.safeguarding.rules import rules, telegraphic
from bot.safeguarding.sparse_kinds import SPARSE_CONCEPTS, SPARSE_PAIR_CONCEPTS
from tests.safeguarding.both_ways import assert_caught, assert_not_caught, in_no_data_file, triple_tests

# (a disclosure told sparely, its category, an ordinary comment sharing its words)
BOTH_WAYS = [
    # a need with nobody to meet it, for a time, in a few words
    ("no carer 3 days", "neglect", "no carer needed now"),
    ("no tablets 4 days", "neglect", "no bins 4 days"),
    ("no meals since tuesday", "neglect", "no meals on wheels since tuesday, we cook now"),
    ("dim gofalwr ers dyddiau", "neglect", "dim angen gofalwr nawr diolch"),
    # locked in by a home or a person
    ("the home locks us in", "organisational", "got locked in the car park last night, security let us out"),
    ("staff lock the residents in every night", "organisational", "locks broken on the residents' shed"),
    ("he locks me in when he goes to work", "domestic", "he locks up the shop when he goes to work"),
    # a goodbye with thanks for trying
    ("thank you for trying. goodbye", "suicide_self_harm", "thanks for trying, got it sorted"),
    ("Hwyl fawr. Diolch am drio.", "suicide_self_harm", "Diolch am drio, mae wedi ei drwsio nawr."),
    (
        "goodbye everyone. i love you all",
        "suicide_self_harm",
        "goodbye everyone, see you at the coffee morning",
    ),
    (
        "bye everyone. sorry for everything",
        "suicide_self_harm",
        "goodbye and thanks for trying to fix the lift, see you next week",
    ),
    # cannot go home because a parent there is drunk
    ("can't go home tonight, dad's drunk again", "children", "can't go home till the boiler's fixed"),
    (
        "don't want to go home, mum's off her face",
        "children",
        "don't want to go home yet, the holiday was lovely",
    ),
    # an injury owed to someone close, played down
    (
        "a bit of a cut on my lip from my husband, he gets in a mood",
        "physical",
        "a bit of a bruise from the fall, healing well",
    ),
    # left on a commode or toilet for a long time
    (
        "left on the toilet for over an hour this morning, nobody came",
        "organisational",
        "they left the commode in the hallway for an hour after delivering it",
    ),
    # personal care given cold or rushed
    (
        "the carers wash him with cold water every morning",
        "organisational",
        "the carers wash the windows with cold water and vinegar",
    ),
    (
        "the carers shower her really fast and she ends up crying",
        "organisational",
        "the carers shower her really fast because she likes it quick",
    ),
    (
        "they rush her wash in five minutes and she cries every time",
        "organisational",
        "they rush her wash on Fridays so she's ready for the minibus, she loves the trips",
    ),
    ("his teeth haven't been brushed for weeks", "neglect", "the windows haven't been cleaned for weeks"),
    # a worker asking a young or vulnerable person for pictures, secrets or to meet alone
    (
        "my key worker keeps asking for selfies, says they're for my support plan",
        "sexual",
        "my support worker asked me to send pics of the damp for the housing claim",
    ),
    (
        "the taxi driver told me to keep it our little secret",
        "sexual",
        "the driver told me the surprise party was a secret from Mum",
    ),
    (
        "my PA wants to meet up on our own at his flat",
        "sexual",
        "my PA wants to meet up at the library to go through my forms",
    ),
    (
        "my support worker messages me late and says not to tell my mum",
        "sexual",
        "my carer told me not to tell mum about the surprise party",
    ),
    # someone unknown in the resident's bed, and being disbelieved
    (
        "a stranger got into my bed on the ward last night",
        "sexual",
        "a stranger got into my taxi by mistake last night",
    ),
    (
        "a man keeps coming in my bedroom and the carers tell me I'm confused",
        "sexual",
        "a man keeps coming in my bedroom to fix the radiator, the carers are lovely",
    ),
    # unwanted touching told softly, with someone who cannot consent
    (
        "one of the volunteers is a bit handsy with the ladies who have dementia",
        "sexual",
        "the volunteers are very hands on with the ladies who have dementia, lovely activities",
    ),
    (
        "this is goodbye. sorry",
        "suicide_self_harm",
        "bye for good from me, moving to Spain next week, sorry to leave the choir",
    ),
    (
        "it's only a little smack now and then when he's had a bad day",
        "physical",
        "just a little slap of paint needed on the front door",
    ),
    ("nan's teeth not brushed 2 weeks", "neglect", "my hair not cut for weeks, the barber is shut"),
    # fragments said with pauses
    ("Mum. Fell. Floor. Can't. Up.", "crisis", "Mum. Fell. Asleep. Early. Lovely."),
    ("Insulin. Not. Given. Two days. Nurse. Forgot.", "neglect", "Bins. Not. Collected. Two weeks. Again."),
    ("Wife. Dementia. Me. Can't. Lift. Her.", "carer_breakdown", "Wife. Holiday. Me. Can't. Wait. Thanks."),
]

# A softener plays a harm down; it never says the harm is over.
MINIMISED = [
    ("he pushed me into the door but it's fine, he didn't mean it", "physical"),
    ("she slapped me again but it's ok, she gets in a temper", "physical"),
    ("the night staff shout at me but it's fine, mustn't grumble", "psychological"),
    ("they leave him in wet pads all morning but it's ok, they do their best", "organisational"),
]
# A real resolution still sets a harm aside.
RESOLVED = [
    "he pushed me once years ago but it's all sorted now, he moved away and I feel safe",
    "I was scared at home but it's fine now, the locks were changed and I feel safe",
]
# Ordinary comments that share a sparse kind's words (the brief's look-alikes and round 9's).
LOOK_ALIKES = [
    "the photographer asked for pics of the garden",
    "I had to break the kitchen window to get in, lost my keys at the shops",
    "locks broken",
    "no bins 4 days",
]


(
    test_none_is_copied_from_a_data_file,
    test_the_disclosure_is_caught,
    test_the_ordinary_comment_is_not,
) = triple_tests(BOTH_WAYS)


def test_the_other_examples_are_in_no_data_file() -> None:
    assert in_no_data_file([(d, "", r) for (d, _), r in zip(MINIMISED, RESOLVED * 2, strict=True)])


@pytest.mark.parametrize("disclosure, category", MINIMISED)
def test_a_softener_never_cancels_a_harm(disclosure, category):
    assert_caught(disclosure, category)


@pytest.mark.parametrize("ordinary", LOOK_ALIKES)
def test_a_look_alike_is_not_caught(ordinary):
    assert_not_caught(ordinary)


def test_i_said_no_is_not_the_end_of_it_when_it_went_on():
    assert_not_caught("he asked to borrow my bank card and I said no")
    assert_caught("my carer keeps touching me and I said no but he's off with me now", "sexual")


@pytest.mark.parametrize("resolved", RESOLVED)
def test_a_real_resolution_still_does(resolved):
    assert_not_caught(resolved)


def test_each_sparse_kind_is_tried_both_ways():
    """Every concept and pair of the module finds one of the disclosures above."""
    kinds = set(SPARSE_CONCEPTS) | set(SPARSE_PAIR_CONCEPTS)
    found = set()
    for disclosure, _, _ in BOTH_WAYS:
        found |= {f.hit.concept for f in rules().screen_findings(disclosure) if f.hit.concept in kinds}
    assert found == kinds


def test_fragments_are_read_together_only_when_the_message_is_fragments():
    assert telegraphic("me | carer | wife | dementia | cant | lift")
    # a terse list of points is not speech in fragments
    assert not telegraphic("some staff dont care | more staff | better food | better communication")
    assert not telegraphic("carer did not come | three days")


def test_the_classifier_features_do_not_read_the_new_kinds():
    """findings() is what the shipped model was trained on: the sparse kinds are the screen's only."""
    sparse = {p for concept in SPARSE_CONCEPTS for p in concept.patterns}
    for disclosure, _, _ in BOTH_WAYS:
        assert not {f.pattern for f in rules().findings(disclosure)} & sparse
