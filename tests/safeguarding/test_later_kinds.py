"""Round-4 kinds, each tried both ways: a trouble told as history, means told with their purpose,
goodbyes told as putting affairs in order, and the everyday wording that shares their words.

None of these sentences is in the corpus or in any blind set (checked below), so they test the
kind, not a remembered sentence.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.safeguarding.corpus import DATA, read
from bot.safeguarding.rules import rules

# (everyday wording, a disclosure with the same words, its category)
BOTH_WAYS = [
    # a trouble placed in the past with life good now, against one that is not over
    (
        "I was sofa surfing for a year back in 2019, now I've got my own flat thanks to the team",
        "I'm sofa surfing and homeless since the landlord changed the locks",
        "crisis",
    ),
    (
        "my daughter used to cut herself when she was at school, she's thriving at college now",
        "my daughter has started cutting herself again, she hides the marks",
        "suicide_self_harm",
    ),
    (
        "I used to be terrified of my stepdad years ago, that's all behind me now",
        "I'm terrified of my stepdad, he comes round drunk",
        "domestic",
    ),
    # means told with what they are for, never the bare word
    (
        "the roofer finally came and the rope holding the tarp is gone, great job",
        "I've bought a rope and I've been looking at the beam in the garage",
        "suicide_self_harm",
    ),
    (
        "the cleaner used bleach on the carpet and ruined it",
        "I want to drink the bleach under the sink and be done",
        "suicide_self_harm",
    ),
    (
        "how many paracetamol can I take with my other painkillers, the leaflet is confusing",
        "how many paracetamol would be enough to not wake up",
        "suicide_self_harm",
    ),
    # bullying of a person, not a manner on the phone
    (
        "the receptionist was a right bully about the forms",
        "the older girls bully my daughter on the bus every day",
        "discriminatory",
    ),
    # goodbyes told as putting affairs in order, against everyday paperwork
    (
        "the advice worker helped me fill in the will form for my solicitor",
        "I've put my affairs in order and given my cat to the neighbour, I'm ready",
        "suicide_self_harm",
    ),
    (
        "please stop writing letters to my late mum, she died in March",
        "finished writing goodbye letters to my kids tonight",
        "suicide_self_harm",
    ),
    # a porter pushing a chair, against a push that harms
    (
        "the porter pushed me in the wheelchair all the way to x-ray, lovely lad",
        "the night carer pushed me hard against the wall",
        "physical",
    ),
    # considered, not money taken; steady, not stabbed
    (
        "they took into account my pension when working out the rent",
        "my grandson took my pension card and won't give it back",
        "financial",
    ),
    (
        "mum is stable now and the ward staff were wonderful",
        "he stabbed my brother in the leg outside the flat",
        "physical",
    ),
    # something tried has worked, against it not working
    (
        "I was at the end of my tether with the barking dog but the warden's letter worked",
        "I'm at the end of my tether caring for dad and can't keep him safe at night",
        "crisis",
    ),
    # fear of missing a bus, against fear of a person
    (
        "I was worried I'd miss my slot so I rang ahead and they were kind",
        "I'm frightened of what my son will do when he gets home from the pub",
        "domestic",
    ),
    # told off for not drinking, against drink not given
    (
        "the nurse told him off for not drinking his fluids, fair enough",
        "nobody has given dad a drink since yesterday morning",
        "neglect",
    ),
    # a pharmacy out of stock, against a person left without medicine
    (
        "the chemist ran out of my inhaler so I went to another one",
        "the carers let mum run out of her tablets and she has had none for four days",
        "neglect",
    ),
]

NEW_KINDS = [
    ("two men I hardly know have moved into my brother's flat and use his bank card", "modern_slavery"),
    ("dad came home from respite with a black eye and nobody can tell us what happened", "physical"),
    ("there was no incident form for the bruises on her legs", "physical"),
    ("my ex has tracked down where we live and he parks outside at 3am", "domestic"),
    ("he forces me even when I say no and I am too tired to fight", "sexual"),
    ("the manager said if we complain again he will have to leave the home", "psychological"),
    ("her son told her never to speak to the social worker without him", "psychological"),
    ("since the new boyfriend arrived mum pays all his debts and rent", "financial"),
    ("some lads I don't know sleep at my place most nights", "modern_slavery"),
    ("the tea call has not turned up since friday so she has nothing after lunch", "neglect"),
    ("his wounds are weeping and stink but he won't let anyone look", "self_neglect"),
    ("the power is off and mum's oxygen is almost out", "crisis"),
    ("a girl of thirteen hangs about with older men at 2am", "children"),
    ("mae hogiau'r stad yn dynwared fy mab ac yn taflu cerrig ato fo", "discriminatory"),
    ("dw i ddim yn gweld pwynt byw, mae'r tabledi gen i yn barod", "suicide_self_harm"),
    ("i have all my tablets lined up on the table", "suicide_self_harm"),
    ("made my goodbyes to the family at the weekend, they had no idea", "suicide_self_harm"),
    ("such a relief now I've made up my mind. thanks for everything", "suicide_self_harm"),
    ("I've chosen which bridge and I went to look at it", "suicide_self_harm"),
    ("honestly what's the point of it all anymore", "suicide_self_harm"),
]

ORDINARY_SHARING_WORDS = [
    "I feel relieved now I've decided to move into sheltered housing",
    "said our goodbyes to the old day centre staff, the new ones are lovely",
    "the hose on the washing machine leaked again, please send someone",
    "my nephew has moved into his own flat and loves having his own space",
    "the noisy tenants downstairs got evicted at last",
    "the pharmacy ran out of my insulin pens but the other branch had them",
    "my grandson punched the air when his team scored",
    "I got a right telling off for not eating my greens, she's a good carer",
    "scared I'd get lost on the way but the map they sent was clear",
    "mae'r tabledi yn barod i'w casglu yn y fferyllfa bob dydd Llun",
    "we took the kids out for a night at the pictures",
]

CORPUS_TEXTS = {row.text.casefold() for path in DATA.glob("*.csv") for row in read(path)}
BLIND_TEXTS = {row.text.casefold() for path in (DATA / "blind").glob("*.csv") for row in read(Path(path))}
ALL_HERE = [t for o, d, _ in BOTH_WAYS for t in (o, d)] + [t for t, _ in NEW_KINDS] + ORDINARY_SHARING_WORDS


def test_examples_here_are_in_no_data_file():
    assert not {t.casefold() for t in ALL_HERE} & (CORPUS_TEXTS | BLIND_TEXTS)


@pytest.mark.parametrize("ordinary, _disclosure, _category", BOTH_WAYS)
def test_the_everyday_wording_is_set_aside(ordinary, _disclosure, _category):
    assert rules().match(ordinary) is None, rules().match(ordinary)


@pytest.mark.parametrize("_ordinary, disclosure, category", BOTH_WAYS)
def test_a_disclosure_with_the_same_words_is_still_caught(_ordinary, disclosure, category):
    hit = rules().match(disclosure)
    assert hit is not None and hit.concept.category == category, hit


@pytest.mark.parametrize("text, category", NEW_KINDS)
def test_a_new_kind_of_disclosure_is_caught(text, category):
    hit = rules().match(text)
    assert hit is not None and hit.concept.category == category, hit


@pytest.mark.parametrize("text", ORDINARY_SHARING_WORDS)
def test_ordinary_words_shared_with_a_new_kind_are_not_caught(text):
    assert rules().match(text) is None, rules().match(text)


def test_a_past_trouble_said_to_be_back_is_not_set_aside():
    # the history kind never hides a recurrence, even with a good-now marker elsewhere
    text = "he used to hit me years ago and it has started again lately, though work is going well"
    assert rules().match(text) is not None


def test_a_goodbye_told_in_settled_words_is_not_dampened_as_settled():
    from bot.safeguarding import context

    # "sorted out" marks a settled sentence, but not when what was sorted is a funeral plan
    assert context.unsettled("the plumber sorted out the leak. the estate is lovely") is not None
    assert context.unsettled("sorted out my funeral plan and my affairs. nothing else to do") is None
