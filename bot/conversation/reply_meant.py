"""Set phrasings whose words say something other than what they mean, rewritten (or refused)
before the rules read them.

- "no comment", "rather not say": a refusal to answer, never the option "No".
- "can't say they did", "wouldn't say it was": British understatement for no (a plain "can't say"
  is "don't know" and is left to the idioms; "can't say they didn't" is asked again).
- Welsh "do a naddo", "ie a na", "oes a nac oes": "yes and no", read as the English is (partly
  where the question has it, else asked again), in either conversation.
- A Welsh yes or no said with a Welsh hedge ("do, am wn i", "ydy falle", "naddo dwi'n meddwl"):
  asked again, unless the question has a "not sure" for the hedge to be read as.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.conversation.reply_words import is_negator

REFUSALS = (
    ("no", "comment"),
    ("no", "comments"),
    ("rather", "not", "say"),
    ("prefer", "not", "to", "say"),
    ("rather", "not", "answer"),
    ("prefer", "not", "to", "answer"),
    ("pass", "on", "that"),
    ("dim", "sylw"),  # Welsh: no comment
    ("gwell", "gen", "i", "beidio"),  # Welsh: I'd rather not
)


def _joined(tokens: Sequence[str]) -> str:
    return f" {' '.join(t for t in tokens if t[0].isalnum())} "


def _spaced(phrases: Sequence[tuple[str, ...]]) -> tuple[str, ...]:
    return tuple(f" {' '.join(phrase)} " for phrase in phrases)


SPACED_REFUSALS = _spaced(REFUSALS)


def refuses(tokens: Sequence[str]) -> bool:
    """True when the reply declines to answer ("no comment"): asked again, never stored as No."""
    joined = _joined(tokens)
    return any(refusal in joined for refusal in SPACED_REFUSALS)


UNDERSTATERS = frozenset(("can't", "cant", "cannot", "couldn't", "couldnt", "wouldn't", "wouldnt"))
SUBJECTS = frozenset(("they", "she", "he", "it", "we", "i", "you", "anyone", "anybody", "that", "there"))
DOERS = frozenset(
    ("did", "was", "were", "has", "have", "had", "do", "does", "is", "are", "could", "would", "got")
)
PLAIN_NO = frozenset(("no", "nope", "nah", "naddo"))
PAST_VERBS = frozenset(
    ("rang", "rung", "came", "come", "gave", "got", "went", "sent", "wrote", "made", "need")
)
# What may follow the understatement in the same breath without changing it: "can't say they did tbh".
AFTERWORDS = frozenset(("tbh", "really", "honestly", "to", "be", "honest", "sadly", "unfortunately"))
AFTERWORDS |= frozenset(("now", "anymore", "any", "more", "much", "either", "me", "back", "us"))
AFTERWORDS |= frozenset(("thanks", "thank", "you", "ta", "cheers", "x", "xx", "i", "think", "mate", "love"))


def understated_no(tokens: Sequence[str]) -> list[str] | None:
    """ "can't say they did" -> ["no", ...what follows]; None when the reply is not of that form.
    Returns [] when it is of that form but must be asked again ("can't say they didn't")."""
    for k, token in enumerate(tokens):
        if token not in UNDERSTATERS or tokens[k + 1 : k + 2] != ["say"]:
            continue
        rest = list(tokens[k + 2 :])
        if rest[:1] == ["that"]:
            rest = rest[1:]
        if len(rest) < 2 or rest[0] not in SUBJECTS:
            return None  # "can't say" alone is "don't know"
        verb = rest[1]
        if is_negator(verb) or verb in ("never",):
            return []  # "can't say they didn't": a double negative, asked again
        if verb not in DOERS and not verb.endswith("ed") and verb not in PAST_VERBS:
            return None
        after = rest[2:]
        clause_end = next((j for j, t in enumerate(after) if not t[0].isalnum()), len(after))
        if any(is_negator(w) for w in after[:clause_end]):
            return []  # "cannot say she did not": a double negative
        if any(w not in AFTERWORDS for w in after[:clause_end]):
            return None  # "can't say it was good": a grade, left to the rules
        if any(is_negator(w) and w not in PLAIN_NO for w in after[clause_end:]):
            return []  # "can't say they did, can't say they didn't"; "..., no" agrees
        return ["no", *after[clause_end:]]  # what stood before ("honestly I") says nothing more
    return None


# "yes and no" said in Welsh: the answer word for yes, "a" (and), the answer word for no.
WELSH_YES = frozenset(
    ("do", "ie", "ia", "ydy", "ydw", "odw", "yndy", "oes", "ydyn", "ydych", "wnaeth", "oedd")
)
WELSH_NO: tuple[tuple[str, ...], ...] = (
    ("naddo",),
    ("na",),
    ("nac", "oes"),
    ("nac", "ydy"),
    ("nac", "ydw"),
    ("nag", "oes"),
    ("nag", "ydy"),
)
WELSH_NO += (("nac", "oedd"), ("nag", "oedd"))
WELSH_STARTS = WELSH_YES | {no[0] for no in WELSH_NO}


def welsh_yes_and_no(tokens: Sequence[str]) -> list[str]:
    """ "do a naddo" -> "yes and no" (and "naddo a do" -> "no and yes"); other tokens unchanged."""
    if not WELSH_STARTS.intersection(tokens):
        return list(tokens)
    out: list[str] = []
    k = 0
    while k < len(tokens):
        if tokens[k] in WELSH_YES and k + 2 < len(tokens) and tokens[k + 1] in ("a", "ac"):
            no = next((n for n in WELSH_NO if tuple(tokens[k + 2 : k + 2 + len(n)]) == n), None)
            if no is not None:
                out += ["yes", "and", "no"]
                k += 2 + len(no)
                continue
        no = next((n for n in WELSH_NO if tuple(tokens[k : k + len(n)]) == n), None)
        size = len(no) if no is not None else 0
        after = tokens[k + size : k + size + 2] if size else []
        if len(after) == 2 and after[0] in ("a", "ac") and after[1] in WELSH_YES:
            out += ["no", "and", "yes"]  # "naddo a do", read as the English "no and yes" is
            k += size + 2
            continue
        out.append(tokens[k])
        k += 1
    return out


# Welsh hedges: maybe, as far as I know, I think, I suppose, probably, more or less, sort of.
WELSH_HEDGES = (
    ("falle",),
    ("efallai",),
    ("am", "wn", "i"),
    ("am", "wni"),
    ("dwi'n", "meddwl"),
    ("dw", "i'n", "meddwl"),
    ("sbo",),
    ("siwr", "o", "fod"),
    ("mwy", "neu", "lai"),
    ("rhyw", "fath"),
    ("debyg",),
    ("mae'n", "debyg"),
    ("dybiwn", "i"),
    ("hyd", "y", "gwn", "i"),
)
WELSH_ANSWERS = WELSH_YES | frozenset(("naddo", "na", "nac", "nag"))
SPACED_HEDGES = _spaced(WELSH_HEDGES)


def welsh_hedged_answer(tokens: Sequence[str]) -> bool:
    """True for a Welsh yes or no said with a Welsh hedge ("ydy falle", "naddo, am wn i")."""
    if not WELSH_ANSWERS.intersection(tokens):
        return False
    joined = _joined(tokens)
    return any(hedge in joined for hedge in SPACED_HEDGES)


# "zero help": none of something, not the number nought.
NONE_OF = frozenset(("help", "support", "contact", "communication", "response", "reply", "info", "effort"))
NONE_OF |= frozenset(("information", "interest", "care", "listening", "sympathy", "understanding"))


def contracted(tokens: Sequence[str]) -> list[str]:
    """ "no, they did not" -> "no, they didn't", "zero help" -> "no help": the forms the rules read."""
    out: list[str] = []
    for k, word in enumerate(tokens):
        if word == "not" and out and out[-1] == "did":
            out[-1] = "didn't"
            continue
        if word == "zero" and tokens[k + 1 : k + 2] and tokens[k + 1] in NONE_OF:
            word = "no"
        out.append(word)
    return out


APPROXIMATELY = ("more", "or", "less")
# "good, on the whole", "good by and large": a grade given for the whole, said beside it (round 15).
ON_THE_WHOLE = (
    ("by", "and", "large"),
    ("on", "the", "whole"),
    ("on", "balance"),
    ("all", "in", "all"),
    ("overall",),
    ("in", "the", "main"),
)
WHOLE_STARTS = frozenset(p[0] for p in ON_THE_WHOLE)


def without_approximation(tokens: Sequence[str]) -> list[str]:
    """ "good, more or less" -> "good": beside a grade, "more or less" says "about", not "partly"
    (the caller asks only on a graded question). "more or less the same" is an idiom and stays.
    "on the whole", "by and large" are dropped too: the grade is for the whole."""
    if "or" not in tokens and not WHOLE_STARTS & set(tokens):
        return list(tokens)
    out: list[str] = []
    k = 0
    while k < len(tokens):
        if tuple(tokens[k : k + 3]) == APPROXIMATELY and tokens[k + 3 : k + 4] not in (["the"], ["same"]):
            k += 3
            continue
        whole = next((p for p in ON_THE_WHOLE if tuple(tokens[k : k + len(p)]) == p), None)
        if whole is not None and k > 0 and tokens[k + len(whole) : k + len(whole) + 1] != ["?"]:
            if out and out[-1] == ",":
                out.pop()  # "Good, on the whole." is "Good."
            k += len(whole)
            continue
        out.append(tokens[k])
        k += 1
    return out if any(t[0].isalnum() for t in out) else list(tokens)


# "we covered everything except the thing I rang about": all but what the resident came for, a no.
EVERYTHING = frozenset(("everything", "all", "anything", "everythin", "owt"))
EXCEPTING = (("except",), ("apart", "from"), ("but",), ("bar",), ("besides",), ("other", "than"))
WHAT_I_CAME_FOR = frozenset(("thing", "things", "reason", "problem", "issue", "what", "matter"))
CAME_FOR = frozenset(("rang", "rung", "called", "phoned", "came", "contacted", "asked", "wanted", "needed"))
CAME_FOR |= frozenset(("went", "emailed", "wrote", "messaged", "got", "actually"))


def all_but_what_mattered(tokens: Sequence[str]) -> list[str]:
    """The reply with "everything except the thing I rang about" said as "no" (and what follows
    its clause kept); the tokens as they were when it has no such clause."""
    for k, token in enumerate(tokens):
        if token not in EVERYTHING:
            continue
        for j in range(k + 1, min(k + 4, len(tokens))):
            marker = next((m for m in EXCEPTING if tuple(tokens[j : j + len(m)]) == m), None)
            if marker is None:
                continue
            rest = tokens[j + len(marker) : j + len(marker) + 8]
            end = next((i for i, t in enumerate(rest) if not t[0].isalnum() and t != "'"), len(rest))
            clause = rest[:end]
            if set(clause[:4]) & WHAT_I_CAME_FOR and "i" in clause and set(clause) & CAME_FOR:
                return ["no", *tokens[j + len(marker) + end :]]
    return list(tokens)


# "better for a week then back to square one": a change that did not last is no change.
CHANGED_FOR_A_WHILE = frozenset(("better", "improved", "picked", "good", "great", "fine", "improving"))
FOR_A_WHILE = frozenset(("while", "bit", "week", "weeks", "fortnight", "month", "months", "days", "day"))
THEN = frozenset(("then", "but", "now", "til", "till", "until"))
BACK_AS_IT_WAS = (
    ("back", "to", "square", "one"),
    ("back", "to", "how", "it", "was"),
    ("back", "where", "we", "started"),
    ("back", "where", "i", "started"),
    ("back", "to", "where", "we", "started"),
    ("back", "to", "normal"),
    ("back", "to", "the", "same"),
    ("same", "as", "before"),
    ("same", "again"),
    ("back", "as", "it", "was"),
)


def lapsed_change(tokens: Sequence[str]) -> list[str]:
    """ "better for a fortnight then back to how it was" said as "the same"; the tokens as they were
    when the reply tells of no change that lapsed."""
    words = [t for t in tokens if t[0].isalnum()]
    up = next((k for k, w in enumerate(words) if w in CHANGED_FOR_A_WHILE), None)
    if up is None or "for" not in words[up + 1 : up + 3]:
        return list(tokens)
    span = words[up + 1 : up + 7]
    if not set(span) & FOR_A_WHILE or not set(words[up + 2 :]) & THEN:
        return list(tokens)
    back = any(tuple(words[k : k + len(p)]) == p for p in BACK_AS_IT_WAS for k in range(up, len(words)))
    return ["the", "same"] if back else list(tokens)


# Questions whose answer everyone knows is yes: "is the Pope catholic?", "is the sky blue?".
RHETORICAL_YES = (
    ("is", "the", "pope", "catholic"),
    ("is", "the", "sky", "blue"),
    ("is", "water", "wet"),
    ("do", "bears"),
    ("does", "a", "bear"),
    ("is", "grass", "green"),
    ("does", "the", "pope"),
    ("is", "the", "bear", "catholic"),
)
RHETORICAL_STARTS = frozenset(p[0] for p in RHETORICAL_YES)


# Words that open a reply and say nothing: "well, is the sky blue?".
OPENERS = frozenset(("well", "hmm", "honestly", "i'd", "say", "um", "erm", "oh", "lol", "haha", "ha", "x"))


def rhetorical_yes(tokens: Sequence[str]) -> list[str]:
    """A reply that is only a question everyone answers yes, said as "yes"; else the tokens."""
    if not RHETORICAL_STARTS & set(tokens):
        return list(tokens)
    words = [t for t in tokens if t[0].isalnum() and t not in OPENERS]
    if any(tuple(words[: len(p)]) == p for p in RHETORICAL_YES):
        return ["yes"]
    return list(tokens)


# "not from you, from the GP, yes": help needed, but not from the one asking: a no to "from us".
US = (("you",), ("yous",), ("youse",), ("you", "lot"), ("the", "council"), ("council",), ("yourselves",))


def not_from_us(tokens: Sequence[str]) -> list[str]:
    """ "Not from you. From the NHS, yes." said as "no"; else the tokens."""
    words = [t for t in tokens if t[0].isalnum() and t not in OPENERS]
    if words[:2] != ["not", "from"] or not any(tuple(words[2 : 2 + len(p)]) == p for p in US):
        return list(tokens)
    return ["no"]


# "about 60 percent of it": a part, neither none nor all (round 15).
PERCENT = (("%",), ("percent",), ("per", "cent"), ("pc",))


def percent_as_part(tokens: Sequence[str]) -> list[str]:
    """A percentage strictly between 0 and 100 said as "a bit"; else the tokens."""
    for k in range(len(tokens) - 1):
        if not tokens[k].isdecimal() or not 0 < int(tokens[k]) < 100:
            continue
        mark = next((p for p in PERCENT if tuple(tokens[k + 1 : k + 1 + len(p)]) == p), None)
        if mark is not None:
            numbers = [t for t in tokens if t[:1].isdecimal()]
            return ["a", "bit"] if len(numbers) == 1 else list(tokens)
    return list(tokens)
