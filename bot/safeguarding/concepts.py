"""Risk concepts: the Care Act 2014 s.42 types of abuse and neglect plus suicide, crisis, children, carers.

Each concept is a few combination patterns over word families (cues.py), the
way disclosures are built: someone + harm + me; a need + not met + for a time;
means + intent; money + taken by someone. Pattern tokens:

    {family}   any word of that family        a|b*    one of these words (stems end *)
    ..         up to two other words          ~       up to five other words (same clause)
    a_b        "a b" as one alternative       $       the clause ends here
Concepts keep the older rule names where they carry on from them (suicide_self_harm,
abuse, crisis, unsafe, cant_cope, no_food_or_heating), so alerts mean what they did.
"""

# ruff: noqa: E501  (a pattern reads best on one line, however long)
from __future__ import annotations

from dataclasses import dataclass
from typing import get_args

from settings import SafeguardingCategory, SafeguardingSeverity

# One list of categories and severities: the ones config.yaml may name (settings.py).
CATEGORIES: tuple[str, ...] = get_args(SafeguardingCategory)
SEVERITIES: tuple[str, ...] = get_args(SafeguardingSeverity)


@dataclass(frozen=True)
class Concept:
    name: str
    category: str
    severity: str
    reason: str  # for a social worker: "<reason>: <the words that matched>"
    patterns: tuple[str, ...]
    negatable: bool = True  # "he doesn't hit me" is not a disclosure
    resolvable: bool = True  # "I was scared but it was fine" is not either


def _c(name, category, severity, reason, *patterns, negatable=True, resolvable=True) -> Concept:
    return Concept(name, category, severity, reason, patterns, negatable, resolvable)


