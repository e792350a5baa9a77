"""Everyday wording that shares a risk word, set aside by its frame (round 10).

Set N showed the screen alarming on five kinds of ordinary comment; each is written for the kind,
with its literal readings kept, and tried both ways in tests/safeguarding/test_everyday_kinds.py:

- texting exasperation: "kill me", "shoot me", "I'm dead" closing a clause about a trivial cause
  (a form, an app, the bus), never a person's threat ("my dad will kill me", "he'll kill me");
- vermin where people share the space: rats or mice on the estate, by the bins, with pest control
  (MLE "bare rats" is lots of them), never rats in a person's own home;
- a rescue told as past: a group or a person that "stopped him going under", "kept me from
  falling apart" (never "nobody stopped him");
- comparisons: "snores like a chainsaw", "sounds like a war zone" (a verb of sound or look, never
  "treats me like a dog");
- a secret kept for a surprise or a present, and one's own window broken after losing the keys
  (round 9's noticed look-alikes of the grooming and violence-now kinds);
- tiredness idioms about a service: Welsh "wedi blino'n lân ar y rhestr aros", "worn out with the
  forms" (never tired from caring).
rules.py blanks EVERYDAY_IDIOMS on the screen where no EVERYDAY_GUARDS reading overlaps them;
context.py blanks them for the classifier's second look too.
"""

# ruff: noqa: E501  (a pattern reads best on one line, however long)
from __future__ import annotations

from bot.safeguarding.idioms import CAUSE, LINK

EXASPERATED = "kill|shoot|end|murder me|me_now|me_pls|me_please|me_already|me_rn"
# a person or a future as the subject makes "kill me" a threat, never exasperation
THREATENER = "he|she|they|hell|shell|theyll|hed|shed|theyd|hes|shes|theyre|will|would|wud|wd|gonna|going_to|wants_to|want_to|tried_to|try_to|threatened_to|threatens_to|trying_to|might|could|dad|mum|mam|husband|wife|partner|boyfriend|girlfriend|ex|brother|sister|son|daughter|stepdad"
SHARED_PLACE = "estate|block|blocks|street|streets|bins|bin|bin_store|bin_area|bin_shed|communal|stairwell|stairs|landing|area|alley|alleyway|road|park|gardens|garden|drains|drain|sewer|sewers|car_park|shops|takeaway|chippy|walkway|flats|courtyard|stad|strydoedd"
PEST_CONTROL = "pest_control|pest_man|bait|baits|traps|trap|poison|exterminator|environmental_health|council|landlord|housing|rheoli_pla"
RESCUE = "stopped|kept|saved|pulled|rescued|prevented|helped|got|stop|keeps|saves|stops"
SINKING = "going_under|falling_apart|giving_up|cracking_up|going_mad|losing_it|drowning|sinking|a_breakdown|having_a_breakdown|breaking_down|the_edge|rock_bottom|despair|the_brink|the_abyss|a_dark_place"
SIMILE_VERB = "snores|snoring|snored|snore|sounds|sounded|sound|sounding|looks|looked|look|looking|smells|smelled|smelt|smell|sleeps|slept|sleep|sleeping|roars|roared|drives|drove|driving|eats|ate|eating|sings|sang|singing|runs|ran|coughs|coughing|coughed|barks|barking|snorts|rattles|rattling|rattled|built|chatters|drinks|swears"
TIRED = "blino|wedi_blino|blinedig|worn_out|sick_and_tired|shattered|knackered|exhausted|drained|tired|weary"
CY_CAUSE = "rhestr|rhestr_aros|rhestrau|aros|ciw|ffurflen|ffurflenni|system|cyngor|biliau|papurau|ffonio|gwaith_papur|tai|trwsio|atgyweirio|llythyrau|ap|gwefan"

# fmt: off
EVERYDAY_IDIOMS: list[str] = [
    # texting exasperation closing a clause about a trivial cause
    f"{CAUSE} ~~ {EXASPERATED} $",
    f"{CAUSE} ~~ im|i_am|literally|actually|honestly dead|deceased|done_for $",
    f"{EXASPERATED} ~ this|that|the|these|those|your ~ {CAUSE}",
    # vermin where people share the space, or with pest control
    f"{SHARED_PLACE} ~~ rats|mice|rat|mouse|llygod|llygod_mawr",
    f"rats|mice|rat|mouse|llygod|llygod_mawr ~~ {SHARED_PLACE}|{PEST_CONTROL}",
    f"bare|loads_of|lots_of|so_many|full_of rats|mice ~~ {PEST_CONTROL}",
    # a rescue told as past
    f"{RESCUE} ~ me|him|her|us|them|mum|dad|my_mum|my_dad|my_husband|my_wife ~ from|out_of|going|fi|o ~ {SINKING}",
    f"{RESCUE} ~ me|him|her|us|them|mum|dad|my_mum|my_dad|my_husband|my_wife {SINKING}",
    # a secret kept for a treat
    "not_to|dont|mustnt|never tell|say ~~ surprise|party|present|presents|birthday|cake|anniversary|christmas",
    "surprise|party|present|presents|birthday|cake|anniversary ~~ secret|not_to_tell|dont_tell|mustnt_tell",
    # breaking into one's own home after losing the keys
    "break|broke|breaking|smash|smashed|smashing ~ window|door|lock|glass ~~ lost|locked_out|forgot|left ~ keys|key",
    "lost|locked_out|forgot|left ~ keys|key ~~ break|broke|breaking|smash|smashed|smashing ~ window|door|lock|glass",
    # comparisons
    f"{SIMILE_VERB} like|fel a|an|the|some|rhyw *",
    # tiredness said of a service
    f"{TIRED} ~ lan|llwyr|ar|gyda|efo|o ~ {CY_CAUSE}",
    f"{TIRED} ~~ {LINK} ~ {CAUSE}",
]

EVERYDAY_GUARDS: list[str] = [
    f"{THREATENER} .. kill|shoot|murder me",
    # "not being here is starting to look like the sensible choice" is a wish, not a comparison
    "not being here|around|alive ~~ look|looks|looking|sounds|sounding like",
]
# fmt: on
