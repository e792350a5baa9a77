"""Disclosures told wryly, in emoji, by a witness, in rights language or as a calm goodbye; grooming.

Round 12. Set P showed the screen missing harms told in voices that make them sound settled. Each
kind is written by its structure, with its everyday look-alikes tried in
tests/safeguarding/test_wry_kinds.py:

- deadpan irony: the harm told flat, then a dry coda ("lucky me", "living the dream", "bit of a
  coincidence"). The coda is never read as the harm resolved; the harm clause carries the alert
  by itself: a worker with no pay and no days off whose papers are held; shouting about a child's
  disability through the letterbox; a child who flinches or wears long sleeves in summer since a
  new adult came; "not waking up" as the answer to what would help; a carer with no respite
  waiting to see "which of us goes first";
- emoji: emoji.py reads the pictures that carry a verb or object as words, and the concepts here
  combine them as words (a place or means, "tonight" and a wave; hiding behind a locked door and
  "send someone"; a card gone and a relative who has it). A lone 💊 or 😢 raises nothing;
- a witness who "won't grass": violence between other residents told as what one sees;
- rights language: restraint, seclusion, sedation or covert medicine "without" a best interests
  decision, DoLS or authorisation;
- a calm goodbye: letters written for the children, with affairs in order or where the key is
  (English and Welsh), never a move or a house sale;
- grooming: an older man or a stranger giving a child of 15 or under presents, a phone or money,
  or asking for secrecy (English and Welsh), never a parent's or grandparent's present.

WRY_IDIOMS are the other side, set P's false alarms by kind: a wait that "want to kill me" in a
second language, a dog that "wouldn't hurt a fly", "it's a nuisance", a resident called
"abusive" by staff, cold outside said of the weather, a relapse years ago; WRY_RESOLVED reads an
eviction letter that was a mistake, and cold or homelessness that is over, as settled.
"""

# ruff: noqa: E501  (a pattern reads best on one line, however long)
from __future__ import annotations

from bot.safeguarding.concepts import Concept
from bot.safeguarding.light_kinds import CHILD, PET
from bot.safeguarding.sparse_kinds import INJURER
from bot.safeguarding.told_kinds import Pair


def _c(name, category, severity, reason, *patterns, negatable=True, resolvable=True) -> Concept:
    return Concept(name, category, severity, reason, patterns, negatable, resolvable)


def _pair_concept(name: str, category: str, severity: str, reason: str) -> Concept:
    return Concept(name, category, severity, reason, ())


