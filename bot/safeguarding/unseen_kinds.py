"""Concepts for kinds of disclosure a set written by another hand showed the rules missing.

Written for the kind, not the sentence: a scam told as money gone from an
account; someone getting an older person to sign; strangers who moved into a
home and use its phone and money, or deal from it (cuckooing); wages or benefits
all handed to whoever found the work; a disabled person tipped out of a
wheelchair for a laugh; a threat told as "next time he'll finish it"; a man
getting into a resident's bed; sleeping outdoors; two necessities gone at once;
a person who has not left home for weeks; a burn or bruise on a child; and the
Welsh forms of a bruise, of being nasty to someone and of a verb with its
pronoun joined on ("curo'i"). rules.py joins these to the others.
"""

# ruff: noqa: E501  (a pattern reads best on one line, however long)
from __future__ import annotations

import re

from bot.safeguarding.concepts import Concept
from bot.safeguarding.welsh import welsh_patterns


def _c(name, category, severity, reason, *patterns, negatable=True, resolvable=True) -> Concept:
    return Concept(name, category, severity, reason, patterns, negatable, resolvable)


PERSON = "me|him|her|mum|mam|dad|nan|nana|gran|grandma|grandad|grandpa|uncle|aunt|auntie|father|mother|husband|wife|brother|sister|them|us"
WHOSE = (
    "my|his|her|their|our|mums|mams|dads|nans|grans|grandads|uncles|aunties|fathers|mothers|brothers|sisters"
)
HOME = "flat|house|home|place|bungalow|room|caravan"
CHILD = "child|children|kid|kids|baby|toddler|son|daughter|grandson|granddaughter|nephew|niece|boy|girl|little_one"

# fmt: off
UNSEEN_CONCEPTS: tuple[Concept, ...] = (
    _c("financial", "financial", "concern", "Money or belongings taken or controlled by someone else",
       f"gone|taken|disappeared|vanished|drained|withdrawn|missing|cleared ~ out_of|from|off ~ {WHOSE} ~ account|accounts|bank|savings|card",
       "account|accounts|savings|bank_account ~ is|was|been|now|left empty|emptied|drained|cleared|wiped $|out|overnight|and|by|since|now",
       "emptied|drained|cleared|wiped ~ account|accounts|savings",
       "pretending|pretended|claiming|claimed|saying|said ~ to_be|from|they_were ~ bank|council|police|hmrc|bt|microsoft|amazon|the_bank ~ bankdetails|carddetails|pin|details|password|money|transfer",
       "got|gets|getting|made|makes|making|persuaded|talked|pressured ~ " + PERSON + " ~ to|into ~ sign|signing ~ over|cheque|cheques|blank|papers|documents|power_of_attorney|will|loan|something|things",
       resolvable=True),
    _c("modern_slavery", "modern_slavery", "concern", "Exploitation, modern slavery or cuckooing",
       f"moved|moving|move ~ in|into ~ {WHOSE} ~ {HOME} ~ using|use|uses|taking|took ~ his|her|my|their ~ phone|money|bank|card|benefits",
       f"{{someone}}|strangers|fella|fellas|blokes|dealers ~ staying|stayin|living|livin|sleeping|kipping ~ {WHOSE} ~ {HOME} ~ using|usin|use|uses|take|taking|took ~ phone|money|bank|card|benefits",
       f"strangers|men|lads|blokes|people|dealers|they|theyre ~ in|at|into ~ {WHOSE} ~ {HOME} ~ bagging|dealing|selling|cooking|weighing|cutting_up",
       "bagging|bagging_up|weighing_out|dealing|selling ~ in|from|out_of|out ~ my|his|her|their ~ flat|house|place|home|bedroom|kitchen",
       "give|hand|hand_over|handing|pay|paying|gave ~ them|him|her|the_boss|the_man ~ all|most|half ~ my|our|his|her|of_my ~ wages|pay|money|benefits|universal_credit|uc|pension|earnings"),
    _c("discriminatory", "discriminatory", "concern", "Discriminatory abuse or hate",
       "tip|tips|tipped|tipping|push|pushes|pushed|knock*|kick*|pull*|drag*|throw|threw ~ out_of|off|over ~ wheelchair|scooter|chair|frame|crutches|walker",
       "wheelchair|scooter|crutches|frame|stick ~ for a laugh|for_fun|for_a_joke|laughing|laugh",
       "tip|tips|tipped|tipping|push|pushes|pushed|knock*|kick*|trip|trips|tripped|shove* ~ him|her|me|them|us ~ for_a_laugh|for_fun|for_a_joke|for_a_giggle|for_a_bit_of_fun",
       "mock*|mimic*|copying|imitat*|laugh_at|laughing_at|laughs_at ~ his|her|my|the ~ stammer|limp|walk|speech|wheelchair|disability|voice",
       resolvable=True),
    _c("threat_to_kill", "physical", "urgent", "Threat to kill",
       "next time ~ finish|finishes|finishing ~ the_job|me|it|her|him",
       "said|says|threatened|threatening|told_me|going_to|will|hell|shell|hed|shed|theyll ~ finish|finishes ~ me|her|him|you|us ~ off", resolvable=False),
    _c("sexual", "sexual", "concern", "Sexual abuse or assault",
       "{someone}|fella|bloke|guy|stranger|resident ~ gets|got|getting|comes|came|climb* ~ into|in her|my|his|mums|wifes|nans bed",
       "gets|got|getting|climb* into ~ bed with ~ her|me|him|my"),
    _c("cant_cope", "crisis", "concern", "Not coping",
       "arent|isnt|wasnt|werent|im_not|not coping|managing ~ $|and|at_all|anymore|any_more|with"),
    _c("no_food_or_heating", "crisis", "urgent", "No heat, food or shelter",
       "sleeping|slept|sleep|kipping|kipped|living|staying ~ in|on|under ~ the|a ~ park|street|streets|bench|doorway|tent|station|bus_shelter|stairwell|bridge",
       "no|without|nae gas|electric|electricity|heating|heat|food|water|money and|or|nor|no gas|electric|electricity|heating|heat|food|water|money",
       "cereal ~ water", "nothing ~ to ~ eat|feed ~ kids|children|baby"),
    _c("self_neglect", "self_neglect", "concern", "Self-neglect",
       "not|havent|hasnt|aint|never been_out|been_out_of|left|gone_out|stepped_out ~ flat|house|home|door|bed ~ in|for ~ month|months|weeks|week|ages",
       "living|lived|existing|survived|surviving on ~ crisps|biscuits|toast|tea|nothing|sweets|chocolate|cereal",
       "dont|doesnt|didnt|never|no_longer .. bother|bothered ~ eating|washing|meals|food|getting_dressed|shaving|showering|cooking",
       "cant|couldnt face|bring_myself ~ washing|wash|eating|eat|getting_up|getting_dressed"),
    _c("children", "children", "concern", "A child at risk",
       f"{CHILD} ~ had|has|got|with|noticed|saw ~ burn|burns|cigarette_burn|bruises|bruising|welts|black_eye",
       f"{CHILD} ~ burn|burns|burnt|burned|cigarette_burn|bruises|bruising|bruised|marks|welts|injury|injuries|black_eye ~ on|to ~ hand|hands|arm|arms|leg|legs|face|back|neck|body"),
)

