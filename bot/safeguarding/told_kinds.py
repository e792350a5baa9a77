"""Disclosures told as two plain facts, often in two sentences: neither fact alone is a risk.

"The boiler has been off for a week." + "I have a lung condition." Each sentence is ordinary; the
pair is a vulnerable person without heat. A clause-long pattern cannot see across the full stop, so
each kind here is a PAIR of facts found anywhere in the message (rules.py joins them to the other
concepts, with the same negation and resolution), plus a VETO that says the matter is over or is
not what it looks like ("fixed the same day", "he opens the post because I can't see"):

- no heat, or a cold indoor temperature, for someone whose health, age or a baby makes it
  dangerous (crisis, urgent);
- a payment nobody set up leaving a relative's account (financial);
- a partner who controls the post, phone or contact and is angry at contact with services, or asks
  that nothing be sent home (domestic);
- a worker's visit sent while the abuser was in, against what was asked, or that left the person
  hurt or afraid (domestic);
- a child left in a car or alone in heat (children, urgent);
- a pet or belongings given away, with a goodbye or "won't need them" (suicide, urgent).
Welsh forms for each. Tested both ways in tests/safeguarding/test_told_kinds.py.
"""

# ruff: noqa: E501  (a pattern reads best on one line, however long)
from __future__ import annotations

from dataclasses import dataclass

from bot.safeguarding.concepts import Concept


@dataclass(frozen=True)
class Pair:
    concept: Concept  # what the alert says (its own patterns are empty: the pair finds it)
    first: tuple[str, ...]  # one fact (patterns as in concepts.py, inside one clause)
    second: tuple[str, ...]  # the other fact, anywhere in the same message
    veto: tuple[str, ...] = ()  # anywhere in the message: the pair is set aside


def _concept(name: str, category: str, severity: str, reason: str) -> Concept:
    return Concept(name, category, severity, reason, ())


LOW = "1|2|3|4|5|6|7|8|9|10|11|12|13|14|15|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
HOT = "25|26|27|28|29|30|31|32|33|34|35|36|37|38|39|40"
DEGREES = "degrees|degree|deg|c|celsius|gradd"
HOME = "house|home|flat|bungalow|bedroom|bedrooms|living_room|lounge|room|rooms|place|indoors|inside|ty|cartref|fflat"
HEATING = "heating|boiler|heater|heaters|radiators|radiator|gas|storage_heaters|central_heating|hot_water|gwres|boeler|gwresogi"
NOT_WORKING = "not_working|not_worked|hasnt_worked|hasnt_been_working|havent_worked|isnt_working|wasnt_working|doesnt_work|dont_work|ddim_yn_gweithio"
# broken, said without a "not" (so "the heating isn't broken" reads as denied)
BROKEN = "broken|broke|broke_down|broken_down|packed_up|packed_in|gone|gone_off|off|died|dead|condemned|capped|cut_off|failed|kaput|wedi_torri"
NO_HEAT = "no|without|dim|heb heating|heat|gas|hot_water|gwres|boeler|gwresogi|wres"
CANT_HEAT = "cant|cannot|couldnt|unable afford|pay ~ heating|heat|gas|electric|meter|to_put_the_heating_on"
FRAIL = "copd|asthma|asthmatic|emphysema|bronchitis|bronchiectasis|lung|lungs|pneumonia|pulmonary|oxygen|nebuliser|inhaler|heart_condition|heart_failure|angina|chemo|chemotherapy|cancer|sickle_cell|dementia|hypothermia|frail|disabled|bedbound|bed_bound|newborn|new_born|baby|babies|premature|infant|pensioner|elderly|im_8*|im_9*|aged_8*|aged_9*|shes_8*|shes_9*|hes_8*|hes_9*|8*_years_old|9*_years_old|ysgyfaint|asthma|babi|henoed|cancr"
OVER = "fixed|repaired|mended|sorted|working_again|back_on|came_out|replaced|restored|put_right|trwsio|wedi_trwsio"

