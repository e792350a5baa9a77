"""Everyday idioms of dying, killing, hurting, violence, drowning, falling, abuse and despair.

British and Welsh residents complain in the words of harm: "bored to death", "sick to death of
the forms", "dragged through a hedge backwards", "the stairs nearly killed me", "I lose the will
to live on hold". The older lists named a few dozen of these one by one; this module is the
inventory, by FAMILY (one idiom with its inflections and texting spellings), in three groups:

- SET_IDIOMS: fixed expressions that are never literal ("scared the life out of me", "thrown under
  the bus", "a kick in the teeth"); blanked wherever they appear;
- FRAMED_IDIOMS: expressions that are literal about a person or a life but figurative about a
  trivial cause (hold music, a form, a queue, paperwork, an app, the stairs, a bill) or with a joke
  marker ("lol"): "the hold music nearly killed me" vs "he nearly killed me"; "losing the will to
  live filling in this form" vs "I've lost the will to live since she died". Only the framed
  form is blanked, so the unframed one still reaches the concepts (LITERAL_CONCEPTS below
  catches the literal readings the older concepts missed);
- the cause and joke frames themselves (CAUSE, LAUGH).

rules.py blanks these before any concept looks; context.py lets the classifier score a message
again with them blanked, so an idiom alone never raises an alert. Tested both ways in
tests/safeguarding/test_idioms.py.
"""

# ruff: noqa: E501  (a pattern reads best on one line, however long)
from __future__ import annotations

from bot.safeguarding.concepts import Concept
from bot.safeguarding.figurative import ROOMS

# A trivial cause: the service experience, everyday objects and chores, never a person.
CAUSE = (
    "queue|queues|queuing|queueing|on_hold|hold|hold_music|the_music|form|forms|paperwork|red_tape|bureaucracy|"
    "admin|letters|letter|emails|email|bills|bill|council_tax|website|web_site|app|apps|portal|online_form|"
    "login|log_in|password|passwords|captcha|menu|options|automated|recorded_message|switchboard|call_centre|"
    "helpline|phone_line|phone_lines|system|process|customer_journey|journey|application|applications|"
    "appeal|appeals|survey|surveys|questionnaire|meeting|meetings|waiting|wait|waiting_list|department|"
    "departments|office|offices|housing_office|stairs|steps|hill|hills|walk|bus|buses|train|trains|traffic|roadworks|potholes|parking|"
    "bins|bin|recycling|heat|heatwave|weather|homework|gym|diy|decorating|housework|hoovering|ironing|"
    "shopping|christmas|kids_homework|noise|builders|scaffolding|drilling|leak|damp|mould|repair|repairs"
)
LAUGH = "lol|lool|lolol|haha|hahaha|hehe|lmao|lmfao|rofl|jk|jokes|joking|only_joking|kidding|only_kidding"
# A clause that ties a feeling to the cause ("with", "waiting for", "trying to fill in").
LINK = "with|over|about|because_of|thanks_to|from|by|at|waiting|waiting_for|trying|trying_to|filling|filling_in|ringing|calling|phoning|chasing|dealing_with|sorting|sorting_out|reading|on|in|after"

KILL_ME = "kill|kills|killed|killing|killin|kil|murder|murders|murdered|finish|finishes|finished|finishing|be_the_death_of|the_death_of"
WOULD = "nearly|almost|practically|near|just_about|will|would|wud|gonna|going_to|is_going_to|are_going_to|is|are|was|were|has|have|had|could|honestly|literally|actually|proper"

