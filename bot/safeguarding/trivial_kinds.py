"""Harm words tied to a trivial cause: a kin's kill-threat in jest, harm from the public at work, a
thing, a game or a club, an apology, a move, hunger as an age's habit.

Round 21. After rounds 18 and 19, the rules' largest family of false alarms on set Y (which no rule
had read: 12 of its 40) was a kin who "will kill me" over something nobody kills for: a thank-you
not said, a review not left, the survey not filled in, being put in a home, or "for saying this,
but she loves her carer". Its twin ("he said he'd kill me if I told anyone", "if I leave") is a real
disclosure, so each kind here is the threat's cause, never its teller or a laugh (the screen still
catches "he'll kill me lol"):

- *a threat over praise or an answer not given*: "he'll kill me if I don't leave a good review",
  "she'll kill me if I not say thank you", "she'd murder me if I didn't fill this in" (failing to
  praise or answer; never "if he knew I'd filled this in", never "if I tell anyone");
- *a threat "for saying this" beside a fondness*: "she'll kill me for saying this but she loves the
  lad who does her shopping" (what the saying is, is a fondness; never "but he hits me");
- *a threat over the threatener's own care*: "she'll kill me if I put her in a home", "wanted to kill
  me for making her go to the day centre" (the one who threatens is the one cared for);
- *a trouble that "kills me with stress"* and a wait "on the phone" that kills one (as passing_kinds
  reads "the queue kills me");
- *harm from the public at work*: "got abuse off a passenger about fares", "drunks threaten to kill
  me across the bar", "bitten, but that's the job" (a customer, a fare or a drunk, never a kin, a
  boss or an agency, whose harm at work is a disclosure of exploitation);
- *a thing, a game or a club, never a person*: "Latics got battered again", beaten "at FIFA", "can't
  cope with these phones", "with the amount of paper you lot send", "with how nice the kitchen is"
  (never a person, pain, caring, tablets, or calls and messages from someone); "my own mum" as the
  one who helps; "freezing fog"; "starving for a chat";
- *the apology for asking again*: "such a burden asking again" (never a burden to the family; never
  "sorry to be a nuisance but", which a stroke told politely follows too);
- *things given away for a move*: "giving my things away before the move" (MOVE_IDIOMS), unless the
  message says goodbye or "won't need them where I'm going" anywhere (FAREWELL);
- *hunger as an age's habit*: "says he's starving every ten minutes", "that's just teenagers for you"
  (HABIT_IDIOMS, never with a lasting lack anywhere: no food, can't afford, a food bank).

The kinds are read in their own pass with their own guards (`Rules._findings`), after
passing_kinds.py's: that module guards every reported threat ("says he'll kill me") and every "if I
leave", which would keep "says he'll kill me if I don't leave a good review" from its cause. These
are the screen's only, so the classifier's features and model.json stay as trained. Tested both
ways in tests/safeguarding/test_trivial_kinds.py on sentences of our own.
"""

# ruff: noqa: E501  (a pattern reads best on one line, however long)
from __future__ import annotations

from bot.safeguarding.passing_kinds import HARMED_BY_PLAY, HUNGER, LASTING, WAITING

# --- a kin's kill-threat over a trivial cause -----------------------------------------------------
NOT_DONE = "didnt|dont|not|never|wont|forgot_to|forget_to|didnt_even|dont_even"
# giving praise, a rating or an answer to this survey
GIVE = "say|said|leave|left|give|gave|write|wrote|put|send|sent|fill|filled|answer|answered|complete|completed|mention|mentioned|tell_you|told_you|do|did"
PRAISE = "thank|thanks|thank_you|ta|review|good_review|a_good_review|rating|good_rating|stars|5_stars|five_stars|top_marks|full_marks|feedback|good_feedback|this_in|it_in|this_survey|the_survey|this_form|survey|questionnaire|how_good|how_kind|how_lovely|how_nice|how_great|how_brilliant|how_helpful|something_nice|something_good"
FONDNESS = "loves|adores|fancies|dotes|thinks_the_world_of|worships|prefers|likes_him|likes_her|is_smitten|is_sweet_on|gets_her_lippy_on|cant_stop_talking_about"
SAYING = "saying|saying_this|saying_it|saying_so|telling_you|telling_you_this|mentioning|mentioning_it|writing_this|putting_this"
# a placement the one who threatens would be put in
CARE = "home|a_home|care_home|a_care_home|nursing_home|a_nursing_home|day_centre|day_center|the_day_centre|respite|sheltered|sheltered_housing|lunch_club|day_care|hospice"
PLACE = "put|putting|puts|send|sending|sent|move|moving|moved|make|making|made|take|taking|took|get|getting|book|booking|booked"
# trouble that "kills me with" itself (never a person's hands)
WORRY = "stress|worry|worrying|nerves|his_exams|her_exams|exams|exam|homework|cheek|antics|questions|chatter|talking|jokes|the_worry|the_stress"