# --- word families ------------------------------------------------------------------------------
# a child's age, 15 or under, as residents write it ("she's 14", "14 yr old", "14 oed")
YOUNG = "10|11|12|13|14|15|ten|eleven|twelve|thirteen|fourteen|fifteen"
AGED = f"is|shes|hes|only|just|aged|age ~ {YOUNG}"
AGED_AS = f"{YOUNG} ~ year_old|yr_old|years_old|yo|oed"
# an adult who is neither parent nor grandparent
STRANGER = "older_man|old_man|grown_man|man|men|guy|bloke|adult|adult_male|stranger|older_men|dyn|ddyn|dynion"
GIVES = "gives|giving|gave|give|buys|buying|bought|buy|sends|sending|sent|getting|gets|got|cael|rhoi|prynu"
GIFTS = "presents|gifts|gift_cards|phone|new_phone|a_phone|money|cash|credit|phone_credit|trainers|clothes|vapes|vodka|alcohol|drink|cannabis|weed|stuff|things|lifts|anrhegion|ffon|ffon_newydd|arian|dillad|pethau"
SECRECY = "secret|a_secret|not_to_tell|dont_tell|keep_it_between|between_them|delete|deletes|hides_her_phone|hides_his_phone|cyfrinach|gyfrinach|gwrthod_deud|ddim_isio_deud|ddim_eisiau_dweud"
# a means or a place told with a goodbye (emoji.py gives the words for the pictures)
# each starts with its own word, never "the" or "all": a pattern is tried only where its first word is
MEANS = "bridge|rope|river|train_tracks|tracks|railway_line|cliff|tablets_tablets"
# two waves are a goodbye; one is as often a hello
FAREWELL = "wave_wave|goodbye|bye|bye_x|goodbye_everyone|bye_everyone|sorry_mum|sorry_dad|sorry_everyone|im_done|love_you_all|forgive_me"
WHEN = "tonight|tonite|2nite|2night|today|now|this_evening|heno"
THIRD = "old|older|elderly|other|quiet|young|disabled|little|blind|deaf|frail|vulnerable|new|poor"
THIRD_PERSON = "fella|man|boy|lad|woman|lady|resident|bloke|guy|chap|gent|fellow|girl|geezer|one|residents|lads|fellas|men|women"
HITTING = "hitting|slapping|punching|battering|beating|kicking|laying_into|thumping|pushing|shoving|attacking|bullying|robbing|headbutting|strangling|hits|slaps|punches|batters|beats|kicks|attacks|hit|slapped|punched|battered|beat|kicked|attacked"
RESTRAINED = "restraint|restraints|restrained|restraining|prone_restraint|held_down|holding_her_down|holding_him_down|hold_her_down|hold_him_down|pinned_down|seclusion|seclusion_room|secluded|tied|strapped|locking_him|locking_her|locked_in_his_room|locked_in_her_room"
RESTRAINT = (
    f"{RESTRAINED}|sedated|sedation|sedating|covert_medication|covertly|hidden_in_her_food|hidden_in_his_food"
)
NO_AUTHORITY = "best_interests|dols|deprivation_of_liberty|authorisation|authorization|authorised|authorized|standard_authorisation|capacity_assessment|assessment|capacity|consent|our_knowledge|my_knowledge|paper|paperwork"
LETTERS = "letter|letters|note|notes|llythyr|llythyrau|nodyn|nodiadau"
KIDS_FAMILY = "children|kids|son|daughter|sons|daughters|girls|boys|family|each|each_of|grandchildren|plant|teulu|merch|mab|wyres|wyr|my_sister|my_brother"
IN_ORDER = "everything|all|affairs|papers|my_papers|things|my_things|stuff|my_stuff|accounts|my_accounts|popeth|papurau|mhapurau ~ in_order|ready|sorted|settled|in_place|yn_ei_le|mewn_trefn"
KEY_LEFT = "key|spare_key|the_key|keys|goriad|allwedd ~ is|under|with|in|o_dan|efo|gyda"
MOVING = "move|moving|moved|removal|removals|new_tenant|new_tenants|tenants|housing_officer|agent|estate_agent|sale|selling|house_sale|holiday|mortgage|retire|retiring|symud|ymddeol|morgais|gwyliau"
CARING = "respite|sitter|day_centre|break|carers|sleep|sleeping|slept|caring|care"
CUT_OFF = "cancelled|canceled|stopped|withdrawn|again|no|not|never|alone|on_my_own|24_7|24|night_and_day"

