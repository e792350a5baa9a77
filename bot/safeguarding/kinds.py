"""Concepts for kinds of disclosure a fresh set of phrasing families showed the rules missing.

Each pattern is written for a kind (means + quantity + intent; a need left
undone; control told as what someone decides; a harm told in slang), not for one
sentence; the concepts keep the names of the ones they extend, so alerts read
the same. Also the idioms and family words those families showed: an animal
that scares someone, a bank that keeps a card, bruises from a fall, a fear told
as past. rules.py joins these to the others.
"""

# ruff: noqa: E501  (a pattern reads best on one line, however long)
from __future__ import annotations

from bot.safeguarding.concepts import Concept


def _c(name, category, severity, reason, *patterns, negatable=True, resolvable=True) -> Concept:
    return Concept(name, category, severity, reason, patterns, negatable, resolvable)


KIND_FAMILY_WORDS: dict[str, str] = {
    "pills": "codamol co_codamol blister strip strips dabledi",
    "take_dose": "drink drank",
    "someone": "fella fellow bloke geezer",
}
CHILD = "child|children|kid|kids|kiddies|baby|toddler|boy|girl|little_one|little_ones|plentyn|babi|plant"

# fmt: off
KIND_CONCEPTS: tuple[Concept, ...] = (
    _c("suicide_means", "suicide_self_harm", "urgent", "Means and intent to end life",
       "took|taken|swallowed|necked|downed|ingested|drank|drunk|overdosed ~ {quantity} ~ {pills}", "took|taken|take|taking|swallowed|necked|downed|ingested ~ {pills} ~ deliberately|intentionally|on_purpose|fwriadol",
       "{take_dose} ~ llawer ~ {pills}", "drink all|whole|every ~ {pills}", "{pills} ~ heno ~ fwriadol",
       "notes|letters|goodbyes ~ for|to ~ my ~ children|kids|family|son|daughter|wife|husband",
       "know|worked_out|decided how im|i_am ~ going_to|gonna ~ do_it|do it",
       "bridge|railway|tracks|cliff|motorway ~ thinking about it|thinking_about_doing",
       resolvable=False),
    _c("suicide_passive", "suicide_self_harm", "concern", "Thoughts of not wanting to live",
       "point ~ in|of me", "what ~ left ~ to ~ get_up|live|living|for", "for what i live|living",
       "nobody|noone|neb ~ need|needs|wants|want me $",
       "dont|not|cant|never see ~ myself|me ~ around|here|alive|living|being_around|being_here",
       "dim pwynt ~ i_mi|fod|byw|yma", "cant go on ~ like this|much_longer"),
    _c("self_harm", "suicide_self_harm", "concern", "Self-harm",
       "hiding|hides|hide|covering ~ cuts|scars|burns|marks",
       "razor|blade|blades ~ arm|arms|leg|legs|wrist*|thigh*|skin|myself",
       "make|made|making cut|cuts ~ arm|arms|leg|legs|wrist*|skin"),
    _c("abuse", "physical", "concern", "Physical harm by someone",
       "twisted|twist*|bent|yanked ~ my|her|his ~ wrist|hand|fingers|arm",
       "held|holds|holding|pinned|pin ~ me|him|her|mum|dad|nan ~ down",
       "marks|bruises|injuries ~ look|looks ~ like ~ someone|somebody|hands|fingers"),
    _c("domestic_control", "domestic", "concern", "Coercive control by a partner or family member",
       "say|says|said|tell|tells|told ~ i|we cant ~ leave|speak|see|talk|go|work|have|phone|call",
       "dictates|decides|decide|chooses|controls ~ what_i|who_i|where_i|whether_i|when_i|what_we|how_i",
       "husband|wife|partner|boyfriend|girlfriend|he|she decides|controls everything",
       "have|got to ask him|her ~ money|fare|cash|permission|before_i|if_i",
       "sick|shaking|shake|dread*|{fear} ~ every_time|whenever|when ~ he|she|hes|shes ~ comes|gets|walks ~ home|in|back"),
    _c("sexual", "sexual", "concern", "Sexual abuse or assault",
       "comes|came|coming ~ in|into ~ my|her|his ~ room|bed|bedroom ~ asleep|sleeping|everyone|every1s|night",
       "if ~ not|dont|didnt|wont ~ sleep with",
       "hand|hands ~ up|under|down|inside ~ my|her|his ~ skirt|top|dress|knickers|trousers|shirt|clothes"),
    _c("psychological", "psychological", "concern", "Emotional or psychological abuse",
       "waste of space", "wish*|wished ~ i|id|he|she|you ~ wasnt|werent|was_never|had_never ~ born",
       "nobody|noone will|would ~ want|love ~ me|her|him|you",
       "say|says|said|tell|tells|told|keeps ~ im|i_was|youre|shes|hes ~ stupid|ugly|useless|worthless|fat|thick|nothing|waste|mad|pathetic"),
    _c("financial", "financial", "concern", "Money or belongings taken or controlled by someone else",
       "{money} ~ paid into ~ his|her|their account",
       "gives|give me ~ a_week|a_month|each_week|pocket",
       "made|make|makes|making|forced ~ me|her|him|mum|dad|nan ~ sign",
       "says|said ~ house|flat|home|car ~ is|was his|hers|theirs",
       "getting|gets|got|making|makes ~ her|him|mum|dad|me|nan|gran ~ to ~ buy|pay|give|lend|transfer",
       "moved|transferred|sent|gave ~ savings|money|pension|life_savings ~ to ~ him|her|them|a_man|a_woman",
       "bank ~ in danger"),
    _c("modern_slavery", "modern_slavery", "concern", "Exploitation, modern slavery or cuckooing",
       "boss|he|she|they|them|man|gang ~ keeps|keep|kept|holds|took|has|have ~ their|our|my|his|her ~ passport*|documents|papers|id",
       "wage|wages|salary|pay|money ~ for|towards|to_pay ~ the_debt|debt|dyled",
       "transporting|carrying|moving|running|delivering ~ drugs|packages|parcels|bags",
       "missing from home", "sleep* in the back|in_the_van|on_site|at_work"),
    _c("discriminatory", "discriminatory", "concern", "Discriminatory abuse or hate",
       "because|cos|cause|oherwydd ~ hijab|turban|headscarf|religion|skin|race|accent|refugee|immigrant|deaf|blind|lesbian|bisexual",
       "tell|told|telling|shout*|yell* ~ me|us|them|him|her ~ go_home|go_back"),
    _c("organisational", "organisational", "concern", "Poor practice across a care setting",
       "residents|patients ~ in bed|in_their_rooms|locked|waiting ~ until|till|all|hours",
       "lock*|locked|locking ~ in ~ room|rooms|bedroom",
       "nobody|noone|neb ~ answers|answered|comes|came ~ buzzer|bell|call_bell|alarm",
       "waited|wait|waiting ~ hour|hours ~ toilet|commode|bedpan|loo"),
    _c("care_not_given", "neglect", "concern", "Care not given",
       "no ~ care|scheduled|visits|visit ~ visits|since|{for_time}",
       "{pills} ~ untouched|still_in|sat_in|left_in ~ {for_time}|pack|blister|box|all",
       "keep|keeps|kept forgetting|missing ~ {care_need}|dose|doses",
       "leave|leaves|left|leaving|leavin ~ {pills}|them|food|meal|drink|tray ~ side|reach|cant_open|cant_reach|out_of_reach",
       "leave|leaves|leaving|leavin ~ in the dark"),
    _c("self_neglect", "self_neglect", "concern", "Self-neglect", "hoarded|hoarding|hoarder|hoards"),
    _c("children", "children", "concern", "A child at risk",
       f"{CHILD} ~ street|outside|out ~ midnight|nappy|at_night|all_night|every_night|late_at_night|alone|on_their_own|on_his_own|on_her_own",
       f"leave|leaves|left|leaving ~ her|his|their|the ~ {CHILD} ~ on_his_own|on_her_own|on_their_own|alone|while"),
    _c("carer_breakdown", "carer_breakdown", "concern", "A carer who can no longer cope or keep someone safe",
       "want|wanted|felt_like|urge ~ to ~ shake|hit|slap|hurt|throttle ~ her|him|them|mum|dad"),
)
# fmt: on