# --- harm from the public at work ----------------------------------------------------------------
PUBLIC = "customer|customers|passenger|passengers|punter|punters|fare|fares|drunks|drunk_lad|drunk_lads|drunk_bloke|drunk_man|drunk_fella|shopper|shoppers|diner|diners|member_of_the_public|members_of_the_public|motorist|motorists|van_driver|lorry_driver|taxi_driver|cyclist|tourist|tourists"
ABUSE_TAKEN = "abuse|grief|earache|a_mouthful|threats|verbal|sworn_at|spat_at|abused|threatened"
THREAT_AT_WORK = "threatened|threaten|threatening|threatens|tried|going|said|swore|promised"
JOB_NOTE = "thats_the_job|part_of_the_job|comes_with_the_job|all_part_of_the_job|occupational_hazard|hazard_of_the_job|goes_with_the_job|the_job"

# --- a thing, a game or a club, never a person ----------------------------------------------------
# clubs by the names fans use, beyond passing_kinds.SIDE (never a word that is also a person's name
# or an everyday noun: "Stanley", "Alex", "County", "City", "Blues", "Rovers")
CLUBS = "port_vale|vale|latics|wigan|oldham|bolton|trotters|blackpool|seasiders|preston|burnley|clarets|blackburn|stoke|crewe|tranmere|carlisle|barnsley|tykes|rotherham|millers|doncaster|donny|grimsby|mariners|lincoln|mansfield|notts|salford|accrington|morecambe|harrogate|bradford|bantams|huddersfield|hull|derby|rams|west_brom|baggies|walsall|saddlers|shrewsbury|shrews|coventry|sky_blues|millwall|charlton|addicks|gillingham|gills|ipswich|norwich|watford|luton|brentford|fulham|qpr|brighton|southampton|bournemouth|plymouth|argyle|exeter|cheltenham|swindon|colchester|peterborough|middlesbrough|west_ham|aberdeen|dundee|motherwell|kilmarnock|killie|st_mirren|livingston|partick|wrexham|newport|cardiff|swansea"
GAME = "fifa|chess|cards|scrabble|darts|pool|snooker|monopoly|golf|tennis|bowls|dominoes|draughts|cribbage|crib|rummy|bingo|quiz|the_quiz|xbox|playstation|ps5|mario_kart|fortnite|cluedo|uno|trivial_pursuit|sudoku|wordle|table_tennis|ping_pong|badminton|squash|arm_wrestling"
# technology, paperwork and print a person "can't cope with" (never tablets, a person or a life)
TECH = "phone|phones|mobile|mobiles|smartphone|smartphones|smart_phone|computer|computers|laptop|internet|online|online_form|online_forms|the_new_online_form|apps|app|website|websites|passwords|password|technology|tech|gadgets|emails|email|font|font_size|small_print|print|self_checkout|self_checkouts|touch_screen|touchscreens|remote|remotes|sky_box|the_new_system|new_system"
PAPER = "paper|paperwork|letters|forms|post|mail|emails|texts|leaflets|junk_mail|junk|questions|surveys"
DEGREE = "nice|lovely|good|great|cute|gorgeous|beautiful|pretty|long|slow|fast|quick|much_paper|many_forms|many_letters|often|loud|small|big|tiny|expensive|complicated|fiddly|confusing|clean|tidy|warm|bright|quiet"

