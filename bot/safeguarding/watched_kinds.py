"""Domestic abuse told by the contact arranged round a partner who watches.

Round 20. The domestic disclosures the rules missed most often never said a blow or a threat: the
writer asked the council to reach them round someone ("use my work email, not the house phone, he
listens in on every call", "please don't leave a message on the answerphone, my husband plays them
all back", "only ringing when he's at work"). Two facts in one message make it a disclosure: a
contact asked for on terms (not the house phone, text only, only when he is out) and his watching
(he listens, reads, checks the phone, or the writer pays for it after). Either alone is ordinary:
"please don't ring before ten, I work nights"; "my husband reads the letters to me, my eyes are
bad". A carer, a hearing aid or a night shift vetoes the pair. These are the screen's only
(rules.py joins them to the screen's concepts, never the classifier's features), so model.json
stays as trained. Tested both ways in tests/safeguarding/test_watched_kinds.py.
"""

# ruff: noqa: E501  (a pattern reads best on one line, however long)
from __future__ import annotations

from bot.safeguarding.concepts import Concept
from bot.safeguarding.told_kinds import Pair

# --- word families ------------------------------------------------------------------------------
CONTACT = "ring|call|phone|text|txt|message|msg|email|write|send|reply|ffonio|ffonio_r|tecstio|tecst"
# the one who watches: a partner, or "he" (the writers rarely name him)
HE = "he|hes|he_is|hed|husband|partner|boyfriend|bf|fella|ex|him|ma_fe|mae_e|mae_o|mae_fe|fe|fo"
# what he does with the writer's contact
WATCHES = "listens|listens_in|listen_in|listening_in|reads|reads_everything|goes_through|checks|check|checked|checking|plays_them|sees|sees_everything|hears|gwrando|darllen|searches|monitors"
PHONE = "phone|phones|mobile|texts|messages|calls|post|letters|emails|ffon|ffôn"
# what it costs the writer after
AFTER = "i_pay_for_it|pay_for_it_after|i_get_it_in_the_neck|get_it_in_the_neck|gets_very_angry|get_very_angry|gets_angry|he_get_angry|kicks_off|goes_mad|gwylltio|dw_in_ofni|in_ofni"
# the look-alikes: a carer or an interpreter handling the post, deafness, a shift pattern
HELPER = "carer|carers|interpreter|hearing|deaf|eyesight|my_eyes|blind|sight|nights|night_shift|shifts|asleep_in_the_day|sleeping_days|baby_is_asleep|the_baby_sleeps|dementia|alzheimers|power_of_attorney|appointee|signs_for"

WATCHED_PAIRS: tuple[Pair, ...] = (
    Pair(
        Concept(
            "contact_round_partner",
            "domestic",
            "concern",
            "Contact arranged round a partner who watches the writer's calls or post",
            (),
        ),
        (
            # a contact asked for on terms
            f"dont|do_not|not|never|no|peidiwch ~ {CONTACT} ~ the|my|me ~ house|home|landline|ty|tŷ|answerphone|house_phone|home_phone",
            "dont|do_not|peidiwch ~ leave|send|text|ring|call ~ a|any ~ message|messages|letters|after",
            f"{CONTACT} ~ only ~ when|if|daytime|at_work|during",
            f"only ~ {CONTACT}|ringing|texting|calling ~ when|while|if ~ he|hes|i_say",
            f"{CONTACT}|contact ~ only|by_text_only|text_only|tecst_yn_unig|mobile_only",
            "use|to ~ my ~ work_email|work_phone|friends_phone|sisters_address|sisters_phone",
            f"{CONTACT} ~ when|while ~ hes|he_is ~ at_work|out|asleep|away|yn_y_gwaith",
            "dont|do_not ~ say|tell ~ who_you_are|its_the_council",
            f"dont|do_not|please_dont ~ {CONTACT}|ring_back|text_back ~ after|back",
        ),
        (
            f"{HE} ~ {WATCHES} ~ {PHONE}|every|everything|them|all|bopeth|pob",
            f"{HE} ~ {WATCHES}|takes|has|keeps|cadw ~ my|me|fy ~ {PHONE}",
            f"{HE} ~ {WATCHES} $",
            f"{HE} ~ listens|listening|gwrando",
            AFTER,
            f"{HE} ~ doesnt|dont|does_not ~ like|let ~ me ~ talking|texting|going|dealing|to_talk",
            f"{HE} ~ does_not_take_kindly|doesnt_take_kindly",
        ),
        (HELPER,),
    ),
)
WATCHED_PAIR_CONCEPTS: tuple[Concept, ...] = tuple(p.concept for p in WATCHED_PAIRS)
