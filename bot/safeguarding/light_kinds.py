"""Disclosures told lightly: as a joke, buried in a cheerful run-on, beside swearing, in words of faith.

Round 11. Set O showed the screen missing harms that the telling makes sound trivial. Each kind is
written by its structure, with its everyday look-alikes tried in tests/safeguarding/test_light_kinds.py:

- a joke: laughter ("lol", "ha", "got to laugh") never cancels a literal harm to a person, and scare
  quotes around an excuse word ("walked into", "forgot", "accidentally", "boyfriend") are themselves
  a cue that the excuse is not believed. `mark_scare_quotes` puts the word `scarequote` before a
  quoted excuse (screen only), so a pattern can ask for it; quotes round any other word ("the
  'quick' repair") are left as they were;
- a run-on: praise, then "and also / random but / I keep meaning to say / the main thing is" a
  harm, then "anyway … lovely". `split_run_on` ends a clause at those turns (screen only), so the
  harm clause is read on its own and the closing praise is never its resolution;
- swearing as praise or emphasis ("f***ing brilliant", "shithole") is neither the harm nor an
  idiom; slurs written on a home or called at a person are discriminatory;
- faith: wanting to die said as going home to God, meeting one's maker, asking God to take one,
  God having forgotten one (several faiths, and Welsh). "God willing", "blessed", "praying for the
  team" are gratitude;
- a Welsh learner's simple forms ("dw i ddim isio byw"), a carer's formal letter ("I can no longer
  safely care for my wife", "I fear an accident").

LIGHT_IDIOMS are the other side, ordinary remarks set aside by their frame (set O's rule false
alarms, by kind): a pet "trying to kill me", children "beating seven bells out of each other", a
blue badge "abused", a worker "given abuse" at a desk, waiting in for a repair "nobody's come",
karate "breaking boards", Welsh passive "ddim yn cael eu casglu", a blind resident who "did not
see" a letter, pest control with the rats, "no meds needed".
"""

# ruff: noqa: E501  (a pattern reads best on one line, however long)
from __future__ import annotations

import re

from bot.safeguarding.concepts import Concept
from bot.safeguarding.sparse_kinds import INJURER, INJURY, POTTY
from bot.safeguarding.told_kinds import Pair


def _c(name, category, severity, reason, *patterns, negatable=True, resolvable=True) -> Concept:
    return Concept(name, category, severity, reason, patterns, negatable, resolvable)


def _pair_concept(name: str, category: str, severity: str, reason: str) -> Concept:
    return Concept(name, category, severity, reason, ())


# --- scare quotes -------------------------------------------------------------------------------
# Words residents put in quotes when they do not believe the excuse or the title.
EXCUSES = (
    "walked into|walked into a door|walked into the door|fell|fell over|fell down|fell down the stairs|"
    "tripped|slipped|bumped into|clumsy|an accident|accident|accidentally|accidental|by accident|"
    "forgot|forgotten|lost|misplaced|boyfriend|girlfriend|fiance|fiancé|fiancee|friend|new friend|"
    "partner|uncle|borrowed|borrowing|lent|a loan|loan|gift|present|banter|a joke|joke|tickling|"
    "cuddle|cuddles|massage|games|game|looking after|helping|help|discipline|just playing|playing"
)
_QUOTED = re.compile(
    r"""(?:"|\u201c|\u201d|(?<![\w])'|\u2018|\u2019)\s*("""
    + EXCUSES
    + r""")\s*(?:"|\u201c|\u201d|'(?![\w])|\u2019)""",
    re.IGNORECASE,
)
SCARE = "scarequote"


def mark_scare_quotes(text: str) -> str:
    """`text` with `scarequote` before a quoted excuse word ("walked into" -> scarequote walked into)."""
    if '"' not in text and "'" not in text and "\u201c" not in text and "\u2018" not in text:
        return text  # most messages: nothing quoted
    return _QUOTED.sub(lambda m: f" {SCARE} {m.group(1)} ", text)


# A divine "Him" or "Thee" written with a capital inside a sentence ("go home to Him").
_DIVINE = re.compile(r"(?<=[a-z,] )(?:Him|Thee)\b")


def mark_divine(text: str) -> str:
    return _DIVINE.sub("god", text) if "Him" in text or "Thee" in text else text