# Welsh: the bruise, being nasty to someone, and beating told with its pronoun joined on ("curo'i").
UNSEEN_CY_CONCEPTS: tuple[Concept, ...] = tuple(
    _c(name, category, severity, reason, *welsh_patterns(patterns))
    for name, category, severity, reason, patterns in (
        ("abuse", "physical", "concern", "Physical harm by someone (Welsh)",
         ("^clais|^cleisiau|cleision ~ ar|ar_ei|ar_ei_braich|ar_ei_fraich|ar_ei_hwyneb",
          "yn gas|cas|gâs efo|hefo|gyda|wrth|i ~ mam|nain|taid|dad|hi|fo|fe|ef|ni|fi",
          "^curo|^taro|^brifo|^cicio|^gwthio ~ ei|i ~ wraig|wr|gwr|mam|nain|plant|hi|fo")),
        ("financial", "financial", "concern", "Money taken (Welsh)",
         ("cyfrif|gyfrif|nghyfrif ~ wag|gwag|yn_wag",
          "defnyddio ~ ^cerdyn|^arian|^ffon ~ nain|taid|mam|dad|ewythr|modryb|ei|fy")),
        ("modern_slavery", "modern_slavery", "concern", "Cuckooing (Welsh)",
         ("symud i_mewn|mewn ~ fflat|^ty|tŷ|nhŷ|nhy",
          "dieithr|dynion|hogia ~ fflat|^ty|nhy ~ defnyddio")),
    )
)
# fmt: on

# Welsh pronouns joined to a verb by an apostrophe ("curo'i wraig"), split before the apostrophe goes.
WELSH_VERBS = "curo|guro|churo|nghuro|taro|daro|tharo|brifo|frifo|cicio|gicio|gwthio|wthio|lladd|ladd|dyrnu|ddyrnu|bwlio|fwlio"
WELSH_CLITIC = re.compile(rf"\b({WELSH_VERBS})['\u2019](i|w)\b")
