"""Kinds of disclosure, and of everyday wording, that the later blind sets showed the rules getting wrong.

Each is written for the kind, not for the sentence that showed it:

- goodbyes told as putting affairs in order: a will and a pet given away in one
  breath, belongings given away, letters to the family written, pills counted out,
  farewells said to the people who matter, "no loose ends", calm once decided,
  the bridge chosen, a pipe in the garage;
- hopelessness in Welsh told as not seeing the point of carrying on, pills ready;
- an ex who has found the new address, someone outside the home at night;
- sex forced "when I say no";
- an injury nobody explained or recorded (no incident form);
- a threat for telling or complaining ("if we complain she can find somewhere else",
  "if I go to the council I'll regret it"), told not to speak to services;
- a new partner whose bills an older person now pays; strangers staying who the
  resident does not know;
- a meal call missed so nothing is eaten between meals; a fridge gone mouldy;
- wounds that smell or weep; Welsh self-neglect ("dim mynedd i goginio");
- oxygen or insulin running out, cut off by snow or flood;
- a child out in the small hours; hate told in Welsh (mimicked, eggs thrown).

And everyday wording that shared a risk word: fear of missing a bus or being
late, punching the air, being told off for not drinking enough, a pharmacy that
ran out, letters to "my late husband". rules.py joins these to the others;
tests/safeguarding/test_later_kinds.py tries each both ways.
"""

# ruff: noqa: E501  (a pattern reads best on one line, however long)
from __future__ import annotations

import re

from bot.safeguarding.concepts import Concept


def _c(name, category, severity, reason, *patterns, negatable=True, resolvable=True) -> Concept:
    return Concept(name, category, severity, reason, patterns, negatable, resolvable)


PARTNER = "ex|husband|wife|partner|boyfriend|girlfriend|stalker|fella|he|she"
SMALL_HOURS = "1am|2am|3am|4am|5am|midnight|middle_of_the_night|all_night"
INJURY = "split_lip|black_eye|bruises|bruising|marks|injury|injuries|cuts|burn|burns|scratches|fracture|broken_arm|broken_wrist|swelling"
SERVICES = (
    "council|police|social_services|social_worker|anyone|someone|doctor|gp|nurse|you|the_office|housing"
)

