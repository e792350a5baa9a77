"""Figurative speech, denials and past troubles, by kind: the ordinary feedback a literal reading alarms on.

Residents joke about the service in the words of harm ("the hold music made me
want to die", "shoot me now if I ring again"), use idioms that share a word with
a risk ("end of my rope", "anxiety through the roof", "fed up", "food bank"),
blame the room rather than their home ("freezing in the waiting area"), deny
("nobody abused me or anything") and tell troubles that have passed ("as a
teenager", "before the respite"). Each kind is written once here, narrowly
enough that the same words in a real disclosure still raise the alert
(tests/safeguarding/test_figurative.py checks both ways). rules.py joins these
to the other idioms, folds and resolution markers.
"""

# ruff: noqa: E501  (a pattern reads best on one line, however long)
from __future__ import annotations

import re

# What residents complain about when they joke: the service experience, never a person.
SERVICE = "queue|queues|queuing|queueing|on_hold|hold_music|music|form|forms|paperwork|phone_line|phone_lines|wait|waiting|website|app|menu|options|automated|recorded_message|switchboard|portal|system"
LAUGHTER = "lol|lool|lolol|haha|hahaha|hehe|lmao|lmfao|rofl|jk|jokes|joking"
# Household things a kin "threatens" about in jest (never people, the house or money).
CHORES = "seat|lights|light|dishes|washing|washing_up|heating|tap|lid|telly|tv|mess|mug|cup|towels|shoes|bike|fitting|bins|bin|recycling|rubbish|milk|shopping|hoovering|ironing"
# Things everyone feels in a building or after a wait; at home and for days they are a crisis.
ROOMS = "waiting*|reception|foyer|office|offices|hall|library|hub|building|centre|center|surgery|clinic|meeting*|queue|station|bus|corridor|lobby|day_room|community_room|council_offices|jobcentre"
ACTIVITIES = "work|shift|job|commute|queue|queuing|queueing|wait|waiting|meeting|appointment|session|class|walk|shift|tour|move|moving|trip|journey|holiday|decorating|unpacking|assessment|interview|day_out"

# Fittings a rope or cord belongs to in a home (a rope rail, the cord for the loft hatch).
FITTINGS = "swing|swings|ladder|ladders|rail|rails|handrail|handrails|banister|bannister|pull|pulls|light|hatch|loft|attic|blind|blinds|bell|gate|shed|boat|flag|tent"
# A score ("4-0", "3 - 1") is sport, not a count ("3-4 times"); it becomes one word before
# punctuation is dropped so "beat 4-0" can be read as a match.
SCORELINE = re.compile(
    r"(?<![\d-])\d{1,2} ?[-\u2013] ?\d{1,2}(?![\d-])(?! ?(?:times|x|days|weeks|hours|mins|minutes|months|years|am|pm|yrs|hrs)\b)"
)
SPORT = "final|finals|match|game|games|league|cup|derby|semi|semis|semi_final|tournament|race|quiz|darts|pool|chess|bowls|cards|bingo|scrabble|snooker|rugby|football|footie|netball|cricket|tennis|golf|penalties"

# Fixed expressions folded into a word that carries no risk (applied after punctuation is gone).
FIGURATIVE = [
    (
        "(end|ends) of (my|the|her|his|our|their) (rope|tether)",
        r"\1 of \2 tether",
    ),  # never the rope of suicide_means
    ("(through|thru|thro) the roof", "sky high"),
    ("fed up", "fedup"),  # "fed" is a care need; "fed up" is a mood
    ("(food|blood|river|piggy|baby) bank", r"\1bank"),  # a place, not a bank account
    ("(bank|card) details", r"\1details"),  # information asked for, not money taken
    # a rope that is part of a fitting or has a household job is equipment, never the rope of
    # suicide_means ("the rope rail up the stairs", "the rope for the loft hatch has snapped")
    (f"(rope|cord) ({FITTINGS})", "fitting"),
    (f"(rope|cord) (for|on|of) (the|my|our|a) ({FITTINGS})", r"fitting \2 \3 \4"),
    ("(washing|clothes) line", "clothesline"),
    ("changed (anything|a thing)", r"altered \1"),  # a claim's details, not a pad or clothes
    # a fitting that leaks or drips is a repair, not a wash missed ("the shower's dripping again")
    (
        "(showers?|bath|toilet|sink) (is |was )?(dripping|leaking|leaks|drips|tray|head|screen|seal|pump|cistern|seat)",
        r"fitting \3",
    ),
]
FIGURATIVE_FOLDS = [(re.compile(rf"\b{a}\b"), b) for a, b in FIGURATIVE]
# Laughter emoji become a word before punctuation (and emoji) are dropped.
LAUGHING_EMOJI = re.compile("[\U0001f602\U0001f923\U0001f606\U0001f605\U0001f639]")

