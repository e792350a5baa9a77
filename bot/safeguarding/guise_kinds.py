"""Disclosures in another guise: told as an aside, as news, as a joke or as tiredness.

Round 25 (recall, rules). Every row `train.load()` reads held these families unmatched by any rule
concept: a neighbour's child left ("kids next door, youngest about 3, on their own since friday",
"the little lad over the road out in his nappy at 10pm again", Welsh "plant drws nesa ar ben eu
hunain"); a scam told as news ("nan's won the lottery, just has to pay the fees", "a soldier she
met online, she's sending £300 a week", "for a fee he can get back what the last one took"); a hurt
passed off as a joke ("put his hand round my throat as a joke"); pictures held over someone ("he'll
put my vids online if I don't go back lol"); money "help" ("grandson's got mam's bank card, says it's
for her shopping. her cupboards are bare", Welsh "Mab yn casglu pensiwn Dad. Oergell wag."); a
threat on a condition told as news ("says if I leave he'll make sure I never see the kids, lol");
suicide minimised ("did something stupid last week.
I'm okay now", "some nights I think about just not turning the wheel", "jokes about driving into
walls", "wouldn't mind not waking up. just tired"). A kind is two facts anywhere in the message (a
child placed next door and a sign of being left; a win and a fee; a hurt and "a joke"; pictures and
"unless"; a card held and a lack; "if I leave" and a loss or a harm) or one phrase. No veto names laughter: "lol", "joke" and "haha" never set a disclosure
aside, and a shrug after ("I'm okay now", "not going to do anything") never reads it as over. The
look-alikes ("the neighbours' kids play football against our wall", "won the raffle", "photos of
the damp if that helps", "kicked in at five-a-side lol") are left by the facts' own words or a veto.
The kinds are the screen's only; tested both ways in tests/safeguarding/test_guise_kinds.py.
"""

# ruff: noqa: E501  (a pattern reads best on one line, however long)
from __future__ import annotations

from bot.safeguarding.concepts import Concept
from bot.safeguarding.told_kinds import Pair


def _kind(name: str, category: str, severity: str, reason: str, *patterns: str) -> Concept:
    # a shrug after ("she's fine", "I'm okay now") is part of the guise, never the harm over
    return Concept(name, category, severity, reason, patterns, resolvable=False)


# --- a neighbour's child, left ------------------------------------------------------------------
CHILD = "kid|kids|kiddies|kiddie|child|children|boy|girl|baby|babies|toddler|bairn|bairns|wean|weans|twins|little_one|little_ones|little_uns|little_un|little_lad|little_girl|little_boy|wee_one|wee_ones|wee_yin|small_boy|small_girl|small_one|youngest|littlest|peerie_een"
NEAR = "next_door|next_doors|over_the_road|across_the_road|across_the_landing|across_the_landin|across_the_street|upstairs|downstairs|opposite|below|the_flats|neighbours|neighbour|neighbors|neighbour_s"
# Welsh: "plant drws nesa", "hogyn bach y cymdogion", "babi fyny grisia"
CHILD_CY = "plant|babi|hogyn|hogan|crwt|un_fach|genod|plentyn|ferch_fach|hogyn_bach|hogan_fach"
NEAR_CY = "drws_nesa|drws_nesaf|fyny_grisia|lawr_grisia|cymdogion|ochr_arall"
PLACED = (f"{CHILD} ~ {NEAR}", f"{NEAR} .. {CHILD}", f"{CHILD_CY} ~ {NEAR_CY}")
PARENT = "mum|mam|mom|mother|mummy|mammy|parents|parent|dad|adults|adult|grown_ups|anyone|noone|nobody|no_adult|no_adults"
LEFT = (
    # "on their own" as the child's state, never "on their own bikes"
    "on|by his|her|their|there own|ownsome|selves $",
    "on|by his|her|their|there own|ownsome|selves since|all|again|a_lot|every|in|at|for|till|until|while|when|overnight|most|with|and|crying|now|tonight|today|yesterday|from",
    "left|leaves|leaving ~ alone|themselves|all_night|all_weekend",
    "alone ~ again|all_night|all_weekend|every|since|outside",
    "no|without|just|in|nae coat|coats|shoes|lights|light|adult|adults|mam_in|mum_in",
    "in their|his|her|dir pyjamas|pjs|pants|nappy|nappies|nappys|nightie|t_shirts",
    "out in|on his|her|their|dir nappy|nappies|pyjamas|pjs|pants",
    "asking|asks|asked|ask|comes|come|came|knock* ~ for|us_for|me_for|any ~ food|bread|toast|lunch|something_to_eat",
    "eat|eats|eating|eatin|going_through .. out_of|from|through .. bin|bins",
    f"{PARENT} ~ hasnt|havent|aint|wasnt|isnt|not|never|nae ~ been_back|come_back|back|been_home|home|been_seen|seen",
    f"{PARENT} ~ off_her_face|off_his_face|out_of_it|gone_out|went_out|goes_out|go_out|out_every",
    "nobody|noone|no_adults|never ~ go|goes|gone|come|comes|going to_it|to_them|to_him|to_her|looking|home|seen",
    "crying|cries|cryin|screaming|greetin ~ all_night|for_hours|at_the_window|since",
    "out|outside|street|road|landing|wandering|step|window ~ at|till|until|gone ~ 10pm|11pm|midnight|11|10|2am|half_eleven|eleven|ten_at_nicht|all_hours",
    # Welsh: alone, without a coat or shoes, asking for food, out till midnight, nobody answering
    "ar_ben|ar_eu_pennau ei|eu hun|hunain",
    "heb|dim cot|got|gotiau|cotiau|sgidia|esgidiau|bwyd",
    "gofyn|dod ~ am_fwyd|i_gael_bwyd",
    "tan hanner_nos",
    "byjamas|pyjamas",
    "neb ~ ateb|atab|yn_ateb|yn_atab|di_bod|wedi_bod",
    "cloi ~ mas|allan",
)
# a noise or a game heard through the wall, or children said to be fine
NOT_LEFT = (
    "noise|noisy|football|ball|paddling_pool|playing|play|party|hedge|fence|normal|no_problem|not_a_problem|not_problem|doing_great|lucky|cake|apologised|keeps_me_awake|keeping_me_awake|kept_me_awake|cant_sleep|teething|colic|newborn|trick_or_treat|halloween|sponsor*|harvest",
)

