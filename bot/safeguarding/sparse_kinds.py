"""Disclosures told sparely: a few words, fragments, a softened account, a worker's "favour".

Round 10. Set N showed the screen missing disclosures that carry the harm in very few or very
plain words. Each kind is written by its structure, with its everyday look-alikes tried in
tests/safeguarding/test_sparse_kinds.py:

- a need with nobody to meet it for a time, said in three words ("no carer 4 days"; never "no
  carer needed now", "no bins 4 days");
- a home or a person that locks residents or the speaker in ("the home locks us in"; never
  "locked in the car park", "locks broken");
- a goodbye with thanks for trying (urgent; never "thanks for trying, got it sorted");
- cannot go home because a parent or partner there is drunk or violent (never "can't go home
  till the boiler's fixed");
- an injury owed to a person by "from" ("a bruise on my cheek from my grandson"; never "a
  bruise from the fall");
- a person left on a commode, toilet or in a wet pad for a long time (never "they left the
  commode in the hall");
- personal care given cold or rushed so the person cries, teeth or hair not done for weeks;
- a support worker, carer or driver asking a young or vulnerable person for pictures of
  themselves, for secrets or to meet alone (never "the photographer asked for pics of the
  garden");
- someone unknown getting into the resident's bed at night, and being told one dreamt it (being
  disbelieved is itself a cue);
- unwanted touching told softly ("a bit handsy") with someone who is confused.

Softeners ("mustn't grumble", "he didn't mean it", "they do their best", "probably nothing") are
MINIMISERS: a message that has one is never read as resolved, because a softened harm is still a
harm (rules.py); nor is one that says the resident is disbelieved or that it has happened before
(NOT_OVER): "Frank died years ago" dates Frank's death, not the harm. Fragmented speech (after a stroke, in a hurry) is read again with its fragments
joined (rules.py `telegraphic`). Welsh forms for each kind.
"""

# ruff: noqa: E501  (a pattern reads best on one line, however long)
from __future__ import annotations

from bot.safeguarding.concepts import Concept
from bot.safeguarding.told_kinds import Pair


def _c(name, category, severity, reason, *patterns, negatable=True, resolvable=True) -> Concept:
    return Concept(name, category, severity, reason, patterns, negatable, resolvable)


def _pair_concept(name: str, category: str, severity: str, reason: str) -> Concept:
    return Concept(name, category, severity, reason, ())


