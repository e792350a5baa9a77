"""Financial abuse told by who holds the money and what is left of it.

Round 20. The financial disclosures the rules missed most often named no theft: someone else held
the card, the PIN, the pension or the savings book ("my grandson collects my pension from the post
office for me", "my aunt's new friend has her pin number"), and the writer said what was left ("I
get what's left, usually not much", "by Friday there's nothing", "won't show anyone the balance").
Two facts in one message make it a disclosure: the money held by another, and the money short or
hidden. Either alone is ordinary: "my son collects my pension for me, he's very good"; "nothing
left by Friday once the rent's gone out". A bill, a direct debit or the writer's own spending
vetoes the pair. These are the screen's only (rules.py joins them to the screen's concepts, never
the classifier's features), so model.json stays as trained. Tested both ways in
tests/safeguarding/test_held_kinds.py.
"""

# ruff: noqa: E501  (a pattern reads best on one line, however long)
from __future__ import annotations

from bot.safeguarding.concepts import Concept
from bot.safeguarding.told_kinds import Pair

# --- word families ------------------------------------------------------------------------------
HOLDS = "has|holds|held|had|has_had|keeps|kept|collects|collecting|collected|draws|drawing|got|took|taken|takes|taking|controls|looks_after|cadw|casglu|nol|sydd_a"
WHOSE = "my|her|his|their|mums|dads|nans|grans|granddads|grandads|nains|taids|mams|mothers|fathers|aunts|uncles|fy|ei"
MONEY_MEANS = "card|cards|bank_card|pin|pin_number|pension|pension_book|savings_book|bank_book|savings|online_banking|benefits|pip|cerdyn|gerdyn|pensiwn|PIN"
# the money short, or kept out of sight
SHORT = "never_anything_left|nothing_left|theres_nothing|theres_never|never_any_money|never_anything|whats_left|dont_know_whats_left|out_of_money|no_money|not_enough|account_empty|accounts_empty|account_is_empty|is_empty|wont_show|wont_tell_me|havent_seen|never_seen|never_add_up|dont_add_up|doesnt_add_up|going_without|nothing_in_the_fridge|fridge_was_empty|lighter|only_ever_see|i_only_get|gives_me|dim_arian|sdim_arian|wag"
# the look-alikes: bills, debits, the writer's own spending
OWN_SPENDING = "rent|council_tax|direct_debit|direct_debits|standing_order|bills_go_out|once_the_bills|my_own_fault|i_spend|i_spent|bingo|christmas|birthday|cost_of_living|prices|universal_credit_cut|sanction|sanctioned|the_bank_has|the_bank_took|cash_machine|atm|post_office_closed"

HELD_PAIRS: tuple[Pair, ...] = (
    Pair(
        Concept(
            "money_held_by_another",
            "financial",
            "concern",
            "Someone else holds the writer's card, PIN or pension, and the money is short or hidden",
            (),
        ),
        (f"{HOLDS} ~ {WHOSE} ~ {MONEY_MEANS}",),
        (SHORT,),
        (OWN_SPENDING,),
    ),
)
HELD_PAIR_CONCEPTS: tuple[Concept, ...] = tuple(p.concept for p in HELD_PAIRS)
