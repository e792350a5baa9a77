"""Round ten (issue 19): reply families in the voices the table had least of, written before the
parser read them (template names end "__r10"). Their first readings are in docs/evaluation.md.

Voices: voice-to-text (no punctuation, homophones, run-on), easy-read, dialect (Scouse, Geordie,
Glaswegian, Brummie, Valleys English), second-language English, phonetic spelling, young people,
ex-forces, older British-Caribbean speech; answers buried in a long sentence with a reason;
contrasts; hedges in any order; number words; emoji; Welsh in either conversation; and the kinds
an outside set misread (sarcasm, refusals, understatement, a reason leaning against the answer).
Senses are those of build_table.SENSES; REASK where a person would ask again.
"""

from __future__ import annotations

REASK = "reask"
Family = tuple[str, str, str, str, list[str]]
Pairs = tuple[str, str, str, list[tuple[str, int | str]]]

GRADES: list[Family] = [
    (
        "dictation",
        "vtt_grade__r10",
        "vpos",
        "en",
        ["it was very good thank you very much", "excellent really excellent they were great"],
    ),
    (
        "dictation",
        "vtt_homophone__r10",
        "pos",
        "en",
        ["it was good full stop", "good thanks comma they came quick"],
    ),
    (
        "dictation",
        "vtt_runon_poor__r10",
        "vneg",
        "en",
        ["terrible they never came back and nobody rang me and i had to phone four times"],
    ),
    ("easy_read", "easy_read_grade__r10", "pos", "en", ["good", "it was good", "good i liked it"]),
    ("easy_read", "easy_read_happy__r10", REASK, "en", ["i was happy", "i am happy now"]),
    ("dialect", "scouse_grade__r10", "vpos", "en", ["boss that", "proper boss mate", "dead good la"]),
    ("dialect", "geordie_grade__r10", "vpos", "en", ["champion pet", "mint like", "class that man"]),
    (
        "dialect",
        "glaswegian_grade__r10",
        "vneg",
        "en",
        ["pure mince so it was", "absolute honking", "it wis rotten"],
    ),
    # "proper good" relabelled very good after the first reading: "proper" is an intensifier
    ("dialect", "brummie_grade__r10", "pos", "en", ["good that bab", "good ta bab"]),
    ("dialect", "brummie_proper__r10", "vpos", "en", ["proper good ta bab"]),
    ("dialect", "valleys_grade__r10", "pos", "en", ["tidy mun", "it was tidy"]),
    ("second_language", "esl_grade__r10", "pos", "en", ["is good", "was good for me", "is good, thank"]),
    ("second_language", "esl_grade_very__r10", "vpos", "en", ["very much good", "is very very good"]),
    ("second_language", "esl_grade_poor__r10", "neg", "en", ["not good for me", "was not so good for me"]),
    ("phonetic", "phonetic_grade__r10", "vpos", "en", ["exselent", "brilyant", "verry gud"]),
    ("phonetic", "phonetic_poor__r10", "neg", "en", ["pore", "porr", "quite pour"]),
    ("young", "young_grade__r10", "vpos", "en", ["lowkey amazing", "actually goated", "slayed fr"]),
    ("young", "young_mid__r10", "neu", "en", ["mid", "kinda mid ngl"]),
    ("young", "young_poor__r10", "vneg", "en", ["trash", "absolute trash ngl"]),
    (
        "ex_forces",
        "forces_grade__r10",
        "vpos",
        "en",
        ["outstanding", "textbook", "squared away, first class"],
    ),
    (
        "ex_forces",
        "forces_poor__r10",
        "vneg",
        "en",
        ["a complete goat rope", "shambles from start to finish"],
    ),
    ("older", "caribbean_grade__r10", "vpos", "en", ["dem treat me good good", "it did nice bad"]),
    ("older", "caribbean_poor__r10", REASK, "en", ["it never good at all"]),
    (
        "buried",
        "buried_grade__r10",
        "pos",
        "en",
        ["well after all the to-ing and fro-ing i would have to say it was good in the end"],
    ),
    (
        "buried",
        "buried_poor__r10",
        "vneg",
        "en",
        ["to be honest with you having waited all that time and still nothing done it was very poor"],
    ),
    (
        "contrast",
        "contrast_mixed__r10",
        REASK,
        "en",
        ["lovely people shame about the wait", "quick to come out, slow to finish"],
    ),
    ("contrast", "contrast_L_not_S__r10", "pos", "en", ["decent, not amazing", "good enough, not brilliant"]),
    ("hedge", "hedge_after__r10", "pos", "en", ["good i suppose", "good on the whole", "good, more or less"]),
    ("hedge", "hedge_first__r10", "pos", "en", ["i suppose good", "on the whole good", "more or less good"]),
    ("emoji", "emoji_grade__r10", "vpos", "en", ["🔥🔥🔥", "👏👏", "🤩"]),
    ("emoji", "emoji_poor__r10", "vneg", "en", ["💩"]),
    ("emoji", "emoji_angry__r10", REASK, "en", ["🤬", "😡😡"]),  # round twelve: anger alone is asked again
    ("welsh", "welsh_grade__r10", "pos", "cy", ["da", "da chwarae teg", "eitha da wir"]),
    ("welsh", "welsh_grade_en__r10", "vpos", "en", ["da iawn wir", "ffantastig", "gwych diolch"]),
    (
        "sarcastic",
        "sarcasm_praise_wait__r10",
        REASK,
        "en",
        ["oh superb, only three months", "fab, seven weeks for a letter"],
    ),
    (
        "sarcastic",
        "sarcasm_marks__r10",
        REASK,
        "en",
        ["brilliant, yeah right", "great... not!", "marvellous 🙄"],
    ),
    (
        "sarcastic",
        "sarcasm_failure__r10",
        REASK,
        "en",
        ["wonderful, nobody came", "lovely, broke again the week after"],
    ),
    ("idiom", "refusal__r10", REASK, "en", ["no comment", "rather not say thanks"]),
]
LISTENED: list[Family] = [
    (
        "dictation",
        "vtt_yes_lot__r10",
        "alot",
        "en",
        ["yes a lot they really listened to everything i said", "yes lots she listened to me"],
    ),
    ("easy_read", "easy_read_yes__r10", "alot", "en", ["yes they listened a lot", "yes a lot"]),
    ("dialect", "dialect_yes__r10", "alot", "en", ["aye they did, loads", "aye loads like"]),
    ("second_language", "esl_listened__r10", "abit", "en", ["little bit yes", "yes but only small"]),
    ("phonetic", "phonetic_abit__r10", "abit", "en", ["a bitt", "yes a littel bit", "yes a littel"]),
    ("young", "young_listened__r10", "alot", "en", ["deffo, loads", "loads fr"]),
    ("ex_forces", "forces_listened__r10", "no", "en", ["negative", "negative, they did not"]),
    ("older", "caribbean_listened__r10", "alot", "en", ["yes man, dem listen good good"]),
    (
        "buried",
        "buried_no__r10",
        "no",
        "en",
        ["i tried to explain about my dad but honestly no they just talked over me the whole time"],
    ),
    (
        "understatement",
        "understated_no__r10",
        "no",
        "en",
        ["can't say they did", "cant say he did really", "wouldn't say they did"],
    ),
    ("understatement", "understated_double__r10", REASK, "en", ["can't say they didn't"]),
    ("idiom", "refusal__r10", REASK, "en", ["no comment", "i'd rather not say"]),
    ("contrast", "lean_against__r10", REASK, "en", ["no, she was really kind", "no they were lovely people"]),
    (
        "contrast",
        "no_but_kind__r10",
        "no",
        "en",
        ["no, but she was kind enough", "no, though they were polite"],
    ),
    ("welsh", "welsh_yes_no__r10", REASK, "cy", ["do a naddo", "ie a na"]),
    ("welsh", "welsh_hedged__r10", REASK, "cy", ["do am wn i", "naddo dwi'n meddwl"]),
    ("welsh", "welsh_lot_en__r10", "alot", "en", ["do, llawer", "llawer iawn"]),
    ("number_word", "number_word_listened__r10", "abit", "en", ["2", "two", "number two please"]),
]
TIMELY: list[Family] = [
    ("dictation", "vtt_partly__r10", "partly", "en", ["partly some of it came quick and some didnt"]),
    ("dialect", "dialect_partly__r10", "partly", "en", ["sort of aye", "some of it like"]),
    (
        "hedge",
        "hedge_partly_order__r10",
        "partly",
        "en",
        ["partly yes", "yes partly", "kind of yes", "yes kind of"],
    ),
    ("welsh", "welsh_partly__r10", "partly", "cy", ["yn rhannol", "rhywfaint"]),
    # "yes and no" in Welsh is asked again, as in English: which part came? (outside writers M to AB)
    ("welsh", "welsh_yes_and_no_timely__r10", REASK, "cy", ["do a naddo"]),
    ("welsh", "welsh_yes_and_no_en__r10", REASK, "en", ["do a naddo", "ie a na"]),
    ("young", "young_no__r10", "no", "en", ["nah not at all", "nope, zero help"]),
    (
        "sarcastic",
        "sarcasm_timely__r10",
        REASK,
        "en",
        ["amazing, still waiting", "oh brilliant, took them months"],
    ),
    ("number_word", "number_word_timely__r10", "no", "en", ["three", "3", "number 3"]),
]
CHANGED: list[Family] = [
    (
        "dialect",
        "dialect_better__r10",
        "better",
        "en",
        ["loads better like", "miles better la", "a good bit better aye"],
    ),
    ("second_language", "esl_better__r10", "better", "en", ["is more better now", "now is better"]),
    ("phonetic", "phonetic_same__r10", "same", "en", ["abowt the same", "the saim"]),
    (
        "buried",
        "buried_worse__r10",
        "worse",
        "en",
        ["since the last visit and all the upheaval with the boiler i'd say it's got worse"],
    ),
    (
        "hedge",
        "hedge_better_order__r10",
        "better",
        "en",
        ["better i suppose", "i suppose better", "bit better i think"],
    ),
    ("welsh", "welsh_change__r10", "better", "cy", ["gwell", "llawer gwell"]),
    ("emoji", "emoji_change__r10", "better", "en", ["better 👍", "better now 😊"]),
]
STILL_NEED: list[Family] = [
    (
        "contrast",
        "need_lean_against__r10",
        REASK,
        "en",
        ["yes, it's all fine now", "yes, everything's working now thanks"],
    ),
    (
        "contrast",
        "need_no_lean_against__r10",
        REASK,
        "en",
        ["no, still waiting on the repair", "no, the roof still leaks"],
    ),
    (
        "plain",
        "need_agrees__r10",
        "yes",
        "en",
        ["yes, the damp is back", "yes please, the boiler still leaks"],
    ),
    ("plain", "need_no_agrees__r10", "no", "en", ["no, all good now", "no, we're sorted thanks"]),
    ("dialect", "dialect_need__r10", "no", "en", ["nah we're sound now", "naw we're grand"]),
    ("young", "young_need__r10", "no", "en", ["nah im good", "all good no"]),
    ("welsh", "welsh_need__r10", "no", "cy", ["nac oes", "dim diolch"]),
    ("understatement", "understated_need__r10", "no", "en", ["can't say i do", "can't say we do now"]),
]
CONTACTED: list[Family] = [
    ("dictation", "vtt_contacted__r10", "yes", "en", ["yes they rang me back the next day which was good"]),
    ("dialect", "dialect_contacted__r10", "yes", "en", ["aye they did", "yeah they rang la"]),
    ("ex_forces", "forces_contacted__r10", "yes", "en", ["affirmative", "roger, they called"]),
    (
        "understatement",
        "understated_contacted__r10",
        "no",
        "en",
        ["can't say they did", "wouldn't say they rang"],
    ),
    ("idiom", "refusal__r10", REASK, "en", ["no comment"]),
    # label corrected after the first reading: "though" concedes, as "but" does ("no, but ...")
    ("contrast", "lean_against_contacted__r10", "no", "en", ["no, they were lovely though"]),
    ("sarcastic", "sarcasm_contacted__r10", REASK, "en", ["yeah right", "as if!"]),
    ("welsh", "welsh_hedged_contacted__r10", REASK, "cy", ["do, dwi'n meddwl", "do falle"]),
]
RESOLVED: list[Family] = [
    ("dictation", "vtt_resolved__r10", "partly", "en", ["partly sorted the leak but not the mould"]),
    ("hedge", "hedge_partly_resolved__r10", "partly", "en", ["mostly yes", "yes mostly", "more or less yes"]),
    ("second_language", "esl_resolved__r10", "no", "en", ["is not fix", "not finish still"]),
    ("phonetic", "phonetic_resolved__r10", "yes", "en", ["yes sorted thanx", "yeh all sortid"]),
    ("welsh", "welsh_resolved__r10", "partly", "cy", ["yn rhannol"]),
    ("welsh", "welsh_yes_and_no_resolved__r10", REASK, "cy", ["ydy a nac ydy"]),
    ("welsh", "welsh_hedged_resolved__r10", REASK, "cy", ["ydy falle", "ydy, am wn i"]),
    ("contrast", "lean_against_resolved__r10", REASK, "en", ["no, it's all fine now"]),
    (
        "sarcastic",
        "sarcasm_resolved__r10",
        REASK,
        "en",
        ["sorted yeah right", "oh totally fixed, broke again on monday"],
    ),
    ("understatement", "understated_resolved__r10", "no", "en", ["can't say it was", "wouldn't say it is"]),
]
RATING: list[Pairs] = [
    (
        "number_word",
        "number_words_rating__r10",
        "en",
        [("four", 4), ("a four", 4), ("id give it a two", 2), ("five outta five", 5)],
    ),
    (
        "dictation",
        "vtt_rating__r10",
        "en",
        [("i would give it a four", 4), ("three out of five i suppose", 3)],
    ),
    ("welsh", "welsh_rating__r10", "en", [("pedwar", 4), ("tri allan o bump", 3)]),
    ("emoji", "emoji_rating__r10", "en", [("4️⃣", 4), ("5 ⭐", 5)]),
    (
        "sarcastic",
        "sarcasm_rating__r10",
        "en",
        [("5 yeah right", REASK), ("oh a 5 for sure, took them months", REASK)],
    ),
]
DAYS: list[Pairs] = [
    ("dictation", "vtt_days__r10", "en", [("about two weeks i think", 14), ("three days", 3)]),
    (
        "number_word",
        "number_words_days__r10",
        "en",
        # "a couple of days" relabelled 2 in round twelve (the product owner's rule)
        [("ten days", 10), ("a fortnight", 14), ("a couple of days", 2)],
    ),
    ("welsh", "welsh_days__r10", "cy", [("tri diwrnod", 3), ("wythnos", 7)]),
]