TRIVIAL_IDIOMS: list[str] = [
    # failing to praise or answer: "he'll kill me if I don't leave a good review", "if I not say thank you"
    f"{{kill}} me|us if|when i|we {NOT_DONE} ~ {GIVE} ~ {PRAISE}",
    # "for saying this" and the saying a fondness: "she'll kill me for saying but she loves her carer"
    f"{{kill}} me|us for ~ {SAYING} ~ but ~ {FONDNESS}",
    # the threatener's own care: "she'll kill me if I put her in a home", "for making her go to the day centre"
    f"{{kill}} me|us if|for|when ~ {PLACE} ~ her|him|them ~ in|into|to|go_to|go_in ~ {CARE}",
    f"{{kill}} me|us if|for|when ~ {PLACE} ~ her|him|them ~ {CARE}",
    # a trouble that "kills me with stress", a wait on the phone that kills one
    f"kill|kills|killing|killed|kil me|us with ~ {WORRY}",
    f"the|this|that|these|those {WAITING} on|in ~ the|hold ~ phone|line|queue|hold ~ kill|kills|killing|killed|kil|murder|murders me|us",
    # the public at work: "got abuse off a passenger", "drunks threaten to kill me across the bar"
    f"{ABUSE_TAKEN} ~ off|from|by ~ a|the|some|this|one|two|three|drunk|angry|rude ~ {PUBLIC}",
    f"{PUBLIC} ~ {THREAT_AT_WORK} ~ to ~ {{kill}}|deck|punch|batter|stab|glass|smack|hit me|us",
    # a bite or a knock told as the job's: "bitten, but that's the job"
    f"bitten|nipped|scratched|kicked|scratches|bites ~~ but ~ {JOB_NOTE}",
    # a club that "got battered", a game one is beaten at ("threatened to beat me at FIFA lol")
    f"{CLUBS} ~ are|is|s|got|get|getting|were|was|have_been|been|keep|keeps ~ {HARMED_BY_PLAY}",
    f"beat|beats|beating|beaten|thrash|thrashes|thrashed|thrashing|batter|battered|hammer|hammered|whoop|whooped|destroy|destroyed me|us|him|her|them at ~ {GAME}",
    # "can't cope with" technology, the paper sent, or how nice or slow a thing is
    f"cant|cannot|couldnt|not|never cope|coping ~ with|w these|the|this|that|all_the|all_these|new|modern .. {TECH}",
    f"cant|cannot|couldnt|not|never cope|coping ~ with|w the|all_the|this|that amount|amount_of|number_of|volume_of|pile_of|piles_of ~ {PAPER}",
    f"cant|cannot|couldnt cope with|w how {DEGREE}",
    # "my own mum" as the one who helps (a carer's "my own mum" to care for is a breakdown)
    "my own mum|mam|dad|nan|gran|mother|father ~ helps|helped|does_the|still_does|still_doing|picks_up|minds|babysits|adores_them|is_my_back_up|is_my_backup|is_my_back_up_carer|is_amazing|is_brilliant|is_a_star",
    # the apology for asking again: "such a burden asking again" (never "sorry to be a nuisance but":
    # a stroke or a fall is told after it too)
    "burden|nuisance|pest|pain ~ asking|ringing|chasing|bothering|emailing|writing|to_ask|to_ring|to_chase ~ again|you_again|yet_again",
    # the weather, never a home: "freezing fog", and hunger for company, never for food
    "freezing|frozen fog|rain|drizzle|mist|sleet|hail",
    f"{HUNGER} for ~ a_chat|company|conversation|attention|news|gossip|a_natter|a_gossip|a_cuppa_and_a_chat|visitors",
]

# Literal readings the kinds above never blank: a threat about leaving, telling or being found out,
# money, a kin, a boss or an agency who harms at work, and a person or a life one can't cope with.
TRIVIAL_GUARDS: list[str] = [
    "cope|coping with|w .. {someone}|{kin}|{victim}|life|pain|myself|anymore|any_more|alone|caring|care|dementia|tablets|medication|meds",
    "phone|phones|mobile|mobiles|email|emails|online .. calls|call|messages|texts|ringing|from|abuse|bullying|threats",
    "if|when|for ~ i|we|id|ever ~ leave|left|leaving|go|went ~ him|her|them|home|the_house|the_kids",
    "tell|told|telling ~ anyone|anybody|someone|somebody|the_police|police|social|what|about_him|about_her",
    "knew|know|knows|finds_out|found_out|find_out|sees|saw|catches|caught|hears|heard",
    "{money}",
    "boss|gaffer|manager|agency|owner|foreman|supervisor|the_man|his_mates",
    "my|our|me ~ drunk|drunk_lad|drunk_bloke|drunk_man|drunk_fella",
    # a burden to the family, or asking them again, is the passive wish it names
    "burden|nuisance|pest ~ to|on|for ~ {kin}|everyone|everybody|family|my_family|the_family|them|people|all",
    "asking|ringing|chasing|bothering ~ {kin}",
]

# --- things given away for a move ----------------------------------------------------------------
MOVE = "the_move|move|moving|moving_house|house_move|downsizing|downsize|declutter|decluttering|clear_out|clearout|the_new_flat|new_flat|bungalow|sheltered|removals|the_removal_men|emigrating"
MOVE_IDIOMS: list[str] = [
    f"giving|gave|given|give|giving_away ~ my|our|all_my|me|all_our things|stuff|belongings|bits|furniture|books|clothes|ornaments ~ away ~~ before|for|cos|because|ahead_of ~ {MOVE}",
]
# a farewell anywhere keeps giving things away a means (urgent): "I won't need them where I'm going"
FAREWELL = [
    "wont|shant|will_not|dont|no_longer ~ need|be_needing ~ them|it|anything ~ where|after|when",
    "where_im_going|after_im_gone|when_im_gone|wont_be_here|not_be_here|wont_be_around|goodbye|last_message|my_affairs|end_it|my_life|the_end",
]

# --- hunger as an age's habit --------------------------------------------------------------------
# LASTING without its people ("hes", "my_kids"): hunger said of a teenager is this kind's subject
LACK = [p for p in LASTING if not p.startswith("baby|")] + ["baby|babies|toddler|newborn"]
HABIT_IDIOMS: list[str] = [
    f"{HUNGER} ~ every ~ 5|five|ten|10|two|2|few|couple_of|20|twenty|fifteen|15|half ~ minutes|mins|min|seconds|secs|an_hour|hour",
    f"{HUNGER} ~~ teenage|teenager|teenagers|teens|growing_lad|growing_lads|growing_boy|growing_boys|teenage_boy|teenage_boys|growing_teenager",
    f"teenage|teenager|teenagers|teens|growing_lad|growing_boy ~~ {HUNGER}",
]
