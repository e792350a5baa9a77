"""Concepts, family words and idioms added for classes the first concepts missed (scams, hate, control, ...).

Kept apart from concepts.py and cues.py so each class reads as one block:
financial scams and rogue traders, hate incidents, controlling behaviour,
threats to withdraw care or family, over-medication in care settings, a
carer going into hospital with nobody for their dependant, means and intent
told calmly (saving tablets, someone else's morphine), formal reports of
institutional neglect, and the everyday idioms that looked like risk.
rules.py joins these to the first concepts.
"""

# ruff: noqa: E501  (a pattern reads best on one line, however long)
from __future__ import annotations

from bot.safeguarding.concepts import Concept
from bot.safeguarding.welsh import WELSH_CONCEPTS, welsh_patterns

# Words added to the families in cues.py (same format).
FAMILY_WORDS: dict[str, str] = {
    "pills": """morphine codeine cocodamol co_codamol oxycodone oxy tramadol diazepam valium zopiclone
        temazepam sleeping_tablets sleeping_pills antidepressants amitriptyline sertraline citalopram
        fentanyl pregabalin gabapentin lithium""",
    "someone": "bro brother sis stepdad stepfather stepmum bloke guy lad driver",
    "victim": "son daughter sister brother bro sis grandson granddaughter",
}
# Slurs and labels shouted at people for who they are (matched only with someone calling or shouting).
SLURS = "terrorist|terrorists|paki|pakis|wog|wogs|nigger|niggers|coon|chink|gyppo|pikey|raghead|towelhead|poof|poofter|faggot|dyke|tranny|spastic|spaz|spacker|retard|retarded|mong|cripple|freak|monkey|monkeys"
LONG_TIME = "since|days|weeks|week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|a_week|two_days|three_days|yesterday|christmas"
CHILD_AGE = "10|11|12|13|14|15|twelve|thirteen|fourteen|fifteen|eleven|ten"


def _c(name, category, severity, reason, *patterns, negatable=True, resolvable=True) -> Concept:
    return Concept(name, category, severity, reason, patterns, negatable, resolvable)


