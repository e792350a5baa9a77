"""Texting shorthand folded into plain words before the concepts look ("rn" is "right now", "no1" is "noone").

Applied after punctuation is gone, so "w/o" arrives as "w o". Only forms that
are seldom anything else are folded; the concept patterns are written once,
in plain words.
"""

from __future__ import annotations

import re

TEXTING = [
    ("rn", "right now"),
    ("(pls|plz|plez|pleez|pleas)", "please"),
    ("(some1|sum1|sumone|sumbody)", "someone"),
    ("(no1|no 1)", "noone"),
    ("(any1|ne1)", "anyone"),
    ("(every1|evry1|evry1)", "everyone"),
    ("(w o|wout|w out|witout|wivout)", "without"),
    ("(tbh|tbf)", "to be honest"),
    ("(bf|bfriend)", "boyfriend"),
    ("(gf|gfriend)", "girlfriend"),
    ("(bro|bruv|brudda)", "brother"),
    ("(sis|sista)", "sister"),
    ("(wk|wek)", "week"),
    ("(wks|weks)", "weeks"),
    ("(hosp|hospi|hozzy|hossy)", "hospital"),
    ("(tmrw|tmr|tmoz|tomoz|2moro|2morrow|2mrw|tommorow|tomorow)", "tomorrow"),
    ("(yday|yest|yesterdy)", "yesterday"),
    ("(thru|thro|throu)", "through"),
    ("(wiv|wid|wit)", "with"),
    ("(cos|coz|cuz|cus|bcos|bc|bcoz)", "because"),
    ("(hr|hrz)", "hour"),
    ("hrs", "hours"),
    ("(nite|nyt)", "night"),
    ("(leccy|lecky|lekky)", "electric"),
    ("(ppl|peeps)", "people"),
    ("(b4|bfor)", "before"),
    ("(2day|tday)", "today"),
]
TEXTING_FOLDS = [(re.compile(rf"\b{a}\b"), b) for a, b in TEXTING]
