"""Figurative speech, denials, past troubles and new kinds of disclosure: each kind tried both ways.

For every kind of everyday wording the rules now set aside, a real disclosure
using the same words is still caught; for every new kind of disclosure, an
ordinary comment sharing its words is not. None of these sentences is in the
corpus or in any blind set, so they test the kind, not a remembered sentence.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.safeguarding.corpus import CORPUS, DATA, read
from bot.safeguarding.rules import rules

# (ordinary use of the words, a disclosure with the same words, its category)
BOTH_WAYS = [
    # hyperbole about the service experience
    (
        "the automated menu made me want to scream and die, took ages",
        "since he left I want to die, nothing is worth it",
        "suicide_self_harm",
    ),
    (
        "honestly going to die of boredom in this queue",
        "I think I'm going to die tonight, I've got the pills ready",
        "suicide_self_harm",
    ),
    (
        "someone shoot me please if I have to press option 3 again",
        "my brother said he'd shoot me if I told the police",
        "physical",
    ),
    (
        "the paperwork is murder but the officer helped",
        "he said he will murder me when he gets out",
        "physical",
    ),
    (
        "the quiz at the day centre nearly finished me off",
        "he told me next time he'd finish me off",
        "physical",
    ),
    # a kin's joke about praise
    (
        "my wife would kill me if I forgot to thank the district nurses",
        "my husband would kill me if I told anyone where I've been",
        "physical",
    ),
    # idioms sharing a risk word
    (
        "I was at the end of my rope with the repairs line, sorted now",
        "I've bought a rope and I know where I'll do it",
        "suicide_self_harm",
    ),
    (
        "my blood pressure went through the roof at the meeting",
        "I keep thinking about going up on the roof of the car park and jumping",
        "suicide_self_harm",
    ),
    (
        "bit fed up with waiting for the survey",
        "nobody has fed her since yesterday, the carers never came",
        "neglect",
    ),
    (
        "the food bank parcel took a while to come",
        "my son took my bank card and emptied my account",
        "financial",
    ),
    # laughter marks a joke about hunger or cold, not a threat
    (
        "absolutely famished after the assessment haha",
        "he says he'll kill me lol but I'm actually scared",
        "physical",
    ),
    # the room, not the home
    (
        "perishing cold in the library hub, put the radiators on",
        "freezing in my flat for a week, no heating and mum is 90",
        "crisis",
    ),
    (
        "starving by the time the meeting ended, long morning",
        "starving and no food in the house for the kids since monday",
        "crisis",
    ),
    (
        "wedi blino ar ol y daith hir, ond roedd y staff yn glên",
        "dwi wedi blino'n lân yn gofalu am Mam bob nos",
        "carer_breakdown",
    ),
    (
        "worn out from my shift but the evening clinic suited me",
        "I am worn out caring for dad day and night and I can't keep him safe",
        "carer_breakdown",
    ),
    (
        "the surveyor hasn't been out and it's been weeks",
        "mum hasn't been out of her flat for weeks and won't eat",
        "self_neglect",
    ),
    # denials
    (
        "nobody hurt me, I was just upset about the letter",
        "nobody knows he hurt me, I'm scared to say",
        "physical",
    ),
    (
        "I'm not depressed or anything, just want the repair done",
        "I am so depressed I want to end my life",
        "suicide_self_harm",
    ),
    # pressure from a service is a complaint
    (
        "I felt pressured into accepting the first bungalow offered",
        "my nephew pressured dad into signing over his house",
        "financial",
    ),
    # past and resolved, unless it is back
    (
        "I used to self harm when I was at school, well for years now",
        "I self harmed when I was at school and it's started again this week",
        "suicide_self_harm",
    ),
    (
        "we were not coping before the care package, it's much better",
        "we are not coping and the care package keeps being cancelled",
        "crisis",
    ),
    # a household grumble told as a kin's threat; a laughing "kill me now" after a long form
    (
        "my wife says she'll murder me if I leave the bathroom light on again",
        "my husband says he'll murder me if I leave the house again",
        "physical",
    ),
    (
        "forty pages for a bus pass, kill me now lol",
        "he kept saying he'd kill me now that I've told the police",
        "physical",
    ),
    (
        "three forms for a bus pass, put me out of my misery haha",
        "I want someone to put me out of my misery, I've got the tablets ready",
        "suicide_self_harm",
    ),
    # garden toys, a claim's details, a leaking fitting, a routine catheter change
    (
        "the kids' rope swing snapped off the oak, could someone check the tree",
        "I've tied a rope to the beam in the loft",
        "suicide_self_harm",
    ),
    (
        "the rope ladder on the kids' climbing frame has frayed, can it be replaced",
        "I've tied a rope to the tree at the bottom of the garden",
        "suicide_self_harm",
    ),
    (
        "my pension credit stopped and I haven't changed anything at all",
        "I haven't changed my clothes or washed in weeks",
        "neglect",
    ),
    (
        "the shower is dripping again since the fitter came",
        "he hasn't had a shower or a wash in weeks since the carers stopped",
        "neglect",
    ),
    (
        "the nurse changed my catheter this morning and sorted my supplies",
        "nobody has checked her catheter since she came home from hospital last week",
        "neglect",
    ),
    # sport: a side beaten by a score or at a game
    (
        "our lad's team got beat 5-1 on Saturday, gutted for him",
        "my lad got beat by three older boys on Saturday and came home bleeding",
        "physical",
    ),
    (
        "my daughter got beat at darts by her grandad again",
        "my husband beat me 3-4 times last month",
        "physical",
    ),
    # a joking threat by the speaker, laughter in the same sentence
    (
        "I'd have strangled him if he'd sung that song once more haha",
        "he'd have strangled me if my sister hadn't come in",
        "physical",
    ),
    # harm to something that is not a body, and a lifeline thrown
    (
        "falling off the bike bruised my ego more than my knee",
        "he bruised my arm grabbing me when I tried to leave",
        "physical",
    ),
    (
        "the welfare rights lady threw me a lifeline with the arrears",
        "he threw me against the wardrobe last night",
        "physical",
    ),
    # a rope that belongs to a fitting
    (
        "the rope on the loft ladder has worn through, please send someone",
        "I've tied a rope to the banister upstairs",
        "suicide_self_harm",
    ),
    # help that took the load, and a past trouble with a short good-now sentence after it
    (
        "overwhelmed after the move but the carers took the pressure off",
        "I'm overwhelmed and can't cope with him anymore",
        "crisis",
    ),
    (
        "I used to be hungry most days but the food parcel scheme got me on my feet. All good now.",
        "I used to keep the heating off, now there's no gas at all and it's freezing",
        "crisis",
    ),
    # a past trouble said to go on ("still does") is never set aside by a good-now sentence
    (
        "he used to shout at me when he'd had a drink but the course helped. Grand now.",
        "he used to hit me and he still does when he's had a drink. fine now though",
        "physical",
    ),
    # pride bruised in dialect ("me pride") is pride, as "my pride" was; a person's bruising is not
    (
        "came off the loft ladder hanging the bunting, bruised me pride more than owt",
        "he bruised me arms when I wouldn't give him me purse",
        "physical",
    ),
]

# New kinds of disclosure (caught) beside ordinary comments that share their words (not caught).
NEW_KINDS = [
    ("someone phoned nan pretending to be from the bank and got her card details", "financial"),
    ("eight hundred pounds disappeared out of my mums savings last week", "financial"),
    ("the lodger talked grandad into signing a blank cheque", "financial"),
    ("two men moved into my uncles bungalow and are using his phone all day", "modern_slavery"),
    ("lads are weighing out in my kitchen and won't leave", "modern_slavery"),
    ("I have to hand them most of my pay for the room and the lift to work", "modern_slavery"),
    ("boys keep tipping my sister out of her wheelchair by the shops", "discriminatory"),
    ("they trip her for a laugh because she walks with a frame", "discriminatory"),
    ("a male resident keeps climbing into bed with my mother at night", "sexual"),
    ("been kipping in a doorway since the eviction", "crisis"),
    ("no heating and no food in the house, baby is 4 months", "crisis"),
    ("hasn't been out of the house for months, living on toast", "self_neglect"),
    ("my niece, who is four, has got cigarette burns and her dad says she fell", "children"),
    ("mae'r gofalwr yn gas efo nain ac mae cleisiau ar ei braich", "physical"),
    ("mae o'n taro'i wraig bob penwythnos", "physical"),
    ("the night staff strapped my aunt to her bed so she would not wander", "organisational"),
]
ORDINARY_SHARING_WORDS = [
    "the bank details form on the website kept timing out",
    "my account was empty of messages, then the officer replied",
    "the housing officer got me to sign the tenancy and explained it well",
    "new neighbours moved in next door, very friendly",
    "the nurse came into the ward and made my bed, lovely lady",
    "we had a laugh with the volunteers at the wheelchair football",
    "slept well in the new flat, no noise",
    "my grandson burnt his toast again, we laughed",
    "Mae'r dyn drws nesa yn glên iawn efo Mam",
    "no gas safety certificate was sent with the letter",
    "the OT fitted rails to the bed and a strap on the chair so I can pull myself up",
]

CORPUS_TEXTS = {row.text.casefold() for row in read(CORPUS)}
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


def test_laughing_emoji_mark_a_joke_like_the_word():
    assert rules().match("im starving \U0001f602") is None
    assert rules().match("im starving") is not None