# fmt: off
# Fixed expressions, never literal (family name: its forms).
SET_IDIOMS: dict[str, tuple[str, ...]] = {
    # death and dying
    "bored to death": ("bored|boring|bores|bore to|2 death|tears|bits",),
    "sick to death": ("sick|fed_up|tired to|2 death|the_back_teeth|the_teeth",),
    "scared to death": ("scared|frightened|worried|terrified|petrified to|2 death",),
    "frozen to death": ("frozen|freezing to|2 death ~ waiting|in_the|at_the|outside|lol|haha",),
    "life out of me": ("scared|frightened|scare|frighten|scares|frightens|scaring|frightening|terrified|startled|jumped .. the|tha .. life|living|daylights|hell|bejesus|crap|shit|wits out|outta of|me|him|her|us",),
    "jumped out of my skin": ("jumped|jump|jumps|nearly_jumped out of|outta my|his|her|our skin|skins",),
    "death warmed up": ("like|look|looks|looked|looking|feel|feels|felt death warmed up|warmed_over",),
    "dead on my feet": ("dead|asleep on my|our|her|his feet",),
    "dead beat": ("dead beat|tired|on|right|easy|simple|good|chuffed|nice|quick|lucky|funny|helpful|friendly|kind|busy|slow|keen|set|against|cert|loss|ringer|end|heat|weight|pan|serious",),
    "dead in the water": ("dead in the water",),
    "dead to the world": ("dead to the world",),
    "flogging a dead horse": ("flogging|flog|beating|beat a dead horse",),
    "nail in the coffin": ("nail|nails in the|its coffin",),
    "one foot in the grave": ("one foot in the grave",),
    "turn in the grave": ("turn|turning|spinning|spin|rolling in her|his|their|my grave",),
    "kiss of death": ("kiss of death|life",),
    "skeleton staff": ("skeleton staff|crew|service",),
    "graveyard shift": ("graveyard shift|shifts",),
    "ghost town": ("ghost town|estate",),
    "die of embarrassment": ("die|died|dying|nearly_died of|from embarrassment|shame|boredom|laughing|laughter|fright|shock|old_age|curiosity|thirst",),
    "to die for": ("to die for",),
    "die hard": ("die hard|hards", "diehard*", "do or die", "never say die"),
    "cross my heart": ("cross my heart ~ hope to die",),
    "death of me": ("be|is|was|will_be the death of me|us ~ lol|haha|with|those|these|that|this|them|the",),
    "for the life of me": ("for the life of me",),
    "get a life": ("get a life",),
    "not the end of the world": ("not|isnt|wasnt the end of the world",),
    "like death": ("like|feel|felt death on a stick|on_legs",),
    "dying breed": ("dying breed|art",),
    "dying for": ("dying|dyin to|for a|the|some cuppa|brew|tea|coffee|drink|wee|fag|pint|smoke|holiday|break",),
    # killing
    "kill two birds": ("kill|killed|killing two|2 birds",),
    "kill time": ("kill|killing|killed time|the_time|an_hour|a_few_hours",),
    "dressed to kill": ("dressed to kill",),
    "overkill": ("overkill", "bit of an overkill"),
    "my feet are killing me": ("my|me|her|his feet|back|knees|knee|hip|hips|legs|head|neck|shoulder|teeth|tooth|ears|eyes .. are|is|were|was|r killing|killin|murdering|murder me|us|her|him",),
    "murder on my feet": ("murder|murderous|torture|killer on|for the|my|your|her|his feet|knees|back|legs|hips|joints|nerves|ears",),
    "get away with murder": ("get|gets|got|getting away with murder",),
    "scream blue murder": ("scream|screaming|screamed|cry|crying blue murder",),
    "killjoy": ("killjoy|kill_joy",),
    "kill the engine": ("kill|killed the engine|lights|noise|music|power|telly|tv",),
    "killing it": ("killing|killin|killed|smashing|smashed|nailing|nailed|bossing|bossed it",),
    "could murder a cuppa": ("could|cud|id|would murder a|an|some ~ cuppa|tea|brew|coffee|pint|curry|kebab|drink|chippy|burger|sandwich",),
    # hurting and violence
    "stabbed in the back": ("stab|stabbed|stabbing|knifed .. in the back ~ councillor|council|mp|party|boss|manager|colleague|colleagues|office|department|system|politicians",),
    "twist the knife": ("twist|twisting|twisted|twists the knife",),
    "knife edge": ("knife edge|edged",),
    "twist my arm": ("twist|twisted|twisting|twists my|his|her|your arm",),
    "slap in the face": ("a|like_a|real slap in the face",),
    "kick in the teeth": ("a|like_a|real kick in the teeth|guts|stomach|pants",),
    "punch in the gut": ("a|like_a|real punch|smack|thump in the gut|guts|face|stomach",),
    "kicked into the long grass": ("kicked|kick|kicking|kicks into|in_to the long grass",),
    "kick the can": ("kick|kicking|kicked the can|bucket",),
    "kick off": ("kick|kicked|kicks off|off_at the|a meeting|game|match|season|tournament",),
    "beat around the bush": ("beat|beating around|round|about the bush",),
    "beat the queue": ("beat|beats|beating|beaten the queue|queues|rush|traffic|crowds|crowd|system|odds|heat|deadline",),
    "beat myself up": ("beat|beating|beats myself|meself|yourself|himself|herself up ~ about|over|for",),
    "hit the roof": ("hit|hits|hitting the roof|ceiling|wall|brick_wall|nail_on_the_head|sack|hay|shops|town|pub|books|gym|headlines|news|buffers",),
    "hit a brick wall": ("hit|hitting|hits|came_up_against a brick wall|wall|dead_end|snag|glitch|problem|hurdle",),
    "banging my head against a brick wall": ("like .. banging|bang|hitting my|our|your|their|ones head|heads against|off|on a|the brick_wall|wall|walls", f"banging|hitting my|our head|heads against|off|on a|the brick_wall|wall ~~ {LINK} ~ {CAUSE}"),
    "talking to a brick wall": ("talking|talk|speaking to a brick wall|wall",),
    "shoot myself in the foot": ("shoot|shot|shooting|shoots myself|yourself|themselves|ourselves|itself in the foot",),
    "bite the bullet": ("bite|bit|biting the bullet",),
    "dodged a bullet": ("dodged|dodge a|the bullet",),
    "jump the gun": ("jump|jumped|jumping the gun",),
    "stick to my guns": ("stick|stuck|sticking to my|our|your guns",),
    "great guns": ("going|went great guns",),
    "give it a shot": ("give|gave|have|had|worth it|a shot",),
    "long shot": ("long|big|parting|cheap shot",),
    "call the shots": ("call|calls|calling the shots",),
    "shot to pieces": ("nerves|confidence ~ shot|shattered|in_pieces|in_bits",),
    "under fire": ("under fire",),
    "in the firing line": ("in the firing line",),
    "cost a bomb": ("cost|costs|costing|spent|paid a bomb|fortune",),
    "went down a bomb": ("went|go|goes down a bomb|storm",),
    "blown away": ("blown|blew me|us away",),
    "up in arms": ("up in arms",),
    "fight tooth and nail": ("fight|fought|fighting tooth and nail",),
    "losing battle": ("losing|uphill battle|fight",),
    "battered fish": ("battered fish|cod|sausage|haddock|chips",),
    "head battered": ("my|me head|heads|brain|brains is|was|s|proper|totally|absolutely battered|wrecked|fried|mashed|melted", "my|me head|heads|brain battered|wrecked|fried|mashed|melted"),
    "slaughtered at sport": ("slaughtered|murdered|battered|hammered|thrashed|destroyed|annihilated|stuffed .. at|in the|a darts|quiz|pool|cards|bingo|scrabble|chess|football|rugby|final|match|game",),
    "have a stab at": ("have|had|take|took a stab|crack|bash at",),
    "armed with": ("armed with ~ forms|paperwork|letter|letters|list|lists|notes|documents|evidence|questions|facts|information|receipts",),
    "pain in the neck": ("pain|pains in the neck|backside|arse|bum|butt",),
    "wouldnt hurt to": ("wouldnt|would_not|doesnt|does_not|didnt|never hurt|harm to|anyone",),
    "no harm done": ("no harm done|meant",),
    "hurt my feelings": ("hurt|hurts my|our|his|her feelings|pocket|wallet|bank_balance",),
    # drowning, falling, hanging, jumping
    "in at the deep end": ("thrown|threw|chucked|dropped in at the deep end",),
    "out of my depth": ("out of|outta my|our|his|her depth",),
    "head above water": ("keep|keeping|kept|keeps my|our|his|her head|heads above water",),
    "sink or swim": ("sink or swim",),
    "sinking feeling": ("sinking feeling|ship",),
    "flooded with": ("flooded|swamped|inundated|bombarded with ~ calls|emails|letters|requests|complaints|forms|work|post",),
    "thrown under the bus": ("thrown|threw|throw|throws|throwing|chucked|chuck|chucking .. under the bus",),
    "jump off the bus": ("jump|jumped|jumping|hop|hopped|got on|off the|a bus|tram", "jump|jumped|jumping|hop|hopped|got on the|a train|tube"),
    "jump through hoops": ("jump|jumped|jumping|jumps through hoops|hoop|loops",),
    "jump the queue": ("jump|jumped|jumping the queue|list|waiting_list",),
    "jump at the chance": ("jump|jumped|jumping at the chance|offer|opportunity",),
    "jump for joy": ("jump|jumped|jumping for joy",),
    "fall through the cracks": ("fall|fell|falling|falls|slipped|slip through|between the cracks|net|gaps",),
    "fall on deaf ears": ("fall|fell|falling|falls on deaf ears",),
    "falling apart": ("building|flat|house|estate|block|windows|kitchen|bathroom|roof|fence|service|system|council|nhs|car|shoes ~ falling|fell|falls apart|to_bits|to_pieces",),
    "fall flat": ("fall|fell|falls|falling short|foul",),
    "fall between two stools": ("fall|fell|falls|falling between two|2 stools",),
    "fell off my chair": ("nearly|almost fell|fall off my|me chair|seat",),
    "bend over backwards": ("bend|bent|bending over backwards",),
    "left hanging": ("left|leave|leaving|kept me|us hanging",),
    "hang on the line": ("hang|hanging|hung on|up|around|about",),
    "hold on for dear life": ("hold|holding|held on for dear life",),
    "dragged through a hedge": ("dragged|pulled through a hedge ~ backwards|backward",),
    "like pulling teeth": ("like pulling teeth",),
    "tearing my hair out": ("tearing|tear|tore|pulling|pull|pulled my|our|me hair out ~ with|over|about|trying|waiting|at|because|lol|haha",),
    # abuse and torture said of things
    "abuse of power": ("abuse|abusing|abused of|the power|process|system|office|privilege|parking|bays|bins|time",),
    "torture": ("absolute|pure|sheer|chinese torture|agony",),
    "hell on earth": ("like|pure|absolute a living|hell|nightmare ~ trying|to_get|getting|dealing|ringing|waiting|sorting",),
    "daylight robbery": ("daylight|highway robbery",),
    "arm and a leg": ("an arm and a leg",),
    "bleeding dry": (f"{CAUSE}|prices|charges|fees|energy|gas|electric|energy_company|council|rent|service_charge ~ bleeding|bleed|bled .. dry",),
    "robbing us blind": ("council|councils|energy|companies|prices .. robbing|robbed|fleecing|ripping .. us|people|residents|everyone blind|off",),
    "suicide of career": ("political|career|commercial|social suicide",),
    "suicide squad": ("suicide squad|mission|missions|run|runs|doors|door",),
    "overdosed on sugar": ("overdosed|od|ode|oded .. on sugar|chocolate|caffeine|coffee|sweets|telly|netflix|christmas",),
    # despair said of the service
    "drive me up the wall": ("drives|driving|drove|drive|driven me|us|him|her up the wall|round_the_bend|round_the_twist|mad|crazy|nuts|bonkers|insane|potty|spare",),
    "do my head in": ("does|do|doing|did|done my|our|your|his|her head in",),
    "lose my mind": ("lose|losing|lost my mind|marbles|rag|temper|patience|head",),
    "at my wits end": ("at|at_the my|our wits|witts end ~ with|over|trying|waiting|about|because|this|these|the|your|that ~ " + CAUSE,),
    "wanted the ground to swallow me": ("ground|floor|earth to swallow me|us",),
    "pull my hair out": ("pulling|pull my hair out ~ lol|haha|with|over|trying|waiting",),
    "cry into my tea": ("cry|cried|crying into my|me tea|cuppa|pint|beer|wine",),
    "could have cried": ("couldve|could_have|could|nearly|almost|i_could cried|cry|wept ~ with|when|at ~ joy|relief|happiness|laughing|the_bill|the_price|the_queue",),
    "cried with laughter": ("cried|crying|cry|wept with laughter|laughing|joy|relief|happiness",),
    "wanted to scream": ("want|wanted|wanting to scream|cry ~ " + CAUSE,),
    "gives me nightmares": ("gives|give|gave|giving me nightmares ~ " + CAUSE,),
        "sent shivers": ("sent|sends|send shivers|a_shiver down",),
    "made my blood boil": ("made|makes|make my|me blood boil",),
    "bane of my life": ("bane of my|our life|existence",),
    "dont want to be contacted": ("dont|do_not want|wish to be contacted|called|rung|phoned|texted|emailed|disturbed|visited|bothered|chased|reminded|surveyed|contacted_again",),
    "wish id never been born": ("wish|wished id|i never|hadnt .. ringing|rang|phoned|called|applied|bothered|started|signed_up|moved",),
}