# fmt: off
MORE_CONCEPTS: tuple[Concept, ...] = (
    _c("suicide_means", "suicide_self_harm", "urgent", "Means and intent to end life",
       "{pills} ~ saving|saved|hoarding|hoarded|stockpil*|stash*|hidden|hiding|squirrel* ~ them|up|away",
       "saving|saved|hoarding|hoarded|stashing|stashed|hiding|squirrel*|collected|keeping_back|stored|storing ~ {pills}",
       "took|taken|swallowed|had|drank|drunk ~ {pills} ~ all|whole|every|rest|lot|load|bottle|box|packet",
       "took|taken|swallowed|necked|downed a|the|whole load|lot|handful|bunch|box|packet|bottle|pile|heap|strip ~ {pills}",
       resolvable=False),
    _c("violence_now", "physical", "urgent", "Violence happening now",
       "kick*|smash*|bang*|break|breaking|breaks|booting|booted|bashing ~ door|window|doors ~ in|down|right_now|now",
       "brick|bricks|stone|stones|rocks ~ through|at ~ window|door|house|car|us|me", resolvable=False),
    _c("domestic_control", "domestic", "concern", "Coercive control by a partner or family member",
       "listens|listening|listen_in|records|recording|monitors|taps ~ calls|phone_calls|conversations|my_phone",
       "reads|read|checks|checking|reading|goes_through|went_through|go_through ~ my|all_my ~ messages|msgs|texts|emails|post|letters|phone",
       "opens|opened|opening ~ my|our ~ post|letters|mail",
       "tracks|tracking|tracker|tracked|follows_me ~ location|phone|car|where|everywhere",
       "not supposed|meant to ~ ask|talk|speak|see|go|leave|tell|ring|call|be_asking|be_talking|have",
       "furious|go_mad|kick_off|kill_me|hit_me|hurt_me ~ if ~ knew|found_out|finds_out|saw|sees"),
    _c("psychological", "psychological", "concern", "Threat to withdraw care, family or home to silence someone",
       "if i|we|she|he|mum|dad|nan complain*|report*|tell|ring|call|say_anything|speak_up|grass ~ shell|hell|theyll|she_will|he_will|they_will|she_would|he_would|they_would|will|would|says ~ stop|stops|never|wont|take|put|leave|rot|make|throw|kick|hurt|punish*|cut",
       "stop|stops ~ grandchildren|grandkids|visiting|seeing_the|coming ~ if i|we ~ complain*|report*|tell|ring|say"),
    _c("financial", "financial", "concern", "Money taken by a scam or a rogue trader",
       "gift_card*|giftcard*|itunes|google_play|vouchers|steam_cards|bitcoin|crypto ~ paid|pay|buy|bought|sent|send|codes|worth|grand|thousand",
       "paid|pay|buy|bought|sent|send|transferred|asked_for|wanted ~ gift_card*|giftcard*|itunes|vouchers|bitcoin|crypto",
       "scammed|conned|swindled|defrauded|fleeced|duped|ripped_off", "was_it_a|victim_of|think_its_a|think_it_was_a|its_a|been_a scam|fraud",
       "scam*|fraud* ~ paid|sent|gave|lost|money|savings|thousand|grand|pension|account",
       "rang|called|phoned|text*|email*|knocked ~ saying|said|claiming|pretending ~ hmrc|bank|police|tax_office|inland_revenue|microsoft|fraud_team",
       "claiming|pretending|pretended|claimed|posing ~ to_be|from|they_were|he_was|she_was ~ council|bank|police|hmrc|gas|water|microsoft|bt|amazon|nhs",
       "cowboy*|rogue_trader*|rogue_builder*|doorstep_trader*|conmen|con_men|con_man ~ charged|took|money|grand|thousand|keep_coming|pensioner|nan|gran|mum|dad|elderly|old",
       "charged|charging|overcharg*|charge* ~ her|him|nan|gran|mum|dad|pensioner|elderly|old ~ grand|thousand|k|fortune",
       "keep*|kept ~ coming_back ~ more_money|for_more|money|cash"),
    _c("discriminatory", "discriminatory", "concern", "Hate incident: abuse because of who someone is",
       f"call*|shout*|yell*|scream*|chant*|say*|said ~ {SLURS}", f"{SLURS} ~ at_me|at_him|at_her|at_us|at_my",
       "gays|muslims|immigrants|foreigners|pakis|poles|jews|blacks|refugees|asylum_seekers|queers|trannies ~ out|go_home|not_welcome",
       "go back to|where ~ your|you ~ country|came_from|belong",
       "sprayed|spray_painted|painted|graffiti*|scrawled|daubed ~ door|wall|house|car|window|fence|home",
       "wrote|written ~ on ~ door|wall|car|window|fence",
       "pull*|ripped|rip*|grab*|tore|tear*|yank*|knocked|snatched ~ turban|hijab|headscarf|head_scarf|niqab|burka|kippah|yarmulke|patka"),
    _c("sexual", "sexual", "concern", "Sexual abuse, grooming or indecent images",
       "touching|touches|touchin|groping|groped|gropes|fondl*|feeling_up ~ me|my|her|him|son|daughter|kid*|child*|sister|brother|boy|girl|mum|nan",
       "sends|sending|sent|showing|shows|showed|send|sendin ~ dirty|rude|naked|explicit|porn*|sexual|private|nude ~ pics|pictures|photos|videos|images|messages|texts|vids",
       "pics|pictures|photos|videos|images|vids ~ of_me|of_her|of_him ~ naked|without_clothes|underwear|undress*|shower|nude",
       "walk*|barg*|come*|coming|came|keeps in on ~ me|her|him ~ shower|bath|bathroom|changing|dressed|undress*|toilet",
       "walk*|barg*|comes|coming|came|keeps ~ in on me|her in the shower|bath|bathroom"),
    _c("children", "children", "concern", "A child at risk",
       f"im|i_am|im_only|i_am_only|only {CHILD_AGE} $", f"im|i_am|shes|hes|she_is|he_is {CHILD_AGE} ~ he|she|they|hes|shes ~ older|adult|man|woman|year_old|yr_old|grown"),
    _c("domestic_control", "domestic", "concern", "Coercive control by a partner or family member",
       "cant|not_allowed|never ~ go|leave|go_out|go_to ~ without ~ telling|asking|permission|him|her_knowing|him_knowing",
       "checks|checking|check|counts|counting|monitors|goes_through ~ receipts|spending|every_penny|mileage|bank_statements"),
    _c("sexual", "sexual", "concern", "Sexual abuse of someone who cannot consent",
       "undress*|state_of_undress|naked|half_dressed ~ with ~ male|man|visitor|resident|carer|staff|him",
       "male|man|visitor|resident ~ in ~ her|his ~ room|bed|bedroom ~ night|undress*|naked|distressed"),
    _c("modern_slavery", "modern_slavery", "concern", "Signs of labour exploitation",
       "collected|picked_up|taken|ferried ~ minibus|van|vans ~ dawn|every_morning|daily|early|5am|4am",
       "overcrowded|too_many_people|lots_of_men|many_men|several_men ~ live|living|sleep|sleeping|conditions|house|property|there"),
    _c("discriminatory", "discriminatory", "concern", "Threats or abuse because of who someone is",
       "transgender|trans|gay|lesbian|bisexual|disabled|black|muslim|jewish|sikh|autistic|deaf|blind ~ threats|threatened|abuse|abused|attacked|harass*|targeted|bullied|assaulted",
       "threats|threat ~ of ~ violence|harm|attack|rape|being_hurt"),
    _c("care_not_given", "neglect", "concern", "Medication or care visits missed",
       "misses|missed|missing|miss ~ her|his|my|their|mums|dads ~ tablets|meds|medication|insulin|doses|dose|injection|inhaler",
       "{carers} ~ wrong_times|wrong_time|not_at_all|hours_late|too_late|whenever_they_like"),
    _c("children", "children", "concern", "A child at risk",
       "drunk|intoxicated|high|stoned|off_his_head|off_her_head|wasted|under_the_influence|paralytic ~ kids|children|baby|babies|toddler|looking_after|caring_for|in_charge",
       "looking_after|looks_after|caring_for|cares_for|in_charge_of|minding|minds|babysitting|babysits ~ kids|children|baby|toddler ~ drunk|intoxicated|high|stoned|wasted|under_the_influence|off_his_head|off_her_head|off_his_face|off_her_face|paralytic",
       "unsupervised|unattended|alone|on_his_own|on_her_own ~ near|by|next_to|on ~ window|road|water|pond|cooker|fire|balcony|stairs",
       "fgm|female_genital*|circumcis*|sunna",
       "daughter|girl|niece|granddaughter|her ~ country|abroad|back_home|holiday|summer ~ cutting|be_cut|cut|circumcis*|initiation",
       "cutting|be_cut ~ tradition|traditional|ceremony|custom"),
    _c("organisational", "organisational", "concern", "Medication given to suit staff, not the person",
       "{pills} ~ at_once|to_save_time|too_early|hours_late|wrong_time|wrong_tablets|wrong_person|double_dose|to_keep_quiet|to_calm_him|to_calm_her|to_quieten|so_he_sleeps|so_she_sleeps",
       "give|giving|gave|given|gives|dish*|hand* ~ all|everything ~ {pills} ~ at_once|in_one_go|together|same_time",
       "over_medicat*|overmedicat*|chemical_cosh|doped_up|drugged|zombie|zonked",
       "asleep|sleeping|drowsy|knocked_out ~ all_day|all_the_time ~ {pills}|since|after"),
    _c("organisational", "organisational", "concern", "Neglect across a care setting, formally reported",
       "left|leaving|are|were|was ~ unattended|unsupervised|unwashed|undressed|in_soiled|without_assistance|without_water|without_fluids",
       "failure|failed|failing|fails ~ to ~ administer|reposition|turn_him|turn_her|feed|hydrate|supervise|wash|toilet|change|give_medication|give_him|give_her|provide_care|provide_personal|respond_to_call",
       "pressure_sore*|bed_sore*|bedsore*|pressure_ulcer*",
       "left|found|becoming|became|badly|severely|appear|appears|look|looks|seem|seems ~ dehydrated|malnourished|starving|thirsty",
       "call_bell*|buzzer* ~ unanswered|ignored|not_answered|out_of_reach|removed|taken|took|off",
       "inadequate|insufficient|unsafe|dangerous staffing|supervision|staffing_levels"),
    _c("care_not_given", "neglect", "concern", "Care not given",
       "no {carers} came|come|turned|turn*|arrived|showed|been|visited|today|since|{for_time}",
       "in his|her|their|my own mess|urine|wee|poo|faeces|filth|excrement|waste|vomit|sick",
       "aint|not|hasnt|havent ~ eaten|eat|ate|washed|changed|been_fed|had_a_meal|had_food",
       "meant|supposed to ~ look_after|care_for|be_looking_after|be_caring_for|see_to ~ $"),
    _c("no_food_or_heating", "crisis", "urgent", "No heat, food or shelter",
       f"sitting|sat|been|living|left|lying ~ in the cold|dark|cold_and_dark ~ {LONG_TIME}",
       f"heating|heatings|boiler|gas|electric|electricity|power|meter|hot_water ~ off|broken|not_working|cut_off|gone|died|broke ~ {LONG_TIME}"),
    _c("carer_breakdown", "carer_breakdown", "concern", "A carer going into hospital with nobody for the person they care for",
       "hospital|surgery|operation ~ who_will|whos_going_to|who_is_going_to|who_can ~ look|care|mind|see_to",
       "noone|nobody|no_one to|will|can care|look|mind|see ~ for|after|to ~ my|him|her|mum|dad|son|daughter|wife|husband|nan|brother|sister"),
)
# Welsh concepts: matched as written, never mended towards (a mutated form is one letter from many words).
CY_CONCEPTS: tuple[Concept, ...] = tuple(
    _c(name, category, severity, reason, *welsh_patterns(patterns))
    for name, category, severity, reason, patterns in WELSH_CONCEPTS
)
# fmt: on

