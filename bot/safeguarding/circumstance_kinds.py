"""Disclosures told by their circumstances: two plain facts, neither a harm word.

Round 22 (recall). The grouped cross-validation's misses in its weakest categories (financial,
suicide and self-harm, self-neglect, domestic, crisis, physical, sexual), missed by the rules and by the
held-out classifier alike, were rarely a harm word the concepts lacked. Each told a situation whose
parts are ordinary alone and a disclosure together:

- *money handed to a caller who claimed to be someone*: a call or text "saying" it was the council
  or the bank, with a refund, a fee or card details, beside what was given or "was that you?";
- *money to someone met online*: a suitor or a "mentor" online, on Facebook or never met, beside a
  sum transferred, a remortgage or money wanted;
- *a helper at the bank*: a new "friend" or the lad who helps, at or into her bank or card, beside
  money moved or nothing left; a loan taken out in another's name by a named person;
- *belongings given away beside a farewell*: the dog given to a sister, the tools to a brother,
  beside "just so you know", "no point hanging on to it now", "everything's ready";
- *a means dwelt on*: the railway, the train line, the shotgun thought about "often", "more than
  once" or "told no one but you";
- *meals given up*: not cooking or shopping "since" a death or a month, beside living off toast, a
  biscuit when remembered, one tin left;
- *an injury and its story*: a bruise, a scald, a broken wrist, beside a story that keeps changing,
  "she won't say who", "forget I said that", nothing written down;
- *a worker's eyes*: comments about her body or chest, watching in the shower, beside a favour
  asked, "longer than needed" or "she doesn't want him back";
- *an ex who keeps turning up*: at work, the school gates or outside, beside a split, a court
  order or the police; *his leave asked* to go out or have a visit, beside "he usually says no",
  "there's trouble" or "I'd pay for it after";
- *down and unable to rise*: a tumble, a fall, stuck in the bath, beside "can't get up", "canna
  rise", "since last night" or "nobody's due till Monday" (urgent, as "fallen" is).

Each look-alike (a call from the council that was genuine, a partner met online, a son who helps
with the banking, the dog minded for a holiday, an oven broken, a bruise from rugby, a carer who
watches in case of a fall, a workman who keeps turning up late, a
boss asked first, a fall last year) shares one fact or is vetoed by the message's own words. These are the screen's only (rules.py joins them to the screen's concepts,
never the classifier's features), so model.json stays as trained. Tested both ways in
tests/safeguarding/test_circumstance_kinds.py.
"""

# ruff: noqa: E501  (a pattern reads best on one line, however long)
from __future__ import annotations

from bot.safeguarding.concepts import Concept
from bot.safeguarding.told_kinds import Pair
from bot.safeguarding.unsaid_kinds import MOVING


def _kind(name: str, category: str, severity: str, reason: str, *, resolvable: bool = True) -> Concept:
    return Concept(name, category, severity, reason, (), resolvable=resolvable)


