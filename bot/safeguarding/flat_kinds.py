"""Disclosures told flatly, with no word of harm: the structure carries the risk, not a risk word.

A classifier learns these poorly from a few rows, because every word in them is ordinary; each is
written here by its structure (round 8), with its everyday look-alikes tried in
tests/safeguarding/test_flat_kinds.py:

- means asked about as a question: one's own tablets and "enough", "too many", "all at once", "the
  lot", "what would happen if" someone took them (never how many to take a day, or whether a box
  lasts a holiday);
- an injury owed to a person: a black eye or a bruise "off him" or "from my son", "he gave me" one
  (never "he gave me a lift", a scar from the army or a plaster for the cut);
- going back to or staying with a partner for want of anywhere else: the refuge full, nowhere
  else, stuck at his till Monday (never a café that was full);
- recording or posting a person who is confused, undressed or upset, or for likes (never a
  birthday put on Facebook);
- being shut in a room: locked in a bedroom, seclusion, left in the side room (never a room one
  may lock oneself, or waiting in the side room);
- medicine or a care call missed, late or moved when the person depends on it (never a call moved
  to a better time);
- no supplies for a medical need: no stoma bags, insulin, needles, oxygen or feed, and nobody to
  bring them until later (never a delivery that came the same day);
- self-harm told by the act (a lighter, nails, a wall, pulling hair out) when feelings come;
- stopping a treatment one depends on to let life end.

rules.py joins these to the other concepts.
"""

# ruff: noqa: E501  (a pattern reads best on one line, however long)
from __future__ import annotations

from bot.safeguarding.concepts import Concept


def _c(name, category, severity, reason, *patterns, negatable=True, resolvable=True) -> Concept:
    return Concept(name, category, severity, reason, patterns, negatable, resolvable)


