"""Organisational abuse told by a regime run to suit the staff.

Round 20. The organisational disclosures the rules missed most often named no cruelty: residents
put to bed at six, a lounge or a kitchen locked, everyone given something at teatime, a resident
left in a wet pad, each told beside the reason, which is the staff's ("so the night staff can
cope", "to suit the staff rota", "they say no time", "only two staff on for thirty"). Two facts in
one message make it a disclosure: a restriction or a need left on many, and the staff's
convenience or shortage as its reason. Either alone is ordinary: "they put everyone to bed early on
bonfire night, Mum loved the fireworks"; "the home is short staffed but the girls are lovely". A
resident's own choice vetoes the pair. These are the screen's only (rules.py joins them to the
screen's concepts, never the classifier's features), so model.json stays as trained. Tested both
ways in tests/safeguarding/test_regime_kinds.py.
"""

# ruff: noqa: E501  (a pattern reads best on one line, however long)
from __future__ import annotations

from bot.safeguarding.concepts import Concept
from bot.safeguarding.told_kinds import Pair

# --- word families ------------------------------------------------------------------------------
MANY = "everyone|everybody|all|residents|the_residents|all_the_residents|them_all|us_all|us|them|people|pawb|the_ladies|the_lads|service_users"
# a restriction, or a need left, in a home, a ward or a day centre
REGIME = (
    "lock|locks|locked|locking|cloi ~ the|y|r ~ lounge|kitchen|fridge|bathroom|lolfa|gegin",
    f"lock|locks|locked|locking ~ {MANY} ~ in|out|oot",
    f"put|puts|putting|gets|get|getting|rhoi ~ {MANY} ~ to_bed|in_bed|up|yn_y_gwely|to_sleep",
    f"give|gives|giving|rhoi ~ {MANY} ~ something|sleeping|tablets|medicine|sedatives|moddion",
    "wet|soaked|soaking|wlyb ~ pad|pads|bed|beds",
    "in|yn ~ yesterdays|a_wet|her|his|ei ~ pad",
    "go|wet ~ in ~ the|my|her|his ~ bed|pad",
    "tie|ties|tied|tying|strap|strapping|strapped ~ him|her|them|hands|mitts|mittens|into|in",
)
# the reason given: the staff's convenience, or too few of them
FOR_THE_STAFF = "so_the_night_staff|so_the_night_shift|night_shift_can|night_staff_can|staff_can_cope|staff_can_have|to_suit_the_staff|to_suit|siwtio|short_staffed|short_staff|not_enough_staff|arent_enough_staff|isnt_enough_staff|enough_staff|no_time|didnt_have_time|too_busy|too_few|so_few|easier_to_manage|easier_for_everyone|easier_wi|so_nobody_gets_up|so_they_are_quiet|so_he_is_quiet|so_shes_quiet|so_hes_quiet|only_two_staff|two_staff|one_carer_on|dim_digon_o_staff|digon_o_staff|staff_rota|so_they_dont_need_the_toilet|so_we_dont_need_the_toilet"
# the look-alikes: what a resident chose or liked
CHOSEN = "her_choice|his_choice|my_choice|own_choice|she_likes|he_likes|she_prefers|he_prefers|i_prefer|asked_to|loved_it|fireworks|fire_drill|outbreak|covid|norovirus|bank_holiday|christmas"

REGIME_PAIRS: tuple[Pair, ...] = (
    Pair(
        Concept(
            "regime_for_the_staff",
            "organisational",
            "concern",
            "A restriction or a need left, told as run to suit the staff or their shortage",
            (),
        ),
        REGIME,
        (FOR_THE_STAFF,),
        (CHOSEN,),
    ),
)
REGIME_PAIR_CONCEPTS: tuple[Concept, ...] = tuple(p.concept for p in REGIME_PAIRS)
