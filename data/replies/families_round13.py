"""Round thirteen (issue 19): reply families of the kinds a person reads at once but the parser asked
again about or misread, written before the parser read them (template names end "__r13"). Their first
readings are in docs/evaluation.md and data/replies/round13_first_readings.csv.

Kinds: an answer wrapped in a letter's greeting and sign-off, and formal phrasings of the answers;
swearing as emphasis that neither negates nor answers, and a swear that says no ("did he heck" in
ruder words); a story with the answer after "anyway"; laughter and jokes around a clear answer;
"only" and "itself" as emphasis; self-corrections with a marker; Welsh and dialect durations and
halves; and the misread kinds: a reply that questions its own answer ("4? or 5?", "define fixed",
"ask me in a month", "maybe longer"), "no problem" as a noun ("no, the problem is still there"), stars
with a rider that changes nothing, "no help needed" to "did you get help in time", an answer given
for someone who cannot say, and not-sure beside a grade in Welsh. Each family holds phrasings of one
kind; a reply a person would ask again about is labelled REASK.
"""

from __future__ import annotations

REASK = "reask"
Family = tuple[str, str, str, str, list[str]]
Pairs = tuple[str, str, str, list[tuple[str, int | str]]]

GRADES: list[Family] = [
    (
        "letter",
        "letter_grade__r13",
        "pos",
        "en",
        [
            "Dear Madam, good. Regards",
            "Hello, in reply to your message: good. Best wishes",
            "Dear team, I would say good. Many thanks, Pat",
        ],
    ),
    (
        "letter",
        "letter_grade_top__r13",
        "vpos",
        "en",
        ["Good evening. Excellent. Kind regards", "Dear Sirs, excellent service. Yours sincerely"],
    ),
    ("swearing", "swear_grade_top__r13", "vpos", "en", ["bloody brilliant", "effing fantastic mate"]),
    ("swearing", "swear_grade_low__r13", "vneg", "en", ["bloody awful", "fucking dreadful tbh"]),
    (
        "joke",
        "laugh_grade__r13",
        "neg",
        "en",
        ["poor haha, what can you do", "bad lol, story of my life", "poor 😂 typical"],
    ),
    (
        "emphasis",
        "only_emphasis_grade__r13",
        "pos",
        "en",
        ["good only", "good itself, no complaint"],
    ),
    (
        "corrections",
        "correction_grade__r13",
        "pos",
        "en",
        ["poor. actually no, sorry, good", "very good - sorry I mean good"],
    ),
    (
        "tangent",
        "tangent_grade__r13",
        "pos",
        "en",
        [
            "well my neighbour had the same thing last year and she waited months, anyway good",
            "the bus was late so I nearly missed the appointment, anyway overall good",
        ],
    ),
    (
        "welsh",
        "welsh_dk_and_ok__r13",
        REASK,
        "cy",
        ["dwi ddim yn siwr, oedd e'n iawn", "sa i'n siwr, eitha da falle"],
    ),
    (
        "hedge",
        "hedged_grade__r13",
        REASK,
        "en",
        ["good? or average? hard to tell", "excellent? define excellent"],
    ),
]
LISTENED: list[Family] = [
    (
        "letter",
        "letter_alot__r13",
        "alot",
        "en",
        ["Dear Sir, yes, very much so. Yours faithfully", "Good morning, yes a lot. Kind regards, J."],
    ),
    (
        "formal",
        "formal_dk__r13",
        "dk",
        "en",
        ["I am unable to say for certain", "I could not say with certainty"],
    ),
    ("swearing", "swear_no__r13", "no", "en", ["did he fuck", "did they f**k", "did she bollocks"]),
    ("swearing", "swear_alot__r13", "alot", "en", ["yes, bloody loads", "she bloody did, a lot"]),
    (
        "joke",
        "laugh_no__r13",
        "no",
        "en",
        ["no lol, it was like talking to a wall", "no haha, you have to laugh"],
    ),
    (
        "tangent",
        "tangent_alot__r13",
        "alot",
        "en",
        ["I was cooking tea at the time and the kids were shouting, anyway yes a lot"],
    ),
    (
        "emphasis",
        "listen_not_all__r13",
        "abit",
        "en",
        ["she listen but not fully", "he listen some, not all"],
    ),
    ("welsh", "welsh_alot_reason__r13", "alot", "cy", ["do, yn fawr iawn. roedd hi'n garedig"]),
    ("welsh", "welsh_dk_sorry__r13", "dk", "cy", ["ddim yn siwr? sori", "dwi ddim yn siwr, sorry"]),
    (
        "behalf",
        "on_behalf__r13",
        REASK,
        "en",
        ["can't say for him, he doesn't talk", "hard to answer for my dad, he can't speak now"],
    ),
]
TIMELY: list[Family] = [
    (
        "notneeded",
        "no_help_needed__r13",
        "notneeded",
        "en",
        ["no help needed, my daughter sorts it all", "no help was needed in the end", "needed none"],
    ),
    ("corrections", "correction_timely__r13", "partly", "en", ["no - sorry, wait. partly"]),
    ("swearing", "swear_timely__r13", "no", "en", ["was it bollocks", "no bloody chance"]),
]
CHANGED: list[Family] = [
    (
        "emphasis",
        "only_emphasis_changed__r13",
        "better",
        "en",
        ["bit better only", "better itself, thank god", "little bit better only"],
    ),
    ("swearing", "swear_better__r13", "better", "en", ["better, bloody finally", "loads better, thank fuck"]),
    (
        "corrections",
        "correction_changed__r13",
        "same",
        "en",
        ["better. no, sorry, I'd say the same", "worse - actually, about the same"],
    ),
    (
        "tangent",
        "tangent_changed__r13",
        "worse",
        "en",
        ["my sister came to stay and we had words about the garden, anyway worse"],
    ),
]
STILL_NEED: list[Family] = [
    (
        "letter",
        "letter_no_need__r13",
        "no",
        "en",
        ["Dear Sir, no thank you. Yours sincerely", "I do not need any further help. Regards"],
    ),
    (
        "letter",
        "letter_need__r13",
        "yes",
        "en",
        ["Hello, yes please. Many thanks", "Dear Madam, yes please, I still need help. Regards, R."],
    ),
    (
        "tangent",
        "tangent_not_sure__r13",
        "dk",
        "en",
        ["my cousin says I should apply for the other thing too but who knows, anyway not sure"],
    ),
    ("emphasis", "itself_need__r13", "yes", "en", ["yes, need more help itself"]),
]
CONTACTED: list[Family] = [
    ("swearing", "swear_contacted_no__r13", "no", "en", ["not a bloody word", "did they fuck"]),
    ("swearing", "swear_contacted_yes__r13", "yes", "en", ["yes they bloody did", "they did, fair play"]),
    (
        "letter",
        "letter_contacted_no__r13",
        "no",
        "en",
        ["Dear Sir, no, nobody has called. Yours faithfully", "Hello, no. Regards, M."],
    ),
    ("worries", "no_worries_yes__r13", "yes", "en", ["no worries, they rang", "no worries they did"]),
    (
        "tangent",
        "tangent_contacted__r13",
        "yes",
        "en",
        ["my phone was on silent because of the baby, anyway yes they rang"],
    ),
]
RESOLVED: list[Family] = [
    (
        "no_problem",
        "problem_still__r13",
        "no",
        "en",
        ["no, problem still there", "no problem still not fixed", "no - the problem is still there"],
    ),
    ("no_problem", "no_problem_yes__r13", "yes", "en", ["yes no problem", "all sorted, no problem"]),
    (
        "hedge",
        "hedged_resolved__r13",
        REASK,
        "en",
        [
            "fixed? define fixed",
            "looks sorted but ask me in a month",
            "seems ok for now but can't say yet",
            "yes? maybe? too early to tell",
        ],
    ),
    ("joke", "laugh_resolved_no__r13", "no", "en", ["no lol, still waiting", "no haha, what a joke"]),
    (
        "welsh",
        "welsh_half__r13",
        "partly",
        "cy",
        ["hanner wedi gwneud, hanner ddim", "rhai pethau do, rhai na"],
    ),
    ("emphasis", "half_only__r13", "partly", "en", ["half done only", "half fixed only, rest still waiting"]),
]
RATING: list[Pairs] = [
    (
        "hedge",
        "two_numbers_hedged__r13",
        "en",
        [("2? maybe 3?", REASK), ("4? 5? not sure", REASK), ("three, maybe four?", REASK)],
    ),
    (
        "stars",
        "stars_rider__r13",
        "en",
        [("⭐⭐⭐ and that's generous", 3), ("⭐⭐ being kind", 2), ("⭐⭐⭐⭐ and I mean it", 4)],
    ),
    (
        "corrections",
        "correction_rating__r13",
        "en",
        [("4. actually 3, sorry", 3), ("2 - sorry, I mean 3", 3)],
    ),
    ("tangent", "tangent_rating__r13", "en", [("the lady was nice but the forms were long, anyway 3", 3)]),
    ("joke", "zero_joke__r13", "en", [("0/10 would not recommend", 1), ("0/10 lol", 1)]),
    (
        "letter",
        "letter_rating__r13",
        "en",
        [("Dear Sir, I would give 4. Yours faithfully", 4), ("Good afternoon, 3. Regards", 3)],
    ),
]
DAYS: list[Pairs] = [
    (
        "vague",
        "maybe_more__r13",
        "en",
        [("a week maybe longer", REASK), ("three days maybe less", REASK), ("ten days or more", REASK)],
    ),
    (
        "dialect",
        "dialect_days__r13",
        "en",
        [("couple o days", 2), ("a fortnicht", 14)],
    ),
    # relabelled after the first reading: the table has asked again about "a couple of weeks" since
    # round three (a couple of weeks is a guess, a couple of days is two), and that stands
    ("dialect", "couple_of_weeks__r13", "en", [("a couple of wks", REASK), ("couple weeks", REASK)]),
    ("welsh", "welsh_couple_days__r13", "cy", [("cwpwl o ddyddie", 2), ("cwpl o ddiwrnode", 2)]),
]