# fmt: off
LATER_CONCEPTS: tuple[Concept, ...] = (
    _c("suicide_means", "suicide_self_harm", "urgent", "Putting affairs in order, a warning sign of ending life",
       "putting|put|sorting|sorted|getting|got|get ~ my affairs ~ in_order|straight|sorted", "my affairs are|r in_order",
       "given|giving|gave|give ~ away ~ all_my|everything_i_own|my_things|my_stuff|my_belongings|my_possessions|my_dog|my_cat|my_pets",
       "given|giving|gave|give ~ all_my|everything|my_things|my_stuff|my_belongings|my_possessions ~ away",
       "my|the will|funeral ~ sorted|done|written|arranged|planned|made ~ and|now ~ given|gave|giving|rehomed|goodbye|goodbyes|letters|dog|cat",
       "sorted|done|written|made|wrote|arranged|planned|sorting ~ my ~ will|funeral ~ and|then ~ given|gave|giving|rehomed|goodbye|goodbyes|letters|dog|cat|pets",
       "writing|wrote|written|finished|finishing|done|left my|last|goodbye|farewell letters|notes ~ to|for ~ people|everyone|family|kids|children|son|daughter|wife|husband|partner|mum|dad|sister|brother|them_all",
       "goodbye|farewell letters|letter|notes|note",
       "i|ive|im|got ~ {pills} ~ counted|counted_out|lined_up|laid_out|all_out|ready",
       "{pills} ~ gyda|gen|efo ~ barod",
       # farewells to the people who matter, the last time and nobody knowing
       "said|saying|say|made .. goodbyes|farewells ~ people|everyone|family|friends|matter|loved",
       "dont|doesnt|didnt|wont know ~ last time", "no loose ends $|now|left",
       # calm once decided: relief with nothing after the decision
       "calm|calmer|lighter|peaceful|at_peace|relieved|relief ~ decided|made_my_mind_up|made_up_my_mind|theres_a_plan|there_is_a_plan|have_a_plan|got_a_plan $",
       # a place or means chosen and visited, told flatly
       "know|picked|chosen|chose which bridge|cliff|spot|building|car_park|tree",
       "pipe|hose ~ garage|car|exhaust", "car ~ pipe|hose",
       resolvable=False),
    _c("suicide_passive", "suicide_self_harm", "concern", "Thoughts of not wanting to live (Welsh)",
       "gweld|weld ~ pwynt ~ cario|byw|mynd_ymlaen|mlaen|fyw",
       "whats|what_is the point ~ anymore|any_more|of_it_all|of_anything|of_any_of_it",
       "reason|point ~ to|in ~ carry_on|go_on|keep_going|carrying_on|going_on"),
    _c("domestic_fear", "domestic", "concern", "A partner or ex who has found or watches the home",
       f"{PARTNER.replace('|he|she', '')} ~ found|finds|knows|tracked|got_hold_of|worked_out ~ address|where_i_live|where_we_live|new_place|new_flat|new_house|where_i_am|where_we_are",
       f"{PARTNER} ~ outside|watching|waiting_outside|sat_outside|parked_outside ~ flat|house|home|window|door|work ~ {SMALL_HOURS}|again|every"),
    _c("sexual", "sexual", "concern", "Sexual abuse or assault",
       "forces|forced|force|makes|made ~ me|her|him ~ when|even_though|even_when|if ~ i|she|he ~ say|said|says ~ no",
       "when|even_though|even_when ~ i|she ~ say|said|says ~ no ~ forces|carries_on|doesnt_stop|wont_stop|ignores"),
    _c("abuse", "physical", "concern", "An injury nobody explained or recorded",
       f"{INJURY} ~ nobody|noone|no_one|no_incident|no_explanation|no_form|not_recorded|cant_explain|wont_explain|no_idea_how",
       f"{INJURY} ~ staff|carers|home|they|nobody|noone ~ wouldnt|wudnt|wont|didnt|cant|couldnt|never ~ say|explain|tell ~ how|why|what",
       "no|not_an|without|wasnt_an|isnt_an|never_an ~ incident_form|incident_report|body_map|accident_form"),
    _c("psychological", "psychological", "concern", "Threatened for telling or complaining, or kept from help",
       "if ~ i|we|you|she|he|they ~ go_to|tell|ring|call|report|contact|talk_to|speak_to|complain|complained|complains|say_anything ~ regret|pay_for_it|hurt|find_somewhere_else|go_elsewhere|have_to_leave|be_moved|kicked_out|out_on|evicted",
       "tell|tells|told|say|says|said ~ me|her|him ~ nobody|noone ~ wants|loves|cares|would_want",
       f"told|tells|telling|warned|warns ~ her|him|me|us|mum|dad|nan ~ not|never ~ to ~ talk|speak|tell|ring|call|contact|answer ~ {SERVICES}"),
    _c("financial", "financial", "concern", "Money or belongings taken or controlled by someone else",
       "paying|pays|paid|pay ~ all ~ his|her|their ~ bills|debts|rent|fines|loans",
              "made|make|makes|making|forced ~ me|her|him|mum|dad|nan|us ~ pay|hand_over ~ thousand|thousands|hundred|hundreds|cash|savings|pension",
       "taken|took|takes|stole|stolen|conned|scammed|swindled ~ thousand|thousands|hundreds|grand ~ pounds|quid|off|from|out_of"),
    _c("modern_slavery", "modern_slavery", "concern", "Strangers staying in a home (possible cuckooing)",
       "people|strangers|men|lads|they ~ stay|staying|sleep|sleeping|kip|kipping ~ at_mine|at_my|my_flat|my_place|my_house ~ dont|do_not ~ know",
       "dont|do_not know ~ stay|staying|sleep|sleeping|kip|kipping ~ at_mine|at_my|my_flat|my_place|my_house"),
    _c("care_not_given", "neglect", "concern", "Care not given",
       "nothing|no_food|nothing_to_eat|no_lunch ~ between|from ~ breakfast|lunch ~ and|till|until|to ~ tea|dinner|supper",
       "lunch|breakfast|tea|dinner|morning|evening|night ~ call|calls|visit|one ~ hasnt|havent|not|didnt|never ~ come|came|been|turned_up|happened|shown ~ {for_time}",
       "his|her|mums|dads|nans|grans ~ fridge ~ mould|mouldy|rotten|empty|bare|out_of_date",
       "he|she|hes|shes|mum|dad|nan|gran ~ lost ~ loads_of|so_much|a_stone|stones|lots_of ~ weight"),
    _c("self_neglect", "self_neglect", "concern", "Self-neglect",
       "ulcer|ulcers|sores|wound|wounds ~ smell|smells|smelly|stink*|weeping|infected|pus|maggots",
       "dim|heb ~ mynedd|amynedd ~ coginio|glanhau|ymolchi|bwyta|golchi"),
    _c("no_food_or_heating", "crisis", "urgent", "Oxygen, insulin, heat or food running out, cut off",
       "oxygen|insulin|heating_oil ~ running|run|ran|nearly|almost ~ low|out",
       "snowed|flooded in|cut_off ~ oxygen|insulin|food|heat|medicine|meds"),
    _c("children", "children", "concern", "A child at risk",
       f"year_old|yr_old|year_olds|kid|kids|child|children|girl|girls|boy|boys ~ out|outside|about|around|with ~ {SMALL_HOURS}|grown_men|older_men|men_in_cars",
       f"{SMALL_HOURS} ~ with ~ grown|older ~ men|lads|blokes"),
    _c("discriminatory", "discriminatory", "concern", "Hate or mockery (Welsh)",
       "dynwared|gwawdio|wawdio",
       "taflon|taflu|taflodd|lluchio|thaflu ~ wyau|cerrig|pethau|sbwriel ~ ati|ato|atom|ata|atyn|at"),
)
# fmt: on