# --- run-ons ------------------------------------------------------------------------------------
# A turn in a run-on: what follows is a new matter, read on its own (rules.py puts a break there).
_TURNS = re.compile(
    r"(?<!\S)(?:and also|also random|random but|random q|i keep meaning to say|i keep forgetting to say|"
    r"meant to say|i meant to say|forgot to say|i forgot to say|the main thing is|main thing is|"
    r"while i remember|whilst i remember|oh and|on another note|by the way|btw|anyway|anyways|"
    r"side note|unrelated but|not related but)(?!\S)"
)


def split_run_on(words: str, brk: str) -> str:
    """Normalised `words` with a sentence break before each turn of a run-on."""
    return _TURNS.sub(lambda m: f"{brk} {m.group()}", words) if " " in words else words


# --- word families ------------------------------------------------------------------------------
PERSON = f"{INJURER}|him|her|he|she|hes|shes|other_half|my_other_half|hubby|fella|bloke|lodger|flatmate|stepdad|new_husband|new_partner"
BODY = "chest|breast|breasts|boobs|bum|bottom|backside|crotch|groin|thigh|thighs|leg|legs|privates|private_parts|bra|knickers|nipples|front|against_me|bronnau|pen_ol"
TOUCH = "brushing|brushes|brushed|brush|touching|touches|touched|touch|grabbing|grabs|grabbed|grab|rubbing|rubs|rubbed|groping|gropes|groped|feeling|feels|felt|pressing|presses|pressed|squeezing|squeezes|squeezed|stroking|strokes|stroked|patting|pats|patted"
CHILD = "daughter|son|kid|kids|baby|toddler|child|children|little_one|little_boy|little_girl|boy|girl|grandson|granddaughter|grandkids|twins|merch|mab|plentyn|plant|babi"
SLUR = "spastic|spaz|spazz|spacker|spakka|retard|retards|retarded|mong|mongs|paki|pakis|p_ki|pki|pak_i|nigger|niggers|n_word|wog|wogs|coon|coons|chink|chinks|gyppo|gypo|gyppos|pikey|pikeys|faggot|faggots|dyke|tranny|trannies|poof|poofs|cripple|raghead|ragheads|towelhead|kike|yid|yids|darkie|darkies|nonce"
DEFACE = "written|wrote|writes|writing|sprayed|spray|spraying|painted|scratched|scrawled|keyed|graffiti|graffitied|carved|daubed"
CALL = "call|calls|calling|called|shout|shouts|shouting|shouted|yell|yells|yelling|yelled|scream|screams|screaming|screamed|chant|chants|chanting|chanted|label|labelled"
TRAIT = "speech|stammer|stutter|wheelchair|chair|disability|walk|walking|limp|hearing_aid|hearing_aids|autism|learning_disability|skin|colour|religion|hijab|turban|scarf|accent_and_colour|stick|crutches|guide_dog|cane"
HARASSER = "lads|kids|boys|youths|teenagers|teens|neighbours|neighbour|gang|people|men|girls|yobs|they|some|bloke|man"
PUT = "put|puts|putting|threw|throws|throw|thrown|pushed|pushes|push|shoved|shoves|shove|slammed|slams|slam|smashed|smashes|smash|chucked|chucks|chuck|flung|hurled|rammed|banged|bangs"
HARD = "glass|glass_door|the_glass|door|the_door|window|the_window|wall|the_wall|table|the_table|patio_door|mirror|the_mirror|windscreen|banister|radiator"
MEDS = "blood_thinners|blood_thinner|thinners|anticoagulants|warfarin|apixaban|rivaroxaban|insulin|inhaler|antibiotics|epilepsy_meds|epilepsy_tablets|heart_tablets|heart_pills|parkinsons_meds|parkinsons_tablets|morphine|patches|pain_patch|seizure_meds|water_tablets|antipsychotics|depot|injection"
CARED = "my_wife|my_husband|my_mother|my_father|my_mum|my_mam|my_dad|my_son|my_daughter|my_partner|my_nan|my_gran|my_brother|my_sister|him|her|them|mum|dad|mam|wife|husband|mother|father"
GOD = "god|the_lord|lord|jesus|christ|allah|khuda|bhagwan|waheguru|the_almighty|almighty|my_saviour|saviour|my_maker|heaven|glory|the_father|duw|iesu|crist|arglwydd|yr_arglwydd"
WISH = "want|wants|wanted|wanting|want_to|like|id_like|would_like|ready|longing|long|wish|wishing|waiting|wait|pray|praying|prayed|ask|asking|asked|hope|hoping|time|its_time|prepared|cant_wait|yearning|eisiau|isio|moyn|barod"
PLEA = "pray|prays|praying|prayed|ask|asking|asked|beg|begging|begged|please|plead|pleading|beseech|gweddio|gofyn|plis"
CY_LIVE = "byw|fyw|bod_yma|bod_yn_fyw|deffro|ddeffro|cario_mlaen|cario_ymlaen"
CY_WANT = "isio|eisio|isie|eisie|eisiau|moyn|mo|angen|ishe|ishio"
SELFCARE = "washing|wash|eating|eat|bathing|bath|showering|shower|cooking|cook|getting_up|getting_dressed|dressing|bothering|changing|cleaning_myself|brushing_my_teeth|ymolchi|bwyta|codi"
CARE_WORD = "tablets|meds|medication|wash|breakfast|dinner|lunch|tea|personal_care|her_care|his_care|care|bath|shower|pads|pad|changed|dressed"
FEW = "1|2|3|4|5|6|7|8|9|10|one|two|three|four|five|six|seven|eight|nine|ten|a_few|couple_of|a_couple_of"
CARE_VISIT = "care_visits|care_visit|care_calls|care_call|visits|visit|calls|call|carers|carer|care|her_care|his_care|my_care|morning_call|night_call|bedtime_call|tea_call|lunch_call"
CONTROLLER = "he|she|hes|shes|husband|new_husband|partner|new_partner|boyfriend|girlfriend|wife|ex|stepdad|fella|hubby|bloke|man|gwr"
ALLOWED_TO = "see|visit|ring|phone|call|talk_to|speak_to|go_out|out|leave|leave_the_house|text|meet|have_friends|have_her_friends|have_money|have_her_own|go|gweld|ffonio|mynd"
MOCK = "take|takes|taking|took the_piss|the_mick|the_mickey|the_micky|mick|mickey|micky|a_rise|the_proverbial"
VULNERABLE = "autism|autistic|learning_disability|learning_disabilities|learning_difficulties|dementia|vulnerable|confused|downs|down_syndrome|mental_age|special_needs|asd|adhd|14|15|16|13|underage|under_age|a_child"
FILMS = "films|filming|filmed|film|records|recording|recorded|photographs|photographing|photographed|photos_of|pictures_of|pics_of|videos_of|videoing|videos"
FALLBACK_DOER = "he|she|they|hell|shell|theyll|he_will|she_will|they_will|hed|shed"
SHUT_OUT = "leave|dump|hit|hurt|kick|throw|chuck|kill|beat|batter|thump|smack|punch|slap|walk_out|kick_off|go_mad|lose_it"
CHILD_DANGER_PLACE = "window_ledge|ledge|windowsill|window_sill|sill|balcony|balcony_railing|railings|the_roof|roof|fire_escape|silff_ffenest|balconi"
HIGH_OR_ALONE = "floor|storey|stories|floors|high|up_high|noone|nobody|no_one|no_adult|no_adults|alone|on_their_own|on_his_own|on_her_own|answering|answer|999|llawr|neb"
PET = "cat|cats|dog|dogs|puppy|pup|pups|kitten|kittens|budgie|parrot|hamster|rabbit|pet|pets|moggy|pooch|staffie|spaniel|labrador|terrier|cath|ci|gath|gi"
KIDS = "kids|children|boys|girls|lads|grandkids|grandchildren|twins|brothers|sisters|siblings|the_kids|the_boys|the_girls|plant|bois"
SCRAP = "beating|beat|knocking|kicking|hitting|fighting|scrapping|thumping|battering|whacking|smacking|punching|killing|murdering|wrestling|clobbering|belting"
THING_ABUSED = "blue_badge|badge|badges|parking_permit|permit|permits|parking_bay|disabled_bay|disabled_bays|disabled_parking|parking_space|disabled_space|bay|bays|system|the_system|scheme|bus_pass|pass|privileges|hospitality|kindness|generosity|good_nature|trolleys|parking|car_park|recycling|bins|bin|phone_line|helpline|the_service|service|toilets|lift|wifi"
PUBLIC_WORKER = "girl|girls|lad|lads|lady|ladies|woman|women|man|men|bloke|staff|receptionist|receptionists|worker|workers|driver|bus_driver|drivers|guy|fella|security|officer|officers|nurse|nurses|cashier|girl_on_the_desk|lad_on_the_desk|counter_staff|poor_girl|poor_lad|poor_lady|poor_woman|poor_man|poor_bloke|poor_staff|poor_receptionist"
VERBAL = "abuse|grief|an_earful|earful|a_mouthful|mouthful|stick|verbal|verbals|dog_abuse|a_hard_time|hassle|lip|gyp|jip|a_bollocking|a_rollicking"
CY_PASSIVE = "casglu|trwsio|gwagio|clirio|glanhau|torri|codi|ateb|gwneud|talu|danfon|anfon|newid|symud|paentio|peintio|archwilio|cwblhau|prosesu|adnewyddu|gosod|darllen"

