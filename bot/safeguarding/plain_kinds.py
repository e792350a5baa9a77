"""Harm in plain words no concept held: staff told not to write it down, a regime's medicines in
everyone's tea, "knocking me about", a threat to burn or sink the home with someone in it, a hand
raised to the one cared for, tablets in the bin again, a child hit or beaten named without a kin
word ("he beats the child": the victim family holds kin, "kids" and "children", not "the child").

Round 25 (rules, set AC). Set AC buried these in complaints or told them in a worker's flat voice
("Every shift we're told: don't write it down.", "our Jordan's been knocking me about since he lost
his job, but mainly it's the damp", "Ex says he'll sink the boat with me on it"); every concept
passed them by. Each pattern names who does it or to whom, so the look-alikes ("told not to write
my PIN down", "the old telly's knocking about in the shed", "the chip pan nearly burnt the house
down with us in it", "the old tablets are in the bin") are left by the patterns' own words. Being
knocked about is read in the present only: "years ago a fella knocked me about, I'm long shot of
him" is history the resolution rules do not see. The kinds are the screen's only; tested both
ways in tests/safeguarding/test_plain_kinds.py.
"""

# ruff: noqa: E501  (a pattern reads best on one line, however long)
from __future__ import annotations

from bot.safeguarding.concepts import Concept

STAFF_VOICE = "we|were|we_are|staff|carers|nurses|they|theyre|they_are|workers|everyone"
RECORD = "write|record|log|document|report|put"
RECORDED = "it_down|down|falls|a_fall|the_falls|incidents|injuries|bruises|bruising|in_the_log|the_log|on_the_chart|the_chart|in_the_book|in_the_notes"
HOME = "house|home|flat|boat|car|caravan|place|van"
INSIDE = "me|us|the_kids|the_children|the_baby|her|him|mum|mam|dad|you"
FUTURE = "hell|shell|theyll|hed|shed|will|would|going_to|threatened_to|threatens_to|threatening_to|says_hell|said_hed"
# a child named without a kin word ("he beats the child"), which the victim family does not hold
A_CHILD = "the_child|a_child|that_child|this_child|the_toddler|the_little_one|the_little_lad|the_little_girl|the_wee_one|the_kid|his_stepson|her_stepson|his_stepdaughter|her_stepdaughter"
KIN_ONE = "him|her|my_wife|my_husband|my_mum|my_mam|my_dad|my_mother|my_father|my_son|my_daughter|my_nan|my_gran|mum|dad|mam|wife|husband"

PLAIN_CONCEPTS: tuple[Concept, ...] = (
    Concept(
        "organisational",
        "organisational",
        "concern",
        "Staff told not to record what happens",
        (
            f"{STAFF_VOICE} ~ told|instructed|ordered ~ not|dont|never|do_not .. {RECORD} {RECORDED}",
            "wrthon|wrthym|wrthyn|wrthon_ni ~ beidio|peidio ysgrifennu*|sgwennu*|cofnodi*",
            "tablets|meds|medication|pills ~ crushed|hidden|slipped ~ in|into everyones|everybodys|all_the_residents|all_their",
            "crush|crushes|crushed|hide|hides|hidden|slip|slips|slipped|put|puts ~ tablets|meds|medication|pills ~ in|into everyones|everybodys|all_the_residents|all_their",
        ),
    ),
    Concept(
        "physical",
        "physical",
        "concern",
        "Being knocked about",
        (f"knocking|knocks|knock me|us|{KIN_ONE} about|around",),
    ),
    Concept(
        "domestic_threat",
        "domestic",
        "urgent",
        "A threat to burn or sink the home with someone in it",
        (f"{FUTURE} burn|sink|torch|blow_up|set_fire_to ~ {HOME} ~ with {INSIDE} ~ in|on|inside",),
        resolvable=False,
    ),
    Concept(
        "carer_breakdown",
        "carer_breakdown",
        "concern",
        "Raised a hand to someone at home",
        (f"raised|raise|lifted my hand|hands|fist to|at {KIN_ONE}",),
    ),
    Concept(
        "children",
        "children",
        "concern",
        "A child hit or beaten",
        (f"{{someone}} ~ {{hit}} ~ {A_CHILD}",),
    ),
    Concept(
        "neglect",
        "neglect",
        "concern",
        "Someone's tablets thrown away again and again",
        (
            "her|his|mums|dads|mams|nans|grans ~ tablets|meds|medication|pills ~ in|down the|a bin|toilet|sink|loo ~ again|every_day|every_week|most_days|all_week",
        ),
    ),
)
