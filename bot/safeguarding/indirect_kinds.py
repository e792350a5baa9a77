"""Disclosures told through what a harm leaves behind or what the resident asks for, not by naming it.

Each is a kind, written by its structure rather than by a sentence that showed it:

- rough handling shown by its marks (a grip, squeeze or pinch and the arm goes purple, finger
  marks) or by how someone is moved (pulled or dragged by the arm, the sleeve, the collar);
- a safety plan told as a request: contact only when he is out or on shift, because he checks
  the phone, reads the post or listens to the calls;
- a threat to stop the care if the resident tells or complains;
- a card, a pension or savings had off a person by someone else; an online "adviser" or
  "trader" who has had the money;
- workers whose phones or papers the boss keeps;
- a disabled or Deaf person mocked for it, or refused a service because of it;
- infection practice in care (the same gloves between clients, hands not washed) and sedation
  to keep a home quiet;
- a child asked to keep a secret; a child crying or shut out with nobody there;
- the Welsh forms: dragged by the arm (llusgo … gerfydd), thrown to the floor (fy nhaflu),
  not bathed or fed for weeks (heb gael bath ers …), sleeping tablets to keep a place quiet.

rules.py joins these to the other concepts; tests/safeguarding/test_indirect_kinds.py tries
each both ways.
"""

# ruff: noqa: E501  (a pattern reads best on one line, however long)
from __future__ import annotations

from bot.safeguarding.concepts import Concept


def _c(name, category, severity, reason, *patterns, negatable=True, resolvable=True) -> Concept:
    return Concept(name, category, severity, reason, patterns, negatable, resolvable)


BODY = "arm|arms|wrist|wrists|hand|hands|shoulder|shoulders|leg|legs|neck|fraich|braich|garddwrn"
MARKS = "purple|blue|black|marks|mark|bruise|bruises|bruised|bruising|red|fingermarks|finger_marks|thumb_marks|finger_shapes|thumb_prints|cleisiau"
GRIP = "grip|grips|gripped|gripping|squeeze|squeezes|squeezed|squeezing|pinch|pinches|pinched|pinching|holds|held|grabs|grabbed"
MONITOR = "checks|checked|reads|read|opens|opened|goes_through|went_through|listens_to|listens_in|listens_in_to|plays_back|plays_them_all_back|monitors|tracks|looks_at"
COMMS = "phone|phones|mobile|post|letters|mail|messages|texts|landline|calls|emails|answerphone|messages|negeseuon|post|llythyrau"
AWAY = "at_work|on_shift|on_nights|out|away|asleep|gone|not_in|not_home|not_there|down_the_pub|at_his_mums|at_her_mums|at_the_gym"
WITHDRAW = "stop_coming|stop_visiting|stop_the_visits|not_come|wont_come|never_come|leave_you|leave_her|leave_him|leave_us|bottom_of_the_list|be_left|put_in_a_home|have_you_put_in_a_home|reviewed|cut_the_hours|drop_you|drop_her|drop_him|stopio_dod"
CARDS = "card|cards|bank_card|post_office_card|pension|pension_book|savings|savings_book|pin|chequebook|cheque_book|money|cash|benefits|wages"
NOBODY = "nobody_there|nobody_is_there|nobody_home|nobody_is_home|nobody_in|nobody_comes|noone_there|noone_is_there|noones_there|noone_home|noone_comes|neb_yno|neb_adra|neb_adref|neb_gartref|neb_yn_dod"
DISABILITY = "deaf|blind|stammer|wheelchair|guide_dog|assistance_dog|disabled|disability|disabilities|autistic|autism|downs|learning_disability|hearing_aid|walking_frame|frame|crutches"

