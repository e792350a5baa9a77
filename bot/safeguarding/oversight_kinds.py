"""Harm words in a frame the message itself says is ordinary: oversight said to be loving, an account
locked by its own password, a bruise from the resident's own trip, cold said to be over.

Round 23 (rules). Sets AA and AB's ordinary rows still alarmed the rules in families whose frame is
said in the same message, beside the harm word:

- *oversight said to be loving*: "my mum tracks my phone cos I drive home late, she worries, it's
  nice", "My son tracks my phone so he knows I got home from bingo. Bless him", "My son checks my
  location on phone when I go walking in the park, he is worried I get lost. It is nice." Tracking
  a phone is coercive control to the rules (concepts.py), so its twin is the same tracking with a
  punishment, a fear or a secret: "he tracks my phone and goes mad if I'm late", "he reads my
  messages every night", "text only". Set aside only when the message says the care (FOND) and
  never when it says any control (CONTROL), wherever each is said.
- *an account locked by its own password*: "my bank app locked me out after three goes", "forgot me
  password three times, got locked out", "I changed the wifi password". Never when a person locks,
  changes or keeps it (LOCKED_BY_A_PERSON: "he changed my password and locked me out of my bank").
- *a bruise from the resident's own trip or slip, said to be nothing*: "Tripped over my own mop
  bucket, bruised shin, all fine", "slipped on the wet floor at the leisure centre, bruised my knee,
  it's grand", "Syrthiais i oddi ar yr ysgol ... Clais ar y glun, dim mwy". Never with a push, a
  door walked into, a bruise again or always, or someone's account of it (NOT_OWN).
- *cold said to be over, or somewhere else*: "Boiler fixed. Was freezing all week but warm now",
  "freezing when the heating went but it's back on now", "Freezing in the library again ... Not my
  house, my house is fine". Never with money, a meter or "still" (COLD_NOT_OVER).

The kinds are the screen's only, read in their own pass (`Rules._findings`), so the classifier's
features and model.json are unchanged. Tested both ways in tests/safeguarding/test_oversight_kinds.py.
"""

# ruff: noqa: E501  (a pattern reads best on one line, however long)
from __future__ import annotations

from bot.safeguarding.moment_kinds import TIRED
from bot.safeguarding.passing_kinds import COLD

# --- oversight said to be loving -----------------------------------------------------------------
WATCH = "tracks|tracking|tracked|tracker|checks|checking|checked|reads|reading|keeps_tabs|keeps_tabs_on|has|watches|monitors"
WATCHED = "location|locations|phone|car|texts|messages|whereabouts|kids|the_kids|baby_monitor|monitor"
OVERSIGHT_IDIOMS: list[str] = [f"{WATCH} ~ {WATCHED}"]
# the care said in the same message: a worry, a fondness, getting home safe
FOND: list[str] = [
    "worries|worried|worrys|worry|worrier",
    "its|it_is|thats|so nice|sweet|lovely",
    "bless_him|bless_her|bless|fair_enough|fair_play|cute",
    "home|back|in ~ safe",
    "knows|know|knowing ~ i|im|i_got|ive_got ~ home|back|in",
    "i|id|i_would ~ do_the_same",
    "nosy|great_detective|obsessed_with_her|obsessed_with_him",
]
# any control said anywhere: a punishment, a condition, fear, secrecy, money, who one sees
CONTROL: list[str] = [
    "goes|go|going|went|gets|get ~ mad|mental|crazy|angry|nuts|spare|off",
    "hell_to_pay|kicks_off|kicked_off|shouts|shout|shouted|screams|smash|smashes|hits|hit|hurt|hurts|threw|throws",
    "if ~ im|i|i_am|i_m ~ late|not|dont|turn|go|see|talk|text",
    "scared|frightened|afraid|terrified|fear|ofn",
    "every_night|nightly|all_the_time|24_7|drunk|jealous|cheating|cheat|controls|controlling|isolated|money|finances|bank",
    "dont|do_not|cant|cannot|not ~ ring|call|text|say|answer|tell",
    "text_only|delete|secret|normal_right|is_that_normal|thats_normal|not_violent|turns_up|leave|get_out",
    "who ~ i|im ~ see|talk|text|with",
    "wont|doesnt ~ let|like",
    "not_allowed|have_to|has_to|makes_me|made_me",
    "not|isnt|wasnt|never|dont_feel|unsafe ~ safe|nice|sweet|lovely",
]

