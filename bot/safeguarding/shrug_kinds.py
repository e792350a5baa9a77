"""Suicide and self-harm told with a shrug: a part-dose taken, letters left "just in case", a night
named for an end, a wish not to be here, not caring what happens, an attempt that "didn't work".

Round 24 (rules). Set AB's disclosures told lightly or as a joke matched no rule concept at all
("Don't worry, I only took half the packet on Sunday. Joke. Mostly.", "wrote letters to the kids
just in case lol", "Tonight's the night, I reckon. Thanks for asking about the bins though.",
"Sometimes better I am not here", "not really bothered what happens to me now lol", "tried on
saturday / didnt work / im ok now"); the development rows hold the same families. Each kind is
urgent and never resolvable, and no veto names laughter: a joke word never sets a disclosure aside.
The look-alikes ("half the packet of biscuits", "letters to the council just in case", "tonight's
the night for the match", "tried the new café, didn't work out") are left by the patterns' own
words or a veto. The kinds are the screen's only; tested both ways in
tests/safeguarding/test_shrug_kinds.py.
"""

# ruff: noqa: E501  (a pattern reads best on one line, however long)
from __future__ import annotations

from bot.safeguarding.concepts import Concept
from bot.safeguarding.told_kinds import Pair
from bot.safeguarding.unsaid_kinds import KIN, MOVING

# laughter said straight after: a pattern that ends its clause ends it here too ("lol" is no veto)
LAUGHED = "lol|lolz|haha|hahaha|joke|jk|joking|kidding|lmao"


def _ends(*patterns: str) -> tuple[str, ...]:
    """Each pattern, and each that ends its clause again with laughter after it."""
    return patterns + tuple(f"{p[:-1]}{LAUGHED}" for p in patterns if p.endswith(" $"))


def _urgent(reason: str, *patterns: str) -> Concept:
    # a shrug ("im ok now", "joke") is never read as the harm being over
    return Concept(
        "suicide_self_harm", "suicide_self_harm", "urgent", reason, _ends(*patterns), resolvable=False
    )


DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week|month|night|summer|christmas|year|time"
# an evening of something to do, or a thing looked forward to
AN_EVENING = "match|game|final|derby|gig|concert|party|show|quiz|date|film|movie|telly|football|rugby|darts|bingo|premiere|fireworks|celebrat*|birthday|curry|takeaway|pub|club|dance|disco|karaoke|meeting|lottery|draw|results|vote|election|cant_wait|excited|finally|fingers_crossed|big_night|night_out|out_out"

SHRUG_CONCEPTS: tuple[Concept, ...] = (
    _urgent(
        "A whole or part packet of tablets taken or thought of",
        "took|taken|take|taking|swallowed|necked|downed ~ half|all|whole|most the|a|my packet|box|strip|bottle|tub $",
        "took|taken|take|taking|swallowed|necked|downed ~ half|all|whole|most the|a|my packet|box|strip|bottle|tub ~ on|last|this|yesterday|tonight|today|what|and",
    ),
    _urgent(
        "Saying it would be better if they were not here",
        "better|best .. if|that .. i_am|im|i not here|around $",
        "better|best .. if|that .. i_am|im|i not here|around anymore|any_more|now",
        "better|best i_am|im not here|around $",
        "better|best i_am|im not here|around anymore|any_more|now",
    ),
    _urgent(
        "Not caring what happens to them now",
        "not|dont|doesnt|couldnt|nae|never .. bothered|care|caring|matter|fussed what happens to me|meself $",
        "not|dont|doesnt|couldnt|nae|never .. bothered|care|caring|matter|fussed what happens to me|meself now|anymore|any_more",
    ),
    _urgent(
        "An attempt on their life told as tried",
        "tried|attempted to end it|things|my_life|myself",
    ),
)

SHRUG_PAIRS: tuple[Pair, ...] = (
    # letters written to the family "just in case": a goodbye said as a precaution
    Pair(
        _urgent("Letters left for the family just in case"),
        (f"written|wrote|write|writing|left|leave|leaving ~ letter|letters|note|notes .. to|for .. {KIN}",),
        ("just_in_case|in_case",),
        ("birthday|birthdays|christmas|holiday|hospital|operation|away|trip",),
    ),
    # the family told where the papers are "just in case", with nothing that explains the precaution
    Pair(
        _urgent("The family told where the papers are just in case"),
        (
            f"told|tell|telling|shown|showed|show ~ {KIN}|her|him ~ where ~ paperwork|papers|will|documents|deeds|policy|policies",
        ),
        ("just_in_case|in_case",),
        (
            "birthday|birthdays|christmas|holiday|hospital|operation|away|trip|fire|flood|fall|falls|burgled|burglary|lost|lose|forget|dementia|memory|power_of_attorney|solicitor|move|moving",
        ),
    ),
    # a night named for an end
    Pair(
        _urgent("A night named for an end"),
        _ends(
            "tonight|tonights|tonight_is the night",
            "tonight|tonights|tonight_is|today|todays|today_is the day $",
        ),
        _ends(
            "tonight|tonights|tonight_is the night",
            "tonight|tonights|tonight_is|today|todays|today_is the day $",
        ),
        (AN_EVENING,),
    ),
    # a goodbye said, and after a day they will not be here
    Pair(
        _urgent("A goodbye said, and a day after which they will not be here"),
        ("said|say|saying goodbye|goodbyes|bye",),
        _ends("after|from ~ im|i_am not here|around $", "after|from ~ i|ill wont|not be here|around $"),
        (MOVING,),
    ),
    # an attempt told as tried, then what came of it
    Pair(
        _urgent("An attempt told as tried, and that it did not work"),
        _ends("tried|i_tried $", f"tried on|last|in|at|over .. {DAYS}"),
        _ends(
            "didnt|did_not|it_didnt|never work|worked $",
            "ended_up_in|woke_up_in|woke_in a_and_e|a_e|ae|hospital|resus",
        ),
    ),
)

SHRUG_PAIR_CONCEPTS: tuple[Concept, ...] = tuple(p.concept for p in SHRUG_PAIRS)