# fmt: off
INDIRECT_CONCEPTS: tuple[Concept, ...] = (
    _c("abuse", "physical", "concern", "Rough handling that leaves marks or drags a person",
       f"{GRIP} ~ {BODY} ~~ {MARKS}",
       f"{GRIP} ~ {BODY} ~ so|that|too hard|tight|tightly",
       f"drag*|yank*|haul*|hauled|pull|pulls|pulled|pulling ~ by|gerfydd the|his|her|their|my|ei ~ {BODY}|sleeve|collar|hair|lawes|gwallt",
       "llusgo|llusgodd|tynnu|tynnodd ~ gerfydd",
       "nhaflu|nhaflodd|thaflu|thaflodd ~ ar_lawr|i_lawr|yn_erbyn|allan",
       ),
    _c("domestic", "domestic", "concern", "Contact told as a safety plan, or a partner watching every contact",
       f"only|just ~ ring|call|text|phone|contact|write|visit ~~ when|while|after|before ~ he|hes|she|shes|he_is|she_is ~ {AWAY}",
       f"he|she|husband|wife|partner|boyfriend|girlfriend|fella|ex|hubby|o|hi ~ {MONITOR} ~ my|the|all_my|every ~ {COMMS}",
       f"dont|do_not|please_dont|never|peidiwch ~ ring|call|write|text|phone|leave_a_message|gyrru|ffonio ~~ he|she|o|hi ~ {MONITOR}|agor|darllen",
       negatable=False),
    _c("psychological", "psychological", "concern", "Threatened with losing care for telling or complaining",
       f"if ~ i|we|you|she|he|they|mum|dad ~ tell|complain|complains|complained|report|make_a_fuss|raise|say_anything|press ~~ {WITHDRAW}",
       "stopio_dod|stopio ~ os ~ cwyno|dweud",
       ),
    _c("financial", "financial", "concern", "A card, pension or savings had off a person by someone else",
       f"had|has|got|took|takes|taken|keeps|kept ~ {CARDS} ~ off|off_of me|her|him|mum|mam|dad|nan|gran|grandad|us",
       "crypto|bitcoin|forex|trading|investment adviser|advisor|coach|manager|mentor|expert|guy|platform ~~ had|sent|send|transferred|paid|lost|grand|thousand|savings|unlock|fee|loan",
       "adviser|advisor|coach|manager|mentor|expert ~ on|from whatsapp|facebook|instagram|insta|tiktok|telegram|the_internet|online ~~ had|sent|send|transferred|paid|lost|grand|thousand|savings|unlock|fee|loan",
       ),
    _c("modern_slavery", "modern_slavery", "concern", "Workers whose phones or papers are kept from them",
       "boss|owner|manager|foreman|gaffer|employer|agency|bosses ~ takes|took|keeps|kept|has|holds|locks|collects ~ their|our|the_workers|the_mens|the_girls|everyones phones|mobiles|passports|ids|id|papers|documents",
       "cadw ~ ffonau|pasbort*|basbort*|mhasbort ~ gweithwyr|gweithwyr_i_gyd",
       ),
    _c("discriminatory", "discriminatory", "concern", "A disabled or Deaf person mocked or refused a service for it",
       f"mock*|mimic*|make_fun|made_fun|makes_fun|making_fun|copy|copies|copied|take_the_mick|takes_the_mick|laugh_at|laughs_at|laughed_at|laughing_at|gwneud_hwyl ~~ {DISABILITY}|talks|walks|byddar|dall|stammer",
       f"refus*|wont|wouldnt|didnt|wouldnt|gwrthod ~ serve|take|help|let_in|let_us_in|let_me_in|let_him_in|let_her_in|let_them_in|carry|drive|pick_up ~~ because_of|cos_of|due_to|because ~ {DISABILITY}",
       ),
    _c("organisational", "organisational", "concern", "Poor infection practice or sedation in a care setting",
       "same gloves|apron|aprons|flannel|cloth|sponge ~ between|for_everyone|for_all|from_one|going_between|for_each|going_from",
       "dont|doesnt|never|not|without wash*|change|changing|changes ~ hands|gloves|apron|menig ~ between|after",
       "sleeping_tablets|sleeping_pills|sedatives|sedation|something|tabledi_cysgu|moddion_cysgu ~~ keep|cadw ~ quiet|calm|dawel|settled|nobody_gets_up|from_wandering",
       "give|gives|giving|rhoi ~ tabledi_cysgu|moddion_cysgu|sleeping_tablets|sedatives ~ i_bawb|to_everyone|to_all|to_the_residents|all_the_residents",
       ),
    _c("sexual", "sexual", "concern", "A child or adult asked to keep a secret",
       "tell|tells|told|asks|asked|ask|wants|wanted|makes|made|gofyn|dweud ~ him|her|them|iddi|iddo|my_daughter|my_son ~ keep|cadw|gadw|to_keep ~ secret|secrets|cyfrinach|gyfrinach",
       "special|our|their secret|secrets ~~ do|does|van|car|room|bedroom|game|touch*",
       "mustnt|must_not|not_to|never tell|say ~ mummy|mum|mam|daddy|dad|anyone|nobody",
       ),
    _c("children", "children", "concern", "A child in distress with nobody there",
       f"kids|children|child|boy|girl|baby|babies|toddler|plant|babi|plentyn|hogyn|hogan ~ cries|cry|crying|crio|screams|screaming|sgrechian|outside|locked_out|tu_allan ~~ {NOBODY}",
       ),
    _c("neglect", "neglect", "concern", "Not bathed, changed or fed for a time (Welsh)",
       "heb ~ gael|cael bath|cawod|bwyd|golch*|newid|ei_golchi ~ ers",
       ),
)
# fmt: on
