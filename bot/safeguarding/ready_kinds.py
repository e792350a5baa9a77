"""A wish to die told as being ready, tired or not minding, and "ready to go" told of a trip.

Round 25 (rules, set AC). The passive-wish rule read every "ready to go" as a wish to die, and set
AC's writers used it of retiring, a holiday, a match, going home from hospital or to Spain ("Had my
innings at work, retired Friday, ready to go on me cruise!"): 22 of AC's 62 rule false alarms. Its
twin stays a disclosure ("ready to go now, had enough", "Since Jean went I'm ready to go really",
"I'm 90 and ready to go"), so "ready to go" is set aside only when the message names where or what
to (READY_FRAME: a place, a trip, an activity, work or retirement) and names no wish or loss
anywhere (READY_VETO: enough, the point, tired of life, tablets, joining or being with someone,
God, sleep, a death). "Had my innings" is never a concept on its own, so it needs no guard.

The misses of the same family are wishes said plainly: "wouldn't mind not waking up", "tired of
life", "tired of it all" beside "everyone would be better off", "ready to join her" after a death
(each a passive wish: concern), and searching "ways to die" or how many tablets it takes (means:
urgent). Their look-alikes ("wouldn't mind not waking up to roadworks", "not tired of life, only of
forms", "ready to join her at the choir") are left by the patterns' own words or a veto. The kinds
are the screen's only; tested both ways in tests/safeguarding/test_ready_kinds.py.
"""

# ruff: noqa: E501  (a pattern reads best on one line, however long)
from __future__ import annotations

from bot.safeguarding.concepts import Concept
from bot.safeguarding.told_kinds import Pair

READY = "ready|barod to|i go|going|fynd|mynd"
# the phrase set aside: its words only, so nothing else in the message is lost
READY_IDIOMS: list[str] = [READY]
# where or what the going is to, said beside it or anywhere in the message
READY_FRAME: list[str] = [
    f"{READY} on|to|back|travelling|abroad|away|out|shopping|ar|i_sbaen|and_watch|and_enjoy|and_see|and_get|whenever_your|when_your|when_you|home_after|home_from|home_for|home_on|home_tomorrow|home_today",
    "retire|retired|retiring|retirement|ymddeol|holiday|holidays|hols|cruise|trip|travelling|ferry|airport|flight|abroad|gwyliau|wyliau|season_ticket*|bowls|pension_forms|inspector|lovely_time|lovely_day|respite|pier",
]
# a wish or a loss anywhere keeps the phrase a disclosure, whatever trip is named
READY_VETO: list[str] = [
    "had_enough|enough_now|the_point|no_point|whats_the_point|cant_go_on|tired_of_life|tired_of_it_all|tired_of_living|nobody_would_notice|noone_would_notice|miss_me|be_with|join_her|join_him|join_my|to_join|when_i_choose|whenever_i_choose|for_good|to_sleep|wake|waking|better_off|burden|heaven|grave|my_time|sooner_the_better|end_it|over_with|die|dying|dead|death|died|passed|passed_away|funeral|im_done|god|lord|the_lord|arglwydd|duw|maker|my_maker|this_world|at_peace|in_peace|peacefully|at_rest|to_rest|other_side|tablets|pills|meds|paracetamol|tabledi",
    "since ~ went|gone|died|passed|left_us",
    "{kin} gone|died|passed|passed_away",
    "lost my|her|him|our",
]


def _passive(reason: str, *patterns: str) -> Concept:
    # a wish is never read as over ("I'm fine really" is part of how it is said); "not tired of
    # life" is negated as any concept is
    return Concept("suicide_passive", "suicide_self_harm", "concern", reason, patterns, resolvable=False)


# how a wish "not to wake up" ends: the clause, a day, or a shrug (never "up to roadworks")
WAKE_END = (
    "tomorrow|some|one|again|tbh|honestly|to_be_honest|now|anymore|in_the_morning|at_all|love|really|lol"
)

READY_CONCEPTS: tuple[Concept, ...] = (
    _passive(
        "Not minding if they did not wake up",
        "wouldnt|would_not|dont|do_not|id_not|i_wouldnt mind|care ~ not|never waking|wake up $",
        f"wouldnt|would_not|dont|do_not|id_not|i_wouldnt mind|care ~ not|never waking|wake up {WAKE_END}",
        "better_off|happier|easier ~ not|never waking|wake up $",
        f"better_off|happier|easier ~ not|never waking|wake up {WAKE_END}",
        "ddim yn meindio|poeni peidio|beidio deffro|ddeffro",
    ),
    _passive(
        "Tired of life",
        "tired|sick|weary of life $",
        "tired|sick|weary of life love|really|honestly|now|tbh|to_be_honest|here|bab|mate|and|just|sometimes",
    ),
    Concept(
        "suicide_means",
        "suicide_self_harm",
        "urgent",
        "Searching for ways to end life",
        (
            "googl*|search*|looking_up|looked_up|looks_up|researching ~ ways|way|how ~ to|of die|dying|kill_myself|kill_himself|kill_herself|kill_themselves|end_it|end_my_life|end_things|not_be_here|suicide",
            "googl*|search*|looking_up|looked_up|looks_up|researching ~ how_many|how_much {pills} ~ it_takes|would|to_kill|enough|fatal|lethal|too_many|overdose|to_take",
        ),
        resolvable=False,
    ),
)

READY_PAIRS: tuple[Pair, ...] = (
    # tired of it all, and everyone better off (or not for much longer)
    Pair(
        _passive("Tired of it all, and others better off without them"),
        ("tired|sick|weary of it_all|everything",),
        (
            "better_off $",
            "much_longer|not_for_long|wills_sorted|will_sorted|my_will_is_sorted",
            "im|i_am|am done $",
        ),
    ),
    # ready to join someone after their death
    Pair(
        _passive("Ready to join someone who has died"),
        (
            "ready|want|wanting|waiting|longing|cant_wait|time to join|be_with her|him|them|my_wife|my_husband",
        ),
        (
            "gone|died|passed|passed_on|passed_away|funeral|grave|widow|widowed|widower|since_she_went|since_he_went|late_wife|late_husband",
        ),
        ("club|team|choir|class|bingo|gym|trip|holiday|group|queue|walk|party|course|union",),
    ),
)

READY_PAIR_CONCEPTS: tuple[Concept, ...] = tuple(p.concept for p in READY_PAIRS)