# --- an account locked by its own password --------------------------------------------------------
ACCOUNT = "password|passwords|pin|app|bank_app|account|login|log_in|wifi|online_banking|three_goes|three_times|3_times|3_goes"
LOCKOUT_IDIOMS: list[str] = [
    f"{ACCOUNT} ~ locked_me_out|locked_us_out|locked_out|locked|locks|lock",
    f"locked|lock|locks ~ me|us|out ~ of|from ~ the|my|our|me ~ {ACCOUNT}",
    "i|we|i_had_to|had_to changed|change|reset|changing ~ the|my|our|wifi ~ password|passwords|pin",
    "please_help|help ~ reset|unlock|to_reset|log_in|login",
]
# a person who locks, changes or keeps the account: control of one's money or phone, never set aside
LOCKED_BY_A_PERSON: list[str] = [
    "{kin}|he|she|partner|boyfriend|girlfriend|ex|hubby|fella ~ changed|changes|change|locked|locks|lock|keeps|kept|took|takes|has|wont|knows",
    "money|pension|benefits|card|cards|cash|savings|scam|scammed",
]

# --- a bruise from the resident's own trip or slip, said to be nothing ----------------------------
BRUISE = "bruises|bruised|bruising|bruise|clais|glais|cleisiau|gleisiau"
OWN_FALL: list[str] = [
    "i|id|ive|i_have|me|just ~ tripped|slipped|fell|stumbled|stubbed|broken|broke",
    "tripped|slipped|stumbled over|on ~ my_own",
    "tripped|slipped|fell over|on|off|down",
    "syrthiais|syrthio|baglais|baglu|llithrais|llithro|cwympais|cwympo",
]
SAID_NOTHING: list[str] = [
    "all_fine|its_grand|its_fine|all_good|no_harm|nothing_broken|dim_mwy|dim_byd|my_own_fault|own_stupid_fault|back_at_work|just_bruised|only_bruised|im_fine|fine_now",
]
# a push, a door walked into, a bruise again or always, someone's account of it
NOT_OWN: list[str] = [
    "pushed|shoved|push|shove|grabbed|hit|kicked|threw|thrown|punched|gwthio|wthio|taro|nharo",
    "walked_into|walk_into|into_a_door|into_the_door|again|always|keeps|every_week|cant_explain|unexplained|covering|cover|says|said|told_me",
]
OWN_FALL_IDIOMS: list[str] = [BRUISE]

# --- cold said to be over, or somewhere else ------------------------------------------------------
COLD_IDIOMS: list[str] = [
    COLD,
    "heating|heatings|boiler ~ off|broke|broken|went|packed_up|been_off",
]
COLD_OVER: list[str] = [
    "warm|back_on|working|fixed|sorted ~ now",
    "boiler|heating|its ~ fixed|back_on",
    "not_my_house|my_house_is_fine|my_house_s_fine|homes_fine|home_is_fine|home_s_fine",
]
COLD_NOT_OVER: list[str] = [
    "still|money|afford|meter|top_up|skint|broke|foodbank|no_food|nothing_to_eat|kids|baby|mum|dad|nan",
]