# fmt: off
LIGHT_CONCEPTS: tuple[Concept, ...] = (
    # --- faith: wanting to die said in words of faith (cannot pass: never resolved) -------------
    _c("suicide_passive", "suicide_self_harm", "urgent", "Wanting to die, said in words of faith",
       f"{WISH} ~~ go|going|come|be_called|be_taken|get_to_go home ~ to|unto|with ~ {GOD}",
       f"{WISH} ~ to|i ~ meet|see|face|gwrdd|gyfarfod|weld my|our|the|fy|a|ar maker|creator|lord|saviour|god|maker_soon|gwneuthurwr|nghreawdwr|creawdwr|arglwydd",
       f"{WISH} ~~ be_with|join|joining|rest_with|at_rest_with ~ {GOD}",
       f"{PLEA} ~~ {GOD} ~~ to|will|would|should|please|just|would_just|will_just take|takes|call|calls|bring|fetch|uthale|utha_le me home|soon|now|away|tonight|too|quickly|peacefully|in_my_sleep",
       f"{PLEA} ~~ {GOD} ~~ to|will|would|should|please|just|would_just|will_just take|takes|call|calls|bring|fetch|uthale|utha_le me $",
       f"{PLEA} ~~ {GOD}|him ~ take|call|bring|fetch me home|soon|now|away|tonight",
       f"{PLEA} ~~ not_to_wake_up|i_dont_wake_up|i_wont_wake_up|i_never_wake_up|never_wake_up|to_not_wake_up|na_fydda_i_ddim_yn_deffro",
       f"{GOD} ~ has|have|hath|seems_to_have|must_have|wedi ~ forgotten|forgot|abandoned|forsaken|given_up_on|left|anghofio|gadael ~ me|amdana_i|amdanaf|fi",
       f"{GOD} ~ take|call|fetch me home|soon|now|away|tonight $",
       "ready|barod ~ to|i ~ go|fynd|mynd ~ home|adref|adre|adra $",
       f"{WISH} ~~ mynd|fynd ~ adref|adre|adra ~ at|i ~ {GOD}",
       negatable=False, resolvable=False),
    # --- a Welsh learner's simple forms ---------------------------------------------------------
    _c("suicide_passive", "suicide_self_harm", "urgent", "Not wanting to live (Welsh)",
       f"ddim|dim|dwim|dwin_ddim {CY_WANT} {CY_LIVE}",
       f"{CY_WANT} marw|farw|lladd_fy_hun|ladd_fy_hun|lladd_fi_hun|gorffen_popeth",
       "dim|ddim pwynt|pwynt_i byw|fyw|bod_yma|mewn_byw|i_fyw",
       "fy|mae_fy bywyd|mywyd ~ dim|ddim|heb pwynt|werth",
       negatable=False, resolvable=False),
    # --- jokes: an excuse in scare quotes --------------------------------------------------------
    _c("domestic", "domestic", "concern", "An injury's excuse put in scare quotes (not believed)",
       f"{SCARE} walked_into|walked|fell|fell_over|fell_down|fell_down_the_stairs|tripped|slipped|bumped_into|clumsy|accident|an_accident|accidentally|accidental|by_accident|walked_into_a_door|walked_into_the_door ~~ by|off|from ~ my|his|her|the|our|{PERSON}",
       f"{INJURY}|black_eye|black_eyes|arm|wrist|eye|face|ribs|nose|door|wall ~~ {SCARE} walked_into|walked|fell|fell_over|fell_down|fell_down_the_stairs|tripped|slipped|bumped_into|clumsy|accident|an_accident|walked_into_a_door|walked_into_the_door",
       f"{PERSON}|says|said|told|tells ~~ {SCARE} walked_into|fell|fell_over|fell_down|fell_down_the_stairs|tripped|slipped|bumped_into|accident|an_accident|walked_into_a_door|walked_into_the_door ~~ {INJURY}|black_eye|black_eyes|arm|wrist|eye|face|ribs|nose|again|hospital|a_e|ae"),
    _c("sexual", "sexual", "concern", "Touching of the body excused as an accident",
       f"{SCARE} accidentally|accidental|by_accident|accident ~ {TOUCH} ~~ {BODY}",
       f"keeps|kept|always|every_time|each_time ~ accidentally|by_accident ~ {TOUCH} ~~ {BODY}"),
    _c("children", "children", "concern", "A child 'forgotten' or 'lost' by a parent",
       f"{PERSON}|dad|mum|father|mother|ex|my_ex ~ {SCARE} forgot|forgotten|lost|misplaced ~ our|my|his|her|the|their ~ {CHILD}",
       f"forgot|forgotten|lost|left ~ our|my|his|her|the ~ {CHILD} ~~ for ~ {FEW}|several|hours ~ hours|hour|oriau|awr"),
    _c("financial", "financial", "concern", "Money to a 'partner' met online",
       f"{SCARE} boyfriend|girlfriend|fiance|fiancee|partner|friend|new_friend ~~ money|savings|pay_me_back|pay_back|paid|flight|flights|loan|lent|sent|transfer|bank|emergency|ticket|visa|gift_cards|vouchers|owes|customs|fees",
       f"money|savings|paid|flight|flights|loan|lent|sent|transfer|bank|emergency|ticket|visa|gift_cards|vouchers|owes|customs|fees ~~ {SCARE} boyfriend|girlfriend|fiance|fiancee|partner|friend|new_friend",
       "boyfriend|girlfriend|fiance|fiancee|man|woman|friend ~ from|off|on|i_met_on|met_on ~ the_internet|internet|online|facebook|a_dating_site|dating_app|tinder|instagram ~~ money|savings|pay_me_back|flight|flights|loan|lent|sent|transfer|emergency|ticket|visa|gift_cards|vouchers|customs|fees|thousand|grand"),
    _c("sexual", "sexual", "concern", "A vulnerable person filmed or controlled by a 'boyfriend'",
       f"{SCARE} boyfriend|girlfriend|friend|new_friend|uncle ~~ {FILMS} ~ her|him|me|them|us",
       f"{VULNERABLE} ~~ boyfriend|fella|man|bloke|friend|uncle ~~ {FILMS} her|him|them",
       f"{SCARE} boyfriend|girlfriend|friend|new_friend|uncle ~~ has_to|have_to|had_to|makes_her|makes_him|made_her ~ do ~ what|whatever|everything"),
    # --- harm beside swearing: slurs, mockery of a disability, a push out of a chair ----------------
    _c("discriminatory", "discriminatory", "concern", "A slur written on a home or called at a person",
       f"{DEFACE} ~~ {SLUR}", f"{SLUR} ~~ on|across ~ my|our|the|her|his ~ ramp|door|car|wall|walls|fence|house|van|window|gate|garage|shed|bins|bin|front_door|letterbox",
       f"{CALL} ~~ {SLUR}", f"{SLUR} ~ at|to ~ me|her|him|us|my|them"),
    _c("discriminatory", "discriminatory", "concern", "Mocked for a disability or who they are",
       f"{HARASSER} ~~ {MOCK} ~ out_of|out ~ my|her|his|our ~ {TRAIT}",
       f"{HARASSER} ~~ mock|mocks|mocking|mocked|laugh_at|laughs_at|laughing_at|laughed_at|imitate|imitates|imitating|copy|copies|copying ~ my|her|his|our ~ {TRAIT}"),
    _c("abuse", "physical", "concern", "Tipped out of a wheelchair or thrown through a door or window",
       "tipped|tip|tips|tipping|knocked|shoved|pushed|threw|chucked|flipped ~ me|her|him|mum|dad|my_son|my_daughter out|off ~~ chair|wheelchair|scooter|grass|floor|ground|pavement|road|bed|gutter",
       f"{PERSON}|they|someone|lads ~ {PUT} ~ me|her|him|my_head|her_head|his_head ~ through|into|against|down|thru ~ a|the|our|my|his|her ~ {HARD}",
       f"{PERSON}|they|someone|lads ~ {PUT} ~ me|her|him|my_head|her_head|his_head ~ through|thru ~ {HARD}"),
    _c("psychological", "psychological", "concern", "Harassment of a home: filth or missiles thrown in",
       "chuck|chucks|chucking|chucked|throw|throws|throwing|threw|thrown|put|puts|putting|shove|shoving|shoved|post|posting|posted|smear|smearing|smeared|tipping|tipped|leave|leaving|left ~ dog_shit|dog_muck|dog_poo|dog_mess|poo|shit|excrement|faeces|human_waste|piss|urine|eggs|bricks|stones|fireworks|rubbish_bags ~~ in|into|through|at|over|on ~ our|my|her|his ~ garden|letterbox|door|front_door|window|windows|house|car|doorstep|step|yard"),
    # --- run-ons and jokes read literally: danger, self-neglect, care not given ------------------
    _c("children", "children", "urgent", "A small child in danger at a height with no adult",
       f"{CHILD}|baby|toddler ~~ on|out_on|onto|climbing|hanging|sitting|standing ~ {CHILD_DANGER_PLACE}|their_window_ledge|the_window_ledge|the_balcony|the_ledge ~~ {HIGH_OR_ALONE}",
       f"{CHILD}|baby|toddler ~~ {CHILD_DANGER_PLACE}|their_window_ledge|the_window_ledge|the_balcony|the_ledge ~~ 1st|2nd|3rd|4th|5th|second|third|fourth|fifth|top ~ floor|storey"),
    _c("self_neglect", "self_neglect", "concern", "Stopped caring for oneself",
       f"no|whats_the|what_is_the|dim|not_much|no_real|little point .. {SELFCARE} $",
       f"no|whats_the|what_is_the|dim|not_much|no_real|little point .. {SELFCARE} ~ if|when|cos|because|as|since|now ~ nobody|noone|no_one|no1|im|i_live|i_never|neb",
       "i|ive|im|just|sort_of|kind_of|kinda|sorta stopped|given_up|quit|give_up bothering|trying $",
       "i|ive|im|just|sort_of|kind_of|kinda|sorta stopped|given_up|quit|give_up bothering|trying ~ with ~ myself|meself|washing|eating|food|the_house|the_flat|anything|everything"),
    _c("organisational", "organisational", "concern", "Care given in a few minutes, or a person left on the commode",
       f"once|twice|again|keep|keeps|kept|always|sometimes|even|they_even|and_they ~ left|leave|leaves|leaving|forgot|forget ~ her|him|me|mum|dad|mam|nan|gran|them|my_mum|my_dad ~ on|in ~ {POTTY}",
       f"{CARE_WORD} ~~ in|within ~ like|about|only|just|under|barely|literally ~ {FEW} ~ minutes|mins|min|munud",
       f"{CARE_WORD} ~~ in|within ~ {FEW} ~ minutes|mins|min|munud ~ flat|$"),
    _c("care_not_given", "neglect", "concern", "Care visits that never came, or medicines not given",
       f"nobody|noone|no_one|no1|neb|no_carer|no_carers|carers|carer|they ~ came|come|turned_up|showed|showed_up|has_come|have_come|been ~ for ~ the|her|his|my|our|any|their ~ {CARE_VISIT}",
       f"hasnt|havent|not|didnt|no|without|never ~ had|get|got|given|been_given|received|had_any|had_her|had_his ~ her|his|my|their|any ~ {MEDS} $",
       f"hasnt|havent|not|didnt|no|without|never ~ had|get|got|given|been_given|received|had_any|had_her|had_his ~ her|his|my|their|any ~ {MEDS} for|since|in|today|yesterday|ers|days|its_day|day",
       f"hasnt|havent|not|didnt|no|without|never ~ had|get|got|given|been_given|received ~ her|his|my|their|any ~ {MEDS} ~~ its_day|day|days|since|for ~ {FEW}|days|since"),
    # --- coercion: told to obey or be left, kept from family, told what to wear -------------------
    _c("domestic_control", "domestic", "concern", "Made to obey a partner, or kept from family",
       f"has_to|have_to|had_to|must ~ do ~ what|whatever|everything ~ says|say|said|tells|wants|told ~ or ~ {FALLBACK_DOER} ~ {SHUT_OUT}",
       f"{CONTROLLER} ~ doesnt|dont|wont|never|wouldnt|will_not|does_not let|allow ~ her|him|me|mum|my_mum|my_dad|dad|nan|mam ~ {ALLOWED_TO} ~~ unless|without|alone|on_her_own|on_his_own|friends|family|her_family|his_family|grandkids|grandchildren|her_kids|his_kids|me|us",
       f"{CONTROLLER} ~ tells|decides|chooses|picks ~ her|him|me ~ what_to_wear|what_she_can_wear|what_to_eat|who_to_see|where_to_go|who_she_can_see",
       "has_to|have_to|had_to|must ~ ask ~ him|her|his_permission|her_permission ~ before|first ~ she|he|i ~ rings|ring|phones|phone|sees|see|goes|go|leaves|leave|spends|spend|goes_out|texts|visits"),
    # --- a carer's formal letter ------------------------------------------------------------------
    _c("carer_breakdown", "carer_breakdown", "concern", "A carer who can no longer care for someone safely",
       f"no_longer|not|cant|cannot|unable_to|am_unable_to|no_longer_able_to|not_able_to ~ safely|safe_to|safe_in ~ care_for|caring_for|look_after|looking_after|manage|cope_with|keep|support|care ~ {CARED}",
       "no_longer|cant|cannot|unable_to|am_unable_to|no_longer_able_to|not_able_to ~ cope|manage|continue ~ caring|looking_after|care_for|her_care|his_care|the_caring|being_her_carer|being_his_carer",
       "needs|care ~~ now|have|has ~ exceed|exceeds|exceeded|outgrown|beyond|gone_beyond ~~ able|can|cope|manage|provide"),
)

