"""Round twelve (issue 19): reply families of the kinds a person reads at once but the parser asked
again about, written before the parser read them (template names end "__r12"). Their first readings
are in docs/evaluation.md and data/replies/round12_first_readings.csv.

Kinds: typos of the answer words themselves (a letter dropped, doubled, swapped or a neighbouring
key), and real words near an answer word that must not be mended ("not", "god" as an exclamation);
Welsh answer words by kind (North and South forms, texting spellings); a clear answer followed by a
reason or a polite extra; slang and dialect yes and no; a rating beside a hypothetical second number;
"a couple of days"; "not as far as I know"; and the misread kinds: an angry emoji alone, a
self-correction that ends on a hedge, an eye-roll after a top grade, a job nearly finished, and one
person's matter sorted but another's not. Each family holds phrasings of one kind; a reply a person
would ask again about is labelled REASK.
"""

from __future__ import annotations

REASK = "reask"
Family = tuple[str, str, str, str, list[str]]
Pairs = tuple[str, str, str, list[tuple[str, int | str]]]

GRADES: list[Family] = [
    (
        "typo",
        "typo_grade_vpos__r12",
        "vpos",
        "en",
        ["verry good", "very goid", "very gpod thanks", "veru good"],
    ),
    ("typo", "typo_grade_pos__r12", "pos", "en", ["giod", "gpod ta", "goos thank you"]),
    ("typo", "typo_grade_vneg__r12", "vneg", "en", ["very poot", "verry poor", "very pooor"]),
    ("typo", "typo_grade_neg__r12", "neg", "en", ["pooor", "piir"]),
    # real words an answer word away, said as an exclamation or a denial: asked again
    ("typo", "typo_real_words__r12", REASK, "en", ["oh god", "god", "not", "good god no idea"]),
    ("polite_extra", "polite_grade__r12", "pos", "en", ["good thank you, the young man was patient"]),
    ("polite_extra", "polite_grade_top__r12", "vpos", "en", ["very good, thank you for asking"]),
    ("welsh", "welsh_soso__r12", "neu", "cy", ["gweddol", "gweddol diolch", "go lew", "canolig"]),
    ("welsh", "welsh_soso_en__r12", "neu", "en", ["gweddol", "go lew diolch"]),
    ("emoji", "angry_alone__r12", REASK, "en", ["😡", "😡😡😡", "🤬", "😠😠"]),
    (
        "sarcasm",
        "eyeroll_top__r12",
        REASK,
        "en",
        ["very good 🙄", "excellent 🙄🙄", "oh the best, obviously 🙄"],
    ),
]
LISTENED: list[Family] = [
    ("typo", "typo_alot__r12", "alot", "en", ["yes a lor", "yes a lpt", "yes, a lott", "yes a kot"]),
    ("typo", "typo_abit__r12", "abit", "en", ["yes a biy", "a bir", "yes a nit"]),
    ("typo", "typo_no__r12", "no", "en", ["mo they didnt", "bo, not really", "noo she didnt"]),
    # "not" and "but" are words, not typos of "no" and "bit": asked again, not mended
    ("typo", "typo_real_near__r12", REASK, "en", ["not", "but", "let"]),
    # rewritten after the first reading: a bare yes where the options are "a lot" and "a bit" is
    # asked again (as the table has it since round four), so the slang now says how much; the
    # dialect yes ("oh aye, they were grand") moved to contacted
    ("slang", "slang_yes__r12", "alot", "en", ["deadass, a lot", "no cap, loads", "ooh arr, a lot"]),
    ("slang", "slang_no__r12", "no", "en", ["is it heck", "is it 'eck, not a word", "did they heck"]),
    ("polite_extra", "polite_alot__r12", "alot", "en", ["yes a lot, thank you so much"]),
    ("welsh", "welsh_bit__r12", "abit", "cy", ["do, tipyn bach", "tipyn bach", "do, bach"]),
    ("welsh", "welsh_dk_south__r12", "dk", "cy", ["sa i'n siwr", "sai'n siwr", "sa i'n gwbod"]),
    ("welsh", "welsh_dk_north__r12", "dk", "cy", ["dwi ddim yn siwr", "ddim yn gwbod", "dwn i ddim"]),
    ("welsh", "welsh_dk_en__r12", "dk", "en", ["sa i'n siwr", "ddim yn gwybod"]),
]
TIMELY: list[Family] = [
    ("typo", "typo_timely__r12", "yes", "en", ["yrs", "yes, on tine", "yeas it was"]),
    ("typo", "typo_timely_no__r12", "no", "en", ["mo, late", "noo it was late"]),
    ("slang", "slang_timely__r12", "yes", "en", ["deadass yes, came quick", "oh aye, right quick"]),
]
CHANGED: list[Family] = [
    (
        "polite_extra",
        "polite_better__r12",
        "better",
        "en",
        ["a little better, thanks", "bit better ta", "slightly better thank you"],
    ),
    ("typo", "typo_changed__r12", "better", "en", ["bettet", "bwtter now"]),
    ("typo", "typo_changed_worse__r12", "worse", "en", ["wprse", "worae"]),
]
STILL_NEED: list[Family] = [
    (
        "polite_extra",
        "need_with_reason__r12",
        "yes",
        "en",
        ["yes please, the rail still isn't fitted", "yes please, still waiting on the ramp"],
    ),
    ("typo", "typo_need_no__r12", "no", "en", ["bo thank you", "nop, all good"]),
    ("welsh", "welsh_need_dk__r12", "dk", "cy", ["sa i'n siwr", "dwi ddim yn siwr", "ddim yn gwbod"]),
]
CONTACTED: list[Family] = [
    (
        "hedged_no",
        "not_that_i_know__r12",
        "no",
        "en",
        ["not as far as i know", "not that i know of", "not to my knowledge"],
    ),
    (
        "slang",
        "slang_contacted__r12",
        "yes",
        "en",
        ["no cap they rang", "deadass they called me back", "oh aye, they rang", "ooh arr, they did"],
    ),
    ("typo", "typo_contacted__r12", "yes", "en", ["yes rhey did", "yws they did"]),
    ("slang", "slang_contacted_no__r12", "no", "en", ["did they heck", "is it 'eck, nobody rang"]),
]
RESOLVED: list[Family] = [
    (
        "nearly",
        "nearly_done__r12",
        "partly",
        "en",
        [
            "near enough, only the skirting left to paint",
            "nearly, just the door to hang",
            "almost, one window to go",
        ],
    ),
    (
        "people",
        "two_people__r12",
        REASK,
        "en",
        ["sorted for me, not for my wife", "my son's is done but mine isn't"],
    ),
    ("parts", "two_parts__r12", "partly", "en", ["the boiler's fixed, the radiator isn't"]),
    ("slang", "slang_resolved_no__r12", "no", "en", ["is it heck", "is it 'eck, the damp's back"]),
]
RATING: list[Pairs] = [
    (
        "hypothetical",
        "rating_would_have__r12",
        "en",
        [
            ("3, would have been 4 if they'd called back", 3),
            ("two. could've been a four if the letter came", 2),
        ],
    ),
    (
        "polite_extra",
        "rating_give__r12",
        "en",
        [("i'll give them a three, fair enough", 3), ("give it four, helpful lot", 4)],
    ),
    ("typo", "typo_rating__r12", "en", [("fiev", 5), ("foru", 4), ("fout", 4), ("thrre", 3)]),
    (
        "corrections",
        "hedged_correction__r12",
        "en",
        [("3, no maybe 4", REASK), ("4 no wait, perhaps 3", REASK)],
    ),
    ("emoji", "eyeroll_rating__r12", "en", [("5 🙄", REASK), ("5/5 🙄🙄", REASK)]),
]
DAYS: list[Pairs] = [
    (
        "couple",
        "couple_of_days__r12",
        "en",
        [("a couple of days", 2), ("couple days", 2), ("a couple of days i think", 2)],
    ),
    ("typo", "typo_days__r12", "en", [("sevn days", 7), ("fice days", 5), ("thre days", 3)]),
    ("vague", "vague_days__r12", "en", [("ages", REASK), ("donkey's years", REASK)]),
]