PAYMENT = "takes|taking|took|taken|comes_out|coming_out|goes_out|going_out|went_out|leaving|left|direct_debit|direct_debits|standing_order|standing_orders|payment|payments|transfer|transfers|withdrawal|withdrawals|debit|debits|charge|charges|subscription|subscriptions|money|cash|debyd|debyd_uniongyrchol|taliad|taliadau|arian"
RELATIVE_ACCOUNT = "dads|mums|mams|nans|grans|grandads|nains|taids|nanas|my_dads|my_mums|my_nans|his|her|their|auntys|uncles|brothers|sisters|sons|daughters|husbands|wifes|partners"
ACCOUNT = (
    "account|accounts|bank|bank_account|card|pension|statement|statements|savings|cyfrif|gyfrif|nghyfrif|banc"
)
UNKNOWN_PAYEE = "never_set|never_set_it_up|never_set_that_up|never_set_this_up|didnt_set|didnt_set_it_up|didnt_set_that_up|never_agreed|didnt_agree|never_authorised|didnt_authorise|not_authorised|doesnt_recognise|dont_recognise|didnt_recognise|dont_know_who|doesnt_know_who|no_idea_who|never_heard_of|someone_called|somebody_called|a_company_called|some_company|some_firm|unknown|a_stranger|heb_drefnu|ddim_yn_nabod|ddim_yn_gwybod_pwy|erioed_wedi"
DAILY_BILLS = "council_tax|rent|water|gas|electric|tv_licence|phone_bill|broadband|insurance|treth_cyngor"

PARTNER = "husband|hubby|wife|partner|boyfriend|girlfriend|fiance|ex|he|she|son|daughter|brother|stepdad|gwr|ngwr|mhartner|mab"
CONTROLS = "opens|open|reads|read|checks|check|takes|take|hides|hide|goes_through|go_through|keeps|keep|bins|burns|tears_up|agor|agori|darllen|cuddio"
POST = "letters|letter|post|mail|phone|phones|mobile|messages|texts|emails|calls|llythyrau|llythyr|post|ffon"
ANGRY = "angry|angrier|furious|mad|goes_mad|kicks_off|kicked_off|shouts|shouted|screams|hits|hit|punishes|punished|loses_it|lost_it|goes_off_on_one|wont_speak_to_me|gets_nasty|nasty|blames_me|gwylltio|wyllt|flin|grac|crac"
CONTACT = "talk|talked|speak|spoke|ring|rang|call|called|phone|phoned|contact|contacted|see|saw|visit|write|wrote|email|emailed|text|siarad|ffonio|cysylltu"
SERVICES = "council|you|you_lot|services|social_services|social_worker|the_doctor|doctor|gp|police|housing|anyone|family|my_family|friends|my_friends|my_mum|my_sister|cyngor|gwasanaethau|meddyg|heddlu|neb"
SECRECY = "dont|do_not|never|please_dont|please_do_not|peidiwch|peidiwch_a send|post|write|ring|call|visit|come ~ letters|letter|anything|to_the_house|to_my_house|to_the_home|to_home|home|to_the_flat|round|llythyrau|llythyr|i_r_ty|ir_ty|adref|adre"
HELPED_READ = "because|cos|as|since|so|for_me|cant_see|can_not_see|cannot_see|blind|partially_sighted|sight|eyesight|dyslexic|cant_read|dementia|reads_them_to_me|helps_me|with_my_permission|we_agreed|i_asked_him|i_asked_her|achos|gan_fy_mod"

WORKER = "repair_man|repairman|repairs|engineer|plumber|electrician|workman|workmen|contractor|contractors|officer|housing_officer|social_worker|worker|inspector|surveyor|someone|somebody|a_man|a_woman|people|them|him|her|your_man|your_staff|staff|carer|carers"
SENT = "sent|send|sending|came|come|turned_up|turn_up|knocked|called|called_round|came_round|came_out|visited|visit|booked|arranged|anfon|daeth"
ABUSER_IN = "he|she|they|husband|partner|boyfriend|ex|my_husband|my_partner|my_ex|e|o|fo|ngwr ~ was|were|is|oedd ~ in|home|there|in_the_house|around|about|adre|gartre|yn_y_ty|yn_y_tŷ"
ASKED_NOT = "told|asked|said|begged|warned|explained|dweud|gofyn|ddwedais|wedi_dweud ~ not|not_to|never|only|specifically|peidio|plis_peidio"
AFTERWARDS = "after|afterwards|when_you_left|when_they_left|once_they_left|once_you_left|after_they_left|after_you_left|wedyn|ar_ol ~ he|she|they|him|her|e|o ~ hit|hurt|punched|beat|went_mad|went_for_me|kicked_off|took_it_out|wanted_to_know|demanded|made_me|punished|blamed|threatened|taro|brifo|gwylltio"
HURT_AFTER_VISIT = "left|leaving|leave|gadael ~ me|her|him|mum|mam|dad|nan|gran|my_mum|my_dad ~ on_the_floor|hurt|injured|bleeding|bruised|in_pain|unsafe|in_danger|terrified|scared|frightened|shaking|with_the_door_open|with_the_door_unlocked|locked_out|ar_y_llawr|mewn_poen"

