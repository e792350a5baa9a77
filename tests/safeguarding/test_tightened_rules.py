"""Round-5 rules that now demand the concept's structure, each tried both ways.

A bare risk word (knife, bruise, floor, struggling, desperate, verbal, 24 hours) raised most of
the rules' false alarms on innocent everyday uses; each rule now needs the rest of the concept
(someone holding a weapon or pointing it at a person; a bruise on someone with nothing to
explain it; a person on the floor now), and the classifier carries what the structure leaves.
None of these sentences is in the corpus or a blind set (checked below).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.safeguarding.corpus import DATA, read
from bot.safeguarding.rules import rules

# (everyday use of the word, a disclosure built on the same word, its category)
BOTH_WAYS = [
    # a weapon in someone's hands or at a person, not a knife in a kitchen or a talk
    (
        "the chef showed the youth club how to hold a knife when dicing onions",
        "my stepson pulled a knife on his mum in the kitchen",
        "physical",
    ),
    (
        "a police officer gave a knife crime assembly at the academy, very moving",
        "he held the blade against her neck until she gave him the money",
        "physical",
    ),
    # a bruise on someone, not one with its everyday cause
    (
        "she always bruises easily and the chemist said it's her medication",
        "there are fresh bruises on his back again and he won't say how",
        "physical",
    ),
    (
        "my shins were black and blue after the hockey tournament",
        "her boyfriend gave her a black eye on saturday",
        "physical",
    ),
    # a person on the floor now, not a fall the ambulance came to
    (
        "I lay on the floor about an hour before the crew arrived, they were wonderful",
        "I'm on the bathroom floor and can't reach my pendant",
        "crisis",
    ),
    # struggling with life, not with a form
    (
        "I'm struggling to find where to upload the photos on your website",
        "I'm struggling to cope since my wife passed and I can't see a way forward",
        "crisis",
    ),
    # desperate as a state, not desperate for something ordinary
    (
        "desperate for a cuppa after three hours in the queue",
        "I'm desperate, I don't know where else to turn",
        "crisis",
    ),
    # hopeless as a feeling, not a service
    (
        "the parking app is hopeless, it never takes my card",
        "everything feels hopeless and I can't face another day of it",
        "crisis",
    ),
    # a crisis someone is in, not the crisis team
    (
        "the crisis café on Tuesdays is run by volunteers who listen",
        "we are in crisis at home and need someone today",
        "crisis",
    ),
    # verbal abuse, not a non-verbal patient
    (
        "my son is non verbal but the paramedic talked to him gently",
        "the manager is verbally aggressive to my dad in front of other residents",
        "psychological",
    ),
    # coercive control, not a service that never let someone down
    (
        "the district nurses have never let us down in five years",
        "my husband won't let me see my sister or go to church",
        "domestic",
    ),
    # caring round the clock, not a call back within a day
    (
        "they promised a call back within 24 hours and rang in twenty",
        "I've been caring for him 24 hours a day with no break since March",
        "carer_breakdown",
    ),
    # a break-in happening, not one years ago now made safe
    (
        "we had a burglary a few years ago but the new locks mean we sleep well",
        "someone is trying to break in through the back door right now",
        "physical",
    ),
    # an overdose of a drug, not of sugar
    (
        "the kids had an overdose of sweets at the Halloween party",
        "my brother took an overdose of his heart pills last night",
        "suicide_self_harm",
    ),
]

CORPUS_TEXTS = {row.text.casefold() for path in DATA.glob("*.csv") for row in read(path)}
BLIND_TEXTS = {row.text.casefold() for path in (DATA / "blind").glob("*.csv") for row in read(Path(path))}


def test_examples_here_are_in_no_data_file():
    here = {t.casefold() for ordinary, disclosure, _ in BOTH_WAYS for t in (ordinary, disclosure)}
    assert not here & (CORPUS_TEXTS | BLIND_TEXTS)


@pytest.mark.parametrize("ordinary, _disclosure, _category", BOTH_WAYS)
def test_the_everyday_use_no_longer_raises_a_rule_alert(ordinary, _disclosure, _category):
    assert rules().match(ordinary) is None, rules().match(ordinary)


@pytest.mark.parametrize("_ordinary, disclosure, category", BOTH_WAYS)
def test_the_disclosure_built_on_the_same_word_is_still_caught(_ordinary, disclosure, category):
    hit = rules().match(disclosure)
    assert hit is not None and hit.concept.category == category, hit


def test_each_rule_finding_names_the_pattern_that_matched():
    # the per-pattern figures (bench.safeguarding --patterns) depend on it
    findings = rules().findings("my stepson pulled a knife on his mum in the kitchen")
    assert findings and all(f.pattern for f in findings)
