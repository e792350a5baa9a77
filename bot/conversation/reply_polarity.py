"""Whether a word the question's phrases do not cover praises or blames: for spotting mixed verdicts.

"The staff were lovely but the waiting was terrible" names one of the question's labels
("terrible") and praises something else ("lovely"): a person would ask again rather than store
either. The words' polarity comes from VADER's lexicon (vaderSentiment, in the stack), strong
words only, less the words that are politeness or hedges rather than a verdict ("thank",
"honest", "kind of").
"""

from __future__ import annotations

from functools import cache

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from bot.conversation.reply_idioms import INTENSIFIERS
from bot.conversation.reply_words import Words, is_negator

STRONG = 1.5  # VADER valence from -4 to 4: "lovely" 2.8, "rude" -2.0, "pity" -1.2 (raised below)
# Politeness, fillers and intensifiers that VADER scores but that judge nothing here.
NOT_VERDICTS = frozenset(
    (
        *("thank", "thanks", "thankyou", "cheers", "grateful", "please", "honest", "honestly", "sorry"),
        *("yes", "no", "sure", "well", "like", "lol", "ok", "okay", "fine", "pretty", "super", "god"),
        *("help", "care", "cares", "hope", "hopefully", "kind", "kindly", "love", "loved", "dear"),
        # what happened to the resident, not a verdict on the service
        *("problem", "problems", "ill", "sick", "pain", "died", "dead", "death", "cancer", "hurt"),
        *("injured", "lonely", "worried", "scared", "anxious", "depressed", "stress", "stressed"),
    )
)
# Verdicts VADER misses or scores low.
EXTRA = {"slow": -2.0, "pity": -2.0, "shambolic": -2.5, "disorganised": -2.0, "unhelpful": -2.0}
EXTRA |= {"brill": 2.5, "fab": 2.5, "rubbish": -2.5, "shocking": -2.5, "appalling": -2.5}
# Change for better or worse, where the question does not ask about change: "better but not fixed".
EXTRA |= {"better": 2.0, "improved": 2.0, "worse": -2.0, "worsened": -2.0}
# Words that turn the next few words' verdict around: "nobody seemed to care" blames.
TURNERS = frozenset(("nothing", "nobody", "none", "without", "never", "lack", "no"))
REACH = 3  # how many words back a negator still reaches


@cache
def _valences() -> dict[str, float]:
    lexicon = SentimentIntensityAnalyzer().lexicon
    strong = {word: v for word, v in lexicon.items() if abs(v) >= STRONG and word.isalpha()}
    # an intensifier says how much, not which way: "bloody brilliant", "terribly kind"
    return {word: v for word, v in (strong | EXTRA).items() if word not in NOT_VERDICTS | INTENSIFIERS}


def polarity(reply: Words, k: int) -> int:
    """+1 (praise), -1 (blame) or 0 for word k, turned round by a negator a few words before it
    in the same clause ("nobody seemed to care"; not "no, worse than before")."""
    words = reply.words
    valence = _valences().get(words[k], 0.0)
    if not valence or words[k : k + 2] == ("kind", "of"):
        return 0
    sign = 1 if valence > 0 else -1
    start = k
    while start > max(0, k - REACH) and not reply.after_break[start]:
        start -= 1
    turned = any(is_negator(w) or w in TURNERS for w in words[start:k])
    return -sign if turned else sign
