"""The concept rules: disclosures in residents' own words, negation, resolution, idioms, severity."""

from __future__ import annotations

import dataclasses

import pytest

from bot.safeguarding.concepts import CONCEPTS
from bot.safeguarding.cues import FAMILIES
from bot.safeguarding.rules import compile_pattern, normalise, rules
from bot.safeguarding.screen import CATEGORIES, SEVERITIES, Match, screen
from settings import load_config

SETTINGS = load_config().safeguarding
RULES_ONLY = SETTINGS.model_copy(update={"classifier": False})


def concept_of(text: str) -> tuple[str, str] | None:
    match = screen(RULES_ONLY, text)
    return (match.category, match.severity) if match else None


# The issue's misses, described there and written here in other words.
@pytest.mark.parametrize(
    "text, category, severity",
    [
        ("I swallowed every tablet in the cupboard on Sunday night", "suicide_self_harm", "urgent"),
        ("nobody has come to get me washed since Friday", "neglect", "concern"),
        ("money keeps disappearing out of my bank and I don't know who is taking it", "financial", "concern"),
        ("honestly what is the point of living like this", "suicide_self_harm", "concern"),
        ("my husband doesn't let me go out or see my sister", "domestic", "concern"),
        ("dad hasn't had his tablets for three days", "neglect", "concern"),
        (
            "I can't keep my wife safe at night any more, she has dementia and wanders",
            "carer_breakdown",
            "concern",
        ),
    ],
)
def test_the_issues_missed_disclosures_are_caught(text, category, severity):
    assert concept_of(text) == (category, severity)


@pytest.mark.parametrize(
    "text",
    [
        "I was scared the form would be complicated but it was fine",
        "I was worried about the move but I feel safe now",
        "the carers missed a visit in March but it has been sorted since",
        "I had a fall last year but I'm fine now with the rail",
        # each of these names a risk concept; only the resolution that follows stops the alert
        "the carers didn't come for three days in March but it has all been sorted since",
        "I had no heating for two days last week but the engineer came and fixed it",
        "I was frightened of my ex but he has moved away and I feel safe now",
    ],
)
def test_fear_or_harm_the_same_sentence_says_has_passed_is_not_an_alert(text):
    assert concept_of(text) is None


def test_resolution_never_hides_intent_to_end_life():
    assert concept_of("I took all my tablets last night but I'm fine now") == ("suicide_self_harm", "urgent")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("he never hits me, he's a gentle soul", None),
        ("he hits me when he's drunk", ("physical", "concern")),
        ("I'm not suicidal, just tired of the forms", None),
        ("I feel safe in my new flat", None),
        ("I don't feel safe at home", ("crisis", "concern")),
    ],
)
def test_negation(text, expected):
    assert concept_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I was dying to tell you how good the nurse was",
        "the cakes are to die for",
        "my back is killing me but the physio is great",
        "I nearly died laughing at the quiz",
        "I killed myself laughing",
        "the form was dead easy",
        "I missed the deadline but they let me off",
        "over my dead body will I go back to the old surgery",
        "you smashed it, thank you",
        "the buses are hit and miss",
        "the tablets knocked me out so I slept well",
        "I could murder a cup of tea",
        "the pavement is a death trap in the ice",
        "I'm afraid I can't make Tuesday",
        "bored to death in the waiting room",
        "I had a heart attack and the rehab team were brilliant",
        "people abuse the disabled bays at the shops",
        "my doctor won't let me drive yet",
        "hit me up when the form is ready",
    ],
)
def test_everyday_idioms_are_not_alerts(text):
    assert screen(RULES_ONLY, text) is None, screen(RULES_ONLY, text)


@pytest.mark.parametrize(
    "text, category",
    [
        ("dw i eisiau lladd fy hun", "suicide_self_harm"),
        ("mae fy mab yn fy nharo i", "physical"),
        ("dydy'r gofalwyr ddim wedi dod ers dyddiau", "neglect"),
        ("dw i wedi cwympo a dw i ddim yn gallu codi", "crisis"),
        ("dw i eisiau marw, honestly can't do this", "suicide_self_harm"),
    ],
)
def test_welsh_and_mixed_disclosures(text, category):
    match = screen(RULES_ONLY, text)
    assert match is not None and match.category == category


@pytest.mark.parametrize(
    "text",
    [
        "gonna kms 2nite",
        "I'VE FALLEN AND I CAN'T GET UP",
        "im on the floor cant get up been here hours",
        "no heating no food and I'm 88",
        "hes outside the door right now saying he'll kill me",
    ],
)
def test_urgent_disclosures_are_urgent(text):
    assert concept_of(text) is not None and concept_of(text)[1] == "urgent"


def test_a_match_keeps_the_contract():
    match = screen(SETTINGS, "He took my pension card and I've had nothing to eat since Tuesday")
    assert isinstance(match, Match)
    assert [f.name for f in dataclasses.fields(Match)] == [
        "rule",
        "phrase",
        "category",
        "severity",
        "reason",
        "layer",
    ]
    assert match.category in CATEGORIES and match.severity in SEVERITIES and match.layer == "rules"
    concept = next(c for c in CONCEPTS if c.name == match.rule)
    assert match.reason.startswith(concept.reason + ": ") and match.phrase in match.reason
    assert 0 < len(match.phrase) <= 300


def test_a_disclosure_inside_a_long_ordinary_comment_is_caught():
    text = (
        "The bus was late again and the receptionist was lovely, the leaflet was clear. "
        "Honestly since mum died I've been saving up my tablets. Anyway the parking is still bad. " * 3
    )
    assert concept_of(text) == ("suicide_self_harm", "urgent")


def test_every_category_has_concepts_and_every_concept_a_known_category_and_severity():
    assert {c.category for c in CONCEPTS} == set(CATEGORIES)
    assert all(c.severity in SEVERITIES for c in CONCEPTS)
    assert len({c.name for c in CONCEPTS}) == len(CONCEPTS)


def test_every_pattern_compiles_and_names_only_known_families():
    for concept in CONCEPTS:
        for pattern in concept.patterns:
            for token in pattern.split():
                for option in token.split("|"):
                    if option.startswith("{"):
                        assert option[1:-1] in FAMILIES, (concept.name, pattern)
            compile_pattern(pattern)


def test_gaps_stay_inside_one_sentence():
    assert rules().match("He is lovely. Hits the spot every time, me and my wife agree") is None
    assert normalise("I'm fine. Really!") == "im fine | really |"