LIGHT_PAIRS: tuple[Pair, ...] = (
    # an injury, then the person who gave it told as a punchline
    Pair(_pair_concept("abuse", "physical", "concern", "An injury told as a joke, with the person who gave it at home"),
         ("black_eye|black_eyes|shiner|fat_lip|fat_lips|split_lip|split_lips|broken_nose|cracked_rib|cracked_ribs|bruised_ribs|bruises_on_my|bruised_face",),
         (f"its|it_was|twas|thats|that_was|was ~ my|the|our ~ {INJURER}|lodger|other_half|hubby|fella|bloke|flatmate",
          "hes|shes|he_is|she_is|theyre still here|still_here|still_living_here|still_in_the_house"),
         ("football|rugby|boxing|fall|fell|cupboard|surgery|operation|cataract|match|sparring|playing|game|accident|cricket|hockey|netball|dog|cat",)),
    # shouting at home excused ("he shouts a lot but he's under pressure"): the excuse is the cue
    Pair(_pair_concept("psychological", "psychological", "concern", "Shouted at by a partner or family member, and excused"),
         (f"{PERSON}|he|she ~ shouts|shouting|yells|yelling|screams|screaming|shouted|yelled|bellows|rants|raging ~ a_lot|all_the_time|constantly|at_me|at_us|at_her|at_him|at_the_kids|every_day|every_night|loads|non_stop",),
         ("under_pressure|under_a_lot_of_pressure|stressed|stressed_out|doesnt_mean_it|didnt_mean_it|dont_mean_it|means_well|just_his_way|just_her_way|works_hard|long_hours|has_a_lot_on|got_a_lot_on|tired|had_a_hard_day|its_the_drink|when_hes_had_a_drink",),
         ("football|match|rugby|telly|tv|deaf|hard_of_hearing|hearing_aid|hearing|singing|sleep|dreams|referee|pub_quiz|x_factor|game|games|xbox|playstation|parrot|dog|cat|baby|toddler|teething|dementia|sundowning|confused",)),
    # a carer's letter: fear of an accident with caring
    Pair(_pair_concept("carer_breakdown", "carer_breakdown", "concern", "A carer who fears an accident at home"),
         ("i|we fear|dread ~ an|a|for ~ accident|serious_accident|her_safety|his_safety|their_safety|the_worst|a_fall|harm",),
         ("care_for|caring|look_after|looking_after|needs|my_wife|my_husband|my_mother|my_father|my_mum|my_dad|my_son|my_daughter|dementia|physically|reassessment",),
         ()),
)
# fmt: on
LIGHT_PAIR_CONCEPTS: tuple[Concept, ...] = tuple(pair.concept for pair in LIGHT_PAIRS)

