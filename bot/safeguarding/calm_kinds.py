"""Look-alikes told in dialect or calmly, and the disclosures told the same way.

Round 13. Set Q's false alarms were everyday remarks in the words of harm, mostly in dialect
(dialect.py folds the spellings first, so each kind is written once in plain words). Each kind
is set aside by its frame, never by its harm word alone, and a guard keeps the same words said of
a person as the disclosure they are (tests/safeguarding/test_round13_kinds.py tries both ways):

- sport: a team or side "battered", "murdered", "hammered", or a loss and "wanted to die" beside a
  match, a score, a quiz;
- a fitting, the weather or one's own body "killing" or "murdering me" ("the draught off that
  window's been murderin me all winter");
- hunger or cold while on hold or in a queue; cold feared ("thought we'd be freezing") and a new
  boiler in, said after it;
- "kill me now" before an event (an assessment, the dentist) or with laughter; a relative who will
  "kill me when he sees the bill lol" (never "he'll kill me when he finds out", with no laughter);
- a sibling who "used to batter me when we were kids" (never when it "still" happens);
- "can't cope with" a form, a website, an app or a phone menu (never with life, a person, or
  "anything any more");
- a question repeated and answered no ("You ask if I have thoughts of harming myself. No.");
- calm health facts: bruising on blood thinners, a back hurt lifting the telly, a wrist that
  hurts when typing, not eating much on bad days with a partner who cooks; tiredness called
  normal ("just life", "dyna fo"); bereavement told as the reason for volunteering;
- animals: wasps, gulls or a fox that "attacked" a bin or a person, a pet that died.

A past named by its decade ("in the eighties", "yn y nawdegau") and said to be over, or told
only "because the form asked", is history.py's. CALM_CONCEPTS are set Q's misses by kind: a fall
told calmly ("fell at tea time and can't get up"), someone made to sign loans or phones in their
name, carers' slurs about a couple, a goodbye with letters written and a pet rehomed.
"""

# ruff: noqa: E501  (a pattern reads best on one line, however long)
from __future__ import annotations

import re

from bot.safeguarding.concepts import Concept
from bot.safeguarding.figurative import LAUGHTER, SPORT
from bot.safeguarding.told_kinds import Pair
from bot.safeguarding.wry_kinds import MOVING, _c, _pair_concept