# --- a scam told as news or a good thing -------------------------------------------------------------
WON = ("won|win|winning|winnings|prize|prizes|prize_draw|prize_draws|lottery|jackpot|ennill|loteri|gwobr",)
FEE = (
    "fee|fees|release_fee|admin_fee|tax_first|ffi",
    "pay|paid|paying|pays|send|sent|sending .. cheque|cheques|first",
)
NOT_WON = ("raffle|bingo|quiz|tombola|premium_bonds|scratch*|pitch|care_home_fees|competition|match|game",)
MET_ONLINE = (
    "met|meet|meets|from|off|on .. online|internet|facebook|the_internet|dating",
    "online|internet ~ friend|girlfriend|boyfriend|bf|gf|soldier|love|lover|fella|man|woman",
    "found|finds love online|on_the_internet",
    "ar_y facebook|we|rhyngrwyd",
    "ar_lein|arlein",
)
# sums of two digits or more ("£300" is "300" once normalised; "2 marrows" is never money), "3k", "£2,000"
SUMS = (
    "|".join(f"{a}{b}*" for a in "123456789" for b in "0123456789")
    + "|"
    + "|".join(f"{a}k" for a in "123456789")
)
MONEY = f"mil|fil|money|savings|pension|cheques|cheque|grand|thousand|hundred|hundreds|000|{SUMS}|more"
SENDS_MONEY = (
    f"sending|sent|send|sends|given|gave|give|giving|transferr*|rhoi|anfon|gyrru ~ {MONEY}|pres|arian",
    f"needs|needed|wants|asking_for|asked_for|ask_for ~ {MONEY} ~ flight|ticket|plane|home|medical|visa|customs",
    "cost|costing ~ her|him|them .. house|savings|deposit|pension|everything",
    "had|taken|took ~ off_him|off_her|from_him|from_her",
)
FOR_A_FEE = ("for_a_fee|pay_a_fee|pay_him|pay_them ~ get|recover .. back",)

# --- money "help": someone holding another's pension or card, and a lack that follows --------------
WHOSE = "her|his|my|mums|mams|dads|nans|grans|grandads|nannas|taids|nains|their|the"
HOLDS = (
    f"has|had|got|took|taken|takes|keeps|kept|keeping|collects|collecting|draws|drawing|uses|using ~ {WHOSE} .. card|bank_card|cash_card|pension|benefits|pip|post_office_card|bank_book|money",
    "keeping|keep|keeps it|them|her_money|his_money|my_money safe",
    # Welsh: collecting, keeping or taking the pension, the benefits or the card; "keeping it safe"
    "casglu|cadw|cadwi|cymryd|nol|mynd_a|cael ~ pensiwn|bensiwn|phensiwn|mhensiwn|budd|cerdyn|gerdyn|cherdyn|ngherdyn|pres|bres|arian|llyfr",
    "cadw ~ saff|n_saff",
    "pensiwn|budd ~ i_gyfri|i_gyfrif|yn_enw",
)
LACKS = (
    "no|nothing|bare|empty ~ food|shopping|fridge|cupboards|cupboard|heating|gas|electric|gwres",
    "cupboards|fridge|fridges ~ bare|empty",
    "not|never|hasnt|havent|doesnt ~ seen|see|sees|got|get|gets ~ a_penny|penny|any_of_it|a_thing|her_money|his_money|the_change",
    # Welsh: no food, no heat, not a penny, an empty fridge, nothing given back
    "dim|ddim|heb|byth ~ bwyd|gwres|ceiniog|dim_byd|ddim",
    "ddim|heb|dim wedi_gweld|gweld ~ pensiwn|bensiwn|phensiwn|arian|ceiniog",
    "oergell|ffrij wag",
    "ddim|dim ~ yn_rhoi|rhoi ~ dim|ddim",
    "dim_ond ~ yn_ol|nol|n_ol",
    "gweld ~ dod_nol|dod_yn_ol|ceiniog",
)
# a helper who shops and brings the receipts, or a lack the writer names as their own choice
NOT_TAKEN = ("receipt|receipts|receipted|dieting|diet|fasting|ramadan|derbynneb|derbynebau",)

