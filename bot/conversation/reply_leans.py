"""Which way a reason leans: what the words after a leading yes or no say about the answer.

"no, she was very kind" to "did they listen?" gives the bad answer with a reason that praises;
"yes, the boiler is fine now" to "do you still need help?" gives the answer that needs help with a
reason that says all is well. A person would ask again rather than store either. The parser's
polarity words (reply_polarity) leave out mild words such as "kind", "fine" and "lovely" on
purpose (there they are politeness, not a verdict); a reason is read with its own list here, of
what a reason says about how things went.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.conversation.reply_words import is_negator

# A reason saying things went well or are well now.
GOOD = frozenset(
    (
        *("kind", "lovely", "nice", "fine", "helpful", "polite", "friendly", "patient", "pleasant"),
        *("brilliant", "great", "excellent", "fantastic", "amazing", "wonderful", "good", "fab", "brill"),
        *("sorted", "fixed", "resolved", "working", "works", "sound", "perfect", "happy", "better"),
        *("understanding", "caring", "attentive", "supportive", "respectful", "warm", "dry", "mended"),
        *("gentle", "thoughtful", "considerate", "great", "superb", "cracking", "champion", "decent"),
        *("caredig", "hyfryd", "neis", "iawn", "da", "gwych", "grêt", "grand", "tidy", "lush", "canny"),
    )
)
# A reason saying things went badly or are still wrong.
BAD = frozenset(
    (
        *("rude", "horrible", "awful", "terrible", "useless", "dismissive", "ignored", "unhelpful", "cold"),
        *(
            "damp",
            "leaking",
            "leaks",
            "leak",
            "broken",
            "worse",
            "nasty",
            "patronising",
            "condescending",
            "abrupt",
            "mould",
        ),
        *("waiting", "shocking", "rubbish", "hopeless", "disgusting", "appalling", "bad", "poor", "slow"),
        *("ofnadwy", "gwael", "drwg", "anghwrtais", "sharp"),
    )
)
# Phrases that lean whatever their words: "still no heating", "all good now".
BAD_PHRASES: tuple[tuple[str, ...], ...] = (
    ("still", "no"),
    ("still", "not"),
    ("still", "waiting"),
    ("still", "broken"),
    ("no", "heating"),
)
BAD_PHRASES += (("no", "hot", "water"), ("didn't", "listen"), ("didn't", "care"))
GOOD_PHRASES: tuple[tuple[str, ...], ...] = (
    ("all", "good"),
    ("no", "problems"),
    ("no", "problem"),
    ("no", "complaints"),
    ("all", "fine"),
)
GOOD_PHRASES += (("all", "sorted"), ("all", "done"), ("all", "fixed"), ("no", "issues"))
# A reason set against the answer on purpose ("no, but she was kind"): a contrast, not a lean.
CONTRASTS = frozenset(("but", "though", "tho", "although", "however", "mind", "ond", "except"))
# A yes or no said of one thing ("yes with the housing, ..."): the words after are about another.
ABOUT = frozenset(("with", "for", "to", "on", "about", "re"))
REACH = 3  # how many words back a negator turns a lean round ("wasn't very kind")


def _phrase_at(words: Sequence[str], k: int, phrases: Sequence[tuple[str, ...]]) -> int:
    return next((len(p) for p in phrases if tuple(words[k : k + len(p)]) == p), 0)


def lean(words: Sequence[str]) -> int:
    """+1 when the words lean good, -1 bad, 0 when they lean neither way or both."""
    signs: set[int] = set()
    k = 0
    while k < len(words):
        if size := _phrase_at(words, k, BAD_PHRASES):
            signs.add(-1)
            k += size
            continue
        if size := _phrase_at(words, k, GOOD_PHRASES):
            signs.add(1)
            k += size
            continue
        sign = 1 if words[k] in GOOD else -1 if words[k] in BAD else 0
        if sign:
            turned = any(is_negator(w) for w in words[max(0, k - REACH) : k])
            signs.add(-sign if turned else sign)
        k += 1
    return signs.pop() if len(signs) == 1 else 0


OPENINGS = frozenset(("well", "hmm", "honestly", "i'd", "id", "say", "erm", "um", "oh", "so", "er", "to"))
LEADS = frozenset(("yes", "yeah", "yep", "yup", "no", "nope", "nah", "do", "naddo", "ie", "na", "oes", "ydy"))


def reason_after_lead(tokens: Sequence[str]) -> list[str] | None:
    """The words after a leading yes or no ("no, she was kind" -> she was kind), or None when the
    reply does not open with one, the reason is set against it ("no, but ..."), or is too short."""
    words = [t for t in tokens if t[0].isalnum()]
    while words and words[0] in OPENINGS:
        words = words[1:]  # "well no, ...", "honestly yes, ...", "i'd say no, ..."
    if not words or words[0] not in LEADS:
        return None
    rest = words[1:]
    while rest and rest[0] in LEADS:  # "no no, ..."
        rest = rest[1:]
    if len(rest) < 2 or any(w in CONTRASTS for w in rest) or rest[0] in ABOUT:
        return None  # "no, but she was kind"; "yes with the housing, the benefits are sorted"
    return rest


def against(tokens: Sequence[str], answer_lean: int) -> bool:
    """True when the reason after a leading yes or no leans the other way from the answer stored
    (answer_lean: +1 for the good answer to this question, -1 for the bad one)."""
    if not answer_lean:
        return False
    reason = reason_after_lead(tokens)
    return reason is not None and lean(reason) == -answer_lean