# fmt: off
WRY_CONCEPTS: tuple[Concept, ...] = (
    # --- deadpan irony: the harm clause alone --------------------------------------------------
    _c("modern_slavery", "modern_slavery", "concern", "Work with no pay or days off, papers held or living at the boss's",
       "no|never|without ~ days_off|day_off|wages|pay|money|break|breaks|time_off|paid ~~ no|never|without|keeps|kept|holds|has|took|takes|lives|living|sleeps|sleeping ~~ wages|pay|money|passport|papers|documents|phone|at_the_bosss|at_bosss|at_the_boss|in_the_van|out_back|on_site|his_passport|her_passport",
       "no|never_sees|not_a|without ~ wages|pay|money|penny|paid ~~ boss|bosses|employer|gaffer ~ keeps|kept|holds|has|took|takes ~~ passport|papers|documents|id",
       "no|never|without ~ wages|pay|money ~~ lives|living|sleeps|sleeping ~ at|in ~ the_bosss|bosss|the_boss|his_bosss|her_bosss|the_van|the_back|out_back"),
    _c("psychological", "discriminatory", "concern", "A disability or identity shouted about at the door",
       "shout|shouts|shouting|shouted|yell|yells|yelling|chant|chanting|jeer|jeering ~~ about ~ it|him|her|them|his|her ~~ through|at ~ the|our|my ~ letterbox|letter_box|door|window|windows",
       "shout|shouts|shouting|shouted|yell|yells|yelling|chant|chanting|jeer|jeering|mock|mocking ~~ autism|autistic|stammer|disability|learning_disability|wheelchair|colour|skin|religion|hijab|turban|accent ~~ letterbox|letter_box|through_the_door|at_the_door|at_our_door|window|windows"),
    _c("children", "children", "concern", "A child who flinches or hides their arms",
       f"{CHILD}|lad|lass|lassie|wee_one|little_one ~~ flinches|flinch|flinching|flinched|cowers|cowering ~~ hand|hands|arm|voice|moves|near|touches",
       f"{CHILD}|lad|lass|lassie ~~ wont|doesnt|never ~ let|lets ~ you|anyone|me|us ~ see ~ her|his ~ arms|legs|back|body"),
    _c("physical", "domestic", "concern", "Something thrown at a person's head",
       "threw|throws|thrown|chucked|chucks|hurled|lobbed|flung ~~ at ~ my|her|his ~ head|face"),
    # --- emoji (emoji.py): a goodbye told with a means or place --------------------------------
    _c("suicide_plan", "suicide_self_harm", "urgent", "A means or place, tonight, and a goodbye (told in emoji or words)",
       f"{MEANS} ~~ {WHEN} ~~ {FAREWELL}",
       f"{MEANS} ~~ {FAREWELL} ~~ {WHEN}",
       f"{MEANS} .. down ~~ {WHEN}",
       f"{MEANS} ~~ in_the_garage|in_the_shed|in_the_loft ~~ {FAREWELL}",
       f"{MEANS} ~~ goodbye_everyone|bye_everyone|sorry_mum|sorry_dad|sorry_everyone|im_done|forgive_me"),
    _c("domestic_hiding", "domestic", "urgent", "Hiding behind a locked door and asking for someone to come",
       "hiding|hidden|locked_in|locked_myself|locked_ourselves|locked_us|barricaded ~~ door|locked|bathroom|loo|toilet|bedroom|room|cupboard ~~ send_someone|please_send|send_help|send_the_police|call_the_police|police|999|come_quick",
       "hiding|hidden|locked_in|locked_myself|locked_ourselves ~~ send_someone|please_send|send_help|send_the_police|call_the_police|police|999|come_quick"),
    _c("physical", "domestic", "concern", "Punched by a partner or relative (told in emoji or words)",
       f"punched ~~ from|off|by ~ my|her|his|the ~ {INJURER}|fella|bloke|other_half",
       # a fist is as often a fist bump: it needs a harm beside it
       f"fist|fists ~~ from|off|by ~ my|her|his|the ~ {INJURER}|fella|bloke|other_half ~~ again|black_eye|bruise|bruises|bruised|hurt|sore|bleeding|cant_go|scared|hiding"),
    _c("self_harm", "suicide_self_harm", "concern", "Self-harm told with its secrecy",
       "cut|cutting|burned|burnt|burning ~ myself|my_arm|my_arms|my_legs|my_wrist|my_wrists|my_thighs ~~ nobody_knows|noone_knows|no_one_knows|secret|hide_it|hiding_it|hiding|sleeves|cant_stop|dont_tell",
       "cut|cutting|burned|burnt ~ again ~~ blood|bleeding ~~ nobody_knows|noone_knows|no_one_knows|secret|hide_it|hiding_it|sleeves|cant_stop|dont_tell"),
    _c("discriminatory", "discriminatory", "concern", "A headscarf, turban or wheelchair pulled at in public",
       "headscarf|hijab|turban|niqab|kippah|patka ~ pulled|ripped|yanked|grabbed|torn|snatched|knocked ~ off|at|from",
       "pushed|knocked|tipped|dragged ~ out|out_of ~ my|her|his ~ wheelchair|chair",
       "spat|spit|spitting ~ on|at ~~ because ~ of ~ her|his|my|their ~ headscarf|hijab|turban|scarf|colour|skin|accent|religion|wheelchair"),
    _c("self_neglect", "self_neglect", "concern", "No washing and no food for days or weeks (told in emoji or words)",
       "no|not|havent ~ washing|washed|wash|bath|bathed|showered|shower ~~ days|weeks|wks|since|months ~~ no|not|havent ~ food|eating|eaten|meals|meal"),
    # --- a witness who will not grass ----------------------------------------------------------
    _c("physical", "physical", "concern", "Violence between other residents, told by a witness",
       f"keeps|kept|been|always|still|every_night|every_day|has_been ~ {HITTING} the|a|an|that|this .. {THIRD} .. {THIRD_PERSON}",
       f"keeps|kept|been|always|still ~ {HITTING} the|a|an|that|this {THIRD_PERSON}",
       f"{HITTING} the|a|an|that|this .. {THIRD} .. {THIRD_PERSON} ~~ every|every_night|every_day|most|all_the_time|for_his|for_her|for_their"),
    # --- rights language -----------------------------------------------------------------------
    _c("organisational", "organisational", "concern", "Restraint, seclusion or covert medicine without authorisation",
       f"{RESTRAINT} ~~ without|no|not|never|nobody ~~ {NO_AUTHORITY}",
       f"{RESTRAINED} ~~ daily|every_day|several_times|each_evening|every_evening|every_night|each_night|as_a_punishment",
       "deprived ~ of ~ his|her|their|my ~ liberty"),
)