# Said after the trouble, in the same sentence: it is over ("I was homeless, now I have flat and job").
LIGHT_RESOLVED: list[str] = [
    # the speaker's own, never "now he's got my house" (a theft)
    "now i|we|ive|weve|im|were have|got|found|in ~ a|our|own ~ flat|home|house|place|job|tenancy|roof",
    "now i|we|ive|weve have|got|found flat|home|house|place|job|tenancy",
    "resolved|settled|sorted|dealt_with ~ by|through|in|at ~ the|a ~ court|courts|ombudsman|tribunal",
    "no ongoing|further|current ~ concerns|concern|issues|problems",
]

# fmt: off
LIGHT_IDIOMS: list[str] = [
    # a pet as the one "trying to kill me"
    f"{PET} ~ kill|killed|kills|killing|murder|murdering|finish|finished|trip|tripped|trying_to_kill|tried_to_kill|lladd ~ me|us|him|her|fi",
    # children fighting each other
    f"{KIDS} ~ {SCRAP} ~~ each_other|one_another|eachother|ei_gilydd",
    "seven_bells|the_living_daylights|lumps|hell|the_hell|crap|the_crap|shit|the_shit|seven_shades out_of|outta ~ each_other|one_another|eachother",
    # a thing abused, not a person
    f"{THING_ABUSED} ~ being|been|is|was|getting|gets|get|are|were ~ abused|misused|taken_advantage_of",
    f"abuse|abusing|abused|misuse|misusing|misused ~ the|a|her|his|their|our|my ~ {THING_ABUSED}",
    # a worker given verbal abuse in public
    f"giving|givin|gave|gives|give|getting|got|gets|takes|took|taking|get|dishing_out ~ the|that|your|those|a .. {PUBLIC_WORKER} ~ {VERBAL}",
    f"{PUBLIC_WORKER} ~ at|on|behind ~ the ~ desk|counter|reception|phone|phones|front_desk|till|tills ~~ {VERBAL}",
    # waiting in for a repair
    "waiting|waited|stayed|sat|stuck|been ~ in ~~ noone|nobody|nobodys|no_one|no1 ~ came|come|turned_up|showed|showed_up|has_come|arrived",
    "noone|nobody|nobodys|no_one|no1 ~ came|come|turned_up|showed|showed_up|arrived ~~ day_off|take_the_day_off|took_the_day_off|time_off|off_work|holiday_from_work",
    # a nursery place or a nursery (never a nurse)
    "nursery|nurseries|nursey",
    # breaking things on purpose, for sport or news
    "breaking|break|breaks|broke ~ boards|board|bricks|brick|a_record|records|the_record|tiles|planks|wood|the_news|news|the_ice|ice|ground|new_ground|bread|even|the_rules|rules|in_shoes|in_new_shoes|the_habit|a_sweat|for_lunch|for_tea|wind|a_leg|the_bank|the_mould",
    "breaking_news|karate|taekwondo|judo",
    # Welsh passive: "y bins ddim yn cael eu casglu" (never "not allowed")
    f"ddim|dim|heb|byth .. cael ~ eu|ei|i ~ {CY_PASSIVE}",
    # one's own blindness or deafness as the reason for missing a letter
    "didnt|did_not|couldnt|could_not|cant|cannot|dont|never|not|unable_to ~ see|read|spot|notice|hear ~~ because|cos|as|since|being ~ im|i_am|i_was|being|am ~ blind|deaf|partially_sighted|visually_impaired|hard_of_hearing",
    # vermin told with the pest controller, or brought in by a pet
    "pest_control|pest_man|pest_controller|exterminator|rentokil|rheoli_pla ~~ rats|mice|rat|mouse|llygod",
    f"{PET} ~ keeps|keep|bringing|brings|brought|bringing_in|dragging|drags|dragged ~~ mice|mouse|rats|rat|birds|frogs|llygod",
    # medicines no longer needed
    "no|not ~ meds|medication|tablets|pills|care|carer|visits|insulin ~ needed|required|necessary|prescribed|anymore",
    # a family saying about death
    "be|the death of me|her|him|us|them|you",
    # a pet "allowed" in a home (a second-language question)
    f"{PET} ~~ allowed|permitted|let_in|accepted ~~ flat|house|building|block|tenancy|home|property",
    # a hill that is hard to climb, not a fall
    "cant|cannot|couldnt get|go|walk|make_it|climb up ~ the|that|a ~ hill|slope|bank|incline|road",
    # afraid of the dark on the way home
    "scared|afraid|frightened|nervous|anxious ~ to|of ~ go|going|walk|walking ~ home ~ in|after .. dark|night",
]

LIGHT_GUARDS: list[str] = [
    # a carer waited for is care not given, never a repair
    "waiting|waited|stayed|sat ~ in ~ for ~ the|my|her|his|a|our ~ carer|carers|care|nurse|nurses|district_nurse|meds|medication|tablets|visit|care_visit|gofalwr",
    # a person who abuses a thing and a person both ("abused the badge and me")
    "abused|abusing ~ me|her|him|us|them|mum|dad",
]
# fmt: on
