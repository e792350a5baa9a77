"""Harm words in a frame the message says is over or ordinary (round 25: bot/safeguarding/over_kinds.py),
each kind tried both ways.

Every disclosure below is caught by the screen's rules with its category, and an everyday remark in
the same words (a past trouble said to be over, a harm said of a bill or a game, tiredness with a new
baby said to be what babies are, cold somewhere that is not home) is not. An urgent match is never
set aside by the frame. None of these sentences is in the corpus, a blind set or an outside set.
"""

# ruff: noqa: E501  (a sentence reads best on one line)
from __future__ import annotations

import pytest

from bot.safeguarding.over_kinds import told_as_over
from bot.safeguarding.rules import normalise
from tests.safeguarding.both_ways import aside_tests, assert_caught

# (a disclosure, its category, an everyday remark in the same words or voice)
BOTH_WAYS = [
    # a past trouble said to be over; said to go on, or not dealt with, a disclosure
    (
        "I was scammed out of my savings last month and the bank won't help",
        "financial",
        "got scammed out of 200 quid last year but the bank gave it back, the advice line was good",
    ),
    (
        "my son used to get bullied at school and now it's started again at college",
        "discriminatory",
        "my daughter used to get bullied at primary but she's at college now and flying, thanks for the bus pass",
    ),
    (
        "my neighbour used to harass us and nothing was done, now he's started on my daughter",
        "discriminatory",
        "that neighbour used to harass us, the police dealt with him a few years back, all quiet",
    ),
    (
        "the heating's broken and we've been cold for a week, the kids are in coats",
        "crisis",
        "we had no heating and were cold for a week in January but now it's repaired, thank you",
    ),
    (
        "Mae e'n fy nharo i bob nos ac mae gen i ofn",
        "physical",
        "Cafodd y ci ei daro gan feic llynedd, ond mae o'n iawn rŵan, diolch am y ffens newydd",
    ),
    # a harm said of a bill or a game; said of a person, a disclosure
    (
        "he hit me with the remote and I've got a cut on my head",
        "physical",
        "the council tax bill hit me for six but the payment plan is fair",
    ),
    (
        "my lad comes home black and blue and says he fell at football again",
        "physical",
        "our girl came off the hockey pitch black and blue but they won the cup",
    ),
    # tiredness with a new baby said to be what babies are; with crying and no help, a breakdown
    (
        "wedi blino'n lân, y babi'n crio trwy'r nos a dim help o gwbl",
        "carer_breakdown",
        "wedi blino heddiw efo'r babi newydd, ond dyna fabis, roedd y nyrs yn grêt",
    ),
    # cold somewhere that is not home; at home with no money for the meter, a crisis
    (
        "freezing in the flat, no heating and no money for the meter",
        "crisis",
        "waited in a freezing bus shelter for forty minutes, the buses are a joke, the parking permit was fine",
    ),
]

(
    test_none_is_copied_from_a_data_file,
    test_the_disclosure_is_caught,
    test_the_everyday_remark_is_not,
    test_the_kinds_are_the_screens_only,
) = aside_tests(BOTH_WAYS)

# an urgent match told as over: the frame is there, and the match is kept
URGENT_TOLD_AS_OVER = [
    (
        "I took an overdose last year, the crisis team got me help and I'm in a good place now",
        "suicide_self_harm",
    ),
    (
        "years ago my ex threatened to kill me, the police dealt with him and I'm in a good place now",
        "physical",
    ),
]
# a frame beside a real harm to a person: still caught
FRAME_BESIDE_A_HARM = [
    ("the neighbour hit me with a rolling pin and then attacked the bin", "physical"),
    ("the neighbour's dog attacked my son and bit his arm", "physical"),
    (
        "my husband used to take my pension, the bank sorted it last year and he's back doing it again",
        "financial",
    ),
    # an end the frame must not read: a lack ("all gone"), a plea ("get me help"), an end denied
    ("he took my savings last month and it's all gone", "financial"),
    ("my dad used to hit me, can someone get me help", "physical"),
    ("my son took my pension in March and it never got sorted", "financial"),
    # a harm after the ending, or the trouble back: "out now", "instead"
    (
        "last year my carer stole from me, she was sacked but the new one shouts at me and takes my money",
        "psychological",
    ),
    ("my ex used to hit me and the police dealt with him but he's out now and texting me", "physical"),
    ("my son used to take my pension but the bank sorted it, now my daughter takes it instead", "financial"),
]


@pytest.mark.parametrize(("disclosure", "category"), URGENT_TOLD_AS_OVER)
def test_an_urgent_match_is_never_set_aside_by_the_frame(disclosure: str, category: str) -> None:
    assert told_as_over(normalise(disclosure))
    assert_caught(disclosure, category)


@pytest.mark.parametrize(("disclosure", "category"), FRAME_BESIDE_A_HARM)
def test_a_frame_beside_a_real_harm_is_still_caught(disclosure: str, category: str) -> None:
    assert_caught(disclosure, category)
