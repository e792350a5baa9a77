"""A call told as what happened ("they rang while I was at work, no message left"), on a question
that asks whether a call was made: they did call, so it is a yes, whatever was missing around it.

Only the call itself answers the question. A negative about a message or a voicemail, or about the
resident missing the call, says nothing of the call being made, so it is set aside; a call denied
("they never rang") or made to someone else ("they rang my son") is left to the other rules.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.conversation.reply_idioms import YES_WORDS
from bot.conversation.reply_words import Words, is_negator

# A call made, in the past: "they rang", "someone phoned", "she called".
CALLED = frozenset(("rang", "rung", "ringed", "called", "calld", "phoned", "fone", "foned", "ffoniodd"))
CALLERS = frozenset(
    ("they", "he", "she", "you", "u", "lady", "man", "woman", "council", "office")
    + ("team", "worker", "officer", "guy", "girl", "bloke", "chap", "person", "nhw", "hi", "fe", "did")
)
# What may follow the call: a time, the resident, a circumstance. A person or a place ("rang my son",
# "called the school") is someone else's call, and is not read here.
AFTER_CALL = frozenset(
    ("me", "us", "back", "while", "when", "whilst", "but", "and", "at", "on", "in", "yesterday", "today")
    + ("twice", "once", "last", "this", "just", "eventually", "after", "before", "as", "during")
    + ("then", "though", "tho", "fi", "ni", "a", "lunchtime", "morning", "afternoon", "evening")
)
# After "the", words that make it a time: "the next day", "the same afternoon".
WHEN_AFTER_THE = frozenset(("next", "same", "following", "day", "morning", "afternoon", "evening", "week"))
THIRD_PARTIES = frozenset(("my", "his", "her", "their", "our", "wrong", "school", "house", "landline"))
MISSED = frozenset(("missed", "miss", "missd"))
CALL_NOUNS = frozenset(("call", "calls", "phone", "phonecall", "ring"))
# A message, voicemail or text left (or not) after the call: not the call itself.
MESSAGES = frozenset(
    ("message", "messages", "msg", "voicemail", "voicemails", "vm", "answerphone", "text", "neges")
)


def _made_at(reply: Words, k: int) -> bool:
    """True when word k tells of a call made to the resident and not denied."""
    words = reply.words
    clause = max((j for j in range(k + 1) if reply.after_break[j]), default=0)
    before = words[
        max(0, clause, k - 3) : k
    ]  # "no bother, they rang": a "no" before a comma is not the call's
    if any(is_negator(w) or w in ("nobody", "noone", "never") for w in before):
        return False  # "they never rang", "no one called"
    ends = k + 1 == len(words) or reply.after_break[k + 1]  # "when they called, no voicemail"
    after = "" if ends else words[k + 1]
    if words[k] in MISSED:  # "I missed their call"
        return any(w in CALL_NOUNS for w in words[k + 1 : k + 3])
    if after == "the" and words[k + 2 : k + 3] and words[k + 2] in WHEN_AFTER_THE:
        after = "at"  # "rang the next day" is a time; "rang the school" is someone else's call
    if after in THIRD_PARTIES or (after and after not in AFTER_CALL and after.isalpha()):
        return False
    return bool(before) and before[-1] in CALLERS


# "they did ring", "she did call": the plain verb after "did".
CALL_VERBS = frozenset(("ring", "call", "phone", "ffonio"))


def _tells_of_call(words: Sequence[str], k: int) -> bool:
    return (
        words[k] in CALLED
        or words[k] in MISSED
        or (words[k] in CALL_VERBS and k > 0 and words[k - 1] == "did")
    )


# A caller the resident could not name may not have been us: "someone rang but I missed the call".
UNKNOWN_CALLERS = frozenset(("someone", "somebody", "withheld", "unknown", "private"))


def call_made(reply: Words) -> bool:
    """True when the reply tells of a call made to the resident ("they rang while I was out") by a
    caller they name as us."""
    if unnamed_call(reply):
        return False
    return any(_tells_of_call(reply.words, k) and _made_at(reply, k) for k in range(len(reply.words)))


RECEIVED = frozenset(("got", "get", "had", "received", "receive", "gotten"))


def call_denied(reply: Words) -> bool:
    """True when the resident says no call came: "never got a call", "didn't get a call back"."""
    words = reply.words
    if ("still", "waiting") in zip(words[:4], words[1:5], strict=False) and not set(words) & YES_WORDS:
        return True  # "I'm still waiting": the call has not come
    for k, w in enumerate(words):
        if w in RECEIVED and any(n in CALL_NOUNS for n in words[k + 1 : k + 4]):
            before = words[max(0, k - 2) : k]
            if any(is_negator(b) or b == "never" for b in before):
                return True
    return False


def without_denied_call(tokens: Sequence[str]) -> list[str]:
    """The reply without its "never got a call (back)", which the caller reads as a plain no."""
    for k, t in enumerate(tokens):
        noun = next((j for j in range(k + 1, min(k + 4, len(tokens))) if tokens[j] in CALL_NOUNS), None)
        negated = [n for n in range(max(0, k - 2), k) if is_negator(tokens[n]) or tokens[n] == "never"]
        if t in RECEIVED and noun is not None and negated:
            # the whole clause goes: "[i did not receive a call back]", not only from its "not"
            start = max((j + 1 for j in range(negated[0]) if tokens[j] in BREAKS), default=0)
            end = noun + 1 + (noun + 1 < len(tokens) and tokens[noun + 1] == "back")
            return [*tokens[:start], *tokens[end:]]
    return list(tokens)


def unnamed_call(reply: Words) -> bool:
    """True when a caller the resident did not name rang ("someone rang", "a withheld number called",
    "missed call, no message"): whether it was us is for the resident to say, so the question is asked
    again."""
    words = reply.words
    # "they rang but I missed the call" names the caller; "yes, missed call but a voicemail" says yes
    told = any(w in CALLED or w in YES_WORDS for w in words)
    return any(
        (w in UNKNOWN_CALLERS and any(v in CALLED for v in words[k + 1 : k + 4]))
        or (
            not told
            and w in MISSED
            and _log_entry(words[k + 1 : k + 3])
            and not _from_us(words[k + 2 : k + 7])
        )
        for k, w in enumerate(words)
    )


def _from_us(after: Sequence[str]) -> bool:
    """ "[missed call] from the council", "from you lot": the caller named after all."""
    return "from" in after and any(w in CALLERS for w in after[after.index("from") + 1 :])


def _log_entry(after: Sequence[str]) -> bool:
    """True for "[missed] call", "[missed] a call", "[missed] the call": a line in the phone's log,
    which may not have been us ("I missed their call" names the caller)."""
    if after[:1] and after[0] in CALL_NOUNS:
        return True
    return len(after) == 2 and after[0] in ("a", "the") and after[1] in CALL_NOUNS


# The resident's own side of a call made: "I didn't pick up", "I missed it", "couldn't answer".
PICKED_UP = frozenset(
    ("pick", "picked", "answer", "answered", "missed", "miss", "get", "got", "hear", "heard")
)
BREAKS = frozenset((",", ".", "!", "?", ";", "-", "but", "and", "so"))


def _own_side(tokens: Sequence[str], k: int) -> int:
    """How many tokens from k make a clause about the resident missing the call ("i didn't pick up"),
    or 0."""
    if tokens[k] not in ("i", "i'm", "id", "i'd"):
        return 0
    end = next((j for j in range(k + 1, len(tokens)) if tokens[j] in BREAKS), len(tokens))
    missed = any(w in PICKED_UP for w in tokens[k + 1 : min(end, k + 4)])
    return end - k if missed and all(w not in CALLED for w in tokens[k:end]) else 0


def _drop_joiner(kept: list[str]) -> None:
    """ "they rang but [I missed it]": the "but" only joined what was set aside."""
    if kept and kept[-1] in BREAKS:
        kept.pop()


def _past_aside(tokens: Sequence[str], k: int) -> int:
    """Where the reply goes on after an aside: "[left no message] though" ends with its "though"."""
    return k + 1 if k < len(tokens) and tokens[k] in ("though", "tho", "either") else k


def without_asides(tokens: Sequence[str]) -> list[str]:
    """The reply without what it says of a message ("no message left", "didn't leave a voicemail")
    or of the resident missing the call ("I didn't pick up"): beside a call made, these are not a no."""
    kept: list[str] = []
    k = 0
    while k < len(tokens):
        if own := _own_side(tokens, k):
            k = _past_aside(tokens, k + own)
            _drop_joiner(kept)
            continue
        reach = tokens[k : k + 5]
        message = next((j for j, w in enumerate(reach) if w in MESSAGES), None)
        if (is_negator(tokens[k]) or tokens[k] in ("nobody", "never")) and message is not None:
            k += message + 1
            if k < len(tokens) and tokens[k] == "left":
                k += 1  # "no message left"
            k = _past_aside(tokens, k)
            _drop_joiner(kept)
            continue
        if (
            tokens[k] == "left"
            and k + 2 < len(tokens)
            and tokens[k + 1] == "no"
            and tokens[k + 2] in MESSAGES
        ):
            k = _past_aside(tokens, k + 3)  # "left no message"
            _drop_joiner(kept)
            continue
        kept.append(tokens[k])
        k += 1
    return kept


# Another way of getting in touch set against a call: "a text, not a call", "emailed instead of
# ringing". Whether that counts as calling back is the resident's to say, unless they say no outright.
OTHER_CHANNELS = frozenset(
    ("text", "texted", "txt", "txted", "texts", "email", "emailed", "emails", "letter", "letters")
    + ("wrote", "messaged", "whatsapp", "whatsapped", "post", "posted")
)
CALL_WORDS = CALL_NOUNS | CALLED | CALL_VERBS | frozenset(("calling", "ringing", "phoning", "ringed"))
INSTEAD = frozenset(("not", "instead", "rather"))
OUTRIGHT_NO = frozenset(("no", "nope", "nah", "never", "nobody", "noone", "no-one", "naddo", "na"))


def other_channel_instead(reply: Words) -> bool:
    """True when another channel stands in for the call ("text not a call", "they emailed instead of
    ringing") and no outright no is said ("no, only a letter" is a no)."""
    words = reply.words
    if not OTHER_CHANNELS & set(words) or OUTRIGHT_NO & set(words):
        return False
    return any(
        w in INSTEAD and any(c in CALL_WORDS for c in words[k + 1 : k + 4]) for k, w in enumerate(words)
    )
