"""Harm words in a frame the message says is ordinary, and disclosures a veto had set aside (round 23:
bot/safeguarding/oversight_kinds.py and kept_kinds.py), each kind tried both ways.

Every disclosure below is caught by the screen's rules with its category, and an everyday remark in
the same words (oversight said to be loving, an account's own lockout, an own trip's bruise, cold
said to be over, tiredness said to be good, a neighbour's nuisance, a thing thrown away, nobody hurt)
is not. None of these sentences is in the corpus, a blind set or an outside set.
"""

from __future__ import annotations

import pytest

from tests.safeguarding.both_ways import aside_tests, assert_caught, assert_not_caught, in_no_data_file

# (a disclosure, its category, an everyday remark in the same words or voice)
BOTH_WAYS = [
    # oversight said to be loving; with a punishment, a fear or a secret, control
    (
        "he tracks my phone and goes mad if I'm late",
        "domestic",
        "my daughter tracks my phone when I drive to the coast, she worries, bless her",
    ),
    (
        "he reads my messages every night and I have to delete everything",
        "domestic",
        "my sister reads my texts over my shoulder on the bus, so nosy, anyway the leaflet was clear",
    ),
    (
        "my partner checks my location all the time and I'm not allowed out without him",
        "domestic",
        "my son checks my location on his phone when I go fishing, it's nice to know someone's looking out",
    ),
    # an account locked by its own password; by a person, control of money
    (
        "he changed my password and locked me out of my own bank account",
        "domestic",
        "the council app locked me out after three tries, got it sorted at the library",
    ),
    (
        "he changed the pin on my card and keeps it",
        "financial",
        "I changed the wifi password and now the grandkids can't get on, oh well",
    ),
    # a bruise from an own trip said to be nothing; with a push or someone's story, harm
    (
        "bruises on my arms again, he says I fell",
        "physical",
        "I tripped over the dog's lead, bruised my elbow, all fine, my own fault",
    ),
    (
        "she pushed me and I slipped on the stairs, bruised all down my side",
        "physical",
        "slipped on the ice outside the chemist, bruised my hip, it's grand now",
    ),
    # cold said to be over or elsewhere; still cold, with the meter, a crisis
    (
        "freezing, still no heating and the meter's on emergency",
        "crisis",
        "Was freezing all week. Boiler man came Tuesday, warm now.",
    ),
    (
        "freezing, still no heating and the meter's on emergency",
        "crisis",
        "Freezing in the church hall again, heating's been off for days. Not my house, my house is fine",
    ),
    # tiredness said to be good, or a day's at work; with caring and no help, a carer's breakdown
    (
        "wedi blino'n lân yn gofalu am Mam, dim help o gwbl",
        "carer_breakdown",
        "wedi blino heno ond dim byd mwy na diwrnod hir yn y gwaith",
    ),
    (
        "wedi blino'n lân yn gofalu am Mam, dim help o gwbl",
        "carer_breakdown",
        "exhausted but happy after the village fete, the form was easy",
    ),
    # a neighbour's nuisance; with a threat or fear, not only a nuisance
    (
        "the neighbour threatens me every time I park, I'm frightened",
        "crisis",
        "Can't cope with the state of the parking by the school, vans on the pavement every morning",
    ),
    (
        "the kids next door get kicked by their dad, I hear it through the wall",
        "children",
        "kids from next door kicking a ball against the garage all evening",
    ),
    # children screaming at play; every night with a parent shouting, a child's harm
    (
        "the kids over the road are screaming every night and their dad is shouting at them",
        "children",
        "the kids over the road were screaming their heads off at the birthday party, bins were fine",
    ),
    (
        "the kids over the road are screaming every night and their dad is shouting at them",
        "children",
        "the children next door were screaming in the paddling pool all afternoon, the leaflet was useful",
    ),
    # a thing thrown away, a temper over a timetable, nobody hurt (Welsh)
    (
        "my husband threw a plate at me",
        "physical",
        "my husband threw the form out with the recycling so we had to start again",
    ),
    (
        "Mam's boyfriend kicked her in the stomach",
        "physical",
        "Mam kicked off about the new timetable at first but she likes it now",
    ),
    (
        "mae o wedi brifo fi eto neithiwr",
        "physical",
        "Neb wedi brifo, diolch byth, dim ond y ffens wedi torri",
    ),
]


(
    test_sentences_are_new,
    test_disclosure_in_the_same_words_is_caught,
    test_its_everyday_look_alike_is_not,
    test_the_kinds_are_the_screens_only,
) = aside_tests(BOTH_WAYS)


@pytest.mark.parametrize(
    ("message", "category"),
    [
        # loving words beside a punishment still alarm: the control is said
        ("he tracks my phone, he says he worries, but he goes mad if I'm five minutes late", "domestic"),
        # an own trip's bruise beside a push is harm
        ("I tripped, well he pushed me, bruised my knee, all fine now", "physical"),
        # screaming beside a party, with bruises, is a child's harm
        ("the girl next door is screaming and covered in bruises, there was a party there", "children"),
        # cold said over with the meter still on emergency is a crisis
        ("warm now but the meter's on emergency and I can't afford to top up, freezing tomorrow", "crisis"),
    ],
)
def test_the_frame_beside_a_real_harm_still_alarms(message: str, category: str) -> None:
    assert_caught(message, category)


# (a disclosure a veto had set aside, its category, an everyday remark it must not make alarm)
KEPT = [
    # "never leaves" is the confinement: what follows is said, not denied
    (
        "the lads at the car wash never leave, they sleep in the back",
        "modern_slavery",
        "my nan never leaves the house in winter, the warm hub leaflet was useful",
    ),
    # an employer's instruction not to report
    (
        "the boss told us don't report pressure sores",
        "neglect",
        "the manager told us not to report the parking, it's not our job",
    ),
    # a thing taken away as a punishment
    (
        "the staff put her in her room with no tv as punishment",
        "psychological",
        "no tv tonight, the aerial's down again",
    ),
    # the undone chore is the sign
    (
        "the old boy at 14 hasn't put his bins out in months and the curtains never open",
        "self_neglect",
        "we haven't put the bins out in weeks because the lorry never comes",
    ),
    # said fine while asking whether it is; a self-harm said again
    (
        "he doesn't let me see my friends but he's not violent so it's fine isn't it",
        "domestic",
        "the weather's fine isn't it",
    ),
    (
        "cut myself again on Sunday, it's fine now",
        "suicide_self_harm",
        "cut my finger again on the bread knife, it's fine now",
    ),
]


def test_the_kept_sentences_are_new() -> None:
    assert in_no_data_file(KEPT)


@pytest.mark.parametrize(("disclosure", "category", "ordinary"), KEPT)
def test_a_disclosure_the_veto_set_aside_is_caught(disclosure: str, category: str, ordinary: str) -> None:
    assert_caught(disclosure, category)


@pytest.mark.parametrize(("disclosure", "category", "ordinary"), KEPT)
def test_its_everyday_remark_still_is_not(disclosure: str, category: str, ordinary: str) -> None:
    assert_not_caught(ordinary)
