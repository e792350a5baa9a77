"""What the rest of a reply says against the value the rules stored from it.

The rules find an answer in a reply; a person reading the whole reply may not take it at its word.
Each check here looks at the words around a stored value, and keeps it, narrows it to the
question's partial value, or asks again (a misread is worse than a re-ask):
- a yes with a reservation after it ("yes she did, but she was watching the clock") is the
  partial value where the question has one ("Yes, a bit", "Partly"), else asked again;
- a makeshift repair ("patched up, not fixed", "a temporary job") is Partly to "was it sorted?";
- an effort that did not land ("she tried, but she never heard me") is asked again, and so is
  "yes and no" with only "it's complicated" after it ("yes... well no" is a correction to no, as
  five development sets label it);
- a number of days beside someone else who is still waiting ("me 4 days, my dad's still waiting")
  is two answers, and asked again.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.conversation.reply_evidence import RELATIONS
from bot.conversation.reply_leans import lean

KEEP = "keep"  # the stored value stands
# Words that set a reservation against what came before: "yes, but...", "yes, only after I chased".
RESERVATIONS = frozenset(("but", "though", "tho", "although", "however", "except", "ond"))
RESERVATION_PHRASES = (("only", "after"), ("only", "when"), ("only", "because"), ("only", "once"))
# A yes said first, in any of its forms: "yes", "yeah she did", "aye", "do" (Welsh).
YES_OPENINGS = frozenset(
    (
        "yes",
        "yeah",
        "yep",
        "yup",
        "yea",
        "ye",
        "yh",
        "aye",
        "ya",
        "yah",
        "do",
        "ie",
        "ydy",
        "did",
        "definitely",
    )
)
OPENING_FILLERS = frozenset(("oh", "well", "er", "erm", "um", "hmm", "i", "mean", "she", "he", "they", "we"))
OPENING_FILLERS |= frozenset(("it", "was", "did", "sure", "so", "think", "guess", "suppose", "s'pose", ","))
# Openers a yes may follow when what comes after it is read (a new problem, another phone).
LEAD_INS = OPENING_FILLERS | frozenset(("honestly", "i'd", "say"))
# A repair that holds for now but is not the fix: "patched up", "bodged", "a temporary job".
MAKESHIFT = frozenset(
    ("patched", "patch", "bodged", "bodge", "botched", "temporary", "temp", "stopgap", "taped", "cobbled")
)
MAKESHIFT |= frozenset(("plastered", "papered", "sellotaped", "gaffer", "duct", "bandaid", "band-aid"))
# What says the makeshift repair has already failed: then it is not partly sorted.
FAILED_AGAIN = frozenset(("again", "broke", "broken", "leaking", "leaks", "failed", "fell", "worse"))
# A question that asks whether something was fixed or sorted.
FIX_CUES = ("sorted", "fixed", "resolved", "datrys", "solved")
TRIED = frozenset(("tried", "try", "trying", "attempted"))
NO_WORDS = frozenset(("no", "nah", "nope", "naddo", "na", "naw", "nac"))
COMPLICATED = frozenset(("complicated", "gymhleth", "cymhleth", "anodd", "tricky", "difficult", "depends"))
COMPLICATED |= frozenset(("dibynnu", "ddibynnu"))  # Welsh "it depends"
STILL_WAITING = (("still", "waiting"), ("still", "aros"), ("yet", "to"), ("not", "yet"))
FIRST_PERSON = frozenset(("me", "i", "mine", "myself", "fi", "i'm", "im"))


def _words(tokens: Sequence[str]) -> list[str]:
    return [t for t in tokens if t[0].isalnum()]


def _has(words: Sequence[str], phrases: Sequence[tuple[str, ...]]) -> bool:
    return any(tuple(words[k : k + len(p)]) == p for p in phrases for k in range(len(words)))


def _opens_with_yes(tokens: Sequence[str], fillers: frozenset[str] = OPENING_FILLERS) -> bool:
    """The reply says yes before anything else ("oh yeah she did", "aye", "yes she listened")."""
    for token in tokens[:5]:
        if token in YES_OPENINGS:
            return True
        if token not in fillers and token not in (",", ".", "!", "…", "-"):
            return False
    return False


# A reservation about time only ("yes but it took a fortnight"): a late yes, still a yes.
LATENESS = frozenset(
    ("took", "took", "taken", "weeks", "week", "days", "fortnight", "months", "ages", "while")
)
LATENESS |= frozenset(("eventually", "late", "later", "long", "time", "wait", "waited", "forever", "month"))


def about_time(tokens: Sequence[str]) -> bool:
    """The reservation after the yes is only that it came late."""
    words = _words(tokens)
    at = next((k for k, w in enumerate(words) if w in RESERVATIONS), None)
    return at is not None and bool(set(words[at + 1 :]) & LATENESS)


def reservation(tokens: Sequence[str]) -> bool:
    """A yes, then a clause set against it that does not lean good: "yeah he did but he was rushing
    me", "yes, only after I complained" (not "yes, but she was lovely too")."""
    if not _opens_with_yes(tokens):
        return False
    words = _words(tokens)
    for k, word in enumerate(words[1:], start=1):
        phrase = _has(words[k : k + 2], RESERVATION_PHRASES)
        if word in RESERVATIONS or phrase:
            rest = words[k + 1 :]
            return len(rest) >= 2 and lean(rest) != 1
    return False