# A need someone else meets, said as a noun ("no carer", "no meds").
NEED = "carer|carers|care|careworker|care_worker|care_call|care_calls|visit|visits|meds|medication|medicine|tablets|pills|insulin|food|meals|meal|dinner|wash|shower|help|gofalwr|gofalwyr|bwyd|tabledi|moddion"
SPAN = "days|day|weeks|week|nights|since|dyddiau|diwrnod|wythnos|ers"
LOCKER = (
    "home|care_home|the_home|staff|carers|carer|nurses|ward|unit|manager|they|theyre|cartref|staff_nhw|nhw"
)
KEEPER = "he|hes|she|shes|husband|wife|partner|boyfriend|son|daughter|dad|mum|stepdad|ex|brother|sister|grandson|gwr|mab|merch"
LOCK = "lock|locks|locked|locking|lockin|bolt|bolts|bolted|cloi|clo"
SHUT_IN = "us|me|her|him|them|mum|mam|dad|nan|gran|residents|the_residents|patients|people|everyone|ni|fi|nhw"
INJURY = "bruise|bruises|bruising|black_eye|shiner|fat_lip|split_lip|cut|cuts|marks|mark|swelling|burn|burns|clais|cleisiau"
INJURER = "grandson|granddaughter|son|daughter|husband|hubby|wife|partner|boyfriend|girlfriend|fella|ex|brother|sister|stepdad|stepmum|dad|mum|nephew|niece|carer|carers|lodger|neighbour|landlord|mab|merch|wyr|gwr"
WAITED = "an_hour|hour|hours|ages|all_morning|all_afternoon|all_night|all_day|half_an_hour|forty_minutes|45_minutes|40_minutes|ninety_minutes|2_hours|awr|oriau|am_oriau"
POTTY = "commode|the_commode|toilet|the_toilet|loo|the_loo|bedpan|a_bedpan|wet_pad|a_wet_pad|soiled_pad|wet_bed|a_wet_bed|own_mess|my_own_mess|her_own_mess|his_own_mess|comod|comôd|toiled|pad_gwlyb"
CARERS = "carers|carer|staff|nurses|girls|they|care_workers|care_staff|gofalwyr|nhw"
PERSON_CARED = "her|him|me|mum|mam|dad|nan|gran|grandmother|grandfather|my_mother|my_father|residents|the_residents|them|patients|fi|hi|fo"
WASH = "wash|washes|washed|washing|bath|baths|bathe|bathes|bathed|shower|showers|showered|change|changes|changed|dress|dresses|dressed|golchi|ymolchi"
ROUGH = "cold_water|freezing_water|cold|very_fast|so_fast|too_fast|fast|quick|quickly|rushed|rush|rough|roughly|in_5_minutes|5_minutes|five_minutes|2_minutes|two_minutes|3_minutes|dwr_oer|yn_gyflym|ar_frys"
DISTRESS = "crying|cries|cried|screaming|screams|screamed|shaking|shivering|upset|distressed|in_pain|hurts|hurt|scared|frightened|no_time|not_enough_time|dont_have_time|dim_amser|crio|sgrechian"
GROOMING = "teeth|dentures|mouth|hair|nails|toenails|finger_nails|dannedd|gwallt|ewinedd"
NOT_DONE = "not|never|havent_been|hasnt_been|isnt|arent|werent|wasnt|not_been|ddim|heb_eu|heb_ei"
DONE = "cleaned|brushed|washed|combed|seen_to|glanhau|brwsio|golchi"  # never "cut" or "done": a barber's
SPAN_LONG = "weeks|a_week|week|months|a_month|fortnight|days|wythnosau|wythnos|misoedd|dyddiau"
WORKER = "support_worker|support_workers|worker|carer|care_worker|key_worker|keyworker|youth_worker|social_worker|pa|personal_assistant|driver|taxi_driver|bus_driver|escort|mentor|tutor|coach|teacher|volunteer|befriender|care_assistant|night_staff|staff_member|gweithiwr|gweithiwr_cymorth|gofalwr|gyrrwr|athro"
ASKS = "ask|asks|asked|asking|wants|wanted|keeps_asking|kept_asking|told_me|tells_me|tell_me|gets_me|got_me|makes_me|made_me|begged|gofyn|gofynnodd|isio|eisiau|moyn"
SEND = "send|sending|sent|take|taking|share|anfon|yrru|gyrru|tynnu"
PICS = "pics|pictures|photos|photo|picture|pic|selfies|selfie|snaps|nudes|videos|lluniau|llun"
OF_ME = "of_me|of_myself|of_yourself|of_you|in_my|in_your|in_bed|in_the_bath|in_the_shower|with_no|without_my|o_fi|ohona_i"
STRANGER = "someone|somebody|a_man|a_stranger|strange_man|another_resident|a_resident|one_of_the_residents|one_of_the_men|a_patient|another_patient|a_man_from|man_from|rhywun|dyn|dyn_dieithr"
INTO_BED = "bed|my_bed|the_bed|bed_with_me|beside_me|next_to_me|gwely|ngwely|y_gwely"
DISBELIEF = "dreamt|dreamed|dreaming|dreamt_it|dreamed_it|imagined|imagining|made_it_up|making_it_up|making_things_up|confused|mixed_up|muddled|breuddwydio|dychmygu"
HANDSY = "handsy|touchy_feely|wandering_hands|grabby|gropey|gropes|groping|groped|feels_up|feeling_up|touches_up|touching_up"
VULNERABLE = "confused|dementia|doesnt_know|dont_know|didnt_know|cant_say_no|cant_speak|learning_disability|vulnerable|frail|dryslyd|ddryslyd"

