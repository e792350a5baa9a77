"""Round eleven (issue 19): reply families in the voices the table had least of, written before the
parser read them (template names end "__r11"). Their first readings are in docs/evaluation.md and
data/replies/round11_first_readings.csv.

Voices: Multicultural London English, teenage texting, Deaf BSL-English (topic first, few function
words), Yorkshire, Northern Irish, West Country, Lancashire, writing after a stroke (words dropped,
letters swapped), early dementia (repeats, loses the thread), autocorrect errors, English as a
first language of Arabic, Bengali, Mandarin or Ukrainian speakers, stoic understatement, terse
one-word replies, texting from a hospital bed, and North and South Welsh. Each family holds
phrasings of one kind; a reply a person would ask again about is labelled REASK.
"""

from __future__ import annotations

REASK = "reask"
Family = tuple[str, str, str, str, list[str]]
Pairs = tuple[str, str, str, list[tuple[str, int | str]]]

GRADES: list[Family] = [
    ("mle", "mle_grade_top__r11", "vpos", "en", ["bare good still", "calm, proper good"]),
    ("mle", "mle_grade_poor__r11", "vneg", "en", ["proper dead service", "dead ting fam"]),
    ("mle", "mle_grade_ok__r11", "neu", "en", ["it was aight", "safe i guess, nothing special"]),
    ("teen", "teen_grade_top__r11", "vpos", "en", ["10/10 no notes", "ate fr", "so good omg"]),
    ("teen", "teen_grade_poor__r11", "vneg", "en", ["actually so bad", "literally the worst", "awful ngl"]),
    ("bsl", "bsl_grade__r11", "pos", "en", ["service good", "staff good, me happy", "help good"]),
    ("bsl", "bsl_grade_poor__r11", "neg", "en", ["service not good", "help not good, me wait long"]),
    ("yorkshire", "yorkshire_grade__r11", "pos", "en", ["it were good", "not bad at all were that"]),
    # relabelled after the first reading: "reet" is one of the table's intensifiers ("reet good" is very good)
    ("yorkshire", "yorkshire_reet__r11", "vpos", "en", ["it were reet good"]),
    ("yorkshire", "yorkshire_poor__r11", "vneg", "en", ["it were rubbish", "proper rubbish were that"]),
    (
        "northern_irish",
        "ni_grade__r11",
        "vpos",
        "en",
        ["it was class so it was", "wee buns, brilliant", "dead on, very good"],
    ),
    (
        "northern_irish",
        "ni_poor__r11",
        "neg",
        "en",
        ["it was poor enough so it was", "not great to be honest with ye"],
    ),
    ("west_country", "west_grade__r11", "vpos", "en", ["proper job, gert lush", "gert lush that was"]),
    ("west_country", "west_grade_good__r11", "pos", "en", ["it were good my lover", "good, ta my lover"]),
    ("lancashire", "lancs_grade__r11", "pos", "en", ["it were grand", "grand, ta love"]),
    ("stroke", "stroke_grade__r11", "pos", "en", ["goood", "it goood help"]),
    ("stroke", "stroke_poor__r11", "vneg", "en", ["very bd", "vry bad", "bad bad"]),
    (
        "dementia",
        "dementia_repeat__r11",
        "pos",
        "en",
        ["good. good. they were good", "it was good i think it was good"],
    ),
    (
        "dementia",
        "dementia_lost__r11",
        REASK,
        "en",
        ["my husband used to do all this", "is it tuesday today"],
    ),
    (
        "autocorrect",
        "autocorrect_grade__r11",
        "vpos",
        "en",
        ["very goof", "excellent ducking brilliant", "brilliant thank tou"],
    ),
    ("autocorrect", "autocorrect_poor__r11", "neg", "en", ["poot", "pour service"]),
    (
        "arabic_l1",
        "arabic_grade__r11",
        "vpos",
        "en",
        ["very very good, thank you my brother", "is excellent, god bless"],
    ),
    (
        "bengali_l1",
        "bengali_grade__r11",
        "pos",
        "en",
        ["good only", "it is good service", "service is good, thank you sir"],
    ),
    ("mandarin_l1", "mandarin_grade__r11", "pos", "en", ["is good", "the service is good for me"]),
    (
        "ukrainian_l1",
        "ukrainian_grade__r11",
        "vpos",
        "en",
        ["very good, thank you so much", "is very good help for my family"],
    ),
    ("stoic", "stoic_grade__r11", "pos", "en", ["can't grumble", "did the job", "no complaints really"]),
    ("stoic", "stoic_poor__r11", "neg", "en", ["could have been better", "not the best"]),
    ("terse", "terse_grade__r11", "pos", "en", ["gd", "good"]),
    ("terse", "terse_poor__r11", "vneg", "en", ["awful", "shocking"]),
    (
        "hospital",
        "hospital_grade__r11",
        "vpos",
        "en",
        ["in hospital at min but they were brilliant", "excellent, sorry typing from ward"],
    ),
    (
        "hospital",
        "hospital_reask__r11",
        REASK,
        "en",
        ["cant talk now in hosp", "on the ward, will reply later"],
    ),
    ("welsh", "welsh_north_grade__r11", "vpos", "cy", ["da iawn wir", "gwych, diolch o galon"]),
    ("welsh", "welsh_south_grade__r11", "pos", "cy", ["eitha da", "da, whare teg"]),
    ("welsh", "welsh_poor__r11", "vneg", "cy", ["ofnadwy", "gwael iawn wir"]),
]
LISTENED: list[Family] = [
    (
        "mle",
        "mle_listened__r11",
        "alot",
        "en",
        ["yeah she did still, listened to everything", "for real, she listened proper"],
    ),
    ("mle", "mle_listened_no__r11", "no", "en", ["nah she weren't listening fam", "nah man, she never"]),
    ("teen", "teen_listened__r11", "alot", "en", ["yesss so much", "yes literally so much"]),
    ("bsl", "bsl_listened__r11", "alot", "en", ["yes, she listen me a lot", "listen yes, a lot"]),
    ("bsl", "bsl_listened_bit__r11", "abit", "en", ["listen little bit", "she listen a bit, not all"]),
    ("yorkshire", "yorkshire_listened__r11", "no", "en", ["nay, she didn't", "no she never, not a word"]),
    ("northern_irish", "ni_listened__r11", "alot", "en", ["aye, listened to every word so she did"]),
    ("lancashire", "lancs_listened_bit__r11", "abit", "en", ["a bit, aye", "bit, aye love"]),
    ("stroke", "stroke_listened__r11", "alot", "en", ["yes lot", "yes yes lot"]),
    ("dementia", "dementia_listened__r11", REASK, "en", ["who? the lady with the dog?"]),
    # relabelled after the first reading: not remembering is the option "Not sure", as the table has it
    ("dementia", "dementia_forgot__r11", "dk", "en", ["i don't remember her coming"]),
    ("autocorrect", "autocorrect_listened__r11", "abit", "en", ["a bot", "yes a but"]),
    (
        "arabic_l1",
        "arabic_listened__r11",
        "alot",
        "en",
        ["yes, she listen to me very much", "yes very much, thank you"],
    ),
    ("bengali_l1", "bengali_listened__r11", "abit", "en", ["little little", "some little bit yes"]),
    ("ukrainian_l1", "ukrainian_listened__r11", "no", "en", ["no, she not listen", "not listen to me"]),
    ("stoic", "stoic_listened__r11", "abit", "en", ["a bit", "up to a point"]),
    ("terse", "terse_listened__r11", "no", "en", ["no", "nope"]),
    ("hospital", "hospital_listened__r11", "alot", "en", ["yes loads, sorry on ward", "yes a lot, in hosp"]),
    ("welsh", "welsh_north_listened__r11", "alot", "cy", ["do, llawer", "do wir, lot"]),
    ("welsh", "welsh_south_listened__r11", "abit", "cy", ["ychydig bach", "do, ychydig"]),
]
TIMELY: list[Family] = [
    ("mle", "mle_timely__r11", "yes", "en", ["yeah it was quick still", "came quick innit"]),
    ("teen", "teen_timely_no__r11", "no", "en", ["nope took forever", "no it took ages lol"]),
    ("bsl", "bsl_timely__r11", "partly", "en", ["some help quick, some help slow", "part quick, part wait"]),
    ("yorkshire", "yorkshire_timely__r11", "no", "en", ["no it were late", "nay, took ages"]),
    ("west_country", "west_timely__r11", "yes", "en", ["yes, proper quick", "ar, came quick"]),
    ("stroke", "stroke_timely__r11", "yes", "en", ["yes quik", "yes fast"]),
    ("autocorrect", "autocorrect_timely__r11", "partly", "en", ["partly", "parly", "partky"]),
    ("ukrainian_l1", "ukrainian_timely__r11", "notneeded", "en", ["i not need help", "no need help for me"]),
    ("stoic", "stoic_timely__r11", "partly", "en", ["some of it", "bits of it"]),
    ("terse", "terse_timely__r11", "yes", "en", ["yes", "yep"]),
    ("welsh", "welsh_timely__r11", "partly", "cy", ["yn rhannol", "rhywfaint"]),
]
CHANGED: list[Family] = [
    ("mle", "mle_changed__r11", "better", "en", ["bare better now", "way better still"]),
    ("teen", "teen_changed__r11", "same", "en", ["same tbh", "literally the same"]),
    ("yorkshire", "yorkshire_changed__r11", "worse", "en", ["worse, if owt", "it's worse"]),
    ("northern_irish", "ni_changed__r11", "better", "en", ["a wee bit better", "better so it is"]),
    ("lancashire", "lancs_changed__r11", "same", "en", ["same as ever", "much the same love"]),
    ("stroke", "stroke_changed__r11", "better", "en", ["beter", "bettr now"]),
    ("mandarin_l1", "mandarin_changed__r11", "better", "en", ["now more better", "is better than before"]),
    ("stoic", "stoic_changed__r11", "same", "en", ["much of a muchness", "no different really"]),
    (
        "hospital",
        "hospital_changed__r11",
        "worse",
        "en",
        ["worse, back in hospital", "worse, i'm on a ward now"],
    ),
    ("welsh", "welsh_changed__r11", "same", "cy", ["yr un fath", "tua'r un fath"]),
]
STILL_NEED: list[Family] = [
    ("mle", "mle_need__r11", "no", "en", ["nah im good still", "nah we're calm now"]),
    ("bsl", "bsl_need__r11", "yes", "en", ["yes, need more help", "help more yes please"]),
    ("yorkshire", "yorkshire_need__r11", "no", "en", ["no, we're reet now", "nay, all sorted"]),
    (
        "arabic_l1",
        "arabic_need__r11",
        "yes",
        "en",
        ["yes please, we need help still", "yes i need more help, thank you"],
    ),
    ("terse", "terse_need__r11", "no", "en", ["no", "no ta"]),
    (
        "hospital",
        "hospital_need__r11",
        "yes",
        "en",
        ["yes, more when i'm home", "yes please, coming home friday"],
    ),
    ("welsh", "welsh_need__r11", "yes", "cy", ["oes plis", "oes, diolch"]),
]
CONTACTED: list[Family] = [
    ("mle", "mle_contacted__r11", "yes", "en", ["yeah they bell'd me", "yeah man they rang"]),
    ("mle", "mle_contacted_no__r11", "no", "en", ["nah no one rang", "nah man, nobody called"]),
    ("teen", "teen_contacted__r11", "no", "en", ["no lol", "nope never"]),
    ("bsl", "bsl_contacted__r11", REASK, "en", ["phone no good for me, deaf", "me deaf, text only please"]),
    ("northern_irish", "ni_contacted__r11", "yes", "en", ["aye they did", "aye, rang me the day after"]),
    ("west_country", "west_contacted__r11", "no", "en", ["no, never heard nothing", "no, nobody rung"]),
    (
        "dementia",
        "dementia_contacted__r11",
        REASK,
        "en",
        ["did they? i can't remember", "someone rang, maybe it was them"],
    ),
    ("autocorrect", "autocorrect_contacted__r11", "yes", "en", ["yea they dud", "yes they fid"]),
    ("bengali_l1", "bengali_contacted__r11", "yes", "en", ["yes they call me", "yes, call come"]),
    ("terse", "terse_contacted__r11", "no", "en", ["no", "nah"]),
    ("welsh", "welsh_contacted__r11", "yes", "cy", ["do, ffoniodd nhw", "do diolch"]),
]
RESOLVED: list[Family] = [
    ("mle", "mle_resolved__r11", "yes", "en", ["yeah it's sorted now", "sorted innit"]),
    ("teen", "teen_resolved__r11", "no", "en", ["nope still broken", "no its still not fixed"]),
    ("bsl", "bsl_resolved__r11", "partly", "en", ["half fixed", "some fixed, some not"]),
    ("yorkshire", "yorkshire_resolved__r11", "no", "en", ["no it's not", "nay, still not sorted"]),
    ("lancashire", "lancs_resolved__r11", "yes", "en", ["aye, all sorted", "yes sorted love"]),
    ("stroke", "stroke_resolved__r11", "yes", "en", ["yes fixd", "yes sortd"]),
    ("ukrainian_l1", "ukrainian_resolved__r11", "partly", "en", ["only part fixed", "is partly fix"]),
    ("stoic", "stoic_resolved__r11", "partly", "en", ["mostly", "for the most part"]),
    ("terse", "terse_resolved__r11", "yes", "en", ["yes", "yep"]),
    (
        "hospital",
        "hospital_resolved__r11",
        REASK,
        "en",
        ["not been home to check, in hospital", "don't know, been in hosp"],
    ),
    ("welsh", "welsh_resolved__r11", "yes", "cy", ["ydy, wedi'i sortio", "ydy diolch"]),
]
RATING: list[Pairs] = [
    ("mle", "mle_rating__r11", "en", [("4 still", 4), ("i'd give it a 3 innit", 3)]),
    ("teen", "teen_rating__r11", "en", [("5/5 obvs", 5), ("2 lol", 2)]),
    ("stroke", "stroke_rating__r11", "en", [("fore", 4), ("thre", 3)]),
    ("autocorrect", "autocorrect_rating__r11", "en", [("fice", 5), ("fuve", 5)]),
    ("terse", "terse_rating__r11", "en", [("4", 4), ("1.", 1)]),
    ("dementia", "dementia_rating__r11", "en", [("3... or 4, i forget", REASK), ("4. 4.", 4)]),
    ("welsh", "welsh_rating__r11", "cy", [("pedwar", 4), ("tri", 3)]),
]
DAYS: list[Pairs] = [
    ("mle", "mle_days__r11", "en", [("like a week innit", 7), ("bout 3 days", 3)]),
    ("bsl", "bsl_days__r11", "en", [("wait 2 week", 14), ("wait five day", 5)]),
    ("hospital", "hospital_days__r11", "en", [("10 days", 10), ("a fortnight, was in hosp", 14)]),
    ("welsh", "welsh_days__r11", "cy", [("pythefnos", 14), ("pum diwrnod", 5)]),
]