WRY_PAIRS: tuple[Pair, ...] = (
    # "not waking up" as what would help
    Pair(_pair_concept("suicide_passive", "suicide_self_harm", "urgent", "Not waking up, or not being alive, given as what would help"),
         ("not|never waking_up|wake_up|waking|to_wake_up would|again|at_all|ever|anymore",
          "not|never waking_up|wake_up $",
          "going_to_sleep|go_to_sleep|sleep ~ and ~ staying|stay ~ there|asleep",
          "not|no|never ~ being|be ~ here ~ at_all",
          "not|never alive|be_alive|being_alive",
          "one_way_ticket ~~ off|out ~ this|of ~ planet|world|life"),
         ("what|wat ~~ improve|better|help|looking_forward|make|change",
          "best|only ~ help|thing|improvement",
          "suggestions|suggestion|survey|asks|asked|question"),
         ("bin|bins|lorry|alarm|early|5am|6am|neighbours|noise|baby|in_the_night|at_night|lie_in",)),
    # a child, and marks hidden since a new adult
    Pair(_pair_concept("children", "children", "concern", "A child hiding marks or flinching since a new adult came"),
         ("long_sleeves|jumper|hoodie|cardigan ~~ july|august|june|summer|the_heat|heatwave|the_heatwave|hot_weather|30_degrees",
          "black_eye|bruises|bruised ~~ three_times|twice|again|since|clumsy",
          "flinches|flinch|flinching|cowers|cowering"),
         ("stepdad|step_dad|stepfather|boyfriend|new_partner|new_man|mums_boyfriend|her_mums_boyfriend|his_mums_boyfriend|discipline|strict|firm|moved_in",),
         ("eczema|psoriasis|sunburn|sun_cream|allergy|allergic|school_uniform|uniform",)),
    # a means or place tonight, and a goodbye in the next sentence ("🌉 tonight. sorry everyone")
    Pair(_pair_concept("suicide_plan", "suicide_self_harm", "urgent", "A means or place tonight, and a goodbye"),
         (f"{MEANS} ~~ {WHEN}", f"{MEANS} .. down"),
         (FAREWELL,),
         ("walk|walks|walking|trip|visit|party|fireworks|lights|photos|concert|see_you|see_ya|cya",)),
    # a carer with no break, and "which of us" first
    Pair(_pair_concept("carer_breakdown", "carer_breakdown", "concern", "A carer with no break, waiting to see which of them gives out first"),
         (
            "which|who|whose ~ of_us|heart ~~ goes|go|gives_out|give_out|cracks|crack|breaks|dies|drops|collapses|ends_up_in_hospital|keels_over|goes_under",
            "race_is_on|see|bets_on ~ who|whose ~~ ends_up_in_hospital|in_hospital|in_a_box|goes_first|gives_out_first|cracks_first",
        ),
         (f"{CARING} ~ {CUT_OFF}", f"{CUT_OFF} ~ {CARING}"),
         ("boiler|fence|jigsaw|telegram|race_night|quiz|needed_it_more|went_ahead|knees",)),
    # letters for the children, and affairs in order or where the key is
    Pair(_pair_concept("suicide_goodbye", "suicide_self_harm", "urgent", "Letters written for the family, with affairs in order or the key left"),
         (f"written|wrote|write|writing|left|leave|made|ysgrifennu|gadael ~~ {LETTERS} ~~ {KIDS_FAMILY}",
          f"{LETTERS} ~~ for|to|ir|i ~~ {KIDS_FAMILY}",
          "written|wrote|ysgrifennu ~ to ~ each|all ~ of ~ the|my ~ children|kids|family"),
         (IN_ORDER, KEY_LEFT, "made_my_peace|said_goodbye|deud_ffarwel|dweud_ffarwel|ffarwel", "wont|will_not|fydd_dim ~~ need|angen ~~ appointment|apwyntiad"),
         (MOVING,)),
    # an older man giving a child presents
    Pair(_pair_concept("children", "children", "concern", "A child of fifteen or under given presents by an older man"),
         (f"{STRANGER} ~~ {GIVES} ~~ {GIFTS}", f"{GIFTS} ~~ from|gan ~~ {STRANGER}", f"{GIVES} ~~ {GIFTS} ~~ from|gan|by ~~ {STRANGER}"),
         (AGED, AGED_AS, SECRECY),
         ("birthday|christmas|pen_blwydd|nadolig|her_dad|his_dad|her_uncle|his_uncle|grandad|taid|nain|auntie|aunt",)),
    # the abuser home, and the resident behind a locked door asking for someone to come
    Pair(_pair_concept("domestic_hiding", "domestic", "urgent", "Behind a locked door as a partner comes home, asking for someone to come"),
         ("locked|hiding|hidden ~~ send_someone|please_send|send_help|send_the_police|call_the_police|police|999|come_quick",),
         ("hes|shes|he_is|she_is|he|she ~ home|back|here|in|outside|coming ~~ early|drunk|again|now|angry|mad",),
         ("locksmith|key|keys|locked_out|lock_fitted|new_lock|handle|latch",)),
    # a card gone, and a relative who has it
    Pair(_pair_concept("financial", "financial", "concern", "A bank card or money gone, and a relative or helper who has it"),
         ("card|bank_card|money|pension|savings|account ~~ gone|taken|taken_out|missing|emptied|nothing_left|going|keeps_going",),
         (f"{INJURER}|fella|new_fella|bloke|friend ~ has|got|took|taken|keeps|holds ~ it|my_card|my|card|the_card",),
         ("set_up|setting_up|helped|helps_me|sorted|found_it|found|cancelled|fraud_team|the_bank_sorted",)),
)
WRY_PAIR_CONCEPTS: tuple[Concept, ...] = tuple(pair.concept for pair in WRY_PAIRS)