OWN_PILLS = "tablets|tablet|pills|pill|meds|medication|medicine|painkillers|painkilers|paracetamol|amitriptyline|co_codamol|codeine|sleeping_tablets|sleeping_pills|insulin|tabledi|dabledi|nhabledi|tabs|box|boxes|packet|packets|strip|strips|bottle|bottles|pot|supply|prescription"
TAKE = "took|take|takes|taking|taken|tek|swallowed|swallow|swallows|swallowing|had|have|necked|downed|cymryd|gymryd"
ALL_AT_ONCE = "the_lot|all|all_of_them|them_all|the_whole|whole|hole|every_one|everything|all_at_once|at_once|in_one_go|together|at_the_same_time|i_gyd|efo_i_gilydd|gyda_i_gilydd|all_together|the_full|a_full|a_month|a_months|a_weeks|the_packet|the_box|the_bottle"
TOO_MUCH = "enough|enuf|enugh|too_many|too_much|fatal|lethal|deadly|kill|do_it|do_the_job|finish_me|ddigon|not_wake|never_wake"
# the same without a bare "all" ("if I take all my tablets I feel sick" is not a question about means)
AT_ONCE = "the_lot|all_of_them|them_all|the_whole|whole|hole|every_one|all_at_once|at_once|in_one_go|together|at_the_same_time|i_gyd|efo_i_gilydd|gyda_i_gilydd|all_together|a_full|a_month|a_months|a_weeks|the_packet|the_box|the_bottle"
INJURY = "black_eye|black_eyes|shiner|fat_lip|split_lip|bust_lip|burst_lip|broken_nose|broken_rib|broken_ribs|cracked_rib|cracked_ribs|broken_arm|broken_wrist|bruise|bruises|bruising|marks|mark|cut|cuts|swelling|swollen_face|burn|burns|concussion|black_and_blue|llygad_du|cleisiau|clais"
PERSON = "him|her|them|husband|hubby|wife|partner|boyfriend|girlfriend|fella|ex|son|daughter|brother|sister|stepdad|stepmum|dad|mum|uncle|nephew|grandson|landlord|neighbour|lodger|carer|mate|kid|our_kid|our_lass|bloke|lad|lads|man|woman|brothers_mate|mab|merch|gwr|wr|mhartner|partner|cariad"
GAVE = "gave|give|gives|giving|given|gi|left|ges|gafodd"
KIN_OBJ = "me|her|him|us|mum|mam|nan|dad|gran|grandad|my_mum|my_dad|my_nan|my_son|my_daughter|the_kids|fi|i"
HARMFUL_PARTNER = "him|his|hers|her|them|my_ex|the_ex|my_husband|my_partner|my_boyfriend|my_girlfriend|my_wife|the_house|the_flat|ato_fo|ato|ati"
BACK = "back_to|back_at|back_with|back_wi|back_in_with|back_living_with|return_to|returned_to|staying_at|staying_with|stuck_at|stuck_with|stuck_in_with|stay_at|stay_with|living_with|moved_back_in_with|nol_ato|nol_ati|yn_ol_ato|yn_ol_ati"
NO_PLACE = "refuge|refuges|shelter|womens_aid|safe_house|lloches|emergency_housing|emergency_accommodation|b_and_b|hostel|housing|council|friend|friends|mate|sister|mums|mam"
NO_ROOM = "full|no_room|no_space|no_spaces|no_beds|no_bed|no_places|no_place|cannot_keep_me|cant_keep_me|cant_have_me|couldnt_have_me|couldnt_keep_me|wouldnt_take|couldnt_take|cant_take|nothing|no_emergency|dim_lle|yn_llawn"
NOWHERE = "nowhere|no_where|nowhere_else|no_where_else|nowhere_to_go|no_place_to_go|no_other_choice|no_choice|nowhere_to_stay|couldnt_get_a_space|couldnae_get_a_space|couldnt_get_anywhere|couldnae_get_anywhere|no_money_to_leave|cant_afford_to_leave|dim_unman"
FILM = "film|films|filmed|filming|ffilmio|video|videos|videoed|videoing|videoin|record|records|recorded|recording|photograph*|photos|pictures|pics|snaps|takes_pictures|takes_photos|livestream*|live_streams|streams"
VULNERABLE = "confused|muddled|dryslyd|ddryslyd|forgetting|forgettin|forgetful|dementia|undressed|naked|in_the_shower|in_the_bath|on_the_toilet|on_the_loo|in_her_nightie|in_his_pants|in_the_nude|distressed|upset|screaming|having_a_fit|fitting|having_a_seizure|wandering|not_dressed|in_a_state"
POSTED = "online|on_line|the_internet|the_web|ar_y_we|tiktok|youtube|facebook|instagram|insta|snapchat|snap|whatsapp|the_group_chat|group_chat|for_likes|for_views|for_followers|for_a_laugh|for_laughs|to_laugh_at|laugh_at|laughs_at|went_round|goes_round|shows_them|shows_his_friends|shows_her_friends|shows_them_to|chwerthin"
SHUT = "lock|locks|locked|locking|lockin|shut|shuts|shutting|bolt|bolts|bolted|cloi|wedge|wedges|wedged"
SHUT_WHO = "him|her|them|me|us|mum|mam|dad|nan|gran|grandad|my_son|my_daughter|my_brother|my_sister|my_mum|my_dad|my_nan|the_residents|residents|patients|the_kids|the_children|the_lads|the_girls|people|everyone|fi|ni|nhw|o|hi|mam|dad|nain|taid"
ROOM = "room|rooms|bedroom|bedrooms|bathroom|cupboard|cellar|shed|box_room|side_room|stafell|ystafell|llofft"
CARE_CALL = "call|calls|visit|visits|carer|carers|care_call|morning_call|rota|alwad|galwad|ymweliad"
MOVED = "moved|moves|changed|changes|shifted|put_back|pushed_back|later|rearranged|cut|cancelled|cancels|comes_later|come_later|symud|newid|wedi_symud"
DEPENDS = "insulin|injection|injections|tablets|meds|medication|medicine|parkinsons|epilepsy|dose|doses|breakfast|food|meal|catheter|pads|inswlin|tabledi|moddion"
LATE = "late|later|hours_late|missed|skipped|not_given|wasnt_given|isnt_given|dont_get|do_not_get|dont_give|until|till|til|hwyr|mixed_up|get_them_mixed_up|wrong"
SUPPLY = "stoma_bags|stoma|colostomy_bags|ostomy_bags|catheter_bags|catheters|needles|test_strips|lancets|oxygen|cylinder|insulin|inswlin|feed|feeds|feeding_tube|tube_feed|pump_feed|epipen|epi_pen|dressings|syringes|thickener|nebuliser|dialysis|bagiau_stoma|nodwyddau"
RUN_OUT = "run_out_of|ran_out_of|running_out_of|out_of|none_left_of|no_more|the_last_of|on_the_last_of"
NOT_COMING = "hasnt_come|has_not_come|hasnt_arrived|didnt_come|didnt_arrive|not_come|not_arrived|wont_come|won't_come|till|until|til|tan|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|weekend|shut|closed|no_delivery|dont_know_what_to_do|what_do_i_do|nobody|noone|no_one"
ACT = "burn|burns|burnt|burned|scratch|scratches|scratching|scratched|pinch|pinches|pinching|headbutt*|head_butt*|bang_my_head|banging_my_head|hit_my_head|pull_my_hair|pull_my_hare|pulling_my_hair|cut|cuts|cutting|carve|carving|crafu|llosgi"
ACT_ON = "my_arm|my_arms|my_legs|my_leg|my_skin|my_wrists|my_wrist|my_thighs|my_thigh|my_stomach|my_hands|my_self|myself|the_wall|walls|fy_mreichiau|fy_nghoesau"
FEELING = "feel_something|stressed|stress|upset|sad|bad|angry|the_thoughts|thoughts|it_gets_too_much|gets_to_much|gets_too_much|goes_quiet|go_quiet|numb|when_i_feel|teimlon_ddrwg|so_i_can_feel"
TREATMENT = "dialysis|insulin|chemo|heart_pills|heart_tablets|blood_thinners|water_tablets|my_tablets|my_meds|my_medication|my_pills|eating|food|oxygen"

