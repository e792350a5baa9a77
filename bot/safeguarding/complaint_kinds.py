"""Strong words about a council or a service, not about a person: "abuse of power", "cam-drin pŵer",
"abused by this council's service charge", "bullying by the council", "a breakdown of the costs".

Round 25 (rules, set AC). AC's angry complaints put abuse words to a fine, a charge, a parking
ticket or a tendering process; the rules read "cam drin" (Welsh abuse), "bwlio" (bullying) and
"breakdown" (a crisis) in them. Each phrase here is set aside (blanked) only when the message names
no person who could be harmed or harm (COMPLAINT_VETO: kin, a carer, staff, a partner) and no hurt
or money taken, so "the carer's abuse of power over Mum" or "abused by the council's contractor who
hit my dad" stay disclosures. Welsh forms beside the English. A place "left to rot" ("mae'r stad wedi
cael ei gadael i bydru") is one of them; so are young people with "nowhere to go" once a park or a
club is named, unless the message names a night without a roof (PLAY_AREA_VETO: tonight, evicted,
kicked out, the locks, sleeping in the car …, or one's own family), which is how a family's crisis
is told. The kinds are the screen's only; tested both ways in
tests/safeguarding/test_complaint_kinds.py.
"""

# ruff: noqa: E501  (a pattern reads best on one line, however long)
from __future__ import annotations

COUNCIL = "council|councils|councillors|cyngor|gyngor|y_cyngor|authority|the_authority|housing_association|department|system"
COMPLAINT_IDIOMS: list[str] = [
    "abuse|abusing|abused of power|authority",
    "cam drin|camdrin pwer|grym|awdurdod",
    f"abused|bullied|bullying|bwlio|robbed by|gan ~ {COUNCIL}",
    "cam drin|camdrin y|r system|cynllun|bathodyn|parcio|gwasanaeth",
    "cael|wedi_cael ei|eu gadael|adael i bydru|pydru",
    "breakdown|dadansoddiad of|o ~ costs|charges|fees|figures|spending|expenditure|the_bill|service_charge|service_charges|costau|taliadau",
]
# a person harmed or harming, a hurt or money taken: the strong word may be a disclosure after all
COMPLAINT_VETO: list[str] = [
    "{kin}|carer|carers|staff|worker|partner|boyfriend|girlfriend|neighbour_hit|gofalwr|gofalwyr|staff_nyrsio",
    # Welsh kin and persons ("mae Nain wedi cael ei gadael i bydru" is a person left, not a place)
    "nain|taid|nhad|nhaid|tad|mab|fab|merch|ferch|gwr|ngwr|gwraig|chwaer|brawd|plentyn|plant|babi|hi|fo|fe|cymydog|cymdoges|hen_ddyn|hen_wraig",
    "hit|hits|hurt|hurts|punched|slapped|pushed|shoved|threatened|scared|frightened|afraid|taken_her|taken_his|took_her|took_his|pension|benefits|bank|card",
]

# young people with nowhere to go, said of a park or a club that closed
NOWHERE_IDIOMS: list[str] = [
    "kids|children|teenagers|teens|youngsters|young_people|young_uns|plant have|got|has|with nowhere|unman to|i go|fynd|play|hang_out",
]
PLAY_AREA: list[str] = [
    "park|parc|parks|playground|play_area|youth_club|youth_centre|skate_park|rec|the_rec|field|clwb_ieuenctid",
]
PLAY_AREA_VETO: list[str] = [
    "tonight|heno|evicted|kicked|thrown_out|locks|cloeon|homeless|sleep|sleeping|street|stryd|car|hostel|flood|flooded|fire|leave|moved_off|minus|snow|snowing|raining|me_and|my_kids|our_kids|my_children|my_son|my_daughter|my_boy|my_girl|the_baby|mum|dad|mam",
]