# Everyday wording that shares a risk word; blanked before the concepts look.
LATER_IDIOMS = [
    "{fear} ~ id|i_would|i_might|we_would|wed|of|i_was_going_to ~ miss|missing|be_late|being_late|forget|forgetting|get_lost|getting_lost|fail|failing",
    "punch*|punched the air",
    "off for ~ not|never|forgetting ~ drinking|eating|taking|wearing|using|washing|doing|having|ringing",
    "pharmacy|pharmacist|chemist|chemists|shop|shops|surgery|boots|supplier|suppliers|stock ~ ran|run|runs|running out",
    # moving into one's own home, and neighbours evicted, are news, not cuckooing or homelessness
    "moved|moving|move into|in_to ~ his|her|my|their|our own|new ~ flat|place|home|house|bungalow",
    "tenants|neighbours|neighbour|family_next_door|people_upstairs|people_downstairs|people_next_door ~ got|were|was|have_been|has_been|been|getting evicted",
    # a porter or carer moving someone in a chair
    "pushed|pushing|push|pushes|wheeled me|him|her|us ~ in|on|into|along ~ wheelchair|chair|trolley|bed",
]

# After a risk clause, a "but" saying what was tried has worked ("at the end of my tether but the mediation worked").
LATER_RESOLVED = ["but ~ worked|works|got_better|is_better|are_better"]

# A spouse or parent who has died is named with "late"; letters to them are not goodbyes.
LATER_FOLDS = [
    # "taken into account" is considered, never money taken; "stable" is steady, never stabbed
    (re.compile(r"\b(take|takes|taking|took|taken) (into )?account\b"), "consider"),
    (re.compile(r"\bstab(le|ility|ilised|ilized|ilise|ilize|ilising|ilizing)\b"), "steady"),
    (
        re.compile(
            r"\b(my|our|her|his|your) late (husband|wife|partner|mum|mam|dad|mother|father|son|daughter|brother|sister|nan|gran)\b"
        ),
        r"\1 late\2",
    ),
]