def makeshift_repair(tokens: Sequence[str]) -> bool | None:
    """True for a repair that holds for now ("patched up, not fixed"); None when it already failed
    ("patched up, leaking again"); False when no makeshift repair is told."""
    words = set(_words(tokens))
    if not words & MAKESHIFT and not {"quick", "fix"} <= words:
        return False
    return None if words & FAILED_AGAIN else True


def effort_only(tokens: Sequence[str]) -> bool:
    """ "she tried, but she never heard me": an effort, then a reservation; neither yes nor no."""
    words = _words(tokens)
    at = next((k for k, w in enumerate(words) if w in TRIED), None)
    return at is not None and any(w in RESERVATIONS for w in words[at + 1 :])


def complicated(tokens: Sequence[str]) -> bool:
    """ "yes and no, it's complicated": no part named as given and none as not."""
    return bool(set(_words(tokens)) & COMPLICATED)


def someone_else_waiting(tokens: Sequence[str]) -> bool:
    """ "me 4 days, my dad's still waiting": the resident's number and someone else's wait."""
    words = _words(tokens)
    relations = {w.removesuffix("'s") for w in words} & RELATIONS
    return bool(relations) and _has(words, STILL_WAITING)


# "no good", "no use": a grade of something, not the answer "no" ("phone no good for me, I'm deaf").
GRADE_AFTER_NO = frozenset(("good", "use", "gd"))


def no_as_grade(tokens: Sequence[str]) -> bool:
    words = _words(tokens)
    return any(
        w == "no" and words[k + 1 : k + 2] and words[k + 1] in GRADE_AFTER_NO for k, w in enumerate(words)
    )


# What says yes to needing more help in so many words.
NEED_WORDS = frozenset(("yes", "yeah", "yep", "aye", "oes", "ie", "need", "needs", "please", "plis", "more"))


def only_praise(tokens: Sequence[str]) -> bool:
    """Praise with no yes and no word of need: "decent", "it was grand"."""
    words = _words(tokens)
    return lean(words) == 1 and not set(words) & NEED_WORDS


def asks_about_fixing(texts: Sequence[str]) -> bool:
    return any(cue in text.lower() for text in texts for cue in FIX_CUES)


# A yes narrowed at its end: "yes, she asked. only a bit though". "yes mostly" is not among them: set5
# asks again about it (a lot or a bit?), set P stores a bit.
NARROWINGS = frozenset(
    (
        ("only", "a", "bit"),
        ("only", "a", "bit", "though"),
        ("only", "a", "little"),
        ("only", "a", "little", "though"),
        ("a", "bit", "though"),
        ("just", "a", "bit"),
    )
)
NARROW_FILLERS = frozenset(
    ("thanks", "thank", "you", "ta", "x", "cheers", "tbh", "i", "think", "to", "be", "honest")
)


def narrowed_yes(tokens: Sequence[str]) -> bool:
    """True when a reply opening with a yes ends on a clause that narrows it to a part ("Yes, she
    noticed the garden. Only a bit though."): the question's partial value."""
    words = _words(tokens)
    if not words or words[0] not in YES_OPENINGS:
        return False
    ends = [k for k, t in enumerate(tokens) if not t[0].isalnum() and any(u[0].isalnum() for u in tokens[k:])]
    last = tokens[ends[-1] + 1 :] if ends else tokens[1:]
    clause = [w for w in _words(last) if w not in NARROW_FILLERS]
    return tuple(clause) in NARROWINGS


# An exception after "I'm fine": "all good apart from the stairs" names a need.
EXCEPTIONS: tuple[tuple[str, ...], ...] = (
    ("apart", "from"),
    ("except",),
    ("except", "for"),
    ("bar", "the"),
    ("other", "than"),
    ("but", "for"),
)
EXCEPTIONS += (("heblaw", "am"), ("ar", "wahân", "i"))


