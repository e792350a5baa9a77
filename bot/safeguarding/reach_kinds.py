"""A fall told beside no way to call for help.

Set Z (trained on, read after its first reading) showed falls the rules never read: "fell. cant reach
phone. using watch", "had a fall, couldnt reach the cord". The "fallen" concept needs "can't get up"
in the fall's own clause; these say the fall in one clause and, in another, that the phone, the
pendant or the cord was out of reach: a person alone and unable to call for help (urgent, as
"fallen" is). Either fact alone is ordinary: "mum had a fall last year, she's fine now"; "couldn't
reach the phone in time, sorry I missed you". Falling asleep, behind or out, and a call missed, veto
the pair. These are the screen's only (rules.py joins them to the screen's concepts, never the
classifier's features), so model.json stays as trained. Tested both ways in
tests/safeguarding/test_reach_kinds.py.
"""

# ruff: noqa: E501  (a pattern reads best on one line, however long)
from __future__ import annotations

from bot.safeguarding.concepts import Concept
from bot.safeguarding.told_kinds import Pair

FELL = "fell|fallen|fall|falls|had_a_fall|slipped|tripped|collapsed|went_over|cwympo|cwympodd|syrthio|syrthiodd|disgyn|disgynnodd"
NO_REACH = "cant|cannot|couldnt|could_not|unable|ddim|methu ~ reach|get_to|press|pull|cyrraedd|gyrraedd"
CALL_FOR_HELP = "phone|phones|mobile|pendant|alarm|cord|pull_cord|button|lifeline|careline|buzzer|call_bell|bell|ffôn|ffon|larwm"
# the look-alikes: a call missed, falling asleep, behind or out
NOT_A_FALL = "asleep|behind|fell_out|fall_out|fell_through|fall_through|apart|in_love|fell_for|fall_for|in_time|missed_your_call|missed_the_call|missed_a_call|rang_off|stopped_ringing|voicemail"

REACH_PAIRS: tuple[Pair, ...] = (
    Pair(
        Concept(
            "fallen_out_of_reach_of_help",
            "crisis",
            "urgent",
            "A fall, and the phone, pendant or cord out of reach",
            (),
        ),
        (FELL,),
        (f"{NO_REACH} ~ {CALL_FOR_HELP}",),
        (NOT_A_FALL,),
    ),
)
REACH_PAIR_CONCEPTS: tuple[Concept, ...] = tuple(p.concept for p in REACH_PAIRS)
