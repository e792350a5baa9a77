"""The idiom inventory (bot/safeguarding/idioms.py), tried both ways on sentences of our own.

An everyday idiom of harm said of a trivial thing is left alone by the rules and does not lift the
classifier; the same words said of a person or of one's own life still raise the alert.
"""

from __future__ import annotations

import pytest

from bot.safeguarding import context
from bot.safeguarding.idioms import FRAMED_IDIOMS, SET_IDIOMS
from tests.safeguarding.both_ways import assert_caught, assert_not_caught, in_no_data_file

# (an idiom said of a trivial thing, the same words said of a person or a life, its category)
BOTH_WAYS = [
    (
        "the steps up to the library nearly killed me, please get a ramp",
        "he nearly killed me on saturday, I was on the floor",
        "physical",
    ),
    (
        "honestly that queue at the tip nearly finished me off",
        "my son almost strangled me on sunday over my pension",
        "physical",
    ),
    (
        "losing the will to live with this parking permit form",
        "I've lost the will to live since the funeral, every day is the same grey",
        "suicide_self_harm",
    ),
    (
        "ring me back before I lose the will to live please",
        "I've no will to live anymore and I'm so tired",
        "suicide_self_harm",
    ),
    (
        "at the end of my tether with your website, it logs me out every time",
        "end of my tether with Dad at night, he goes out the door at 3am and I can't stop him",
        "crisis",
    ),
    (
        "I can't take it anymore with this app, three passwords for one bin",
        "I can't go on like this, I'm so tired of it all",
        "crisis",
    ),
    (
        "the recorded message makes me want to die, same tune for forty minutes",
        "since the diagnosis I want to die, I can't face another day",
        "suicide_self_harm",
    ),
    (
        "thrown under the bus by the housing department again",
        "my ex threw me down the stairs last week",
        "physical",
    ),
    (
        "jumped off the bus and walked the rest, service was fine",
        "I'm going to jump off the bridge tonight",
        "suicide_self_harm",
    ),
    (
        "I was terrified of the idea of the home visit but the OT was ace",
        "I'm terrified of him, he checks my phone every night",
        "domestic",
    ),
    (
        "thought they'd shout at me about the rent arrears but the lady was kind",
        "he said he'd kill me if I ever rang the council again",
        "physical",
    ),
]

# Fixed expressions, never literal: none of them alone raises an alert.
SET_EXAMPLES = [
    "sick to the back teeth of chasing this repair",
    "bored to tears waiting at the jobcentre",
    "the alarm scared the living daylights out of me at 6am",
    "flogging a dead horse ringing your switchboard",
    "that decision was a kick in the teeth for the whole estate",
    "my head's battered with all these letters",
    "banging my head against a brick wall with the council tax office",
    "the drilling is doing my head in but they're nearly finished",
    "got stabbed in the back by the councillor we voted for",
    "it's daylight robbery what they charge for a garden bin",
    "the bills are bleeding us dry this winter",
    "we were thrown in at the deep end with the new system",
    "keeping my head above water with the forms, just",
    "my request fell through the cracks between two departments",
    "like being dragged through a hedge backwards, that appeal process",
    "my knees are murdering me after the stairs in your building",
    "the kids went down a bomb at the fun day",
    "I'd murder a cuppa after that meeting",
    "mum would be spinning in her grave at the state of the park",
    "it cost an arm and a leg to get the boiler looked at",
]


def test_the_inventory_is_broad():
    """Well over a hundred idiom families, each with at least one pattern."""
    assert len(SET_IDIOMS) + len(FRAMED_IDIOMS) > 100
    assert all(patterns for patterns in [*SET_IDIOMS.values(), *FRAMED_IDIOMS.values()])


def test_none_of_these_sentences_is_in_a_data_file():
    assert in_no_data_file(BOTH_WAYS + [(s, "", s) for s in SET_EXAMPLES])


@pytest.mark.parametrize(("ordinary", "disclosure", "category"), BOTH_WAYS)
def test_the_idiom_is_left_alone_and_the_literal_words_caught(ordinary, disclosure, category):
    assert_not_caught(ordinary)
    assert_caught(disclosure, category)


@pytest.mark.parametrize("ordinary", SET_EXAMPLES)
def test_a_fixed_idiom_raises_no_rule(ordinary):
    assert_not_caught(ordinary)


@pytest.mark.parametrize("ordinary", SET_EXAMPLES + [o for o, _, _ in BOTH_WAYS])
def test_an_idiom_is_blanked_for_the_classifier(ordinary):
    """The classifier is scored again with the idiom gone: the words of harm are no longer there."""
    plain = context.without_idioms(ordinary)
    assert plain is not None and plain != ordinary


def test_a_literal_sentence_is_scored_as_written():
    assert context.without_idioms("he nearly killed me last night") is None
    assert context.without_idioms("I've lost the will to live since she died") is None