def excepted(tokens: Sequence[str]) -> bool:
    """True when the reply names an exception ("I'm fine. Well. Except the damp.")."""
    return _has(_words(tokens), EXCEPTIONS)


# A problem other than the one asked about, set after the yes: "yes, but now the window's gone".
NEW_PROBLEM = frozenset(("new", "another", "different", "else", "now"))
# What says the asked problem itself came back or stayed: then it is no new problem.
SAME_PROBLEM = frozenset(("again", "still", "same", "remains", "remain", "persists"))


def new_problem(tokens: Sequence[str]) -> bool:
    """ "yes, but now there's something else wrong", "sorted, but a different leak has started": the
    asked problem is sorted, and the reservation is about another one."""
    words = _words(tokens)
    at = next((k for k, w in enumerate(words) if w in RESERVATIONS), None)
    if at is None or not _opens_with_yes(tokens, LEAD_INS) and not set(words[:at]) & FIXED:
        return False
    rest = set(words[at + 1 :])
    return bool(rest & NEW_PROBLEM) and not rest & (SAME_PROBLEM | FAILED_AGAIN)


# Words that say a named thing was put right: "the boiler's fixed", "lock mended".
FIXED = frozenset(("fixed", "mended", "repaired", "replaced", "done", "sorted", "sealed", "unblocked"))
REMAINS = frozenset(("remains", "remain", "still"))
# Subjects that are the fixed thing itself: "fixed, but it's still dripping" is no other part.
SAME_THING = frozenset(("it", "it's", "its", "that", "that's", "thats", "this", "but", "though"))
CLAUSE_ENDS = frozenset((".", ",", ";", "!", "-", "–", "—"))
OWN_SUBJECTS = frozenset(("the", "a", "an", "my", "our", "their", "his", "her", "one", "some"))


def part_remains(tokens: Sequence[str]) -> bool:
    """ "The boiler's fixed. The noise it makes is still there.": one named thing put right and
    another part still wrong, said of two subjects; partly, where the question has it. Round
    twenty-six: the parts may be joined by "but" ("the gate's stopped but the fence still broken"),
    the thing put right may have "stopped" (or, as a learner says it, "is stop"), and the part left
    may be named after "still waiting on" ("the kitchen's done, still waiting on the bathroom")."""
    cut = next((k for k, t in enumerate(tokens) if t in CLAUSE_ENDS or t == "but" or "?" in t), None)
    if cut is None or "?" in tokens[cut]:
        return False  # "sorted?? no chance, still dripping": the question said back, then a no
    first, rest = _words(tokens[:cut]), _words(tokens[cut + 1 :])
    if not _put_right(first) or first[0] in YES_OPENINGS or set(first) & NO_WORDS:
        return False
    waited = rest[:3] in (["still", "waiting", "on"], ["still", "waiting", "for"])
    if waited:
        rest = rest[3:]  # the part left named after the wait
    if not rest or rest[0] not in OWN_SUBJECTS:
        return False  # the part left must be named: "the stain remains", not "still dripping"
    return (waited or bool(set(rest) & REMAINS)) and not set(rest) & NEW_PROBLEM - {"now"}


# What stopping says of a fault: it is over ("the leak's stopped"; a learner's "the leak is stop").
STOPPED = frozenset(("stopped",))
STOP_AFTER = frozenset(("is", "was", "has"))


def _put_right(words: Sequence[str]) -> bool:
    if set(words) & (FIXED | STOPPED):
        return True
    return any(w == "stop" and k and words[k - 1] in STOP_AFTER for k, w in enumerate(words))


# A reservation about which phone or number the call came to: "yes, but they ring my wife's mobile".
LINE_WORDS = frozenset(("phone", "mobile", "number", "landline", "line", "fone", "moby", "mob"))


def about_the_line(tokens: Sequence[str]) -> bool:
    """The reservation after a yes is only about whose phone or number was rung."""
    return before_the_line(tokens) is not None


def before_the_line(tokens: Sequence[str]) -> list[str] | None:
    """The reply up to a reservation about whose phone or number was rung, when it opens with a yes
    ("yes, but they ring my wife's mobile"); None otherwise."""
    if not _opens_with_yes(tokens, LEAD_INS) or set(tokens) & NO_WORDS or "wrong" in tokens:
        return None
    at = next((k for k, t in enumerate(tokens) if t in RESERVATIONS), None)
    if at is None or not set(tokens[at + 1 :]) & LINE_WORDS:
        return None
    return list(tokens[:at])
