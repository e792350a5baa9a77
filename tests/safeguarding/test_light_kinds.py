"""Disclosures told lightly (bot/safeguarding/light_kinds.py), each kind tried both ways.

Every disclosure below is caught by the screen's rules with the category of its kind, and an
ordinary comment sharing its words or its telling (a joke, scare quotes, a run-on, swearing, faith)
is not. None of these sentences is in the corpus or a blind set.
"""

# ruff: noqa: E501  (a resident's run-on reads best on one line)
from __future__ import annotations

import pytest

from bot.safeguarding import context
from bot.safeguarding.light_kinds import LIGHT_CONCEPTS, LIGHT_PAIR_CONCEPTS, mark_scare_quotes
from bot.safeguarding.rules import BREAK, normalise, rules
from tests.safeguarding.both_ways import assert_caught, assert_not_caught, in_no_data_file

# (a disclosure told lightly, its category, an ordinary comment sharing its words or its telling)
BOTH_WAYS = [
    # a joke: scare quotes round an excuse, laughter after a literal harm
    (
        'Wife\'s arm is in a sling again, she "fell down the stairs" haha, third time since Easter',
        "domestic",
        "Wife's arm is in a sling again, she fell off her bike haha, third time since Easter",
    ),
    (
        'the kitchen wall has been "walked into" by my husband twice now lol',
        "domestic",
        "the kitchen wall has been painted by my husband twice now lol",
    ),
    (
        'the night carer "accidentally" rubs against my bottom every time he hoists me, got to laugh',
        "sexual",
        'the night carer "accidentally" put the telly on loud again, got to laugh',
    ),
    (
        'her dad "lost" my son at the fair for two hours, typical of him lol',
        "children",
        "my son lost his hat at the fair for two hours lol",
    ),
    (
        'my "fiance" from Facebook needs another £900 for his visa, he\'ll pay me back lol',
        "financial",
        'the "quick" repair took nine days, I could have paid someone else lol',
    ),
    (
        'my niece is 15 and her "boyfriend" films her on his phone, she won\'t say why',
        "sexual",
        "my cousin has learning difficulties and her boyfriend keeps filming the football for her",
    ),
    (
        "Bathroom's grand now. Fat lip's nearly gone, was my brother ha, he's still here though",
        "physical",
        "Bathroom's grand now. Fat lip's nearly gone, was my brother's elbow at football ha",
    ),
    # harm beside swearing, slurs quoted as what others call the resident
    (
        'someone scratched "mong" into my car door, the bodywork guy was f***ing quick though',
        "discriminatory",
        "someone scratched a smiley into my car door, the bodywork guy was f***ing quick though",
    ),
    (
        "the youths on the corner keep taking the piss out of my stammer, f***ing brilliant new lift though",
        "discriminatory",
        "the youths on the corner keep taking the piss out of each other, f***ing brilliant new lift though",
    ),
    (
        "bloody kids knocked me out of my wheelchair onto the pavement yesterday",
        "discriminatory",
        "bloody kids knocked the bins over onto the pavement yesterday",
    ),
    (
        "her fella put her head through the bathroom mirror, classic him lol",
        "physical",
        "her fella put me through to the manager, classic him lol",
    ),
    (
        "someone keeps posting dog poo through our letterbox since we moved in",
        "psychological",
        "someone keeps posting leaflets through our letterbox since we moved in",
    ),
    # a run-on: praise, a turn, a harm, "anyway" and praise again
    (
        "the new boiler is ace and also random but my sister's fella won't let her visit us unless he drives her, anyway ace boiler",
        "domestic",
        "the new boiler is ace and also random but my sister's fella won't let her forget her birthday, anyway ace boiler",
    ),
    (
        "discharge was fine, by the way nobody turned up for her bedtime calls, anyway the ward was lovely",
        "neglect",
        "discharge was fine, by the way nobody turned up for the quiz night, anyway the ward was lovely",
    ),
    (
        "Dad hasn't had his blood thinners since Tuesday, anyway thanks for the bus pass",
        "neglect",
        "Dad hasn't needed his blood thinners since the operation, anyway thanks for the bus pass",
    ),
    (
        "the girls are lovely but they do his wash and his tea in about 5 minutes flat",
        "organisational",
        "the mechanics did the tyre change in about 5 minutes flat",
    ),
    # a child in danger at a height
    (
        "little boy from upstairs is out on the balcony railings, 4th floor, no adult about",
        "children",
        "little boy from upstairs waved from the balcony, lovely family",
    ),
    # self-neglect told as a shrug
    (
        "kitchen's a tip, I've kind of given up bothering. no point eating when it's just me",
        "self_neglect",
        "kitchen's a tip after the party. no point cooking tonight, we're getting a takeaway",
    ),
    # faith: wanting to die, against faith's everyday gratitude
    (
        "I am ready to meet my Maker now, I have had enough of this pain",
        "suicide_self_harm",
        "God willing the ramp will be fitted by spring, blessed to have such a kind team",
    ),
    (
        "Every night I pray the Lord will take me home",
        "suicide_self_harm",
        "Every night I pray for the team that look after me",
    ),
    (
        "I only want to be with Jesus now, there is nothing left here",
        "suicide_self_harm",
        "I go to be with my church friends on Sundays now, there is nothing like it",
    ),
    (
        "Bob dydd dw i'n gofyn i Dduw fy nghymryd. Rydw i isio mynd adre at Iesu",
        "suicide_self_harm",
        "Diolch i Dduw am y tîm, rydw i isio mynd adre ar ôl yr apwyntiad",
    ),
    # a Welsh learner's simple forms
    ("Dw i ddim moyn byw ddim mwy", "suicide_self_harm", "Dw i ddim moyn aros am y bws ddim mwy"),
    # shouting at home excused
    (
        "my partner yells at me constantly, I know he's stressed with his job",
        "psychological",
        "my partner yells at the telly constantly during the match, he's stressed about the league",
    ),
    # a carer's formal letter, against one asking for an ordinary reassessment
    (
        "I must inform you that I am unable to safely look after my father any longer",
        "carer_breakdown",
        "I must inform you that I am unable to attend the review on the 4th and request another date",
    ),
    (
        "My husband's dementia is worse and I fear a serious accident when I care for him at night",
        "carer_breakdown",
        "I fear a serious accident at the junction by the school, please review the crossing",
    ),
    # coercion told in the third person
    (
        "my neighbour has to do whatever her husband says or he'll throw her out",
        "domestic",
        "my neighbour has to do whatever the physio says or she'll end up back in hospital",
    ),
]