# fmt: off
SPARSE_CONCEPTS: tuple[Concept, ...] = (
    _c("care_not_given", "neglect", "concern", "A care need nobody has met for days",
       # "4" is read as "for" (texting), so "no carer 4 days" is "no carer for days"
       f"no|without|dim|heb|nae {NEED} for|in|ers|since .. {SPAN}",
       f"no|without|dim|heb|nae {NEED} 1|2|3|5|6|7|8|9|10|one|two|three|four|five|six|seven|ten|few|couple|un|dau|tri|tair|pedwar|pump .. {SPAN}",
       f"no|without|dim|heb|nae {NEED} since|ers monday|tuesday|wednesday|thursday|friday|saturday|sunday|last_week|the_weekend|dydd_llun|dydd_gwener",
       f"{GROOMING} ~ {NOT_DONE} ~ {DONE} ~ for|in|ers ~ {SPAN_LONG}",
       f"{GROOMING} ~ {NOT_DONE} ~ {DONE} ~ for|in|ers ~ 1|2|3|4|5|6|two|three|four|several|many ~ {SPAN_LONG}",
       f"{GROOMING} ~ {NOT_DONE} ~ {DONE} ~ ages|so_long|a_long_time",
       # "2 weeks" is read as "to weeks" (texting)
       f"{GROOMING} ~ {NOT_DONE} ~ {DONE} ~ {SPAN_LONG}",
       "her|his|mams|mums|dads|nans|grans|mam|mum|dad|nan|gran|gwallt hair|gwallt ~ matted|crawling|lice|nits|unwashed|caked"),
    _c("fallen", "crisis", "urgent", "Fallen and unable to get up, told in fragments",
       "fell|fallen|fall|floor|cwympo|llawr ~ cant|cannot|couldnt|unable|methu up|codi $"),
    _c("abuse", "physical", "concern", "A blow played down as small",
       "only|just|little|odd|the_odd|occasional|bit_of_a|a_bit_of_a slap|slaps|smack|smacks|thump|thumps|punch|punches|shove|shoves|backhander|clip_round_the_ear|wallop|whack|clatter|belt ~ now_and_then|when_he|when_she|when_hes|when_shes|he|she|hes|shes|him|her|off_him|off_her|from_him|from_her|from_my"),
    _c("organisational", "organisational", "concern", "Residents locked in by a care setting",
       f"{LOCKER} ~ {LOCK} ~ {SHUT_IN} in|inside|up|away|indoors $",
       f"{LOCKER} ~ {LOCK} ~ {SHUT_IN} in|inside|up|away|indoors ~ all_day|all_night|at_night|every_night|every_day|rooms|room|bedroom|bedrooms|nos|bob_nos"),
    _c("domestic_control", "domestic", "concern", "Locked in by a partner or family member",
       f"{KEEPER} ~ {LOCK} ~ us|me|fi|ni in|inside|up|indoors $",
       f"{KEEPER} ~ {LOCK} ~ us|me|fi|ni in|inside|up|indoors ~ all_day|all_night|at_night|when|while|whilst|room|bedroom|house|flat"),
    _c("abuse", "physical", "concern", "An injury owed to a family member or someone close",
       f"{INJURY} ~ from|off|off_of my|our|his|her|me .. {INJURER} $",
       f"{INJURY} ~ from|off|off_of my|our|his|her|me .. {INJURER} ~ he|she|they|hes|shes|didnt|when|again|temper|cos|because|wasnt|gets|always"),
    _c("organisational", "organisational", "concern", "Left on a commode, toilet or in a wet pad for a long time",
       f"left|leave|leaves|leaving|kept|keep|keeps|forgot_me|forgotten|forgot_her|forgot_him|gadael|gadawyd ~ on|in|ar|mewn {POTTY} ~~ {WAITED}",
       f"{WAITED} ~~ left|leave|leaves|leaving|kept|gadael|gadawyd ~ on|in|ar|mewn {POTTY}"),
    _c("organisational", "organisational", "concern", "Personal care given with cold water",
       f"{CARERS} ~~ {WASH} ~ {PERSON_CARED} ~~ cold_water|freezing_water|dwr_oer|in_cold|with_cold"),
    _c("sexual", "sexual", "concern", "A worker asking a young or vulnerable person for pictures, secrets or to meet alone",
       f"{WORKER} ~~ {ASKS} ~~ {SEND} ~ {PICS} $",
       f"{WORKER} ~~ {ASKS} ~~ {PICS} $",
       f"{WORKER} ~~ {ASKS} ~~ {PICS} ~ {OF_ME}",
       f"{WORKER} ~~ {ASKS} ~~ {PICS} ~~ care_plan|careplan|support_plan|my_plan|our_secret|secret|dont_tell|between_us|delete|cynllun_gofal",
       f"{PICS} ~~ {WORKER} ~~ care_plan|careplan|our_secret|secret|dont_tell|between_us|cynllun_gofal",
       f"{WORKER} ~~ our|little|special|between_us|a_secret|keep_it|keep_this ~ secret|secrets|cyfrinach",
       f"{WORKER} ~~ not_to|dont|mustnt|never|shouldnt|paid_a|peidio tell|say|deud|dweud ~ mum|my_mum|your_mum|dad|my_dad|anyone|anybody|my_parents|your_parents|the_office|staff|the_manager|my_social_worker|neb|mam",
       f"{WORKER} ~~ {ASKS} ~~ meet|meet_up|come_round|come_over|stay_over|sleep_over|go_to_his|go_to_her|cwrdd ~~ alone|on_my_own|on_our_own|just_us|just_the_two_of_us|without_mum|without_anyone|his_flat|his_place|his_house|her_place|off_shift|after_work|ar_ben_fy_hun"),
    _c("sexual", "sexual", "concern", "Someone unknown getting into the resident's bed",
       f"{STRANGER} ~ came|come|comes|got|gets|climbed|climbs|getting|coming|crawled|daeth|dod ~ into|in_to|in|i|ir ~ {INTO_BED}",
       f"{STRANGER} ~ came|come|comes|got|gets|climbed|climbs|getting|coming|crawled|daeth|dod ~ into|in_to|in|i|ir ~ my_room|my_bedroom|the_room|room|stafell|ystafell ~~ {INTO_BED}"),
    _c("sexual", "sexual", "concern", "Unwanted touching told softly, with someone who cannot consent",
       f"{HANDSY} ~~ {VULNERABLE}", f"{VULNERABLE} ~~ {HANDSY}",
       f"{HANDSY} ~ with|on ~ me|her|the_ladies|ladies|the_women|women|the_girls|girls|residents|the_residents|patients"),
)