# Literal about a person or a life, figurative about a trivial cause or with a joke marker.
FRAMED_IDIOMS: dict[str, tuple[str, ...]] = {
    "x nearly killed me": (
        f"{CAUSE} ~ {WOULD} .. {KILL_ME} me|us",
        f"{KILL_ME} me|us off .. {LINK} ~ {CAUSE}",
    ),
    "lose the will to live": (
        f"{CAUSE} ~~ lose|losing|lost|loose|loosing|losin the will to live|2_live",
        f"lose|losing|lost|loose|loosing|losin the will to live|2_live ~~ {LINK} ~ {CAUSE}",
        f"lose|losing|lost|loose|loosing|losin the will to live ~~ {LAUGH}",
        # a demand with a deadline: "answer me before I lose the will to live"
        "back|sorted|fixed|refund|refunded|answer|reply|respond|call_back|ring_back|sort_it|fix_it|pay ~~ before i|we lose|losing the will",
    ),
    "end of my tether": (
        f"{CAUSE} ~~ end of my|the tether|rope",
        f"end of my|the tether ~~ {LINK} ~ {CAUSE}",
        f"end of my|the tether ~~ {LAUGH}",
    ),
    "cant go on": (
        f"{CAUSE} ~~ cant go_on|take_it_anymore|take_any_more|take_much_more|stand_it",
        f"cant go_on|take_it_anymore|take_any_more|take_much_more|stand_it ~~ {LINK} ~ {CAUSE}",
    ),
    "want to die": (
        f"{CAUSE} ~~ want|wanted|wanna|made_me_want|makes_me_want to die|top_myself|end_it|kill_myself|jump",
    ),
    "drowning in": (
        f"drowning|drowned|sinking|buried|suffocating ~ in|under ~ {CAUSE}",
    ),
    "had enough": (
        f"had enough|it_up_to_here ~~ {LINK} ~ {CAUSE}",
        f"{CAUSE} ~~ had enough",
    ),
    "given up on": (
        f"given|give|gave|giving up on|with ~ you|you_lot|the_council|council|ringing|phoning|calling|getting_through|{CAUSE}",
    ),
    "nearly died at the price": (
        "nearly|almost died|had_a_fit|fainted|collapsed ~ when|at ~ saw|seen|see|opened|got|heard ~ the|my|that ~ bill|price|letter|quote|cost|total|invoice|statement",
    ),
    "thought theyd kill me": (
        # a fear told and then answered by kindness in the same clause
        "thought|expected|worried ~ theyd|youd|they_would|you_would|they_were_going_to kill|shout_at|eat ~ me|us ~ but ~ understanding|kind|lovely|helpful|nice|patient|brilliant|great|fine|reassuring",
    ),
    "attack on the service": (
        "an|the|full|real attack|assault on the|my|our senses|ears|eyes|nose|wallet|pocket",
    ),
    "fear said of a step": (
        # nerves about a visit, a call or an assessment, not a person
        "frightened|scared|terrified|afraid|nervous|petrified|worried by|of the|an|a prospect|idea|thought of ~ assessment|visit|appointment|home_visit|call|meeting|interview|operation|move|moving|form|forms",
    ),
    "cold before the repair": (
        # cold told as the time before a repair in the same sentence ("freezing till they came")
        "fixed|repaired|mended|sorted|replaced|came|working ~~ freezing|freezin|frozen|cold|perishing ~ before|till|until|til ~ that|then|it|they|you",
        "freezing|freezin|frozen|cold|perishing ~~ before|till|until|til ~ they|you|it|the_engineer|the_plumber ~ fixed|repaired|mended|sorted|came|replaced",
        "freezing|freezin|frozen|cold|perishing before|till|until that|then",
    ),
    "coat on in a public room": (
        f"{ROOMS}|reception_area|waiting_area ~~ sat|sitting|sit|waited|waiting|kept ~ in my|his|her|our coat|coats",
    ),
    "a fault and its repair": (
        # a breakdown told together with who mended it ("boiler broke Sunday, engineer fixed it Monday")
        "heating|boiler|gas|electric|hot_water|radiators|heaters|power ~ broke|broken|went|gone|off|died|packed_up|stopped ~~ engineer|plumber|electrician|they|someone|gas_man|council|landlord|you|repairs|contractor repaired|fixed|mended|sorted|replaced|came_and_fixed",
    ),
    "a carer's own things forgotten": (
        "forgot|forget|forgets|forgotten|left|leaves her|his|their ~ phone|keys|key|bag|coat|glasses|umbrella|lanyard|badge|charger|car_keys|scarf|hat|gloves|pen|folder|laptop|ipad|notes|brolly|jacket|lunch",
    ),
    "reads the post for me": (
        # help with the post for someone who cannot read it is care, not monitoring
        "opens|open|opened|reads|read|checks|check|does|sorts|goes_through ~ my|the|our|all_my|all_the|her|his ~ post|letters|mail|emails|paperwork ~~ because|cos|as|since|so|for_me|for_us ~ i|im|me|mum|dad|she|he|we|my_eyes|my_sight ~ cant|cannot|blind|partially|partially_sighted|dyslexic|dementia|sight|eyesight|struggle|struggles|dont_read|no_glasses|see",
    ),
    "welsh: wedi cael llond bol": (
        "llond bol|mol ~ ar|o ~ ffurflen*|aros|ciw|system|cyngor|ffonio|biliau|papurau",
        "marw|farw o|eisiau chwerthin|gywilydd|diflastod|syched",
        "bron|jyst marw|lladd ~ eisiau|isio ~ paned|panad|te|coffi|diod",
    ),
}