# --- a threat of what follows if they leave, tell or seek help, told as news ------------------------
IF_THEY = (
    "says|said|say|saying|tells|told|tell|warned|warns|threaten*|keeps_saying ~ if ~ i|she|he|you|we|mum|mam|dad|nan ~ leave|leaves|left|go|goes|move|moves|tell|tells|told|report|reports|ring|rings|call|calls|stop|stops|speak|talk",
)
# what is lost: the children, the home, the care, the visa, the right to stay
LOSS = (
    "never|wont|not see ~ kids|children|grandkids|grandchildren|them|the_kids|the_children|the_baby",
    "take|takes|get|gets|keep|keeps ~ the|my|her|our kids|children|baby|grandchildren|grandkids",
    "tell|ring|call|report ~ home_office|immigration|social|social_services",
    "put_in|go_in|into|in ~ a_home|home|workhouse",
    "lose|lost ~ flat|house|home|care|package|visa|kids|children|job",
    "no visa",
    "regret_it|regret",
    "put_down",
    "change|changes the_locks",
    "die ~ on_her_own|on_his_own|on_my_own|alone",
    "thats_it_for_me|not_be_walking|ill_not_be_walking",
    "stop ~ bringing ~ grandchildren|grandkids|kids",
    "tell_everyone|say_i_hit",
)
HARM = ("burn|smash|kill|hurt|shoot|use_it|batter ~ the|my|her|me|you|dog|place|house|flat|kids",)
# a kin's jest about a chore ("he'll kill me if I leave the lights on"), an errand with the kids, a
# contest to "smash"
NOT_A_THREAT_OF_LOSS = (
    "lights|toilet_seat|towels|bike|wifi|socket|to_school|school_run|swimming|nursery|practice|quiz|exam|exams|interview|karaoke|match|game",
)

# --- a hurt passed off as a joke -------------------------------------------------------------------
HURT = (
    "hand|hands|fingers round|around|on .. throat|neck",
    "burnt|burned|burns|burn ~ him|her|me|them|my|his .. with ~ lighter|cigarette|cig|fag|iron|match|matches|candle",
    "flicks|flicked|flicking|pinches|pinched|pinching|slaps|slapped|slapping ~ me|my|him|her|them",
    "hold_still_or ~ slap|hit|smack",
    "put|putting|post|posting|share ~ my|her|his .. vids|videos|pics|pictures|photos|nudes ~ online|internet",
    "take|takes|took .. my|her clothes .. photos|pictures",
)
AS_A_JOKE = (
    "as|for a|the .. joke",
    "only|just|its|is a|just joke",
    "for joke",
)
# a joke about a hurt long past and now mended ("we're mates now"), or a sport's knock
NOT_A_HURT = (
    "mates_now|friends_now|five_a_side|5_a_side|a_side|oven|kitchen|cooking|roast|burnt_the|burnt_my_hand",
)

# --- pictures held over someone, told flatly or with a laugh ("he'll put my vids online lol") ---------
IMAGES = ("pics|pictures|photos|videos|vids|nudes|images|the_old_ones|private_videos",)
THREAT = (
    "says|said|saying|threaten*|hell|shell|theyll|going_to|gonna ~ send|share|post|put|show|spread ~ if|unless",
    "posting|sharing|sending ~ unless",
)
# an errand's pictures (of the damp, a form, a repair) sent "if" they help
NOT_A_THREAT = (
    "damp|mould|mold|leak|leaks|repair|repairs|evidence|receipt|receipts|form|forms|website|email|council|survey",
)