# --- money ---------------------------------------------------------------------------------------
# a caller or a text that said who it was, with a money pretext, in one clause
CALLER = (
    "call|called|rang|phoned|phone_call|text|texted|email|emailed|message|ffonio|ffonodd|dyn|someone|somebody"
)
CLAIMED = "saying|said|claiming|claimed|pretending|asking|asked|scarequote|gweud|dweud"
PRETEXT = "refund|rebate|release_fee|fee|carddetails|card_details|bank_details|details|owe|owed|debt|fine|arrears|dyled|ddyled|ad_daliad"
HANDED = "gave_them|give_them|gave_him|gave_her|paid|put_my_details|put_his_details|put_her_details|details_in|clicked|gone|release_fee|talodd|dalodd|wedi_talu|was_that_you|was_it_you|was_this_you|was_that_really|ife_chi|chi_oedd|oedd_e_chi"
# the genuine call: the writer rang, or it was checked
GENUINE = "i_rang|i_phoned|i_called|rang_them_back|checked_it|checked_with|it_was_genuine|was_genuine|all_genuine|direct_debit|payment_plan|booked|appointment|thank_you_for_the_refund|thanks_for_the_refund|paid_into|came_through|arrived|received"
# someone met online (or never met) to whom money goes
SUITOR = "gentleman|man|woman|lady|bloke|fella|guy|friend|boyfriend|girlfriend|mentor|advisor|adviser|investor|cariad|dyn|someone|somebody|soldier|doctor"
ONLINE = "online|on_facebook|on_the_internet|on_a_dating|dating_site|dating_app|o_facebook|ar_facebook|ar_lein|never_met"
SENT = "transferred|sent_him|sent_her|sent_them|remortgaged|remortgage|needs_money|need_money|wants_money|wanting_money|asking_for_money|asked_for_money|benthyciad|loan|considerable_sum|life_savings|thousand|thousands|grand"
# a helper, or a new friend, at her bank or card, in one clause
HELPER = "helps_me|helps_her|helps_him|that_helps|who_helps|helping|helpu|new_pal|new_friend|new_mate|new_fella|new_boyfriend|new_scarequote"
BANKING = "bank|banc|account|cyfrif|gyfrif|card|cerdyn|gerdyn|pin|online_banking|savings|pension"
LOST = "moved_money|moved_the_money|took_money|taking_money|nothing_left|nowt_left|skint|empty|sdim_byd_ar_ol|dim_byd_ar_ol|byd_ar_ol|wag|out_of_it|says_its_a_loan|cant_account|doesnt_add_up|missing"
OWN_BANKING = "son|daughter|my_son|my_daughter|bills|rent|council_tax|direct_debit|standing_order|appointee|power_of_attorney|dementia_friend"
# a loan taken out in another's name by a named person (never the writer's own)
OTHER = "cousin|grandson|granddaughter|son|daughter|nephew|niece|brother|sister|partner|husband|wife|ex|carer|friend|boyfriend|girlfriend|lodger|neighbour|he|she|they|someone|somebody"
IN_A_NAME = "in_my_name|in_her_name|in_his_name|in_their_name|in_mums_name|in_dads_name|in_nans_name|yn_fy_enw|yn_ei_henw|yn_ei_enw"
LOAN_TAKEN = f"{OTHER} ~ opened|took|taken|takes|got|gets|has_taken ~ loan|loans|lons|credit|credit_card|credit_cards|catalogue ~~ {IN_A_NAME}"

# --- suicide: belongings given away beside a farewell -----------------------------------------
GIVEN = "given|gave|give|put|rhoi|rhoir|rhoddais"
BELONGINGS = "dog|dogs|cat|cats|ci|gath|cath|budgie|gear|tools|things|stuff|belongings|bits|bike|rings|watch"
PARTING = "just_so_you_know|no_point_hanging_on|no_point_keeping|no_point_holding_on|everything_is_ready|everythings_ready|popeth_yn_barod|its_alright_now|its_all_right_now|all_sorted_now|sorted_me_bits|sorted_my_bits|sorted_my_things|sorted_me_things|over_the_years|dros_y_blynyddoedd|penderfyniad|mhenderfyniad|hwyl_fawr|goodbye|my_last_text|my_last_message|said_my_goodbyes|take_care_of_yourselves"
AWAY_FOR_A_WHILE = "while_im|while_i_am|whilst_im|till|until|for_the_week|for_the_weekend|for_a_week|for_a_fortnight|minding|mind_him|mind_her|back_on|in_hospital|op|operation|respite|holiday|kennels|cattery|new_home_for|rehome*|allergic|allergy|landlord|tenancy|pets_allowed|no_pets"

