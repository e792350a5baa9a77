"""Replies that put the answer off: to someone else ("ask my son") or to later ("ask me after
Christmas", "we'll see"). Whatever answer word stands beside a deferral, the resident has said it
is not theirs to give yet, so the question is asked again.

The cues are the grammar of handing a question on, not phrases from any one reply: "ask" said as
an instruction (at the head of a clause) or as something the resident still has to do (after a
modal: "I'll ask", "I must ask", "let me check with"); "defer to"; waiting to see how things turn
out; and the same in Welsh ("rhaid i mi ofyn", "gawn ni weld").
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.conversation.reply_words import to_words

# Verbs of handing the question on: said as an instruction or after a modal, they put it off.
ASKING = frozenset(("ask", "check", "gofyn", "ofyn", "holi"))
# Who or when the question is handed to: "ask my son", "ask me later", "check with her".
HANDED_TO = frozenset(
    ("me", "my", "him", "her", "them", "his", "our", "the", "with", "again", "later", "i", "fy", "ei")
)
# What makes "ask" something still to do rather than something done ("I had to ask twice").
STILL_TO_DO = frozenset(
    ("i'll", "ill", "i'd", "id", "must", "should", "gonna", "shall", "will", "me", "mi", "i")
    + ("gotta", "lemme", "can", "need", "needs", "have")
)
# Words that may stand before an instruction at the head of a clause: "dunno, ask my son", and
# typed without the comma ("dunno ask me later").
CLAUSE_LEADS = frozenset(("just", "best", "better", "you'd", "youd", "you", "please", "pls", "go", "so"))
CLAUSE_LEADS |= frozenset(("dunno", "duno", "idk", "dno"))
# Waiting for the outcome, or handing the answer to someone named: the answer is not given yet.
WAITING = (
    ("wait", "and", "see"),
    ("wait", "to", "see"),
    ("we'll", "see"),
    ("we", "will", "see"),
    ("time", "will", "tell"),
    ("remains", "to", "be", "seen"),
    ("defer", "to"),
    ("gawn", "ni", "weld"),
    ("aros", "i", "weld"),
    ("cawn", "weld"),
)


WAITING_STARTS = frozenset(phrase[0] for phrase in WAITING)


def defers(tokens: Sequence[str]) -> bool:
    """True when the reply hands its answer to someone else or to later."""
    if not (ASKING | WAITING_STARTS) & set(tokens):
        return False  # most replies: no cue at all, so nothing to scan
    words = to_words(tokens)
    said = list(words.words)
    for k, word in enumerate(said):
        if any(tuple(said[k : k + len(phrase)]) == phrase for phrase in WAITING):
            return True
        if word not in ASKING or k + 1 >= len(said) or said[k + 1] not in HANDED_TO:
            continue
        head = k == 0 or words.after_break[k] or _led_into(said[:k], words.after_break[:k])
        if head or said[k - 1] in STILL_TO_DO or said[k - 1] == "to" and k > 1 and said[k - 2] in STILL_TO_DO:
            return True
    return False


def _led_into(before: Sequence[str], breaks: Sequence[bool]) -> bool:
    """True when only instruction leads stand between the clause's start and the verb."""
    start = max((k for k, brk in enumerate(breaks) if brk), default=0)
    return all(w in CLAUSE_LEADS for w in before[start:])


# "I don't know" (not "I'm not sure"): the resident does not have the answer, so handing it on
# promises one.
NOT_KNOWN = frozenset(("dunno", "duno", "idk", "dno"))
NOT_KNOWN_SPANS = (("don't", "know"), ("dont", "know"), ("do", "not", "know"), ("no", "idea"))


def not_known(tokens: Sequence[str]) -> bool:
    """True when the reply says the resident does not know ("dunno", "I don't know", "no idea")."""
    said = tuple(to_words(tokens).words)
    spans = (said[k : k + len(span)] for k in range(len(said)) for span in NOT_KNOWN_SPANS)
    return bool(NOT_KNOWN & set(said)) or any(span in NOT_KNOWN_SPANS for span in spans)


# "ask me in a month", "ask us next week", "ask me again after the review": the resident hands the
# question to themselves at a set time, so the answer does not exist yet. ("ask me later" is left
# out: it is as often "I'm busy now" as "too early to tell".)
TO_ONESELF = frozenset(("me", "us"))
AT_A_SET_TIME = frozenset(("in", "next", "after"))


def to_oneself_later(tokens: Sequence[str]) -> bool:
    """True when the reply hands the question back to the resident at a set time."""
    said = to_words(tokens).words
    for k in range(len(said) - 2):
        if said[k] in ASKING and said[k + 1] in TO_ONESELF:
            rest = said[k + 2 : k + 4]
            when = rest[1:] if rest[:1] == ("again",) else rest[:1]
            if when and when[0] in AT_A_SET_TIME:
                return True
    return False
