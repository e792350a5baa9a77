"""Harm words inside a resident's errand: a dose they ask about, a repair nobody came for, the staff
they hate to bother, bruises a doctor has put down to blood thinners.

Round 22 (false alarms). The corpus's own plain comments, written against the rules, still alarmed
in four families whose frame is the errand itself, not a person's harm:

- *the question about one's own dose*: "my tablets for sleep, if I forget one night what will happen"
  (care not given is someone else forgetting: "the carers forget my tablets every night");
- *a visit about a repair that nobody came for*: "I was promised a visit about the stair rail and
  nobody has come since March", "does neb wedi dod yn ôl ynglŷn â'r drws" (a thing of the house,
  never a person's care, washing or tablets: "nobody has come to wash him since March");
- *the apology to the staff one asks*: "I hate to be a nuisance to the girls at the surgery but my
  prescription still hasn't come" (a nuisance to the family, or anyone "better off without me", is a
  passive wish: never set aside with a farewell or "without me" anywhere, trivial_kinds.FAREWELL);
- *bruises a doctor puts down to blood thinners*, in Welsh and English: "cleisiau o'r tabledi teneuo
  gwaed, mae'r meddyg yn deud ei fod yn normal" (never when a person says so: "he says they're from
  the blood thinners" is the cover story, ERRAND_GUARDS).

The kinds are the screen's only, read in their own pass (`Rules._findings`), so the classifier's
features and model.json are unchanged. Tested both ways in tests/safeguarding/test_errand_kinds.py.
"""

# ruff: noqa: E501  (a pattern reads best on one line, however long)
from __future__ import annotations

from bot.safeguarding.trivial_kinds import FAREWELL

# things of a house a repair visit is about
REPAIR = "door|doors|drws|drysau|window|windows|ffenest|ffenestr|stair_rail|rail|rails|grab_rail|grab_rails|handrail|banister|boiler|boeler|roof|leak|damp|mould|fence|gate|tap|taps|sink|toilet|shower|lock|locks|bins|bin|lift|stairlift|ramp|gutter|guttering|drain|drains|path|steps|lights|socket|sockets|radiator|radiators|floor|ceiling|cupboard|cupboards|kitchen|bathroom"
STAFF = "the_girls|girls|the_staff|staff|the_receptionist|receptionist|the_receptionists|receptionists|the_nurses|nurses|the_surgery|surgery|the_pharmacy|pharmacy|the_chemist|chemist|the_office|the_doctors|doctors|the_gp|the_council|the_housing"
THINNERS = "teneuo_gwaed|teneuo_gwaedu|blood_thinners|blood_thinner|blood_thinning|warfarin|apixaban|rivaroxaban|edoxaban|clopidogrel|anticoagulants|anticoagulant|thinners"
BRUISES = "bruises|bruised|bruising|bruise|cleisiau|gleisiau|cleisio|clais|glais"

ERRAND_IDIOMS: list[str] = [
    # "if I forget one night what will happen": the resident's own dose, asked about
    "if|os i|we forget|forgot|miss|missed|skip|anghofio|colli ~ what|wat|whats|beth ~ will|would|happens|happen|should|fydd|ddigwydd",
    # "a visit about the stair rail and nobody has come", "neb wedi dod yn ôl ynglŷn â'r drws"
    f"visit|appointment|someone|somebody|engineer|workman|inspection|inspector|surveyor about|for ~ the|my|our|a|me {REPAIR} ~~ nobody|no_one|noone ~ has|have|had|s|is|ever ~ come|been|turned_up|shown_up|arrived|rung|called",
    f"neb|nobody|no_one|noone ~ wedi|has|have|had ~ dod|come|been|got_back ~ yn_ol|back ~ ynglyn|yngyln|ynglyn_a|about|am ~ ar|a|the|r|y|my|our ~ {REPAIR}",
    # "I hate to be a nuisance to the girls at the surgery"
    f"nuisance|pest|bother|pain ~ to ~ {STAFF}",
    # bruises a doctor puts down to blood thinners
    f"{BRUISES} ~~ {THINNERS}",
]
# a person who says the bruises are the thinners' (the cover story), a care visit, a person to wash
ERRAND_GUARDS: list[str] = [
    "{kin}|he|she|they|o|hi|nhw|on|hin|maen|nhwn|carer|carers ~ says|said|say|deud|dweud|told|meddai|medda|reckons|claims",
    "wash|washing|bath|feed|care|carer|carers|tablets|meds|medication|dressing|dressings|check_on",
]
# a nuisance said beside a farewell, or beside "without me", is a passive wish wherever it is said
ERRAND_VETO: list[str] = [
    *FAREWELL,
    "better_off|without_me|anymore|any_more|not_here|disappear|go_to_sleep|burden",
]