# --- suicide: a means dwelt on, often -------------------------------------------------------
MEANS_THOUGHT = "think|thinking|thought|keep_thinking|kept_thinking ~ about ~ the|my|his|her|dads ~ railway|railway_line|train_line|tracks|level_crossing|shotgun|gun|guns|rifle|rope|bridge|viaduct|river|cliff|cliffs|motorway|quarry|multi_storey"
DWELT = "often|more_than_once|a_lot|lately|every_day|every_night|all_the_time|keep_thinking|cant_stop|told_no_one|told_noone|not_told_anyone|not_going_to_do|reason_to_continue|point_in_going_on|whats_the_point"
ORDINARY_MEANS = "closure|roadworks|resurfacing|commute|timetable|late|delayed|cancelled|strike|ticket|tickets|fares|noise|noisy|station|trains_are|bus|engineering_works|shooting_season|clay|pigeons|rabbits|licence|certificate|crossing_gates|flood|flooding|fishing|walk|walks|view|repairs|closed|toll|traffic"

# --- self-neglect: meals given up beside living off scraps -----------------------------------
GIVEN_UP = (
    "dont|havent|not|stopped|no_longer ~ cook|cooked|cooking|bothered_cooking|done_a_shop|been_to_the_shops|been_shopping|go_shopping",
    "dont|havent|not|stopped ~ go_to|going_to|been_to ~ appointments|apointments|the_doctor|the_dentist",
    "sold ~ cooker|fridge|microwave",
    "cant|dont remember ~ my|the ~ last_hot_meal|last_proper_meal|last_bath|last_wash",
)
SCRAPS = "living_off|live_off|lives_off|just_eat|just_eats|only_eat|only_eats|biscuit_when|biscuit_if|tin_of_soup_left|tin_left|crisps_in_bed|cold_beans|nothing_but_toast|last_hot_meal|dont_see_the_point|cant_get_excited|weighs_nowt|weighs_nothing|in_a_pile|all_in_the_hallway|not_like_anyone_comes"
KITCHEN_BROKEN = "oven|hob|cooker|kitchen|microwave|fridge ~ broke|broken|not_working|packed_up|being_fitted|refit|out|condemned|repair|fixed|went|died|blew|new_one|getting_a_new"
ON_PURPOSE = "diet|dieting|slimming|fasting|ramadan|lent|holiday|in_hospital|discharged|meal_prep|batch|meals_on_wheels_come|wife_cooks|husband_cooks|daughter_cooks|takeaway_night"

# --- physical: an injury and the story told about it -----------------------------------------
INJURY = "bruise|bruises|bruised|bruising|broken_wrist|broken_arm|broken_rib|broken_ribs|scald|scalded|burn|burns|black_eye|scratch|scratches|bite_mark|bite_marks|fracture|fractured|split_lip|cut_lip|marks|cleisiau|clais"
UNTOLD = "story_keeps_changing|the_story_changes|story_changed|a_story_about|story_about_how|different_story|wont_say_how|wont_say_who|wont_say_what|no_say_foo|no_say_who|no_say_how|wont_tell_me_how|wont_tell_me_who|forget_i_said|nobody_wrote|noone_wrote|nothing_written|not_written_down|no_explanation|cant_explain|couldnt_explain|nobody_could_explain|noone_could_explain|does_all_the_talking|wont_let_her_speak|wont_let_him_speak"
SPORT_OR_PILLS = "rugby|football|netball|hockey|boxing|judo|karate|training|match|blood_thinner*|warfarin|apixaban|rivaroxaban|bruise_easily|bruises_easily|thin_skin|skin_is_thin|kettle_did|iron_did|sunburn|bbq|barbecue|cat_scratched|kitten|brambles|roses|gardening"

# --- sexual: a worker's comments and eyes ----------------------------------------------------
COMMENTS = "comments|comment|remarks|talking|talks|going_on ~ about ~ my|her|his|dads|mums|nans|grans ~ body|chest|boobs|breasts|bum|figure|legs"
WATCHING = "watches|watching|watched|stood_watching|stares|staring|looking ~ in_the_shower|in_the_bath|getting_changed|getting_undressed|undress*|on_the_toilet"
PRICE = "worth_his_while|worth_your_while|if_i_was_nice|if_id_be_nice|longer_than_needed|longer_than_he_needed|longer_than_necessary|dont_want_him_back|doesnt_want_him_back|dont_like_being_on_my_own|didnt_like_being_on_my_own|when_my_husband_would_be_out|when_my_wife_would_be_out|when_hed_be_alone|uncomfortable|creepy|made_me_feel|funny_about_it"
MEDICAL = "infection|pain|x_ray|xray|scan|physio|exercises|operation|language|weight|bmi|surgery|mastectomy|eczema|rash|pressure_sore|in_case_she_falls|in_case_he_falls|so_she_doesnt_fall|so_he_doesnt_fall|for_safety|risk_assessment|two_carers|female_carer"