# Everyday uses that looked like risk to the patterns above and before.
KIND_IDIOMS = [
    "bruise*|bruising|bruised|black_and_blue ~ after|from|since|on ~ fall|fell|op|operation|surgery|injection|jab|blood_test|vaccine|needle|match|game|football|netball|rugby|hockey|gardening|kneeling|thinners|warfarin|apixaban",
    "bruise|bruises easily|so_easily",
    "overdose|overdosed|overdosing of|on ~ sugar|sweets|caffeine|coffee|sun|sunshine|chocolate|telly|tv|information|paperwork|forms|screen_time",
    # the cause told first ("the flu jab left my arm bruised"); never a fall, the usual cover story
    "jab|injection|blood_test|vaccine|needle|operation|surgery|netball|football|rugby|hockey ~ bruise*|bruised|bruising",
    "dog|dogs|cat|cats|fireworks|thunder|spider*|wasps|film|films ~ scare*|scared|frightened|frighten*|terrif*",
    "barks|barking ~ scare*|scared|frightens|frightened",
    "previously|formerly i|we felt|was|were ~ unsafe|scared|afraid|frightened|worried",
    "{nobody} ~ been|come|came ~ to ~ fix|collect|empty|repair|mend|cut|sweep|clear|grit",
    "bank|machine|atm|cashpoint|cash_machine keeps|kept|took|swallowed|takes ~ card",
]