GUISE_PAIRS: tuple[Pair, ...] = (
    Pair(
        _kind(
            "neighbours_child_left",
            "children",
            "concern",
            "A neighbour's young child seen left without care (alone, out late, asking for food)",
        ),
        PLACED,
        LEFT,
        NOT_LEFT,
    ),
    Pair(
        _kind(
            "prize_fee_scam",
            "financial",
            "concern",
            "A prize or lottery win that needs a fee paid first: a known scam",
        ),
        WON,
        FEE,
        NOT_WON,
    ),
    Pair(
        _kind(
            "online_romance_money",
            "financial",
            "concern",
            "Money sent to someone met online: a likely romance scam",
        ),
        MET_ONLINE,
        SENDS_MONEY,
    ),
    Pair(
        _kind(
            "hurt_passed_off_as_joke",
            "physical",
            "concern",
            "A hurt or threat passed off as a joke",
        ),
        HURT,
        AS_A_JOKE,
        NOT_A_HURT,
    ),
    Pair(
        _kind(
            "money_help_taken",
            "financial",
            "concern",
            "Someone holding a person's pension or card while they go without (food, heat, their own money)",
        ),
        HOLDS,
        LACKS,
        NOT_TAKEN,
    ),
    Pair(
        _kind(
            "threat_of_harm_if_they_leave",
            "domestic",
            # a threat on a condition, not violence now: concern, so a kind already caught keeps its own reading
            "concern",
            "A threat of violence if they leave, tell or seek help",
        ),
        IF_THEY,
        HARM,
        NOT_A_THREAT_OF_LOSS,
    ),
    Pair(
        _kind(
            "threat_of_loss_if_they_leave",
            "domestic",
            "concern",
            "A threat of losing the children, the home or the right to stay if they leave, tell or seek help",
        ),
        IF_THEY,
        LOSS,
        NOT_A_THREAT_OF_LOSS,
    ),
    Pair(
        _kind(
            "images_held_over",
            "sexual",
            "concern",
            "Intimate pictures held over someone: shared unless they pay, send more or come back",
        ),
        IMAGES,
        THREAT,
        NOT_A_THREAT,
    ),
)

# not waking as the end of the thought, never "not waking up till noon"
AWAKE_AFTER = "again|anymore|any_more|ever|some_days|tomorrow|to_be_honest|in_the_morning|in_morning|one_day|one_of_these_days"


def _woken(*heads: str) -> tuple[str, ...]:
    """Each head ("wouldn't mind not waking") ending its clause or followed by a time that ends it."""
    return tuple(f"{head}{up} {end}" for head in heads for up in ("", " up") for end in ("$", AWAKE_AFTER))


# a way to die thought of in passing ("some nights I think about just not turning the wheel")
THOUGHT = "think|thinks|thinking|thought|keep_thinking|jokes|joke|joked|joking|said|says|saying|wondering"
INTO = "wall|walls|barrier|tree|bridge|lorry|river|sea|traffic|viaduct"
IN_FRONT = "train|trains|bus|lorry|traffic|car|cars"
OFF = "platform|bridge|edge|roof|cliff|car_park|multi_storey|breakwater"

GUISE_CONCEPTS: tuple[Concept, ...] = (
    _kind(
        "recovery_fee_scam",
        "financial",
        "concern",
        "Someone offering to recover lost money for a fee: a known scam",
        *FOR_A_FEE,
    ),
    _kind(
        "self_harm_minimised",
        "suicide_self_harm",
        "urgent",
        "Self-harm or an attempt told as 'something stupid'",
        "did|done something|summat stupid|daft",
    ),
    _kind(
        "way_to_die_in_passing",
        "suicide_self_harm",
        "urgent",
        "A way to die thought of, asked about or joked about in passing (a wall, a train, not turning the wheel)",
        f"{THOUGHT} ~ driving|drive|drove|going|steering|steer|veering ~ into|off ~ {INTO}",
        f"{THOUGHT} ~ stepping|step|jumping|jump|walking|walk|going ~ in_front_of ~ {IN_FRONT}",
        f"{THOUGHT} ~ stepping|step|jumping|jump|going ~ off ~ {OFF}",
        f"{THOUGHT} ~ not|never turning|turn|stopping|stop ~ the_wheel|at_the_bend|the_car",
        # "how many ... it would take" is already suicide_passive's; "it'd" is not
        "how_many .. of .. his|her|my|the .. tablets|pills|morphine|meds|paracetamol ~ itd take",
    ),
    _kind(
        "waking_wish",
        "suicide_self_harm",
        "concern",
        "Wishing not to wake up, told as tiredness",
        *_woken(
            "hope|hoping|pray|praying|prayed ~ wont|will_not|never|not wake|waking|open_my_eyes",
            "wouldnt|would_not|dont|not mind|care ~ not|never waking|wake",
            "better|happier|easier off ~ not|never waking|wake",
            "not|never bother|bothering waking|wake",
        ),
    ),
)

GUISE_PAIR_CONCEPTS: tuple[Concept, ...] = tuple(p.concept for p in GUISE_PAIRS)