# --- word families ------------------------------------------------------------------------------
# a side in a game (never "the lads", who can as well be a gang)
TEAM = "united|city|rovers|town|villa|county|albion|athletic|wanderers|celtic|rangers|hibs|hearts|liverpool|everton|arsenal|chelsea|spurs|tottenham|newcastle|sunderland|toon|wolves|leeds|forest|palace|boro|saints|swans|bluebirds|wales|england|scotland|ireland|team|our_team|our_side|our_lot|the_side"
BEATEN = "battered|hammered|thrashed|murdered|slaughtered|destroyed|annihilated|leathered|tonked|stuffed|humped|pumped|smashed|mullered|spanked|beaten|beat|walloped|trounced|massacred|humiliated|killed"
MATCH = f"{SPORT}|scoreline|nil|goals|goal|penalties|relegated|knocked_out|last_minute|final_minute|ref|referee|manager"
# a thing of the home, the weather or one's own body that "kills" one
NUISANCE = "window|windows|draught|draft|door|back_door|boiler|heating|radiator|radiators|stairs|damp|mould|cold|weather|bills|knees|knee|feet|back|hip|hips|legs|neck|shoulder|shoes|boots|chair|bed|mattress|noise|hoover|traffic|roadworks|commute|queue|waiting|hold_music|form|forms|cough|hay_fever|teeth|tooth|sciatica|arthritis"
KILLING = "killing|murdering|crucifying|torturing|destroying"
# the wait, never what the home lacks
ON_HOLD = "on_hold|been_on_hold|hold_music|in_the_queue|in_that_queue|in_the_queues|waiting|wait|waited|by_the_time|the_phone|telephone"
# an event one dreads, said with "kill me now"
EVENT = "assessment|reassessment|pip|interview|exam|exams|test|appointment|dentist|hearing|tribunal|meeting|form|forms|renewal|deadline|ucas|inspection|mot|audit|jab|results|smear|colonoscopy|panel|review"
# what a relative "will kill me" over when they see it
MISHAP = "bill|bills|phone_bill|gas_bill|water_bill|statement|receipt|state|mess|scratch|dent|carpet|car|booked|haircut|tattoo|kitchen|garden|telly|damage"
SIBLING = "sister|brother|sis|big_sister|big_brother|our_kid|older_brother|older_sister|twin|brothers|sisters|cousin|cousins"
SCRAP = "batter|beat|beat_up|thump|leather|hit|punch|kick|wallop|pummel|knock|fight|scrap|bash|batter_each_other|beat_each_other"
# a person someone gets to sign in their own name
SIGNER = "me|her|him|them|us|my_dad|my_mum|my_mam|my_nan|my_gran|my_granny|my_grandad|my_uncle|my_aunt|my_auntie|my_brother|my_sister|my_son|my_daughter|my_cousin"
CHILDHOOD = "when_we_were|as_kids|as_children|growing_up|as_youngsters|as_teenagers|when_little|when_we_was"
# what one cannot cope with that is a thing to use, never a person or a life
TECH = "form|forms|website|websites|site|app|apps|portal|online|password|passwords|login|log_in|menu|phone_menu|options|automated|automated_line|computer|computers|technology|tech|internet|emails|email|paperwork|jargon|questionnaire|survey|booking|online_booking|self_checkout|machines|hold_music|scanner|printer|smart_meter|zoom|video_call|captcha|spreadsheet"
THINNERS = "warfarin|blood_thinners|thinners|anticoagulant*|apixaban|rivaroxaban|edoxaban|clopidogrel|aspirin|steroids|steroid|chemo|chemotherapy|prednisolone"
BRUISING = "bruise*|black_and_blue|marks"
# a task one's own body was hurt doing
STRAIN = "lifting|carrying|moving|shifting|reaching|bending|gardening|digging|decorating|hoovering|typing|playing|pulling|pushing_the|at_the_gym|running|football|five_a_side"
BODY_PART = "back|neck|shoulder|wrist|knee|hip|arm|ankle|elbow|groin|hamstring|calf"
PAIN = "hurts|hurt|aches|ache|sore|throbs|twinges|burns"
TASK = "type|typing|write|writing|walk|walking|knit|knitting|garden|gardening|bend|bending|lift|lifting|use_the_mouse|climb|kneel|kneeling|sew|sewing|drive|driving|stand|standing|sit|sitting"
TIRED = "exhausted|knackered|shattered|tired|worn_out|drained|wedi_blino|blino|blinon|jiggered|cream_crackered|done_in"
CREATURE = "swarm|wasps|wasp|bees|bee|hornets|hornet|seagull|seagulls|gull|gulls|midges|midge|mozzies|mosquitoes|geese|goose|swan|swans|crows|magpie|magpies|fox|foxes|squirrel|squirrels|rats|pigeons|cat|cats|nettles"
RUBBISH = "bin|bins|bin_bags|bags|rubbish|plants|shopping|chips|washing|garden|recycling|flowers|veg|allotment|lettuces|chickens"
PET = "cat|dog|hamster|budgie|rabbit|goldfish|tortoise|guinea_pig|parrot|puppy|kitten|nghath|gath|cath|nghi|ci|gi|bochdew|gwningen|pysgodyn"
PET_DIED = "died|has_died|passed|passed_away|put_down|put_to_sleep|wedi_marw|marw|farw"