# fmt: off
CONCEPTS: tuple[Concept, ...] = (
    # --- suicide and self-harm ---------------------------------------------------------------------
    _c("suicide_self_harm", "suicide_self_harm", "urgent", "Intent to end life", "{kill} ~ {self}", "kms",
       "unalive*", "suicid*|sucid*|suicd*|suisid*|suicdal|hunanladdiad",
       "end|ending|take|taking .. my|own life", "end|ending it all|everything", "end|ending everything",
       "{want} .. end it", "{want} ~ {die}", "wish .. i|id .. dead|die|gone",
       "dont|not|never want|wanna .. live|exist|alive|here|wake", "ddim eisiau byw|bod", "eisiau marw",
       # One word per slot: "better off without me|us" and "better off dead" are two phrasings.
       "better off without me|us", "better off dead|gone", "rather be dead", "done with life|living",
       "better|rather|easier to die|be_dead", "decided|made_up_my_mind .. wont|not be here|around",
       "wont|not be here|around ~ much_longer|by|tomorrow|next", "ready for it to be over", "continue my life", "eisiau|eisiau_lladd ~ marw|hun", "ladd fy hun", "dont|not wanna|want .. be here",
       "being|be around|here ~ longer", "dont|not want .. continue|go_on ~ life|living", "ready ~ be over", "noone|nobody will miss me", resolvable=False),
    _c("suicide_means", "suicide_self_harm", "urgent", "Means and intent to end life",
       "took|take|taken|swallowed|swallow|taking|cymryd .. all|every|whole|holl ~ {pills}", "{pills} i gyd",
       "{pills} ~ all_at_once|in_one_time|in_one_go", "stockpil*|saving_up|saved_up ~ {pills}",
       "overdose*|overdos*|oding", "took|taken|an|did|had|to od", "hang|hanging myself",
       # means told with what they are for, never the bare word ("the man who fixes the roof")
       "rope|noose ~ neck|loft|tree|beam|garage|hook|bannister|banister|stairs|tonight|myself|end",
       "bought|buy|buying|got|ordered|have|hidden ~ a|some|the ~ rope|noose",
       "drink|drinking|drank|swallow*|down|downed|neck|necked|take|took|taking ~ bleach|antifreeze|weedkiller",
       "jump|step|stepped|throw .. off|in_front|under", "edge_of|on_the_bridge|multi_storey",
       "going_up|go_up|get_up|climb*|went_up ~ roof|cliff|bridge|ledge|top_floor ~ jump*|end|throw|fall|over|off",
       "cliff|bridge|ledge|roof|balcony|window|car_park ~ jump|jumping|to_jump|throw_myself|throw_himself|throw_herself",
       "tried|tryed|trying|try ~ hang|hanging|to_hang", "noose ~ broke|snapped|gave_way", "rope ~ broke|snapped|gave_way ~ neck|i|me|my|myself|him|her|when|under",
       "railway_line|train_tracks", "said .. goodbyes ~ everyone|family|kids|children|matter|loved|forever|for_good|last", "picked the day",
       "made arrangements to end", "no one will miss me", "tonight is the night",
       "how many ~ {pills} ~ too_many|kill|fatal|lethal|enough|overdose", "{pills} ready", "going to take them", "looking up how",
       "standing|stood|sat|standin ~ bridge|cliff|edge|roof|ledge",
       "hosepipe|exhaust_pipe", "bought|buying|collecting|stocking ~ {pills}", "cutting|cut deeper", resolvable=False),
    _c("suicide_passive", "suicide_self_harm", "concern", "Thoughts of not wanting to live",
       "point|reason|pwynt ~ living|going_on|carry_on|carrying_on|being_here|byw|me_even|life",
       "dont|not|never|wouldnt|didnt .. wake up", "hope|hoping|pray* ~ not|dont|doesnt|wouldnt wake",
       "takes me in my sleep", "better_off|happier|easier ~ without_me|if_i|im_not|gone|not_here",
       "burden|nuisance|weight_around", "ive|just|i_have given up", "given up on life|living|everything", "tired to|of live|living", "thoughts of ending",
       "ending things", "cant see a future", "ready to go", "not eating on purpose",
       "doing away with myself", "fade away", "sleep forever", "nothing|no_one|nobody to live for",
       "why should i|bother keep going|carry_on", "what|wat i am living", "dont|not see reason|point", "pwynt i fyw|byw", "thinking about ~ would do it|ending", "cope|manage fine|better without me|if_i_wasnt", "wasnt|werent here",
       "hope*|pray* ~ not|dont|doesnt|wouldnt|never wake",
       "better ~ if i was|were gone|dead", "point anymore", "life ~ worth continuing|worth_living", "why ~ stay alive", "reason to|for ~ live|living|stay_alive",
       negatable=False),
    _c("self_harm", "suicide_self_harm", "concern", "Self-harm",
       "cutting|cuttin|cut|cuts|burn|burning|hurt|hurting|harm*|hit|hitting|scratch* ~ {self}|arms|wrist*",
       "self_harm*|selfharm*|sh", "on purpose", "bang* my head", "torri fy hun", "niweidio fy hun",
       "relapsed",
       "cuttin|cutting again", "torri fy hun", "hunan niweidio",
       "didnt want to stop ~ cut*|bleed*", "cut*|bleed* ~ didnt want to stop"),
    # --- physical, domestic, sexual, psychological -------------------------------------------------
    _c("violence_now", "physical", "urgent", "Violence happening now",
       "{someone} ~ here_now|right_now|outside_the_door|outside_now|in_the_kitchen|still_in_the_house",
       "{holding} ~ a|the|his|her|their|big|kitchen ~ knife|gun|weapon|blade|machete",
       "knife|gun|weapon|blade|machete .. at|to|against me|my|her|him|his|their|your",
       "at_me|at_her|at_him|threaten* ~ with ~ knife|gun|weapon|blade|machete", "smashing the place", "attacking me", "someone|somebody|people|man|men|hes|theyre|trying|tryin|try ~ breaking|break in|into",
       # asking for someone now, never a repair ("please send someone to fix the leak")
       "send someone|somebody|help ~ now|quick|quickly|urgently|asap|hurry|immediately|right_away",
       "{hit} .. me ~ still|now", "pushed me over", "hands round my neck", resolvable=False),
    _c("threat_to_kill", "physical", "urgent", "Threat to kill", "{kill} me", "{kill} ~ if i",
       "threaten* ~ {kill}|stab|hurt", "next time he|she|they wont stop",
       "going_to|gonna|about_to|want_to|might hurt|harm|kill|attack someone|somebody|people|him|her",
       resolvable=False),
    _c("abuse", "physical", "concern", "Physical harm by someone", "{someone} ~ {hit} ~ {victim}",
       "{hit} me|her|him|mum|dad|nan|them", "i_was|im|got|been|being {hit}",
       "bruises|bruised|bruising|black_eye|burn_marks|cleisiau ~ {victim}|her|his|my|arms|arm|face|wrist*|neck|legs|back|body|all_over|again|always|cant_explain|unexplained|nobody|noone|who",
       "gave|give|gives|given ~ me|her|him ~ black_eye|bruises|a_black_eye", "rough with", "roughly",
       "pull* my|her|his hair", "fy {hit}", "wedi fy ngwthio|nghuro|nharo|mrifo", "walked into a door",
       "beat* me|her|him", "finger mark*", "black and blue",
       "leathered|twisted|twist* ~ arm|me", "threw|throws|thrown|chucked ~ at me|her|him", "goes off his|her head"),
    _c("domestic_control", "domestic", "concern", "Coercive control by a partner or family member",
       "not|never allowed|aloud|aolud|permitted ~ out|leave|go|see|talk|answer|have|touch|speak|use|visit|friends|family|without|own", "doesnt|dont|wont|wouldnt|never let* me|us|my ~ {controlled}", "doesnt|dont|wont|wouldnt|never let* me|us $",
       "ask permission", "checks my phone", "goes through my", "tracks|tracking .. where",
       "take|took|taken|keeps .. my passport|phone", "smashed my phone", "locks|locked|lock|locking me|her|him in|out|up|inside|indoors|away",
       "controls ~ money|everything", "no one will believe", "nothing without him|her", "take the kids",
       "what|who i can wear|talk|see|go", "ddim yn cael", "gadael i mi", "ddim yn gadael", "rheoli",
       "eggshells", "kicks off", "his|her moods", "violence|violent ~ home|flat|house|again|towards|to_me",
       "takes|took|hides ~ keys", "tell him|her where i am", "goes mad|mental|off_his_head",
       "monitors|restricts|monitoring|restricting ~ my", "goes thru|through my phone", "send me back", "if i call|tell ~ police|anyone|someone"),
    _c("unsafe", "crisis", "concern", "Feeling unsafe or afraid",
       "im|i_am|feel|feeling|so|really|very|am {fear} $", "{fear} at|in home|here", "not safe", "unsafe", "ddim yn ddiogel",
       "{fear} to go|going out|outside|home|to_the_door", "{fear} of going out|home",
       "dont|not|never|doesnt|didnt|longer .. feel|felt safe|secure",
       # "is not" is folded to "isnt" first: a place or a person unsafe, never a thing ("the stairs")
       "it|here|home isnt|wasnt|aint safe ~ me|us|her|him|them|kids|children|stay|here|home",
       "isnt|arent|wasnt|werent|aint safe to stay|to_go_home|to_be_here|at_home|with_him|with_her",
       "i|we|she|he|they|kids|children arent|isnt|wasnt|werent|aint safe"),
    _c("domestic_fear", "domestic", "concern", "Fear of a partner or family member",
       "{fear} ~ {kin}|he|him|she|her|ex|boyfriend|partner|home|key|what", "{fear} ~ turning up", "ofn fy",
       "{fear} for my life", "live|living in fear"),
    _c("sexual", "sexual", "concern", "Sexual abuse or assault",
       "rape|raped|raping|rapist|nhreisio|treisio",
       "touch*|cyffwrdd|nghyffwrdd ~ didnt_want|dont_like|dont_want|at_night|me|her|ddim", "sexual*",
       "force*|made|make*|makes .. me|to ~ sex|sleep_with|do_stuff|do_things|sexual", "nudes|nues",
       "pictures|photos ~ send|back", "send|asking .. pictures|photos",
       "if i|you didnt|dont .. tell|show everyone", "interfer*", "improperly", "tried to kiss",
       "sleeping with", "cant consent", "into my bed", "comes into|in my bed|room ~ night", "if i|you didnt|dont do it",
       "nghyffwrdd|cyffwrdd ~ nos",
       "indecent*", "did stuff|things to me", "passed out"),
    _c("psychological", "psychological", "concern", "Emotional or psychological abuse",
       "calls|called|call|clls|clals me|her|him .. stupid|useless|worthless|names|nothing", "ngalw",
       "bad words", "im|i_am worthless|nothing", "say* .. i_am|im nothing",
       "threaten*|bygwth .. me|her|him|us|mi|to_hurt|to_kill|to_throw|to_have|to_put|to_take|to_leave",
       "bygwth", "put me .. home|away", "rhoi mewn cartref", "throw me out",
       "mock*|humiliat*|bychanu|mychanu", "make fun", "laughs at me",
       "shout*|scream*|gweiddi|sohuts|scerams ~ at_me|arna", "ignores me", "punish*", "beg for",
       "talk to him|her like", "let my friends", "taken|tken my phone",
       "telling|tells|says|keeps ~ senile|mad|crazy|useless|ashamed|born|die_alone", "frightens me",
       "verbal*|verbally ~ abus*|abuse|attack*|bully*|bullied|threat*|aggress*|assault*|cruel|nasty|insults"),
    # --- financial, slavery, discriminatory, organisational ----------------------------------------
    _c("financial", "financial", "concern", "Money or belongings taken or controlled by someone else",
       "{money} ~ {taken}", "{taken} ~ {money}", "{money} ~ gone|disappeared|going_out",
       "withdrawals|transactions ~ never|didnt", "not allowed to touch", "pocket money",
       "changed ~ password|pin", "safe account", "sign* something", "got my bank|details",
       "given|giving|gave him|her|them ~ pounds|thousand|money", "sending money", "wants more",
       "borrowed ~ wont|never pay|paid", "using ~ card|account", "finding more work", "ar goll",
       "ask .. for money", "took over my affairs", "sign* over", "loans|credit_card|debts in my name", "never brings back the change", "spend*|spending ~ pension|money|savings|benefits",
       "misus* ~ funds|money|pension|account|savings", "attorney ~ taking|spending|using"),
    _c("modern_slavery", "modern_slavery", "concern", "Exploitation, modern slavery or cuckooing",
       "moved_into|taken_over|using ~ flat|home|house|place|bungalow|fflat", "dealing|selling|sell ~ drugs|from", "drugs ~ my|his|her flat|house|home|place", "cyffuriau",
       "wont leave", "keep* my wages|passport|mhasbort",
       "work* ~ no_money|not_paid|unpaid|for_free|cant_leave|dydyn", "not paid", "dont pay", "owe them",
       "keep my passport", "pay debt|off", "sleep ten", "in a van", "run bags", "carrying packages",
       "deliver stuff", "county lines", "going missing", "new phones",
       "take* all my salary|wages|money", "work* ~ for food|food_only", "use|using my place|flat|house", "and i cant leave", "ddim yn fy nhalu", "cymryd fy mhasbort",
       "work* ~ without pay", "documents|passport|papers ~ withheld|taken|kept"),
    _c("discriminatory", "discriminatory", "concern", "Discriminatory abuse or hate", "racis*|hiliol",
       "because|cos|cause|oherwydd ~ gay|trans|muslim|black|foreign|disab*|colour|wheelchair|autistic|anabledd|learning|jewish|asian|polish",
       "spat at", "dog mess", "throw stones", "called names", "harass*", "target* me|us|him|her|because",
       "unnatural", "bwlio",
       # bullying of a person, not a manner on the phone ("the housing man was a bully")
       "bully|bullies|bullying|bullied|bullys ~ me|her|him|us|them|my|mum|dad|nan|son|daughter|kid*|child*|brother|sister",
       "being|been|getting|get|gets|got|is|was|were|im|hes|shes bullied",
       "go home because|cos", "because|cos he|she|they only speak*"),
    _c("organisational", "organisational", "concern", "Poor practice across a care setting", "wet pads",
       "soiled", "padiau", "tie|tied|ties .. into|to the chair", "to bed at", "lock the doors",
       "not allowed out", "sedate*", "sleeping meds", "no trouble", "call bells",
       # a bell nobody answers, never "naw o'r gloch" (nine o'clock)
       "ateb|atab|canu|canur ~ gloch|goch|cloch", "gloch|cloch ~~ neb|byth|anwybydd*|oriau",
       "refused to let me see", "not being fed", "{nobody} helping", "reported ~ nothing|ignored",
       "short staffed ~ left",
       "tie*|tied|strapped ~ chair|bed|rails|radiator", "lock* the doors", "residents ~ left|sitting|shout*|rush*|visitors|fed", "{nobody} helping|watching", "refused|wont let ~ see|visitors", "being fed properly",
       "arent|not|isnt|wasnt|werent being fed|washed|changed|turned",
       "keep*|leave* ~ in bed all day", "easier for them|the_staff"),
    # --- neglect and self-neglect ------------------------------------------------------------------
    _c("care_not_given", "neglect", "concern", "Care not given",
       "{nobody} ~ come|came|been|helped|help|given|checks|feeding|wash|dod ~ {care_need}|{for_time}|me|her|him|mum|dad",
       # the care itself named as not done ("nobody has washed her in a week")
       "{nobody} ~ washed|bathed|fed|changed|dressed ~ {kin}|her|him|me|mum|dad|nan|gran ~ {for_time}",
       "{carers} ~ {no_show} ~ {care_need}|{for_time}|come|came|been|turn*|show*|me|mum|dad|her|him|nan|gran",
       "{no_show} ~ {care_need} ~ {for_time}",
       "{care_need} ~ {no_show} ~ given|been|come|came|had|{for_time}", "being missed|forgotten",
       "without|no ~ {pills} ~ {for_time}", "same pad|clothes", "feel|felt|being|im|so|ive neglected",
       "i_have_been|ive_been neglected", "{nobody} ~ comes|visits ~ see|me", "out of reach", "sores",
       "open wound", "in urine", "skin is breaking", "lost a lot of weight", "take it away full",
       "left ~ on_his_own|on_her_own|on_my_own|alone|sat|in_bed|ar_ei_ben", "empty house",
       "ran|run out of ~ {pills}", "not get her|his|my medicine",
       "same nightie|clothes|pad", "{nobody} changes|feeds|washes|dressed|checks", "left in my|his|her chair|bed ~ until|all", "without a drink", "cant get to the loo|toilet", "neb wedi dod", "sent ~ home ~ empty_house|midnight", "dont|doesnt|didnt give ~ enough", "made me a proper meal",
       "{nobody} ~ feeding|feed|helping|washing ~ {kin}|gran|nan|me",
       "{nobody} ~ changed|emptied|cleaned",
       # a catheter left, not a catheter changed ("the nurse changed my catheter" is routine care)
       "catheter ~ {nobody}|{no_show}|blocked|leaking|bypassing|overflowing|full", "{nobody} ~ catheter", "left ~ in the dark", "never washed|changed|fed properly"),
    _c("self_neglect", "self_neglect", "concern", "Self-neglect",
       "not|havent|hasnt|didnt|stopped|dont .. eaten|eating|eat|bwyta", "cant be bothered|arsed",
       "stopped taking", "full of|piled|pile ~ rubbish|sbwriel", "house|flat|home|room|place ~ filthy", "mice|rats",
       "havent|not|ddim .. washed|showered|changed|ymolchi", "house is a tip", "wont let ~ in",
       "refuses|refused all help", "drinking all day", "leave me", "hasnt been out", "smell it",
       "dont bother cooking|eating|washing", "stopped taking", "rubbish piled", "bins ~ months", "ddim wedi bwyta", "llawn sbwriel",
       "no longer caring for himself|herself|myself", "unsanitary|squalor", "havent left my room|house|flat|bed"),
    # --- crisis, children, carers ------------------------------------------------------------------
    _c("fallen", "crisis", "urgent", "Fallen and unable to get up",
       "fallen|fell|fall|slipped|cwympo ~ cant|couldnt|unable|ddim ~ get|stand|codi",
       # someone on the floor now (never a fall told with the ambulance that came: "I lay on the floor an hour")
       "{on_floor_now} ~ on_the|on|on_my|on_the_kitchen|on_the_bathroom|on_the_bedroom floor|flor|ground",
       "on the|my ~ floor|flor|ground ~ cant|couldnt|unable|since|all_night|still|now|stuck|wont|nobody",
       "lying here", "pendant|alarm isnt working",
       "cant get up ~ floor|bed|since|hours|myself", "cant move my legs"),
    _c("no_food_or_heating", "crisis", "urgent", "No heat, food or shelter",
       "have|got|ive|weve|with no|without heating|heat|food|gas|electric|electricity|money_for_food",
       "no|without|dim|broken|run_out|ran_out .. gas|electric|electricity|heating|heat|food|gwres|bwyd|boiler ~ {for_time}|house|home|flat|freezing|cold|kids|children|baby|im|tŷ|ty",
       "havent|not|hasnt had ~ heating|food|hot_water", "freezing", "in my|his|her coat", "hungry|starving",
       "havent|not|nothing .. eaten|to eat", "no money left",
       "cant|couldnt afford ~ heating|heat|food|eat|electric|gas", "meter ~ run|ran|runs|empty",
       "evicted|homeless", "kicked|put me .. out", "sleeping in .. car", "sleeping rough",
       "on_the_streets|nowhere|no_place|unman ~ sleep|stay|live|cysgu", "locked out",
       "gas|electric|electricity|water|heating|power .. cut|cut_off|been_cut|is_cut", "very cold ~ baby|children|kids", "baby ~ very cold"),
    _c("crisis", "crisis", "concern", "Asking for help in a crisis",
       "im|i_am|am|were|we_are|family_is|in_a|mental_health|real in crisis", "please help", "help me please", "someone|somebody|sum1 help", "smell of gas",
       "im|so|feel|feeling|felt|really|getting|am|were desperate|desparate|desprate|despirate $",
       "desperate|desparate|desprate|despirate ~ help|cant|nowhere|dont_know",
       "feel|feeling|felt|im|so|everything|life|it_all|things ~ hopeless", "no way out", "rock bottom",
       "nobody|noone .. listening|to_turn"),
    _c("cant_cope", "crisis", "concern", "Not coping",
       "cant|couldnt|ddim .. cope|manage|ymdopi|do_this|go_on",
       "breakdown|breaking_point|breaking|going_under|end_of_my_tether",
       "im|everything|life|me|am .. falling apart", "on top of me", "too much for me",
       "not|barely|hardly coping", "cant take .. anymore|more", "im|really|so|been struggling $", "struggling ~ cope|life|alone|on_my_own|everything|mentally|day_to_day|keep_going|carry_on|go_on|manage",
       "overwhelmed|overwelmed", "unman ~ cysgu|aros|byw|gysgu|fyw", "nowhere to sleep|stay|go"),
    _c("children", "children", "concern", "A child at risk",
       "{kin}|kids|children|child|boy|girl|plant|plentyn|wyres ~ {hit}|hurts|bruises|screaming|beaten|guro|brifo|cleisiau",
       "kids|children|child|boy|girl|plant|baby ~ left|alone|on_their_own|pennau|hungry|no_food|nobody_feed|out_till",
       "year old ~ man|seeing|older", "older lads|boys|men", "keep secrets",
       "asking my|her|his daughter|son", "cant look after|keep .. kids|children|baby", "leave the baby",
       "plant|plentyn|babi ~ gadael|guro|brifo|llwglyd", "llystad ~ brifo|taro|guro", "burns|flinch*", "13|14|15|12|thirteen|fourteen|fifteen ~ living_with|older|year_old|yr_old", "hungry and dirty", "school hungry", "rough with|wiv the baby",
       "cael ei|eu guro|brifo|taro|gadael"),
    _c("carer_breakdown", "carer_breakdown", "concern",
       "A carer who can no longer cope or keep someone safe", "cant|couldnt|ddim .. keep .. safe|ddiogel",
       "wanders|wandering|getting_out|goes_out|leaving ~ night|nite|nos", "dementia ~ cant|ddim",
       "exhausted|burnt_out|blino|on_my_knees|nothing_left|snap", "no respite", "losing my temper",
       "what i might do", "hurt him|her", "before something happens", "nearly dropped", "caring|care|look_after|looking_after|on_my_own|alone|no_break|awake|up ~ 24 hours|24_7|247|round_the_clock",
       "ddydd a nos", "caring|care|look_after|looking_after|awake|up|watch*|on_my_own ~ day and night", "my own ~ caring|look|dad|mum|pen", "cant ~ caring|stay_awake",
       "cant lift him|her|mum|dad", "caring|care|look ~ cant|cannot", "terrified|scared|worried .. fall|go_out|get_out ~ asleep|night", "cadw ~ ddiogel", "gofalu ~ blino", "ymdopi ~ dad|mam|fy_mhen", "so tired ~ left|forgot",
       "while im|hes|shes asleep",
       "sole|only carer", "no longer manage", "looking after ~ losing_it|on_my_own", "not strong enough", "lift ~ anymore|any_more", "keeps falling"),
)
# fmt: on