# --- domestic: an ex who keeps turning up ---------------------------------------------------
TURNING_UP = (
    "ex|he|hes|him ~ keeps|kept|again|still ~ turning_up|showing_up|coming_round|following_me|outside|waiting_outside|sat_outside",
    "ex ~ turning_up|following_me",
    "he|hes|he_is ~ outside|waiting_outside|sat_outside ~ again",
)
PARTED = "split_up|split|separated|left_him|divorced|my_ex|court_order|injunction|non_molestation|restraining_order|police|keep_a_diary|following_me|school_gates"
LATE_OR_WORK = "late|on_time|early|for_contact|contact_visits|to_see_the_kids|for_the_kids|handover|repair_man|repairman|repair_men|plumber|engineer|workman|builder|builders|contractor|scaffold*|postman|delivery|parcel|the_cat|the_dog|neighbours_cat|fox"

# --- crisis: down or stuck, and unable to rise or left for hours --------------------------------
DOWN = "tumble|tumbled|fell|fallen|fan|had_a_fall|went_over|slipped|stuck_in_the_bath|stuck_on_the_floor|on_the_floor|stuck_in_the_chair|stuck_on_the_toilet"
NO_RISING = (
    "cant|cannot|couldnt|unable_to ~ rise|get_up|get_out|get_myself_up|get_myself_out",
    "since|for ~ this_morning|last_night|last_nicht|yesterday|teatime|hours|the_early_hours",
    "nobody|noone ~ due|coming|here ~ till|until|for",
)
UP_AGAIN = "last_week|last_weekend|the_other_day|the_other_week|brought_help|help_came|help_quickly|came_quickly|got_me_up|picked_me_up|asleep|behind|fell_out|fall_out|apart|in_love|fell_for|fell_through|stairs|stairlift|steps|hill|plug|plumber|blocked|drain|sealant|tap|last_year|last_month|weeks_ago|months_ago|years_ago|got_up_eventually|managed_to_get_up|got_myself_up|helped_me_up|ambulance_came|paramedics_came|in_hospital|discharged|back_home|prices|numbers"

# --- domestic: his leave asked, and his displeasure ------------------------------------------
LEAVE = (
    "have|had|got|need|needs ~ to ask ~ first|permission",
    "rhaid ~ ofyn ~ iddo|iddi|gynta|ganiatad",
    "doesnt|dont|wont like|let ~ people|anyone|visitors|you ~ coming_in|come_in|round|to_the_house",
    "get|be home|back ~ by|before",
    "if i|im dont|not get|be|back home|back|by|before",
)
DISPLEASURE = "says_no|usually_says_no|always_says_no|dweud_na|theres_trouble|there_trouble|there_is_trouble|there_will_be_trouble|hell_to_pay|pay_for_it_after|pay_for_it_later|id_pay_for_it|ill_pay_for_it|or_else|doesnt_like_me_going_out|doesnt_like_me_going|doesnt_like_me_seeing|doesnt_like_me_talking|wont_let_me_go"
OTHER_LEAVE = "mum|mam|dad|parents|school|teacher|boss|manager|work|rota|landlord|carer|care_home|staff|warden|hospital|doctor|gp|social_worker|probation|curfew|tag|bail|homework|kids|children|childminder|nursery|dog"

