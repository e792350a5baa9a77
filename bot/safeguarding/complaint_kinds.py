"""Strong words about a council or a service, not about a person: "abuse of power", "cam-drin pŵer",
"abused by this council's service charge", "bullying by the council", "a breakdown of the costs".

Round 25 (rules, set AC). AC's angry complaints put abuse words to a fine, a charge, a parking
ticket or a tendering process; the rules read "cam drin" (Welsh abuse), "bwlio" (bullying) and
"breakdown" (a crisis) in them. Each phrase here is set aside (blanked) only when the message names
no person who could be harmed or harm (COMPLAINT_VETO: kin, a carer, staff, a partner) and no hurt
or money taken, so "the carer's abuse of power over Mum" or "abused by the council's contractor who
hit my dad" stay disclosures. Welsh forms beside the English. The kinds are the screen's only;
tested both ways in tests/safeguarding/test_complaint_kinds.py.
"""

# ruff: noqa: E501  (a pattern reads best on one line, however long)
from __future__ import annotations

COUNCIL = "council|councils|councillors|cyngor|gyngor|y_cyngor|authority|the_authority|housing_association|department|system"
COMPLAINT_IDIOMS: list[str] = [
    "abuse|abusing|abused of power|authority",
    "cam drin|camdrin pwer|grym|awdurdod",
    f"abused|bullied|bullying|bwlio|robbed by|gan ~ {COUNCIL}",
    "cam drin|camdrin y|r system|cynllun|bathodyn|parcio|gwasanaeth",
    "breakdown|dadansoddiad of|o ~ costs|charges|fees|figures|spending|expenditure|the_bill|service_charge|service_charges|costau|taliadau",
]
# a person harmed or harming, a hurt or money taken: the strong word may be a disclosure after all
COMPLAINT_VETO: list[str] = [
    "{kin}|carer|carers|staff|worker|partner|boyfriend|girlfriend|neighbour_hit|gofalwr|gofalwyr|staff_nyrsio",
    "hit|hits|hurt|hurts|punched|slapped|pushed|shoved|threatened|scared|frightened|afraid|taken_her|taken_his|took_her|took_his|pension|benefits|bank|card",
]
