"""Round fifteen (issue 19): reply families of the kinds a person reads at once but the parser asked
again about or misread, written before the parser read them (template names end "__r15"). Their first
readings are in docs/evaluation.md and data/replies/round15_first_readings.csv.

Kinds: an answer followed by its story, whose words hold other cues (emphasis that makes a yes "a lot",
a closing "so no", a remark that the fault is not the service's, a score with what would raise it);
Scots, Geordie and other dialect answers ("no bad", "canny", "hauf", "cannae tell ye", "wan"); a plain
label said and then explained; percentages, rhetorical yeses, a score above the scale, Welsh doubled
"iawn", months in figures and words; help needed but not from us; a call to someone else's phone. And
the misread kinds: a time of day on a days question, a Welsh number word before a star, an answer
relayed from someone else beside the resident's own doubt, "everything except the thing I rang about",
a change that did not last, a new problem after a fix against a fix with part left, a yes put off
until later, and two possible people to help. Each family holds phrasings of one kind, in our own
words; a reply a person would ask again about is labelled REASK.
"""

from __future__ import annotations

REASK = "reask"
Family = tuple[str, str, str, str, list[str]]
Pairs = tuple[str, str, str, list[tuple[str, int | str]]]

GRADES: list[Family] = [
    (  # Scots "no bad" is praise; config.yaml's "not bad" stays Neither (blind_label_notes.md)
        "dialect",
        "scots_no_bad__r15",
        "pos",
        "en",
        ["och it wis no bad", "aye, no bad ta", "wis no bad, hen", "no bad like, cheers"],
    ),
    (
        "dialect",
        "geordie_canny__r15",
        "pos",
        "en",
        ["it was canny, ta pet", "canny that, like", "aye canny good", "she was canny, like"],
    ),
    (
        "dialect",
        "scots_pure_bad__r15",
        "vneg",
        "en",
        ["pure honkin so it wis", "pure mingin, nae joke", "pure rotten fae start tae finish"],
    ),
    (
        "explained",
        "neither_then_explained__r15",
        "neu",
        "en",
        [
            "Neither good nor bad. Some of it went well and some didn't, so it evens out.",
            "Average. The lady was nice enough but the forms took ages.",
            "Middling. Not much to write home about either way.",
        ],
    ),
    (
        "explained",
        "good_on_the_whole__r15",
        "pos",
        "en",
        [
            "Good, by and large. A couple of hiccups.",
            "Good overall. Not perfect, mind.",
            "Good on balance. One or two wobbles along the way.",
        ],
    ),
    (
        "explained",
        "ok_ish_middling__r15",
        "neu",
        "en",
        ["alright. ish. middling i'd say", "So-so. Middling, if I'm honest.", "meh. ish. average-ish"],
    ),
    (
        "welsh",
        "welsh_iawn_iawn__r15",
        "vpos",
        "cy",
        ["da iawn iawn wir", "ardderchog iawn, diolch", "gwych iawn 👌"],
    ),
]
LISTENED: list[Family] = [
    (
        "emphasis",
        "yes_really_did__r15",
        "alot",
        "en",
        [
            "yes he truly did, nobody has bothered before",
            "Yes, she really did. Never had that from anyone.",
            "yeah she really did, sat with me the whole hour",
        ],
    ),
    (  # a YES in capitals inside a reply otherwise in ordinary case is emphasis
        "emphasis",
        "capital_yes_story__r15",
        "alot",
        "en",
        [
            "YES. He spotted I still do my own garden and wrote it into the plan",
            "YES she did. Went through every page of my notes with me",
            "YES. Let me go on about my late husband and never once hurried me",
        ],
    ),
    (
        "emphasis",
        "yes_as_long_as_needed__r15",
        "alot",
        "en",
        [
            "Yes. He let me talk for as long as I wanted.",
            "yes, gave me all the time I needed",
            "Yes, she stayed as long as it took.",
        ],
    ),
    (
        "relayed",
        "relayed_then_own_doubt__r15",
        REASK,
        "en",
        [
            "my son reckons they did, I'm not convinced",
            "Mum says yes. Myself, I'm not certain.",
            "the wife thinks so but i dont know",
        ],
    ),
    (
        "exception",
        "everything_but_the_one_thing__r15",
        "no",
        "en",
        [
            "we went over everything but the one thing I phoned about",
            "covered all sorts apart from what I actually rang for",
            "Everything except the reason I called, funnily enough.",
        ],
    ),
    (
        "percent",
        "listened_percent__r15",
        "abit",
        "en",
        ["maybe 50 percent of it", "I'd say about 70% of what I told her", "roughly 40 per cent"],
    ),
    (
        "dialect",
        "scots_cannae_tell__r15",
        "dk",
        "en",
        ["cannae tell ye, hen", "no idea, couldnae say", "how should I know, it was months back"],
    ),
]
TIMELY: list[Family] = [
    (
        "story",
        "got_it_late_so_no__r15",
        "no",
        "en",
        [
            "I got it in the end, but a month after it mattered, so no",
            "it came, but after the hearing had been, so no.",
            "Did get it eventually. Too late to be any use. So no.",
        ],
    ),
    (
        "capitals",
        "capital_no_story__r15",
        "no",
        "en",
        [
            "NO!! WAY TOO LATE!! MY NEIGHBOUR HAD ALREADY DONE IT FOR ME",
            "NO. FAR TOO LATE. MY DAD HAD SORTED THE PIPE HIMSELF BY THEN!!",
        ],
    ),
    (
        "deferral",
        "yes_ask_again_later__r15",
        REASK,
        "en",
        [
            "yes got the forms, ask me again when the payment's in",
            "yeah so far, check back with me once the grant's come through",
            "got the letter aye but ask again when the money turns up",
        ],
    ),
    (
        "story",
        "yes_relief_story__r15",
        "yes",
        "en",
        [
            "Yes, it all came before the move, which was a weight off.",
            "yes, in time for the hospital appointment, thank goodness",
        ],
    ),
    ("dialect", "scots_hauf__r15", "partly", "en", ["hauf and hauf", "aboot hauf o it", "half n half like"]),
]
CHANGED: list[Family] = [
    (
        "lapse",
        "better_then_lapsed__r15",
        "same",
        "en",
        [
            "better for a fortnight then back to how it was",
            "improved for a bit, then right back where we started",
            "picked up for a few days then back to square one again",
        ],
    ),
    (
        "story",
        "worse_not_your_fault__r15",
        "worse",
        "en",
        [
            "worse, but that's my condition, not you lot",
            "Worse, though that's the MS, not anything you did.",
            "worse but thats my health not the service",
        ],
    ),
    (
        "dialect",
        "cannae_tell_yet__r15",
        "dk",
        "en",
        ["how wid ah know, the new carer only came Tuesday", "cannae tell yet, early days"],
    ),
]
STILL_NEED: list[Family] = [
    (
        "story",
        "not_from_you__r15",
        "no",
        "en",
        [
            "Not from you lot. From the GP, aye.",
            "not from the council. the hospital, yes",
            "Not from yous. The school maybe.",
        ],
    ),
    (
        "rhetorical",
        "rhetorical_yes__r15",
        "yes",
        "en",
        ["is the Pope catholic", "is the sky blue?", "do bears live in the woods lol"],
    ),
    (
        "story",
        "always_not_urgent__r15",
        "yes",
        "en",
        ["Always do. Not desperate though.", "yes always, nothing urgent"],
    ),
    (
        "addressees",
        "two_possible_helpers__r15",
        REASK,
        "en",
        [
            "not sure who I'm meant to ask, maybe the council maybe the hospital",
            "could be you, could be the housing association, no idea",
        ],
    ),
    (
        "dialect",
        "geordie_divvent_need__r15",
        "no",
        "en",
        ["divvent need owt else, ta", "nah, ah'm reet now pet"],
    ),
]
CONTACTED: list[Family] = [
    (
        "story",
        "still_waiting_so_no__r15",
        "no",
        "en",
        ["Still sat by the phone, so you tell me.", "I'm still waiting on that call, funnily enough"],
    ),
    (
        "story",
        "rang_someone_elses_phone__r15",
        "yes",
        "en",
        ["yes, but they ring my wife's mobile not mine", "Yes, though they used my son's number, not mine"],
    ),
]
RESOLVED: list[Family] = [
    (
        "new_problem",
        "yes_new_problem__r15",
        "yes",
        "en",
        [
            "yes, but now there's something else wrong with the boiler",
            "that's sorted, but now the back door's gone",
            "aye fixed, but a different leak has started upstairs",
        ],
    ),
    (
        "part_left",
        "fixed_part_remains__r15",
        "partly",
        "en",
        [
            "The boiler's fixed. The noise it makes is still there.",
            "the window is done, the damp around it remains",
            "Lock mended. The frame is still rotten though.",
        ],
    ),
    ("dialect", "scots_hauf_done__r15", "partly", "en", ["hauf done", "aboot hauf o it's sorted"]),
]
RATING: list[Pairs] = [
    (
        "story",
        "number_then_would_be__r15",
        "en",
        [
            ("4, it'd be a 5 if you picked up quicker", 4),
            ("3 - would be 4 if the letters came on time", 3),
            ("2. would have been a 1 if she hadn't stayed late", 2),
        ],
    ),
    ("welsh", "welsh_number_star__r15", "cy", [("tri ⭐", 3), ("pedwar ⭐", 4), ("dwy ⭐ yn unig", 2)]),
    (
        "out_of_range",
        "above_the_scale__r15",
        "en",
        [("I would give her a 10", 5), ("id give them 10 out of 10", 5), ("a ten from me!", 5)],
    ),
    ("dialect", "scots_number_words__r15", "en", [("jist wan", 1), ("twa", 2), ("fower, aye", 4)]),
]
DAYS: list[Pairs] = [
    (
        "time_of_day",
        "time_of_day_same_day__r15",
        "en",
        [
            ("rang them at eight, they got back to me the same day", 0),
            ("phoned at 10 and someone called back by teatime", 0),
            ("only a couple of hours, rang at nine", 0),
        ],
    ),
    (
        "months",
        "months_repeated__r15",
        "en",
        [("6 months. Six.", 180), ("a month to the day", 30), ("two months. TWO.", 60)],
    ),
    (
        "dialect",
        "didnae_wait__r15",
        "en",
        [("didnae wait at all, they came straight oot", 0), ("nae wait, they rang straight back", 0)],
    ),
]