CIRCUMSTANCE_PAIRS: tuple[Pair, ...] = (
    Pair(
        _kind(
            "posing_caller_paid",
            "financial",
            "concern",
            "A caller who said they were the council or the bank, and money or details given",
        ),
        (f"{CALLER} ~ {CLAIMED} ~~ {PRETEXT}",),
        (HANDED,),
        (GENUINE,),
    ),
    Pair(
        _kind(
            "money_to_someone_met_online",
            "financial",
            "concern",
            "Money sent or borrowed for someone met online or never met",
        ),
        (f"{SUITOR} ~ {ONLINE}", f"{ONLINE} ~ {SUITOR}", "crypto|bitcoin|forex ~ investment|scheme|trading"),
        (SENT, "moyn|isho|eisiau ~ mil"),
        (
            "my_husband|my_wife|our_wedding|we_remortgaged|were_remortgaging|mortgage_advisor|extension|new_kitchen",
        ),
    ),
    Pair(
        _kind(
            "helper_at_the_bank",
            "financial",
            "concern",
            "A helper or new friend at her bank or card, and money moved or gone",
        ),
        (f"{HELPER} ~~ {BANKING}",),
        (LOST,),
        (OWN_BANKING,),
    ),
    Pair(
        _kind(
            "loan_in_another_name",
            "financial",
            "concern",
            "A loan taken out in the writer's or a relative's name by someone else",
        ),
        # one fact that says both (a Pair needs two: the same one twice)
        (LOAN_TAKEN,),
        (LOAN_TAKEN,),
        ("with_my_permission|with_her_permission|joint|guarantor|i_said_he_could|i_agreed",),
    ),
    Pair(
        _kind(
            "belongings_given_with_a_farewell",
            "suicide_self_harm",
            "urgent",
            "Belongings or a pet given away beside a farewell",
            resolvable=False,
        ),
        (f"{GIVEN} ~ the|my|me|all_my|all_me|y ~ {BELONGINGS} ~ to|with|i",),
        (PARTING,),
        (MOVING, AWAY_FOR_A_WHILE),
    ),
    Pair(
        _kind(
            "means_dwelt_on",
            "suicide_self_harm",
            "urgent",
            "A means to end life thought about often or in secret",
            resolvable=False,
        ),
        (MEANS_THOUGHT,),
        (DWELT,),
        (ORDINARY_MEANS,),
    ),
    Pair(
        _kind(
            "meals_given_up",
            "self_neglect",
            "concern",
            "Cooking, shopping or appointments given up, beside living off scraps",
        ),
        GIVEN_UP,
        (SCRAPS,),
        (KITCHEN_BROKEN, ON_PURPOSE),
    ),
    Pair(
        _kind(
            "injury_and_its_story",
            "physical",
            "concern",
            "An injury beside a story that keeps changing or is never told",
        ),
        (INJURY,),
        (UNTOLD,),
        (SPORT_OR_PILLS,),
    ),
    Pair(
        _kind(
            "a_workers_eyes",
            "sexual",
            "concern",
            "Comments on her body or watching in the shower, beside a favour asked or her unease",
        ),
        (COMMENTS, WATCHING),
        (PRICE, "makes|made|making|kept_making ~ comments|remarks"),
        (MEDICAL,),
    ),
    Pair(
        _kind(
            "down_and_unable_to_rise",
            "crisis",
            "urgent",
            "Fallen or stuck, and unable to get up or alone for hours",
            resolvable=False,
        ),
        (DOWN,),
        NO_RISING,
        (UP_AGAIN,),
    ),
    Pair(
        _kind(
            "his_leave_asked",
            "domestic",
            "concern",
            "His leave asked to go out or have visitors, beside his displeasure",
        ),
        LEAVE,
        (DISPLEASURE,),
        (OTHER_LEAVE,),
    ),
    Pair(
        _kind(
            "ex_keeps_turning_up",
            "domestic",
            "concern",
            "An ex who keeps turning up or following, beside a split or a court order",
        ),
        TURNING_UP,
        (PARTED,),
        (LATE_OR_WORK,),
    ),
)
CIRCUMSTANCE_PAIR_CONCEPTS: tuple[Concept, ...] = tuple(p.concept for p in CIRCUMSTANCE_PAIRS)