FIGURATIVE_IDIOMS = [
    # hyperbole about the service: the cause is a queue, a form or a phone line
    f"{SERVICE} ~ made|makes|make|making ~ me want to die|jump|scream|cry|kill_myself|top_myself|end_it|shoot_myself|throw_myself",
    "want|wanted|wanting to die|jump|scream ~ on_hold|in_the_queue|in_that_queue|hold_music|listening_to",
    f"going_to|gonna|about_to|would|could|nearly|almost|thought_id|thought_i_would die|dying|died ~ {SERVICE}|boredom|of_boredom",
    "die|dying|died of|from boredom|embarrassment|shame|old_age|laughter|curiosity",
    "shoot me now|already|please",
    "nearly|almost|practically|just_about|about_to finished|finish|finishes me|us off",
    "just|somebody|someone|please shoot me",
    f"{SERVICE} ~ is|was|were|are|its|thats murder|killing|torture|a_nightmare|hell",
    # a kin's "threat" about failing to praise is a joke: "Mum would kill me if I didn't thank them"
    "kill|murder me if i|we didnt|dont|forgot|forget|never ~ say|said|saying|mention|mentioned|thank|thanked|praise|praised|tell_you|told_you ~ how|thanks|thank_you|kind|lovely|good|great|brilliant|wonderful|helpful|amazing",
    "kill|murder me if i|we didnt|dont|forgot|forget|never ~ thank|thanked|praise|praised",
    # a household grumble: "she'll murder me if I leave the toilet seat up" (never "if I leave him")
    f"kill|murder me if i|we leave|left|dont|didnt|forget|forgot ~ {CHORES}",
    f"put|putting me|us out of my|our misery {LAUGHTER}",  # six forms for a permit, "lol" (never without it)
    f"kill|murder me now|already {LAUGHTER}",  # "Kill me now lol" after a long form (never "he'll kill me lol")
    # sport: a side beaten by a score or in a match is not a person hurt ("got beat 4-0 in the final")
    "{hit}|thrashed|hammered|stuffed|trounced|whupped|lost|won ~ scoreline",
    f"{{hit}}|thrashed|hammered|stuffed|trounced|whupped ~ in|at the|a|an|our|their|his|her ~ {SPORT}",
    f"{{hit}}|thrashed|hammered|stuffed|trounced|whupped .. at {SPORT}",
    # a joking threat by the speaker, with the laughter in the same sentence ("would have throttled
    # him if he'd given up lol"); another's threat stays a threat ("he'll kill me lol")
    f"i|id|id_have|i_would|i_could|would_have|wouldve|could_have|couldve|nearly|almost {{hit}}|{{kill}}|strangled|throttled ~ {LAUGHTER}",
    f"i|id|id_have|i_would|i_could|would_have|wouldve|could_have|couldve|nearly|almost {{hit}}|{{kill}}|strangled|throttled ~ if ~~ {LAUGHTER}",
    # harm done to something that is not a body: pride, ego, a wallet
    "{hit}|bruised|dented|wounded|knocked my|me|ma|his|her|our|your pride|ego|confidence|wallet|purse|bank_balance",
    # a lifeline, a bone or a curveball is thrown to someone, never at them ("threw me a lifeline")
    "threw|throw|throws|thrown|chucked|tossed|flung me|us|him|her a|an|the_odd",
    # overwhelmed by paper, not by water
    "drowning|drowned|buried|swamped|snowed_under in|under ~ forms|paperwork|letters|bills|emails|admin|cards|work|post|red_tape",
    # the room, not the home: cold or hunger where everyone waits
    f"freezing|cold|boiling|baking|roasting|perishing|starving|hungry|famished .. in|at|inside the|that|this|your|their ~ {ROOMS}",
    f"starving|hungry|famished|parched|thirsty|freezing|shattered|knackered|exhausted|worn_out|tired ~ after|from|by_the_end_of|by_the_time ~ {ACTIVITIES}",
    f"starving|hungry|famished|freezing|parched|dying ~ {LAUGHTER}",
    "wedi_blino|blino ~ ar_ol ~ symud|taith|daith|gwaith|waith|shifft|gwyliau|wyliau|aros|siwrne|siwrnai|diwrnod|ddiwrnod",
    # a visit from a service that has not happened yet is a complaint about the service
    "ot|engineer|plumber|electrician|surveyor|assessor|inspector|contractor|contractors|repairs|repairman|workmen|officer ~ hasnt|havent|not|never been out|round|yet",
    # a denial told as "nobody X me" or "not X or anything"
    "nobody|noone|never|not_been|wasnt|werent abused|hurt|hit|harmed|touched|attacked|threatened|bullied|assaulted me|us|him|her",
    "not|never|nothing suicidal|depressed|abused|in_danger|unsafe ~ or_anything|or_owt|as_such|dont_worry",
    # pressure from a service to accept an offer is a complaint, not abuse
    "bullied|pressured|pushed|rushed|hurried into ~ taking|accepting|choosing|booking ~ flat|offer|property|tenancy|house|bungalow|place|appointment|date|room|first|one",
]

# After a risk clause, a trouble placed in the past or before help came (see RESOLVED in cues.py).
FIGURATIVE_RESOLVED = [
    "as_a teenager|teen|kid|child|student|youngster",
    "when i was younger|young|a_teenager|a_teen|at_school|at_uni|in_my_teens|in_my_twenties|a_student|a_kid",
    "in_my teens|twenties|youth|younger_days",
    "student|school|younger|teenage|teen|uni|college|university days|years",
    "well|fine|clean|free|recovered ~ for years|months|a_long_time",
    "before the|my|our|we|i|you|they|she|he ~ respite|help|support|carers|package|care_package|stepped_in|got_help|referral|came|started|move|moved|operation",
    "world of good",
    # help that took the load: "overwhelmed but the reablement team took the weight off"
    "took|taken|takes|taking the|some_of_the weight|pressure|strain|load off",
    "threw|thrown me|us a lifeline",
    "sorted_now|fixed_now|fine_now|ok_now|okay_now|better_now|all_good_now|resolved_now|gone_now",
]

# A past trouble that has come back is not resolved: any of these anywhere in the message vetoes
# resolution ("I self-harmed years ago and it has started again").
RECURRENCE = [
    "started|starting|doing_it|doing_that|at_it|happening|happened|cutting|drinking|hitting|thinking_about_it|feeling_like_that ~ again",
    "relaps*",
    "come|coming|came|comes|its|it_is back",
    "urge|urges ~ back|again|returning|are_back",
    "still does|do|doing|happens|happening|going_on|at_it|hits|hurts|shouts|takes",
    "recently|lately|last_night|this_week|these_days|past_few_days|past_few_weeks",
]
