"""Disclosures a veto set aside: a "never" that is the harm itself, an instruction not to report, a
harm said to be fine while asking if it is, a self-harm said to have happened again.

Round 23 (rules). Set AB's disclosures the rules read a concept in and then set aside, by the veto
that did it:

- *negated by a "never" or "no" that is itself the harm*: "Nail bar girls never leave, sleep in the
  back", "A young woman cleans for my neighbour ... never leaves, and he keeps her documents" (the
  "never" of never leaving negated the documents kept); "put him in his room with no telly as
  punishment" (a thing taken away as a punishment); "hasn't put his bins out in months". The
  negator is blanked with the words it governs (CONFINED, DEPRIVED, UNDONE), so the harm after it
  is read as said; "she never leaves him alone" or "no telly tonight" with no punishment are not.
- *negated by an instruction not to report*: "agency told carers don't report bed sores" (an
  employer's instruction: CONCEALED);
- *read as resolved while the message doubts it*: "he decides what I wear and who I see but he's
  not violent so it's fine isn't it", "cut myself again Saturday, it's fine now" (NOT_SETTLED, read
  with sparse_kinds' minimisers: a harm softened or said again is never over).

The kinds are the screen's only (`Rules._findings`). Tested both ways in
tests/safeguarding/test_oversight_kinds.py.
"""

# ruff: noqa: E501  (a pattern reads best on one line, however long)
from __future__ import annotations

# "never leaves": the confinement itself, never a denial of what follows; said of a place or on its
# own, never of a thing left ("never leaves his car unlocked, he keeps his documents in a safe")
CONFINED: list[str] = ["never leave|leaves"]
CONFINED_WHERE: list[str] = [
    "never leave|leaves $",
    "never leave|leaves and|sleep|sleeps|work|works|they|she|he|the_house|the_flat|the_premises|the_site|the_farm|the_shop|the_back",
]
# "no telly as punishment": a thing taken away, blanked only where a punishment is said (PUNISHED)
DEPRIVED: list[str] = [
    "no|without telly|tv|television|phone|ipad|tablet|visitors|visits|pudding|dinner|tea|supper|food|drink|blanket|light|lights"
]
PUNISHED: list[str] = [
    "as|for|to ~ punishment|a_punishment|punish|punished|teach_him_a_lesson|teach_her_a_lesson"
]
# "hasn't put his bins out in months": the undone chore is the sign of self-neglect
UNDONE: list[str] = ["hasnt|havent|hadnt|not|never put|taken|took"]
UNDONE_FOR_MONTHS: list[str] = ["put|taken|took ~ bins|bin|rubbish ~ in|for ~ months|weeks"]
# an employer's instruction not to report
CONCEALED: list[str] = [
    "agency|manager|managers|management|boss|owner|the_home|company|supervisor|office ~ told|tells|tell|says|said ~ dont|do_not|not_to|never ~ report|record|write|mention|log"
]
# a harm said to be fine in the words that ask whether it is, or said to have happened again
NOT_SETTLED: list[str] = [
    "fine|ok|okay|normal|alright isnt_it|innit|right_isnt_it",
    "not_violent|never_hit_me|not_hit_me|hasnt_hit_me|doesnt_hit_me|never_hits_me|not_hit_me_yet ~ so",
    "cut|cutting|burnt|burned|burning|hurt|harmed|harming|scratched|scratching ~ myself|meself|my_arms|my_arm|my_legs|my_wrists|my_wrist ~ again",
]
