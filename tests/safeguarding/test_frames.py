"""The classifier's frame features (round 23: bot/safeguarding/frames.py), each tried both ways.

Each frame is marked where a harm, risk or money word is framed as denied, past, of a thing, handled
with the writer's say, feared as a thing, or beside a programme, a job or a game, and not marked
where a disclosure uses the same words. The features reach the classifier through the shipped
feature spec (`featurise` with `SPEC`); the model learns their weights, nothing here sets an alert
aside. None of these sentences is in the corpus, a blind set or an outside set.
"""

from __future__ import annotations

import pytest

from bot.safeguarding.features import SPEC
from bot.text.features import featurise

# (feature, a remark framed that way, a disclosure in the same words without the frame)
BOTH_WAYS = [
    # denied
    (
        "fr:neg:hit",
        "nobody is hurting me, I only want the bins emptied on time",
        "he is hurting me and I want it to stop",
    ),
    (
        "fr:neg:hit",
        "my husband has never once hit me, he is the gentlest man",
        "my husband has hit me again tonight",
    ),
    (
        "fr:neg:taken",
        "my son never takes a penny off me, he only helps with the forms",
        "my son takes every penny of my pension",
    ),
    # past and over
    (
        "fr:past:hit",
        "my first husband hit me years ago, that's all behind me now",
        "my husband hit me last night",
    ),
    (
        "fr:good_now",
        "I was scared in that flat as a kid but I'm settled now",
        "I am scared in this flat and he has a key",
    ),
    (
        "fr:past:fear",
        "I used to be frightened of the lads on the corner",
        "I am frightened of the lads on the corner",
    ),
    # a thing rather than a person
    (
        "fr:thing",
        "I can't reach the top shelf in the new kitchen",
        "I can't reach my daughter, her husband took her phone",
    ),
    ("fr:thing:kill", "the boiler is killing me with these bills", "he is killing me slowly"),
    ("fr:thing:floor", "the ladder fell over in the shed", "he pushed me and I fell over"),
    # the writer's say and openness around money
    (
        "fr:consent",
        "my son does my banking, he shows me every statement",
        "my son does my banking and won't show me anything",
    ),
    (
        "fr:consent",
        "my daughter collects my pension, I asked her to",
        "my daughter collects my pension and keeps it",
    ),
    (
        "fr:consent",
        "my nephew manages my account with my full consent",
        "my nephew manages my account and I never see a statement",
    ),
    (
        "fr:consent",
        "she does my shopping and brings me the receipt every time",
        "she has my card and I keep finding receipts for cigarettes",
    ),
    # fear of an animal, a height or a procedure rather than a person
    (
        "fr:fear_of:thing",
        "I'm terrified of dogs, could the warden come about the one next door",
        "I'm terrified of him, he's at the door",
    ),
    (
        "fr:fear_of:thing",
        "scared of heights so I can't do the loft",
        "scared of my stepdad so I stay in my room",
    ),
    (
        "fr:fear_of:thing",
        "frightened of the dentist since I was small",
        "frightened of my partner since the baby came",
    ),
    # a programme, the news, the writer's job or a game
    (
        "fr:media:hit",
        "watched a documentary last night about a man who beat his wife, so sad",
        "a man beat his wife next door last night, I heard it",
    ),
    (
        "fr:work:kill",
        "a customer threatened to kill me at work, the manager dealt with it",
        "my brother threatened to kill me at home",
    ),
    (
        "fr:sport:hit",
        "we got battered in the rugby on Saturday",
        "we got battered by her new boyfriend on Saturday",
    ),
]


def frames(text: str) -> set[str]:
    return {f for f in featurise(text, SPEC) if f.startswith("fr:")}


@pytest.mark.parametrize(("feature", "framed", "disclosure"), BOTH_WAYS)
def test_the_frame_is_marked_where_it_is(feature: str, framed: str, disclosure: str) -> None:
    assert feature in frames(framed)


@pytest.mark.parametrize(("feature", "framed", "disclosure"), BOTH_WAYS)
def test_the_frame_is_not_marked_on_the_disclosure(feature: str, framed: str, disclosure: str) -> None:
    assert feature not in frames(disclosure)


@pytest.mark.parametrize(
    "disclosure",
    [
        "he took my card and won't give it back",
        "I asked for my bank card back and he laughed at me",
        "my carer made me give her my PIN, she said she'd hurt the cat",
        "the man from the bank told me to move my savings and now they're gone",
        "my brother is using the power of attorney to empty mum's savings",
        "I gave my details to a man who said he was from the police and my account is empty",
    ],
)
def test_money_taken_never_carries_the_consent_mark(disclosure: str) -> None:
    assert "fr:consent" not in frames(disclosure)


def test_a_fear_of_a_person_is_marked_as_such_not_as_a_thing() -> None:
    assert frames("I'm scared of my son when he's been drinking") >= {"fr:fear_of:person"}
    assert "fr:fear_of:thing" not in frames("I'm scared of my son when he's been drinking")


def test_a_message_without_harm_money_or_a_thing_has_no_frame() -> None:
    assert frames("lovely staff, quick reply, thank you very much") == set()