# Said after the trouble, in the same sentence: it was a mistake, or it is over now.
WRY_RESOLVED: list[str] = [
    "turns_out|turned_out|it_was|was ~~ wrong|mistake|error|mix_up ~~ site|address|flat|house|door|tenant|person|pitch|system|letter|name|property|block|number|account|records",
    "meant|addressed|sent ~ for|to ~ the|a|someone|another|next|number ~~ upstairs|downstairs|next_door|else|neighbour|wrong|other",
    "found|ruled|decided in ~ our|my|her|his|their ~ favour",
    "got|have|found ~ my|our|a ~ own|new ~ flat|place|home|house|tenancy|room ~~ now",
    "im|were|i_am|we_are ~ in ~ the|a|my|our ~ hostel|flat|refuge|shelter ~ now",
]

WRY_IDIOMS: list[str] = [
    # a second-language hyperbole about a wait or a form ("it want to kill me")
    "it|this|that|which ~ want|wants|wanted|going|go|trying|try|make|makes|will ~ to|me ~ kill|killing|murder|die|finish ~ me|us",
    "it|this|that|which ~ make|makes ~ me ~ die|dying",
    # "wouldn't hurt a fly", and being afraid of a pet
    "wouldnt|would_not|wont|never|couldnt|doesnt ~ hurt|harm ~ a ~ fly|flea",
    f"{{fear}} ~ of ~ the|our|my|their|his|her|next_doors|a ~ {PET}",
    # "it's a nuisance" is never oneself a burden, nor is a thing
    "its|it_is|thats|that_is|which_is|whats|what ~ a|an|such_a|bit_of_a|right_a|real ~ nuisance|pain|burden",
    "strike|noise|parking|traffic|queue|smell|damp|leak|mould|alarm|fault|road|roadworks|weather|wait|waiting|scaffolding|pigeons|foxes|seagulls ~ is|was|are|were|has_been ~ a|an|such_a|bit_of_a|real ~ nuisance|pain",
    # money well spent
    "money|pounds|quid|cash well_spent|worth_it|worth_every_penny",
    # the resident called "abusive" or "aggressive" by staff
    "apparently|said|says|saying|told|accused|called|calling|claimed|claims|reckoned|reckons ~ i_was|im|i_am|me|that_i_was|i_had_been|id_been ~~ abusive|aggressive|threatening|rude",
    # the card game, never a bridge as a place
    "bridge club|night|game|drive|four|party|evening|tournament|lesson|lessons|partner",
    "play|plays|playing|played ~ bridge",
    # the weather outside, never a home without heat
    "freezing|baltic|bitter|perishing|bitterly_cold|cold ~ out|outside|out_there|out_today|outdoors|out_this_morning",
    # a relapse told as history
    "relapsed|relapse|relapsing ~ years_ago|a_long_time_ago|long_ago|ages_ago|in_20*|in_19*|back_in",
]

WRY_GUARDS: list[str] = [
    # cold outside with nowhere to go is a crisis, never the weather
    "freezing|baltic|bitter|perishing|cold ~~ sleeping|slept|kipping|nowhere|homeless|rough|street|streets|bench|doorway|tent|car|no_heating|no_gas|locked_out",
    # "out" of a meter, gas or oil that ran out is no weather ("freezing, the meter ran out")
    "meter|gas|electric|electricity|oil|credit|money|food|coal|logs|top_up|emergency_credit .. ran|run|runs|running|gone out",
    # being made to feel afraid of a person who set a pet on one
    "set|sets|setting ~ the|his|her|their ~ dog|dogs ~ on",
]
# fmt: on