CHILD = "child|children|kid|kids|baby|babies|toddler|toddlers|boy|girl|little_one|little_ones|infant|young_child|plentyn|plant|babi|bachgen|merch_fach"
IN_CAR = "in|inside|sitting_in|sat_in|left_in|locked_in|strapped_in|mewn|yn ~ car|cars|van|vehicle|motor|the_back|gar|car_wedi_parcio"
DANGER = "hot|boiling|baking|roasting|sweltering|heat|heatwave|sun|sunny|sunshine|windows_closed|windows_shut|windows_up|window_closed|no_window_open|engine_off|alone|on_their_own|on_its_own|on_his_own|on_her_own|no_adult|no_adults|nobody_with|noone_with|no_one_with|unattended|crying|screaming|red_faced|poeth|gwres|haul|ffenestri_ar_gau|ar_ben_ei_hun|neb_gyda"
HOT_DEGREES = f"{HOT} {DEGREES}|degrees_outside|outside"
CAR_OVER = "parents|mum|mam|dad|owner|driver|adult|someone ~ came_back|came_out|back|returned|was_in_the_car|with_them|in_the_front|daeth_yn_ol"

GIVE = "given|gave|give|giving|rehomed|rehoming|rehome|handed|rhoi|wedi_rhoi|di_rhoi|rhoir|rhoddais|rhoddi"
BELONGINGS = "dog|dogs|cat|cats|budgie|pet|pets|rabbit|things|belongings|stuff|possessions|clothes|records|tools|medals|ring|rings|jewellery|books|ci|cath|gath|chath|pethau|mhethau"
GOODBYE = "wont|not|dont|never need|needing ~ them|it|him|her|anything|anymore|any_more|where_im_going|soon"
GONE_SOON = "wont|not|wouldnt be here|around ~ long|much_longer|for_long|after|next|soon|by"
FAREWELL = "said|saying|say goodbye*|my_goodbyes|farewell*|ffarwel"
CY_GONE = "fydda|fyddai|bydda i ddim yma|yman|yma_n|o_gwmpas ~ hir|hirach|lot_hirach|yn_hir|wythnos|mis"
MOVED_HOME = "moved|moving|move|flat|no_pets|doesnt_allow|dont_allow|allergic|allergy|landlord|tenancy|care_home|symud|alergedd|new_baby|couldnt_look_after|cant_look_after|better_home"