SPARSE_PAIRS: tuple[Pair, ...] = (
    Pair(_pair_concept("suicide_means", "suicide_self_harm", "urgent", "A last goodbye with an apology"),
         ("this_is_goodbye|goodbye_forever|bye_forever|bye_for_good|goodbye_for_good|final_goodbye|my_last_message|last_message|dyma_ffarwel $",),
         ("sorry|im_sorry|so_sorry|sori|forgive_me|maddeuwch_i_mi $",),
         ("moving|move|moved|retiring|retire|new_job|holiday|spain|abroad|symud",)),
    Pair(_pair_concept("suicide_means", "suicide_self_harm", "urgent", "A goodbye with thanks for trying"),
         ("goodbye|goodbyes|farewell|bye_for_now|bye_everyone|bye_all|bye_for_good|bye_forever|this_is_goodbye|hwyl_fawr|ffarwel|ta_ra|tara|so_long $",
          "goodbye|farewell|hwyl_fawr|ffarwel everyone|all|world|folks|pawb $",
          "bye|byee|tara $"),
         ("thanks|thank_you|thankyou|ty|cheers|diolch for|am trying|everything_you_tried|all_you_tried|drio|trio|geisio|ceisio $",
          "thanks|thank_you|thankyou|ty|cheers|diolch for|am trying|drio|trio|trying_anyway $",
          "sorry|sori ~ for_everything|am_bopeth|for_being_a_burden $",
          "tell ~ i_love_them|i_love_her|i_love_him|that_i_love|i_loved|love_you_all",
          "i_love_you_all|love_you_all|love_yous_all|caru_chi_gyd $"),
         ("sorted|fixed|resolved|see_you|speak_soon|talk_soon|next_time|tomorrow|till|until|later|have_a_nice|have_a_good|wela_i_chi|tan_tro_nesa",)),
    Pair(_pair_concept("children", "children", "concern", "Cannot go home because a parent there is drunk or violent"),
         ("cant|cannot|dont_want_to|scared_to|afraid_to|frightened_to|too_scared_to|wont|not_going|darent|dare_not|methu|ddim_isio|ofn ~ go|get|going|mynd ~ home|back_home|adre|adref $",
          "cant|cannot|dont_want_to|scared_to|afraid_to|frightened_to|too_scared_to|wont|not_going|darent|dare_not|methu|ddim_isio|ofn ~ go|get|going|mynd ~ home|back_home|adre|adref ~ cos|because|as|coz|achos|mum|mums|mams|dad|dads|stepdad|stepdads|mam|hes|shes|theyre"),
         ("mum|mums|mam|mams|dad|dads|stepdad|stepdads|stepmum|mother|father|hes|shes|he|she|theyre|they|parents|nhad|fam|mam ~ drunk|pissed|wasted|been_drinking|drinking|on_the_drink|on_the_beer|off_his_face|off_her_face|off_his_head|off_her_head|high|smashed|hammered|out_of_it|steaming|kicking_off|raging|on_one|meddw|wedi_meddwi|chwil",),
         ("till|until|til|tan ~ boiler|heating|fixed|repaired|sorted|engineer|keys|key|lift|locksmith|water|power|electric",
          "locked_out|lost_my_keys|lost_my_key|no_keys|party|pub|wedding|do|lol|haha")),
    Pair(_pair_concept("sexual", "sexual", "concern", "Someone in the resident's room at night, and the resident told they dreamt it"),
         (f"{STRANGER}|a_man|he|she ~ came|come|comes|coming|got|gets|getting|was|were|been|daeth|dod ~ into|in|in_to|i|ir ~ my_room|my_bedroom|the_room|my_bed|room|bedroom|stafell|ystafell|gwely",),
         (f"they|staff|the_girls|girls|the_nurses|nurses|carers|the_carers|my_son|my_daughter|everyone|nhw ~ say|says|said|think|thinks|thought|tell_me|told_me|keep_saying|dweud ~ i|im|id|ive|mod|fi ~ {DISBELIEF}",
          "nobody|noone|no_one|neb ~ believes|believed|believe|listens|listened|credu ~ me|fi"),
         ("nurse|nurses|night_staff|carer|checked|checking|obs|observations|tablets|turn_me|turned_me|my_husband|my_wife|grandson|granddaughter|the_cat|the_dog",)),
    Pair(_pair_concept("organisational", "organisational", "concern", "Personal care rushed or rough so the person is distressed"),
         (f"{CARERS} ~~ {WASH} ~ {PERSON_CARED} ~~ {ROUGH}", f"{CARERS} ~~ {ROUGH} ~~ {WASH} ~ {PERSON_CARED}",
          f"{CARERS} ~~ rush|rushes|rushed|rushing|hurry|hurries|hurried ~ {PERSON_CARED}|{WASH}|personal_care|her_care|his_care"),
         (DISTRESS,),
         ("likes_it|likes_that|prefers|she_likes|he_likes|asked_for|at_her_request|at_his_request",)),
)
# fmt: on
SPARSE_PAIR_CONCEPTS: tuple[Concept, ...] = tuple(pair.concept for pair in SPARSE_PAIRS)