# The literal readings of the framed idioms that the older concepts missed: said of a person by a
# person ("he nearly killed me") or of one's own life ("I've lost the will to live since she died").
NEARLY_KILLED = "he|she|they|hes|shes|husband|partner|boyfriend|girlfriend|son|daughter|dad|ex|brother|neighbour|stepdad|fella nearly|almost|near|practically|could_have|couldve|would_have|wouldve|tried_to|try_to|trying_to .. kill|killed|strangled|strangle|choked|choke|drowned|drown|throttled|murdered me|us|her|him|mum|mam|dad|nan|the_kids"
# Where these match, no idiom is blanked: a person as the subject makes the words literal
# ("the man on the stairs nearly killed me" is not "the stairs nearly killed me").
LITERAL_GUARDS = [
    NEARLY_KILLED,
    "twist|twisted|twisting|twists my|his|her|your|mums|dads arm|arms behind|up|back|round|till|until|hard|so_hard|and",
    "he|she|they|hes|shes|husband|partner|boyfriend|girlfriend|son|daughter|dad|ex|brother|neighbour|stepdad|fella|man|woman|bloke|lad|lads|boys|gang|him ~ nearly|almost|near|practically|could_have|couldve|would_have|wouldve|tried_to|try_to|trying_to .. kill|killed|strangled|strangle|choked|choke|drowned|drown|throttled|murdered|finished me|us|her|him",
]

LITERAL_CONCEPTS: tuple[Concept, ...] = (
    Concept("threat_to_kill", "physical", "urgent", "A person nearly killed the resident or someone they care for",
            (NEARLY_KILLED,)),
    Concept("suicide_passive", "suicide_self_harm", "concern", "Lost the will to live",
            ("lose|losing|lost|loose|loosing|losin the will to live",
             "no|lost_all|lost_my will to live",
             "noone|nobody|none_of_them would|wud|will|wont|wouldnt|even miss me",
             "noone|nobody would|will|even notice|care if_i_was_gone|if_i_died|if_i_wasnt_here|when_im_gone|if_i_went")),
)
# fmt: on

IDIOM_PATTERNS: list[str] = [
    p for family in (SET_IDIOMS, FRAMED_IDIOMS) for ps in family.values() for p in ps
]
