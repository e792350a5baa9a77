"""Which way each clause of a comment leans, and the shapes that make of the whole.

Two shapes the words alone miss. Two clauses, one kind and one hard, with no "but" between them
are mixed ("Can't fault the carers. Can fault the rota."; "Engineer 10/10, call centre 2/10").
Praise said of a failure is irony ("Oh brilliant, the mould's back"; "Thrilled to report the leak
now has its own ecosystem"; "40 minutes later cut off. Brilliant system."): a lexicon reads the
praise word, and the model has to see that it is pinned to an unmet expectation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from bot.insights.sentiment import vader_compound

# A score out of ten ("10/10" is normalised to "10 10"), a trailing "not so much".
_OUT_OF_TEN = re.compile(r"\b(\d+) (?:10|out of 10)\b")
_TRAILING_DOUBT = re.compile(r"\b(?:not so much|not really|less so|not so good|not at all)$")
# Praise that only irony says: an exclamation before a report, or pleasure at a failure found out.
_GLAD = r"(?:thrilled|delighted|pleased|glad|wonderful|great|lovely|brilliant|fantastic|amazing|fab|nice|fun"
IRONIC_PRAISE = re.compile(
    r"^(?:oh|ooh|wow|well|yay|ah)(?: thats| that is| how)?(?: just| really| absolutely)?"
    r" (?:great|brilliant|wonderful|lovely|fab|fantastic|super|marvellous|perfect|joy|good|excellent"
    r"|amazing)\b"
    rf"|\b{_GLAD}|a treat|a joy|a pleasure) to (?:find|report|hear|learn|explain|discover|be told|see|spend"
    r"|wait|sit|come home|repeat)\b"
    r"|\bsuch (?:fun|a treat|a joy|a pleasure)\b|\blove that for (?:me|us|them)\b"
    r"|\b(?:thanks|thank you|cheers) for nothing\b|\bwhat a (?:surprise|shock)\b"
)
_SHORT = 2  # words: "Brilliant system." said after a failure is a verdict on it
# Bare thanks closing a report of a failure is mock gratitude ("They sent a leaflet. Ta very much."),
# and so is a grudging credit ("Broke again the next day. Consistent, I'll give them that").
_CLOSING_THANKS = re.compile(
    r"^(?:ta|thanks|thank you|cheers|diolch)(?: very much| a lot| so much| for that)?$"
    r"|\bill give (?:them|him|her|you) that$"
)


def clause_tone(words: Sequence[str]) -> float:
    """A clause's lean in [-1, 1]: its VADER score, a score out of ten, a trailing "not so much"."""
    text = " ".join(words)
    tone = vader_compound(text)
    if score := _OUT_OF_TEN.search(text):
        tone += (int(score.group(1)) - 5.5) / 4.5
    if _TRAILING_DOUBT.search(text):
        tone -= 0.5
    return max(-1.0, min(1.0, tone))


def tone_shapes(text: str, clauses: Sequence[Sequence[str]], unmet: bool, contrast: bool) -> Iterable[str]:
    """ "cue:two_sided" and "cue:ironic" for a comment's clauses (see the module docstring).

    `text`: the normalised comment without letter courtesies; `unmet`: it reports an unmet
    expectation; `contrast`: it has a "but" (mixed said outright, which the model reads from the
    words either side of it).
    """
    if contrast or not clauses:
        return
    tones = [clause_tone(clause) for clause in clauses[:6]]
    if len(tones) > 1 and max(tones) >= 0.3 and min(tones) <= -0.3:
        yield "cue:two_sided"
    if IRONIC_PRAISE.search(text):
        yield "cue:ironic"
    elif len(tones) > 1 and (unmet or min(tones) <= -0.2):
        # a short verdict of praise opening or closing a report of a failure ("Super, it's lost again")
        first, last = clauses[0], clauses[len(tones) - 1]
        verdict = (len(last) <= _SHORT and tones[-1] >= 0.5) or (len(first) <= 1 and tones[0] >= 0.5)
        if verdict or (unmet and _CLOSING_THANKS.search(" ".join(last))):
            yield "cue:ironic"