# fmt: off
FLAT_CONCEPTS: tuple[Concept, ...] = (
    _c("suicide_means", "suicide_self_harm", "urgent", "Asking whether one's own tablets would be enough to end life",
       f"{TOO_MUCH} ~~ if ~ i|you|someone|somebody|a_person|one|u|taswn_i|tasen_nhw ~ {TAKE} ~~ {ALL_AT_ONCE}",
       f"if|what_if|what_happens_if|what_would_happen_if|what_happens_when|what_will_happen_if ~ i|you|someone|somebody|a_person|one|u|he|she ~ {TAKE}|swallows ~ {AT_ONCE} ~~ {OWN_PILLS}",
       f"if|what_if|what_happens_if|what_would_happen_if|what_happens_when ~ i|you|someone|somebody|a_person|one|u|he|she ~ {TAKE}|swallows ~~ {OWN_PILLS} ~~ {AT_ONCE}",
       f"how_many|how_much|faint ~~ {OWN_PILLS} ~~ would|wud|wd|does_it|do_you|d_ye|dye|fyddai|byddai ~~ {TOO_MUCH}|need_to_not|need_tae_not|to_not_wake|not_wake",
       f"how_many|how_much|faint ~~ would|wud|does_it|fyddai ~ take|need ~~ if ~~ {AT_ONCE}",
       f"would|wud|wd|will|is|are|fyddai|byddai ~ {AT_ONCE} ~ {OWN_PILLS} ~~ {TOO_MUCH} $",
       resolvable=False),
    _c("suicide_self_harm", "suicide_self_harm", "urgent", "Stopping a treatment one depends on to let life end",
       f"stopped|stopping|stop|quit|refuse|refusing|refused ~ {TREATMENT} ~~ on_purpose|deliberately|let_nature|nature_take|it_to_be_over|be_over|its_time|time_to_go|want_to_go|want_it_to_end|not_wake|body_stops|my_choice|not_told|havent_told|not_telling|die",
       resolvable=False),
    _c("self_harm", "suicide_self_harm", "concern", "Hurting oneself, told by what is done",
       f"{ACT} ~ {ACT_ON} ~~ {FEELING}|to_feel|nobody_knows|noone_knows|hide_it|long_sleeves|long_tops|till_they_bleed|til_they_bleed|till_it_bleeds|until_they_bleed|gwaedu",
       f"when|whenever|pan ~~ {FEELING} ~~ i ~ {ACT}|hurt ~ {ACT_ON}|my_arms|my_legs|my_skin",
       "pull|pulling|pulls|pullin my hair|hare ~ out ~~ when|till|til|bald|gets_to_much|gets_too_much",
       ),
    _c("abuse", "physical", "concern", "An injury said to come from a person",
       f"{INJURY} ~~ off|off_of|offa|courtesy_of {PERSON}",
       f"{INJURY} ~~ off|off_of|offa|courtesy_of my|our|his|her|the|me|mi .. {PERSON}",
       f"{INJURY} ~ is|are|were|was|are_all|r from|off my|our|his|her|the|me .. {PERSON}",
       f"{INJURY} ~ gan ~ fy|fy_mab|fy_merch|fy_ngwr|fy_mhartner|mab|merch|gwr",
       f"he|she|they|hes|shes|husband|partner|boyfriend|son|daughter|brother|nephew|grandson|stepdad|ex|him ~ {GAVE} ~ {KIN_OBJ} .. {INJURY}",
       f"{INJURY} ~~ {PERSON} ~ did_it|done_it|did_that|done_that|did_this|done_this|gi_mi_dat|gave_me_that|gave_me_it|give_me_that|gave_me_those",
       # praise for the service after it ("but the caseworker has been great") settles nothing
       resolvable=False),
    _c("domestic", "domestic", "concern", "Back with a harmful partner for want of anywhere else",
       f"{NO_PLACE} ~~ {NO_ROOM} ~~ back|went_back|gone_back|go_back|had_to_go_back|return|returned|stuck|staying|stay ~~ {HARMFUL_PARTNER}",
       f"{NOWHERE} ~~ {BACK} ~ {HARMFUL_PARTNER}",
       f"{BACK} ~ {HARMFUL_PARTNER} ~~ {NOWHERE}|no_room|no_beds|refuge|lloches|till_monday|til_monday|until_monday|no_emergency",
       "refuge|lloches|shelter|womens_aid ~~ full|llawn ~~ back|went_back|gone_back|go_back|stuck|staying|nol|yn_ol ~~ his|hers|him|her|ato|ati|husband|partner|boyfriend",
       "dim_lle ~~ lloches ~~ nol|yn_ol ~ ato|ati",
       ),
    _c("psychological", "psychological", "concern", "A vulnerable person filmed or photographed and shown to others",
       f"{FILM} ~~ {VULNERABLE} ~~ {POSTED}",
       f"{FILM} ~~ {POSTED} ~~ {VULNERABLE}",
       f"{FILM} ~ {SHUT_WHO}|nan|nain|taid|grandad|his_grandad|her_grandad|my_uncle|my_aunt|uncle|aunt ~~ {VULNERABLE}",
       f"takes|took|taking|take ~ pictures|photos|videos|pics ~ of ~ me|her|him|us|them|residents ~~ {VULNERABLE}|shows|sends|posts|shared|friends",
       ),
    _c("organisational", "organisational", "concern", "A person shut in a room or kept in seclusion",
       # a person put or kept in seclusion, not the word in a ward's description of its care
       "placed|put|puts|putting|kept|keep|keeps|left|locked|been|was|is|spent|spends|taken|dragged ~ in|into seclusion|isolation_room|padded_room|padded_cell|time_out_room|seclusion_room",
       "seclusion|secluded ~~ hours|days|week|weeks|without|nobody|no_one|noone|again|times|every",
       f"{SHUT} .. {SHUT_WHO} ~ in|into|yn ~ their|his|her|my|a|the|ei|eu ~ {ROOM}",
       f"{SHUT} .. {SHUT_WHO} in|yn {ROOM}",
       f"put|puts|putting|shoved|shove|sent|send|sends|leave|leaves|left|dragged|taken .. {SHUT_WHO} ~ in|into ~ a|the|their|his|her ~ room|side_room|small_room|box_room|empty_room|quiet_room ~~ on_his_own|on_her_own|on_their_own|alone|lock|locked|for_hours|hours|all_day|nothing_in_it|left_there|with_nothing",
       "shoved|put|locked|left|kept|shut ~ in|into the|a side_room|small_room|box_room|empty_room|quiet_room|padded_room ~~ all_day|for_hours|hours|left_there|on_their_own|on_his_own|on_her_own|alone|nothing_in_it|with_nothing",
       f"{SHUT_WHO} ~~ locked|shut ~ in ~ their|his|her|my|the ~ {ROOM} ~~ all_day|all_night|every_night|at_night|for_hours|hours|so|till|until|when|if",
       ),
    _c("organisational", "organisational", "concern", "Medicine or care a person depends on, late or missed because a call moved",
       f"{CARE_CALL} ~~ {MOVED} ~~ {DEPENDS} ~~ {LATE}",
       f"{MOVED} ~~ {CARE_CALL} ~~ {DEPENDS} ~~ {LATE}",
       f"{DEPENDS} ~~ {LATE} ~~ because|cos|since|as|so|when|now|felly|ers ~~ {CARE_CALL} ~~ {MOVED}",
       f"{CARE_CALL} ~~ {MOVED} ~~ dont_get|do_not_get|dont_have|without|hwyr ~~ {DEPENDS}",
       f"{MOVED} ~~ {CARE_CALL} ~~ dont_get|do_not_get|dont_have|without ~~ {DEPENDS}",
       f"carer|carers|call|visit ~ comes|come|coming|is ~ later ~~ {DEPENDS}|have_to_give|before_school",
       "alwad|galwad|ymweliad ~~ wedi_symud|symud|newid ~~ inswlin|tabledi|moddion|bwyd ~~ hwyr",
       ),
    _c("crisis", "crisis", "urgent", "No supplies left for a medical need",
       f"no|dim {SUPPLY} ~~ {NOT_COMING}",
       f"{RUN_OUT} .. {SUPPLY} ~~ {NOT_COMING}",
       f"{SUPPLY} ~~ is_all_gone|all_gone|is_finish|finished|is_empty|on_the_last_bit|on_its_last ~~ {NOT_COMING}",
       f"my|me|his|her|mums|dads {SUPPLY} is|are|has|have all_gone|run_out|ran_out|finished $",
       f"dim {SUPPLY} ar_ol ~~ tan|ddim_yn_agor|neb",
       ),
)
# fmt: on

# Everyday wording the look-alike families showed the older rules alarming on; taken out before
# any concept looks (tested in tests/safeguarding/test_flat_kinds.py).
FLAT_IDIOMS = [
    # a call back about a repair is not a carer who never came: "no one came back to me"
    "came|come|got|get|rang|ringd|rung back to ~ me|us ~ about|its|it|been|after|yet|since",
    "came|come|got|get|rang|ringd|rung back to me|us $",
    # Welsh: allowed to lock her own door ("mae hi'n cael cloi'r drws")
    "cael|caiff|gallu|gall|yn_cael cloi|cloir",
]