# fmt: off
TOLD_PAIRS: tuple[Pair, ...] = (
    Pair(_concept("no_food_or_heating", "crisis", "urgent", "No heat for someone whose health, age or a baby makes the cold dangerous"),
         (f"temperature|temp|thermometer|it|its|inside|indoors|house|flat|room|bedroom ~ is|was|reads|says|of|at|down_to|only|just|dan ~ {LOW} {DEGREES}",
          f"{LOW} {DEGREES} ~ inside|indoors|in_the_house|in_the_flat|in_the_bedroom|in_the_living_room|in_here|in_the_room|in_the_lounge|yn_y_ty",
          f"{HEATING} ~ {BROKEN}", f"{HEATING} ~ {NOT_WORKING}", f"{NO_HEAT} ~ since|for|days|weeks|week|nov*|dec*|jan*|feb*|oct*|mar*|ers|ddiwrnod|wythnos",
          f"{CANT_HEAT}", f"freezing|frozen|so_cold|very_cold|perishing|oer|rhewi ~ in|yn ~ the|my|our|this|y ~ {HOME}"),
         (FRAIL,),
         (f"{HEATING} ~ {OVER}", f"{OVER} ~ {HEATING}", "in_the|at_the|at_your waiting_room|office|reception|library|hub|centre")),
    Pair(_concept("financial", "financial", "concern", "A payment nobody set up leaving a relative's account"),
         (f"{PAYMENT} ~~ out_of|from|leaving|off|on|coming_out_of|going_out_of|taken_from|o|allan_o ~ {RELATIVE_ACCOUNT} ~ {ACCOUNT}",
          f"{PAYMENT} ~~ {RELATIVE_ACCOUNT} .. {ACCOUNT}",
          f"{RELATIVE_ACCOUNT} ~ {ACCOUNT} ~~ {PAYMENT}",
          f"{PAYMENT} ~~ {ACCOUNT} ~ mam|dad|nain|taid|fy_mam|fy_nhad|nhad"),
         (UNKNOWN_PAYEE,),
         (f"{DAILY_BILLS} ~~ twice|double|two|wrong|too_much|overcharged|again",)),
    Pair(_concept("coercive_control", "domestic", "concern", "A partner who controls the post or phone and is angry at contact with services"),
         (f"{PARTNER} ~ {CONTROLS} ~ all|my|the|every|fy|y|yr ~ {POST}", f"{PARTNER} ~ {CONTROLS} ~ {POST}"),
         (f"{ANGRY} ~~ when|if|whenever|pan|os|after|because|that ~ i|im|fi ~ {CONTACT}", SECRECY),
         (f"{CONTROLS} ~ {POST} ~~ {HELPED_READ}",)),
    Pair(_concept("domestic", "domestic", "concern", "A service's visit sent while the abuser was in, against what was asked"),
         (f"{SENT} ~ {WORKER}|round|out|here|over ~~ while|when|whilst|tra|pan ~ {ABUSER_IN}", f"{WORKER} ~ {SENT} ~~ while|when|whilst|tra|pan ~ {ABUSER_IN}"),
         (ASKED_NOT, AFTERWARDS, "what_that_did|what_it_did|do_you_know_what|do_you_understand|paid_for_it|i_paid|never_again|who_reported|who_rang|who_called|who_told"),
         ()),
    Pair(_concept("organisational", "organisational", "concern", "A worker's visit that left the person hurt or unsafe"),
         (f"{WORKER} ~ {HURT_AFTER_VISIT}",),
         (f"{WORKER}|visit|call|went|gone|leaving|left",),
         ("fixed|sorted|lovely|kind|brilliant|excellent|thank|thanks|diolch",)),
    Pair(_concept("children", "children", "urgent", "A child left in a car, or alone in heat"),
         (f"{CHILD} ~~ {IN_CAR}", f"car|van|vehicle|gar ~ with|gyda ~ a|the|two|2|three|3|small|young|little ~ {CHILD} ~ in_it|inside|in_the_back|yn_y_cefn", f"left|leaving|leave|locked|gadael ~ {CHILD} ~ {IN_CAR}"),
         (DANGER, HOT_DEGREES, "hours|an_hour|for_ages|ages|half_an_hour|20_minutes|30_minutes|40_minutes|awr|oriau"),
         (CAR_OVER, "car_seat|booster_seat|school_run|drove|drive|driving|journey|trip|lift|picked_up|dropped_off|parked_outside_school|seaside|beach|day_out|days_out|great_day|lovely_day|holiday|outing|road_trip|air_con|aircon")),
    Pair(_concept("suicide_means", "suicide_self_harm", "urgent", "Belongings or a pet given away, with a goodbye"),
         (f"{GIVE} ~ away|my|the|our|fy|y|yr ~ {BELONGINGS}", f"{GIVE} ~ {BELONGINGS} ~ away|to|ir|i"),
         (GOODBYE, GONE_SOON, FAREWELL, CY_GONE, "in_order|sorted_my_affairs|affairs_in_order|my_will|look_after_him_for_me|look_after_her_for_me|when_im_gone|ar_ol_i_fi_fynd"),
         (MOVED_HOME,)),
)
# fmt: on
TOLD_CONCEPTS: tuple[Concept, ...] = tuple(pair.concept for pair in TOLD_PAIRS)