# fmt: off
CALM_IDIOMS: list[str] = [
    # sport: a side beaten, a loss beside a match and a wish to die
    f"{TEAM} ~ got|were|was|been|get|getting|are|got_absolutely|absolutely|lost|lose ~ {BEATEN}",
    f"got|were|we_got|get ~ {BEATEN} ~~ {MATCH}",
    f"{BEATEN}|lost|lose|losing ~ {MATCH} ~~ {BEATEN} us|them",
    "lost|lose|losing scoreline|nil",
    # a fitting, the weather or one's own body "killing me"
    f"{NUISANCE} ~ been|is|are|was|were|has_been|have_been|keeps|keep|s|absolutely ~ {KILLING} me|us",
    # hunger or cold on hold or in a queue; cold feared, never what happened
    f"starving|hungry|famished|parched|bursting ~~ {ON_HOLD}",
    "thought|worried|feared|scared|was_sure ~ we|wed|id|i|we_would|wed_be|id_be|we_were_going_to ~~ freezing|starving|frozen|cold|homeless",
    # a relative's "threat" over a bill, with laughter
    f"kill|murder|strangle|throttle|slaughter me|us when|if|once ~ sees|see|finds|hears|gets|opens ~~ {MISHAP} ~~ {LAUGHTER}",
    # a sibling's fights in childhood
    f"{SIBLING} ~ used_to|would|always|used_to_always ~ {SCRAP} ~~ {CHILDHOOD}",
    f"{SIBLING} ~ used_to|would|always ~ knock|knocked ~ seven_bells|lumps|the_stuffing",
    # anger told as "nearly killed me for ringing you": a telling-off, never an injury (guarded below)
    "near|nearly|almost|practically killed|murdered|throttled me|us for ringing|calling|phoning|texting|telling|asking|complaining|writing|forgetting|losing|breaking|spending|being_late|coming_home_late|going",
    # a thing to use one cannot cope with
    f"cant|cannot|couldnt|simply_cannot|just_cant cope|deal|manage with|w ~ {TECH}",
    # calm health facts
    f"{THINNERS} ~~ {BRUISING}",
    f"{BRUISING} ~~ from|because_of|with|on|cos|due_to ~ the|his|her|my|their ~ {THINNERS}",
    f"hurt|hurts|did|done|pulled|strained|twisted|jarred|ricked|knackered|put_out|cricked|wrenched my|me {BODY_PART} ~ {STRAIN}",
    f"{BODY_PART} ~ {PAIN} ~ when|if|after ~ i ~ {TASK}",
    # animals that "attacked" a bin or a person
    f"{CREATURE} ~ attacked|attacking|attacks|attack|went_for|goes_for|go_for|chased|stung|bit|dive_bombed|divebombed|mobbed ~~ {RUBBISH}",
    f"attacked|stung|chased|bitten|mobbed|divebombed|dive_bombed|savaged by|off ~ a|the|some|them ~ {CREATURE}",
    f"{CREATURE} ~ attacked|attacking|attacks|went_for|chased|stung|mobbed|divebombed ~ me|us|him|her",
    f"dog|dogs ~ attacked|attacking|attacks|went_for|ripped_open|got_into ~ my|the|our ~ {RUBBISH}",
    f"my|our|the|fy|ein|yr|ei ~ {PET} ~ {PET_DIED}",
    f"buodd ~ {PET} ~ farw",
    # a good "these days" after a past: never the recurrence of it
    "these_days|nowadays ~~ wave|waves|cheery_wave|say_hello|says_hello|smile|smiles|nod|friendly|welcoming|lovely|no_bother|respect|hello",
    # one cannot get up the stairs or early, never off the floor
    "cant|cannot get up the|that|those stairs|steps|hill|slope|ramp|path|kerb|ladder",
    "cant|cannot get up early|in_the_morning|first_thing|for|at|before|in_time",
]

# Words of dying said of a match, an event or another's death: set aside only when the message
# shows no intent of one's own (CALM_VETO), so "wanted to die 😂 … but I've written the notes" alarms.
CALM_DEATH_IDIOMS: list[str] = [
    f"{TEAM}|{MATCH} ~~ wanted|want|could_have|couldve|nearly|could|i_wanted to die|cry|cried|emigrate",
    # "kill me now" before an event or with laughter
    f"kill|shoot|murder me now|already ~~ {EVENT}",
    f"kill|shoot|murder me now|already ~~ {LAUGHTER}",
    # another's suicide told by the bereaved, or as a cause they work for
    "families|relatives|people|those|parents|staff|anyone ~ after|following|bereaved_by|affected_by a|the suicide",
    "suicide prevention|awareness|bereavement|training|charity|support_group|listener|helpline|leaflet|leaflets|first_aid",
    "died|lost|losing ~ by|to suicide",
    "after|following|since ~ my|his|her|our|their ~~ suicide",
    "collais|colli|collodd ~~ i ~ hunanladdiad",
]
CALM_VETO: list[str] = [
    "plan|planning|planned|notes|note|goodbye|goodbyes|tablets|pills|overdose|rope|bridge|tonight|saved_up|saving_up|stockpiling",
    "end_it|end_it_all|kill_myself|take_my_life|top_myself|not_be_here|dont_want_to_be_here|dont_want_to_go_on|cant_go_on",
    "join|be_with|do_the_same|doing_the_same|same_way|follow",
    "isio_bod_efo|eisiau_bod_gyda|dilyn|tabledi|heno|diweddu",
]