# --- tiredness said to be good, or no more than a day's ----------------------------------------
# "exhausted but happy", "Blinder braf", "dim byd mwy na diwrnod hir yn y gwaith", "so job done";
# vetoed as moment_kinds' tiredness is, by caring, a kin, no help or no sleep (moment_kinds.CARING)
TIRED_IDIOMS: list[str] = [TIRED]
TIRED_FINE: list[str] = [
    "but|ond|and ~ happy|hapus|braf|worth_it|gwella|getting_better|on_the_mend",
    "blinder_braf|good_tired|happy_tired|nice_tired|job_done",
    "dim_byd_mwy_na|nothing_more_than|no_more_than ~ long_day|diwrnod_hir|long_week|wythnos_hir|wthnos_hir",
    "long_day|long_week|diwrnod_hir|wythnos_hir|wthnos_hir ~ at_work|in_work|yn_y_gwaith|yn_gwaith",
]

# --- a neighbour's ordinary nuisance, a thing thrown away, an age one is thought to be -------------
NUISANCE = "parking|parked|cars|car|drive|driveway|pavement|ball|football|alarm|burglar_alarm|noise|music|party|bins|hedge|dog_barking|barking|cockerel"
NUISANCE_IDIOMS: list[str] = [
    # "Can't cope with the state of the parking", "a minor nuisance", "please help to talk to him"
    f"cant|cannot|couldnt cope|stand ~ with ~ {NUISANCE}",
    "minor|slight|bit_of_a|small nuisance",
    f"{NUISANCE} ~ please_help ~ to ~ talk|speak|have_a_word",
    # "kids kick a ball against our wall": the thing kicked is a ball
    "{hit} ~ a|the|their|his|her ~ ball|football|footy",
]
# anyone hurt, threatened or frightened anywhere: then the nuisance is not only a nuisance
NUISANCE_VETO: list[str] = [
    "{hit} ~ me|us|my|him|her|them",
    "threat*|scared|frightened|afraid|terrified|abuse|abusive|racist|harass*|intimidat*|shouts_at|swears_at|spat",
    "better_off|without_me|burden|anymore|any_more|end_it",
]
OBJECT_IDIOMS: list[str] = [
    # "he threw the letter away", "kicked off about the new carer", "still thinks I'm twelve"
    "threw|throws|thrown|chucked ~ the|my|his|her|it|them|a ~ letter|letters|post|form|forms|paper|papers|it|them|book ~ away|out",
    "kicked|kicks|kicking off about|over|when|at_first",
    "thinks|think|treats_me_like|like ~ im|i_am|i_was ~ 10|11|12|13|14|15|twelve|thirteen|fourteen|fifteen|eleven|ten",
    # "Neb yn brifo fi", "Neb wedi brifo": nobody hurts or was hurt, said in Welsh (never "neb yn
    # gwybod ei fod o'n brifo fi": nobody knowing is not nobody hurting)
    "neb wedi|yn brifo|taro|nharo|curo|cam_drin",
]

# --- children screaming at play --------------------------------------------------------------------
# "the neighbours' kids are screaming their heads off in the paddling pool", "turned out it was a
# kids' birthday party with a bouncy castle"; never beside a parent, a night, crying or not coping
# ("baby's screaming, can't cope, haven't slept in 4 days")
SCREAMING_IDIOMS: list[str] = ["screaming|screamin|shrieking|squealing"]
AT_PLAY: list[str] = [
    "party|birthday|bouncy_castle|paddling_pool|trampoline|heads_off|noise_complaint|having_fun|playing|water_fight|splash_park"
]
NOT_PLAY: list[str] = [
    "parents|dad|mum|mam|he|she|they ~ screaming|shouting|screamed|shouted|hitting|hit",
    "at_them|at_him|at_her|midnight|every_night|all_night|crying|cant_cope|slept|sleep|scared|frightened|help|inside|on_their_own|alone",
    # any harm beside the screaming: "screaming and covered in bruises, there was a party"
    "bruises|bruised|bruise|marks|blood|bleeding|injured|hurt|hurts|burns|hungry|dirty|neglected|police|{hit}",
]