# After a risk clause, more ways of saying it has passed or was never so (see RESOLVED in cues.py).
MORE_RESOLVED = [
    "promptly|quickly|straight_away|next_day|same_day|within_a_day",
    "carried_out|had_it_done|got_it_done|put_right|reconnected|restored|back_on",
    "no_need_to_worry|nothing_to_worry",
    "dont|do_not worry about",
    "managing|coping fine|well|ok|okay",
    "warm_as_toast|well_looked_after",
    "i|and_i said no",
    "but ~ sorted|set_up_a_plan|arranged|dealt_with|resolved|fixed|has_been_fine|it_was_fine|all_fine|was_fine",
    "but ~ treated|finally_treated|finally_sorted|finally_fixed|finally_came|finally_got",
]

MORE_IDIOMS = [
    "asked|asking|ask|asks|question*|wanted_to_know ~ whether|if ~ felt|feel|ever|was|am|were ~ unsafe|safe|scared|afraid|frightened|hurt|harmed",
    "left|leave|leaves|leaving us|me|them alone ever_since|since_then|now",
    "cefais|ces|ges|gefais|gafodd|chafodd|cafodd|chefais|rhoddwyd|roddwyd|roddodd ~ tabledi|dabledi|nhabledi|moddion|meddyginiaeth",
    "dont|dunno|didnt know what|wat i|id|we|wed|would|to ~ do without",
    "lost|stuck|nowhere without him|her|them|you|it|my",
    "lifesaver|life_saver|godsend",
    "reads|opens|open|read|opened my|our|the post|letters|mail for|to|out_to me|us",
    "starving|starved|hungry|thirsty|dying for|of information|info|news|answers|updates|attention|company|conversation|a_reply|a_response|knowledge|work",
    "murder|killer|killing|agony|hell|torture|murderous on|for ~ knees|back|feet|hips|joints|legs|ankles|hands",
    "like ~ bang*|banging|hitting|beating my|our|your head against|off|on a|the|brick wall",
    "head against a brick wall",
    "keeps|keep|kept|keeping me on_track|right|straight|going|sane|afloat|organised",
    "thought ~ officer|teacher|boss|manager|lady|receptionist|nurse|doctor|gp|worker|staff|council|assessor|man_on_the_phone ~ kill|murder me",
]