CALM_GUARDS: list[str] = [
    # a harm said of a person beside the same words: never set aside
    "said|says|threatened|threatens|threatening|going_to|gonna|will|would|wants_to|tried_to|try_to|hed|shed|hell|shell ~ kill|murder|stab|strangle me now",
    "starving|hungry|famished ~~ no_food|not_eaten|not_ate|havent_eaten|no_money|skint|food_bank|days|since_yesterday|since_last|since_friday|since_saturday|since_sunday|since_monday|since_tuesday|since_wednesday|since_thursday",
    "used_to ~~ when ~~ still|again|to_this_day|hasnt_stopped|every_day|every_night",
    "cant|cannot|couldnt cope ~~ anymore|any_more|any_longer|with_anything|anything|everything|life|myself",
    "cant|cannot|couldnt cope with|w .. him|her|them|son|sons|daughter|daughters|husband|husbands|wife|wifes|partner|partners|mum|mums|dad|dads|kids|brother|sister",
    f"not|no|isnt|arent|nothing_to_do_with|nowt_to_do_with ~ the|his|her|my ~ {THINNERS}",
    "fingertip|fingertips|finger|fingers|hand_shaped|grip|grab*|grabbed|slap*|belt|strap",
    "he|she|they|carer|carers|staff|someone|somebody|son|husband|partner|wife|dad|mum ~ hurt|hurts|pulled|twisted|wrenched",
    "thought ~~ and_we_are|an_we_are|still|we_still|and_we_still",
    "near|nearly|almost|practically ~~ hospital|ambulance|a_and_e|police|strangled|choked|throttled|beat|beaten|bruises|blood|unconscious|passed_out|knife|hit|punched|kicked",
    "set|sets|setting ~ the|his|her|their ~ dog|dogs ~ on",
]

# Said after the trouble, in the same sentence: help that is there, or tiredness that is life.
CALM_RESOLVED: list[str] = [
    "partner|husband|wife|daughter|son|carer|carers|mum|mam|dad|sister|brother|i ~ cooks|cook|cooked|does_the_cooking|brings|makes_my_tea|brings_my_tea",
    "meal_service|meals_on_wheels|dietitian|dietician|backup|back_up",
    "thats_just_life|just_life|thats_life|par_for_the_course|comes_with_the_territory|goes_with_the_territory|how_it_is|thats_caring|thats_just_caring|part_and_parcel",
    "thats_normal|its_normal|hynnyn_normal|mae_hynnyn_normal|dyna_fo|dyna_fe|dyna_fywyd|dyna_bywyd|dyna_ni",
    "new|a_new ~ one|boiler|heating|windows|radiators ~ in|fitted|put_in|installed|went_in|going_in",
    "engineer|plumber|gas_man|repairs ~ come|came|fixed|sorted ~ next_day|same_day|next_morning|within",
    "coping|managing as_well_as_anyone|as_well_as_anybody|as_well_as_can_be_expected",
]

# A question repeated, then answered no: the question's harm words are not the resident's.
ASKED = re.compile(
    r"^(?:you|they|the form|form|the question|question \w+|it|this) (?:ask|asks|asked|asking|was)(?: me)? (?:if|whether|about|do|have|am|are)\b"
)
DENIED = re.compile(r"^(?:no|nope|nah|naw|na|never|none|nobody|noone|not at all|definitely not|i dont|i do not|i have not|i havent|im not)\b")
# a question about being safe or coping, answered no, is a disclosure: never set aside
WELLBEING = re.compile(r"\b(safe|safety|ok|okay|alright|coping|cope|well|happy|fine|supported|managing)\b")