# A softener that plays a harm down: never a resolution (rules.py vetoes resolution where one is).
MINIMISERS = [
    "mustnt|musnt|cant|shouldnt grumble|complain|moan",
    "didnt|doesnt|dont|never mean|meant it|to",
    "im|i_am|i_expect|expect|probably|maybe|perhaps ~ old_fashioned|over_reacting|overreacting|being_silly|making_a_fuss|making_a_fuss_over_nothing|being_daft|too_sensitive",
    "probably|its_probably|prob|probs|likely nothing|fine|me",
    "they|she|he|staff|the_girls|carers do|try their|his|her|our best",
    "run|rushed off their|her|his feet",
    "dont|do_not|didnt|wont want to|2 make|cause a fuss|trouble|a_scene|a_problem",
    "not|no|isnt|wasnt a big|a_big|any|a deal",
    "its|it_is|thats|that_is only|just his|her|their way|temper|nature",
    "gets in a temper|mood|state",
    "they|theyre|were|its|it_is|everyone|everybody|theyve very|so|too|really busy|short_staffed|short|stretched",
    "peidio cwyno|ffwdanu",
    "probably|maybe|prob|perhaps ~ my_fault|my_own_fault|deserved_it|asked_for_it|deserve_it",
    "dont|didnt|never like|want to bother|trouble ~ you|anyone|anybody|them",
    "i know|realise ~ theyre|they_are|youre|everyone_is ~ busy|stretched|short_staffed|run_off",
    "its|thats|it_was nothing really|nothing_much|nothing_serious",
    "ddim yn ei feddwl|meddwl|feddwl",
]

# Said of a harm that is not over: the resident is disbelieved, or it has happened before.
NOT_OVER = [
    f"they|staff|the_girls|girls|the_nurses|nurses|carers|the_carers|my_son|my_daughter|everyone|nhw ~ say|says|said|think|thinks|thought|tell_me|told_me|keep_saying|dweud ~ i|im|id|ive|mod|fi ~ {DISBELIEF}",
    "nobody|noone|no_one|neb ~ believes|believed|believe|credu ~ me|fi",
    "happened|happens|happening|done_it|did_it before|more_than_once|lots_of_times|every_night|digwydd_o_blaen",
    # "I said no" is a refusal, never the end of it when he went on
    "said no ~ but|and_now|still|anyway|didnt_listen|didnt_stop|kept_going|carried_on|off_with_me|sulking|angry",
]
