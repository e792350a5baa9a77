"""A clear answer said first, then its reason: "Poor. Nobody told my support worker the visit moved".

reply_reasons keeps a head only when the rest holds no other cue at all, so a reason that happens to
hold a "no", a number or a person ("1. still no hot water", "yes. urgently. my son has no bed") was
asked again. A person reads the leading answer and takes the rest as why, unless the rest turns it
("but", "apart from", "mostly", a question mark), is itself a different answer, or tells of things
going the other way from the answer. This module judges the rest's words; whether the rest alone is
a different answer is for the parser (bot.conversation.answers) to say.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.conversation.reply_evidence import STILL_WRONG
from bot.conversation.reply_polarity import polarity
from bot.conversation.reply_words import is_negator, to_words
from bot.conversation.wordnumbers import EN_SMALL, SIGN_OFFS

# Marks that end the answer's own clause. A comma is one only after a correction ("no actually
# poor, they never rang"): there the resident has already settled the answer.
SENTENCE_ENDS = frozenset((".", "!", ";", "-", "–", "—"))
# Words that turn, narrow or doubt the answer before them: then the rest is no plain reason.
TURNS = frozenset(
    (
        *("but", "though", "tho", "although", "however", "except", "apart", "besides", "bar"),
        *("only", "mostly", "partly", "half", "until", "unless", "if", "maybe", "perhaps", "probably"),
        *("possibly", "sure", "depends", "depending", "yet", "ond", "heblaw", "falle", "efallai"),
        *("actually", "well", "then", "mind", "mean", "or", "wait", "sorry", "soz", "sori"),
    )
)
# A take-back opening the rest: "Worse. No, about the same".
TAKE_BACKS = frozenset(("no", "nah", "nope", "na", "naddo"))
# The most words an answer said first has: "very poor", "oh much the same love".
HEAD_WORDS = 5
# A negator that praises: "nobody has ever explained it so clearly", "no messing", "never once
# rushed me", "nothing was too much trouble". Within a few words after the negator.
PRAISED_BY_DENIAL = frozenset(
    (
        *("ever", "else", "too", "once", "judge", "judged", "judging", "rush", "rushed", "rushing"),
        *("messing", "fuss", "hassle", "bother", "trouble", "problem", "problems", "fault", "complaint"),
        *("complaints", "waiting", "wait", "faff", "quibble"),
        # failings of attention a resident denies in praise ("didn't hurry me", "never interrupted")
        *("hurry", "hurried", "hurrying", "interrupt", "interrupted", "interrupting", "patronise"),
        *("patronised", "patronising", "patronize", "patronized", "patronizing", "lecture", "lectured"),
        *("judgemental", "judgmental", "clock", "watch"),
    )
)
REACH = 4


def sentence_end(token: str) -> bool:
    return token in SENTENCE_ENDS


def short(head: Sequence[str]) -> bool:
    return sum(t[0].isalnum() for t in head) <= HEAD_WORDS


def turned(rest: Sequence[str]) -> bool:
    """True when the rest turns, narrows or doubts the answer ("Good. Only the wait was long", "yes.
    maybe"), takes it back ("Worse. No, the same"), or asks something."""
    if any(t in TURNS or "?" in t for t in rest):
        return True
    words = [t for t in rest if t[0].isalnum()]
    return bool(words) and words[0] in TAKE_BACKS and (len(rest) < 2 or not rest[1][0].isalnum())


# Words that deny besides the negators: "nobody rang", "nothing came".
NOBODY = frozenset(("nobody", "nothing", "none", "noone", "no-one", "nowt", "neither"))


def _denies(word: str) -> bool:
    return is_negator(word) or word in NOBODY


def praise_by_denial(words: Sequence[str], i: int) -> bool:
    """True when the negator at `i` denies a failing ("never once rushed me"): praise, not a complaint."""
    return any(w in PRAISED_BY_DENIAL for w in words[i + 1 : i + 1 + REACH])


# "I still do my own accounts": what the resident still does is a habit, not a thing left undone.
STILL_DOERS = frozenset(("i", "we", "can", "could", "i'm", "im"))


def _a_habit(words: Sequence[str], k: int) -> bool:
    return words[k] == "still" and k > 0 and words[k - 1] in STILL_DOERS


def complains(rest: Sequence[str]) -> bool:
    """True when the rest tells of something wrong: still wrong, a negator that is no praise by
    denial, or words that blame."""
    reply = to_words(list(rest))
    words = reply.words
    if any(w in STILL_WRONG - NOBODY and not _a_habit(words, k) for k, w in enumerate(words)):
        return True  # "still", "yet": things not done
    negators = [k for k, w in enumerate(words) if _denies(w)]
    if any(not praise_by_denial(words, k) for k in negators):
        return True
    # "nothing was too much trouble": the blaming word is the one denied
    return not negators and -1 in {polarity(reply, k) for k in range(len(words))}


def praises(rest: Sequence[str]) -> bool:
    """True when the rest praises and blames nothing ("she was lovely", "nothing was too much")."""
    reply = to_words(list(rest))
    leanings = {polarity(reply, k) for k in range(len(reply.words))} - {0}
    denied = any(_denies(w) and praise_by_denial(reply.words, k) for k, w in enumerate(reply.words))
    return (leanings == {1} or denied) and not complains(rest)


def denies_only_failings(rest: Sequence[str]) -> bool:
    """True when every denial in the rest denies a failing and the rest praises ("never once made me
    feel stupid"): read alone its "never" is no answer of "no"."""
    words = to_words(list(rest)).words
    denials = [k for k, w in enumerate(words) if _denies(w)]
    return bool(denials) and all(praise_by_denial(words, k) for k in denials) and praises(rest)


def reason_agrees(rest: Sequence[str], side: int) -> bool:
    """True when the reason after an answer on `side` (+1: things went well, -1: badly, 0: neither)
    does not tell of things going the other way."""
    if side > 0:
        return not complains(rest)
    if side < 0:
        return not praises(rest)
    return True


# A caveat that only denies perfection ("Good overall. Not perfect, mind.", "a couple of hiccups"):
# it agrees with a grade short of the top, as "good not great" does.
CAVEATS = (
    ("not", "perfect"),
    ("not", "flawless"),
    ("not", "faultless"),
    ("hiccups",),
    ("hiccup",),
    ("wobbles",),
    ("wobble",),
    ("niggles",),
    ("teething",),
    ("room", "for", "improvement"),
    ("could", "be", "better"),
)
CAVEAT_FILLERS = frozenset(("mind", "like", "though", "tho", "a", "one", "or", "two", "few", "couple", "of"))
CAVEAT_FILLERS |= frozenset(("some", "the", "odd", "along", "way", "but", "still", "bit", "little", "minor"))
CAVEAT_FILLERS |= SIGN_OFFS


def only_a_caveat(rest: Sequence[str]) -> bool:
    """True when the rest is a caveat that only says the answer was not perfect."""
    words = [t for t in rest if t[0].isalnum()]
    found = [(k, p) for k in range(len(words)) for p in CAVEATS if tuple(words[k : k + len(p)]) == p]
    if not found:
        return False
    covered = {k + i for k, p in found for i in range(len(p))}
    return all(k in covered or w in CAVEAT_FILLERS for k, w in enumerate(words))


# "worse, but that's my illness, not you": the resident puts the cause elsewhere, which is no
# reservation about the answer. The clause is dropped.
NOT_YOU = frozenset(("you", "yous", "youse", "your", "yours", "service", "council", "anything", "anyone"))
THAT_IS = frozenset(("that's", "thats", "it's", "its", "that", "it"))
OPENS_ASIDE = frozenset(("but", "though", "although", "tho"))


def without_blame_elsewhere(tokens: Sequence[str]) -> list[str]:
    """The reply without a closing clause that puts the cause on something other than the service
    ("but that's my condition, not you lot"); the tokens as they were when it has none."""
    for k in range(1, len(tokens) - 2):
        if tokens[k] not in OPENS_ASIDE or tokens[k + 1] not in THAT_IS:
            continue
        rest = list(tokens[k + 1 :])
        denial = next((i for i, t in enumerate(rest) if t == "not"), None)
        if denial is not None and set(rest[denial + 1 : denial + 4]) & NOT_YOU:
            return [t for t in tokens[:k] if t != ","] or list(tokens)
    return list(tokens)


# "4, would be 5 if you picked up quicker": what would raise the score, not a second score.
WOULD = frozenset(("would", "it'd", "itd", "would've", "could", "might", "id", "i'd"))
WOULD |= frozenset(("wouldve", "could've", "couldve", "might've", "mightve"))
BE = frozenset(("be", "have", "'ve", "been"))
# The answer before the clause is short: "4", "Three.", "a solid 4", "4 out of 5", "i'd say 3".
GRADE_WORDS = 4


def without_would_be(tokens: Sequence[str]) -> list[str]:
    """The reply without the clause after its answer that says what another number would take
    ("3 - would be 4 if the letters came on time", "Three. Would've been four if the van had come");
    the tokens as they were when it has none."""
    for k in range(1, len(tokens)):
        if tokens[k] in WOULD and set(tokens[k + 1 : k + 3]) & BE and "if" in tokens[k:]:
            head = [t for t in tokens[:k] if t[0].isalnum()]
            if head and len(head) <= GRADE_WORDS and any(t[:1].isdecimal() or t in EN_SMALL for t in head):
                return list(tokens[:k])
    return list(tokens)


# "..., which no one ever does": the service set against everyone else, praise by comparison; the
# "no one" denies nothing the resident was asked.
RELATIVES = frozenset(("which", "that", "as", "like", "what"))
NO_ONE_ELSE = frozenset(("nobody", "noone", "no-one", "nobody's", "noone's"))
BY_HABIT = frozenset(("ever", "else", "usually", "normally", "really", "bothers", "does", "did", "has"))


def without_comparison_with_others(tokens: Sequence[str]) -> list[str]:
    """The reply without its "which no one ever does" (or "like nobody else has") clause, up to the
    punctuation that ends it; the tokens as they were when it has none."""
    for k in range(1, len(tokens) - 2):
        if tokens[k] not in RELATIVES:
            continue
        at = k + 1 + (tokens[k + 1] == "no" and tokens[k + 2 : k + 3] == ["one"])
        if (tokens[k + 1] in NO_ONE_ELSE or at == k + 2) and set(tokens[at + 1 : at + 3]) & BY_HABIT:
            end = next((j for j in range(at, len(tokens)) if not tokens[j][0].isalnum()), len(tokens))
            return [*tokens[:k], *tokens[end:]]
    return list(tokens)


SUBJECTS = frozenset(("i", "it", "you", "we", "that", "they"))
GRADING = BE | frozenset(("give", "rate", "score", "mark", "put"))
# "if" clauses that make no condition of the grade: a wish below the scale, a frank aside.
NOT_CONDITIONS = (
    ("i", "could"), ("i", "can"), ("possible",), ("there", "was"), ("i'm", "honest"), ("im", "honest"),
    ("i'm", "being"), ("im", "being"), ("i", "am"), ("you", "ask"), ("i", "had", "to"), ("i", "have", "to"),
)  # fmt: skip


def conditional_grade(tokens: Sequence[str]) -> bool:
    """True when the reply's one sentence is a grade it would give only if something were otherwise
    ("I'd give you a 4 if the bin were emptied"): the grade is not the one it gives. "4, would be 5
    if..." gives its 4 first, and "would've been good if... so, poor" gives its grade after."""
    words = list(tokens)
    start = 1 if words[:1] and words[0] in SUBJECTS else 0
    if len(words) < start + 3 or words[start] not in WOULD or words[start + 1] not in GRADING:
        return False
    if any(sentence_end(t) or t in ("so", "but") for t in words[start:]):
        return False
    at = next((k for k in range(start + 2, len(words)) if words[k] == "if"), None)
    return at is not None and not any(tuple(words[at + 1 : at + 1 + len(c)]) == c for c in NOT_CONDITIONS)


def mixed(rest: Sequence[str]) -> bool:
    """True when the rest tells of something good and something bad ("the lady was nice but the
    forms took ages"), as a middling answer's reason does."""
    reply = to_words(list(rest))
    leanings = {polarity(reply, k) for k in range(len(reply.words))} - {0}
    return leanings == {1, -1} or (1 in leanings and complains(rest))