CALM_CONCEPTS: tuple[Concept, ...] = (
    _c("physical", "physical", "concern", "A dog set on a person, or a person stamped on or badly hurt in an attack",
       "set|sets|setting ~ the|his|her|their ~ dog|dogs ~ on ~ me|us|him|her|my",
       "dog|dogs ~ went_for|attacked|bit|bitten|savaged ~ my|me|our ~ son|daughter|boy|girl|kid|kids|grandson|granddaughter|baby|child|husband|wife",
       "stamped|stamping|stamps|stood|kicked ~ on ~ my|me|his|her ~ head|face|chest",
       "attacked|jumped|beat_up|beaten_up|set_on ~~ broken|in_hospital|in_the_hospital|stitches|black_eye|fractured"),
    _c("fallen", "crisis", "urgent", "Fallen and unable to get up (told calmly)",
       "fell|fallen|had_a_fall|slipped|tripped|collapsed ~~ cant|cannot get up $",
       "fell|fallen|had_a_fall|slipped|tripped|collapsed ~~ cant|cannot get up|get_myself_up ~~ floor|cold|dark|hours|since|help|hip|pain|lying"),
    _c("financial", "financial", "concern", "Made to sign loans, phones or credit in their own name",
       f"gets|getting|got|keeps_getting|has|had|makes|making|made|pressured|pressuring|forced|forcing|talked ~ {SIGNER} ~ to|into ~ sign|signing ~~ in_my_name|in_her_name|in_his_name|in_their_name|loans|loan|credit|credit_cards|catalogue|phones|phone_contracts|contracts|finance",
       f"gets|getting|got|keeps_getting|has|had|makes|making|made ~ {SIGNER} ~ sign|signing ~~ in_my_name|in_her_name|in_his_name|in_their_name|loans|loan|credit|credit_cards|catalogue|phones|phone_contracts|contracts|finance",
       "made|forced|pressured|pushed to|into sign|signing ~~ credit|loans|loan|finance|catalogue|phone_contracts ~~ in_my_name|in_her_name|in_his_name|in_their_name"),
    _c("discriminatory", "discriminatory", "concern", "Carers or others calling a person slurs, or refusing to come in because of who they are",
       "call|calls|calling|called|comments|remarks|jokes|joke|names|whisper*|shout*|sayin|saying|says ~~ poof|poofs|poofter|poofters|queers|faggot|faggots|fags|dyke|dykes|lezza|lezzas|lesbo|lesbos|bender|benders|tranny|trannies|shemale|batty_man|batty_boy|homos|nancy_boy|puffs",
       "comments|remarks|jokes|stuff|things ~ about ~ my|our|his|her|me ~ colour|skin|race|religion|sexuality|being_gay|being_black|being_trans|being_a_tranny|being_lesbian",
       "men|women|people|folk ~ like ~ them|us|you ~ are|were|is ~ disgusting|sick|unnatural|wrong|an_abomination",
       "doesnt|does_not|dont ~ agree ~ with ~ our|their|my|his|her ~ lifestyle"),
)

# fmt: on
CALM_PAIRS: tuple[Pair, ...] = (
    # letters written for someone, and a pet rehomed or "no need to reply"
    Pair(
        _pair_concept(
            "suicide_goodbye",
            "suicide_self_harm",
            "urgent",
            "Letters written, a pet rehomed, and no reply wanted",
        ),
        (
            "written|wrote|writing|left|done|sgwennu|ysgrifennu ~ letters|a_letter|notes|llythyrau|llythyr",
            "letters|notes|llythyrau ~ done|written|ready ~ for",
        ),
        (
            f"found|finding|got|given|giving|gave|ffeindio ~ the|my|fy|a ~ {PET}|dug|pets ~ a ~ new_home|home|hame",
            f"{PET}|dug ~ is|going|gone|goes ~ to|at ~ my|the ~ neighbour|neighbours|sister|friend|brother",
            "rehomed|re_homed|cartref_newydd|new_home_for",
            "no_need_to_reply|dont_reply|no_need_answer|no_need_to_answer|dim_angen_ateb|no_need_tae_reply",
        ),
        (
            f"{MOVING}|sheltered|new_flat|allow|allowed|allergic|college|applications|away|while|council|housing|cyngor|symud|abroad",
        ),
    ),
)
CALM_PAIR_CONCEPTS: tuple[Concept, ...] = tuple(pair.concept for pair in CALM_PAIRS)


def blank_asked_and_denied(words: str, blank: str, brk: str) -> str:
    """Normalised `words` with a repeated question blanked when the next sentence answers no.

    "you ask if i have thoughts of harming myself | no" is the form's words, not the resident's;
    a question about being safe or coping answered no is kept, and so is any answer but no."""
    sentences = words.split(f" {brk} ")
    for i, sentence in enumerate(sentences[:-1]):
        asked = sentence.strip()
        if ASKED.search(asked) and not WELLBEING.search(asked) and DENIED.search(sentences[i + 1].strip()):
            sentences[i] = blank
    return f" {brk} ".join(sentences)