# Ordinary remarks set aside by their frame (set O's rule false alarms, by kind, in new words).
ORDINARY = [
    "The dog keeps trying to murder me by lying on the top step, new handrail is great though",
    "the grandkids were knocking lumps out of each other over the remote, visit went fine",
    "the disabled bays at the health centre are being abused by delivery vans",
    "a bloke was giving the lad on the counter loads of abuse, he stayed calm, credit to him",
    "I took a day off and waited in all morning, nobody came to fix the gutter",
    "bit anxious the nursery place won't be ready in time for September",
    "she's breaking records at the swimming club, so proud",
    "Mae'r ffenestri ddim yn cael eu glanhau ers misoedd, plîs",
    "Sorry I couldn't read the form because I am partially sighted, my son filled it in",
    "the pest control man sorted the mice in the loft, very polite",
    "Mum said the stairs would be the death of her, the stairlift has changed everything",
    "nervous walking home in the dark since the street light went, please fix it",
    "fell over on the bus step, can't walk up the hill to the surgery with my knee, any transport?",
    "No meds needed since Friday, the GP is happy with her",
    "Fifteen years ago I was homeless, now I've got a flat and a job at the café",
]

# The telling alone is no harm: a joke, scare quotes, swearing, faith, a run-on's worry.
TELLING_ONLY = [
    "the cat's trying to kill me by sitting on my keyboard lol",
    "the 'quick' repair took a fortnight ha",
    'my "boyfriend" is my dog, he loves the new park lol',
    "f***ing brilliant service, bloody hell it was fast",
    "the estate was a shithole before the clean-up, well done",
    "Praying for the team, God bless you all",
    "thanks for everything and also random but is the library open on Sundays, anyway lovely staff",
    "Dear Sir, I request an urgent reassessment of my wife's care package as her hours have changed",
]


def test_sentences_are_new() -> None:
    assert in_no_data_file(BOTH_WAYS)
    assert in_no_data_file([(t, "", t) for t in ORDINARY + TELLING_ONLY])


@pytest.mark.parametrize(("disclosure", "category", "ordinary"), BOTH_WAYS)
def test_disclosure_told_lightly_is_caught(disclosure: str, category: str, ordinary: str) -> None:
    assert_caught(disclosure, category)


@pytest.mark.parametrize(("disclosure", "category", "ordinary"), BOTH_WAYS)
def test_its_look_alike_is_not(disclosure: str, category: str, ordinary: str) -> None:
    assert_not_caught(ordinary)


@pytest.mark.parametrize("ordinary", ORDINARY + TELLING_ONLY)
def test_ordinary_remark_set_aside_by_its_frame(ordinary: str) -> None:
    assert_not_caught(ordinary)


def test_every_light_concept_is_tried() -> None:
    caught = {hit.concept for d, _, _ in BOTH_WAYS if (hit := rules().match(d)) is not None}
    assert set(LIGHT_CONCEPTS) | set(LIGHT_PAIR_CONCEPTS) <= caught


def test_scare_quotes_mark_only_an_excuse() -> None:
    assert "scarequote forgot" in mark_scare_quotes('he "forgot" her tablets')
    assert "scarequote" in mark_scare_quotes("she \u201cfell\u201d again")
    assert mark_scare_quotes("the 'quick' repair") == "the 'quick' repair"
    assert mark_scare_quotes("it's John's") == "it's John's"


def test_the_alert_shows_the_quote_in_words() -> None:
    hit = rules().match('he "accidentally" brushes my thigh when he hoists me')
    assert hit is not None and "scare-quoted accidentally" in hit.words and "scarequote" not in hit.words


def test_the_classifier_reads_a_run_on_harm_on_its_own() -> None:
    text = "the staff are lovely and also random but my lodger hits me, anyway the staff are lovely"
    rest = context.unsettled(text)
    assert rest is not None and "hits me" in rest and "lovely" not in rest.split(BREAK)[-1]


def test_findings_for_the_classifier_are_unchanged_by_the_new_kinds() -> None:
    # The trained model's features read the base layer only: a light kind is the screen's.
    text = "I'd like to go home to Him soon"
    assert rules().match(text) is not None
    assert not [f for f in rules().findings(text) if f.hit.concept in LIGHT_CONCEPTS]
    assert normalise('he "forgot"') == "he forgot"
