"""Sarcasm by its marks: praise that a person would not take at its word.

A sarcastic "brilliant" stored as the top grade is the worst kind of misread (the resident meant
the opposite), so a reply with any of these marks is asked again, never read literally:
- a phrase that only ever says the opposite ("yeah right", "as if", "cheers for nothing", "not!");
- praise beside a complaint of time or of failure in the same reply ("oh marvellous, only took
  them four months", "fantastic, nobody turned up");
- scare quotes: a word or two quoted inside a reply, not as someone's reported words ("it's
  'fixed', if you like", "they 'resolved' it"): the resident holds the word at arm's length.
The eye-roll and the laugh beside a grade are handled with the question's own labels
(reply_evidence), since "not at all lol" is a plain answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Phrases that say the opposite of the praise they sit beside (or are praise said as thanks for
# nothing); they are never a plain answer.
MARKS = (
    ("yeah", "right"),
    ("yea", "right"),
    ("ye", "right"),
    ("cheers", "for", "nothing"),
    ("thanks", "for", "nothing"),
    ("thank", "you", "for", "nothing"),
    ("ta", "for", "nothing"),
    ("thanks", "a", "bunch"),
    ("thanks", "a", "lot", "for", "nothing"),
    # round eleven: praise that names its own doubt ("sorted, if you call a bucket a repair")
    ("if", "you", "call"),
    ("if", "by"),  # "sorted, if by sorted you mean taped up"
    ("if", "you", "can", "call"),
    ("what", "you", "call"),
    ("what", "you'd", "call"),
    ("pigs", "might", "fly"),
    ("and", "pigs", "fly"),
    ("my", "foot"),
    # round twenty-six: a joke taken back ("like talking to a wall 😂 jk she was fine"): two answers,
    # one of them not meant, and the reply does not say which grade the meant one is
    ("jk",),
    ("just", "kidding"),
    ("just", "joking"),
    ("only", "joking"),
)
# Laughing beside praise of the time or the work ("on time as always 😂"): the laugh is at the praise.
LAUGHS = frozenset(("😂", "🤣", "😆", "😹", "lol", "lmao", "haha", "hahaha", "😅"))
TIME_PRAISE = (("on", "time"), ("as", "always"), ("as", "usual"), ("in", "no", "time"), ("record", "time"))
# An eye-roll beside a yes of quantity ("oh loads 🙄") says there was none.
ROLLED_YES = frozenset(
    ("loads", "lots", "plenty", "always", "course", "totally", "definitely", "yes", "yeah")
)
# "sure," opening a reply before a complaint: "sure, nobody came".
SURE_OPENINGS = frozenset(("sure", "suuure", "shure"))
# Eye-rolls that mark the words beside them as not meant.
ROLLS = frozenset(("🙄", "🤦", "🤦\u200d♀️", "🤦\u200d♂️", "🙃", "😒"))
# Praise a sarcastic reply leans on: the strong words, said of the whole.
PRAISE = frozenset(
    (
        *("brilliant", "brill", "fantastic", "marvellous", "marvelous", "wonderful", "great", "superb"),
        *("excellent", "amazing", "fab", "fabulous", "perfect", "lovely", "terrific", "outstanding"),
        *("splendid", "smashing", "top", "impressive", "stellar", "spot", "sorted", "gr8", "ace"),
        *("magic", "champion", "grand", "quick", "speedy", "efficient", "helpful", "wow"),
    )
)
# Words that concede a fault beside sincere praise; sarcasm does not concede.
CONCESSIONS = frozenset(("but", "though", "tho", "although", "worth", "despite", "eventually"))
# A complaint of time: a long wait named by a unit that is long for a council reply.
LONG_UNITS = frozenset(("weeks", "months", "years", "ages", "forever", "yonks", "decades", "month", "year"))
WAITING = frozenset(("took", "taken", "takes", "waited", "waiting", "wait", "only", "just", "after", "later"))
WAITING |= frozenset(("for",))  # "seven weeks for a letter"
# A complaint of failure: what was meant to happen did not, or went wrong again.
FAILURES = (
    ("nobody", "came"),
    ("nobody", "turned"),
    ("nobody", "rang"),
    ("nobody", "called"),
    ("nobody", "showed"),
    ("no", "one", "came"),
    ("no", "one", "turned"),
    ("no-one", "came"),
    ("never", "came"),
    ("never", "turned"),
    ("never", "showed"),
    ("never", "rang"),
    ("never", "called"),
    ("never", "heard"),
    ("never", "bothered"),
    ("still", "waiting"),
    ("still", "broken"),
    ("still", "leaking"),
    ("still", "no"),
    ("still", "not"),
    ("broke", "again"),
    ("broken", "again"),
    ("leaking", "again"),
    ("back", "to", "square"),
    ("left", "me"),
    ("lost", "my"),
)

# A complaint of effort: how much chasing it took ("three phone calls and a complaint before anyone
# rang", "had to go to my MP").
EFFORT_NOUNS = frozenset(
    ("calls", "phonecalls", "emails", "letters", "visits", "times", "complaints", "messages", "trips")
)
EFFORTS = (
    ("before", "anyone"),
    ("before", "anybody"),
    ("before", "someone"),
    ("to", "get", "anyone"),
    ("to", "get", "anybody"),
    ("formal", "complaint"),
    ("my", "mp"),
    ("my", "councillor"),
)
# Praise that closes a reply as a verdict of its own ("... Top marks."): after a complaint, sarcasm.
CLOSING_PRAISE = (
    ("top", "marks"),
    ("full", "marks"),
    ("ten", "out", "of", "ten"),
    ("gold", "star"),
    ("well", "done"),
    ("nice", "one"),
    ("good", "job"),
    ("great", "job"),
    ("bravo",),
    ("five", "stars"),
)
SENTENCE_ENDS = frozenset((".", "!", ";"))


def _spaced(phrases: Sequence[tuple[str, ...]]) -> tuple[str, ...]:
    return tuple(f" {' '.join(phrase)} " for phrase in phrases)


def _has_any(joined: str, phrases: tuple[str, ...]) -> bool:
    """Whether any phrase (spaced, from _spaced) is in the words joined by spaces (fast: a reply is
    read on every message)."""
    return any(phrase in joined for phrase in phrases)


SPACED_MARKS = _spaced(MARKS)
SPACED_FAILURES = _spaced(FAILURES)
SPACED_TIME_PRAISE = _spaced(TIME_PRAISE)
SPACED_EFFORTS = _spaced(EFFORTS)
SPACED_CLOSING_PRAISE = _spaced(CLOSING_PRAISE)


def _chased(words: Sequence[str], joined: str) -> bool:
    """ "four emails and a visit before anyone rang", "three phone calls": effort counted or named."""
    if _has_any(joined, SPACED_EFFORTS):
        return True
    return any(
        w in EFFORT_NOUNS and any(p.isdecimal() and p != "1" or p in COUNTS for p in words[max(0, k - 2) : k])
        for k, w in enumerate(words)
    )


COUNTS = frozenset(
    ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "umpteen")
)


def _closes_with_praise(tokens: Sequence[str]) -> bool:
    """ "... nobody came. Gold star.": praise in the reply's last sentence, after an earlier one."""
    ends = [k for k, t in enumerate(tokens) if t in SENTENCE_ENDS and any(u[0].isalnum() for u in tokens[k:])]
    if not ends:
        return False
    last = [t for t in tokens[ends[-1] + 1 :] if t[0].isalnum()]
    joined = f" {' '.join(last)} "
    return len(last) <= 6 and (bool(set(last) & PRAISE) or _has_any(joined, SPACED_CLOSING_PRAISE))


def _opens_with_sure(tokens: Sequence[str]) -> bool:
    """ "sure, nobody came", "oh sure - still waiting": a "sure" said first, then a pause."""
    words = [t for t in tokens if t not in ("oh", "yeah", "yes")]
    return len(words) > 2 and words[0] in SURE_OPENINGS and not words[1][0].isalnum()


def _closing_not(tokens: Sequence[str]) -> bool:
    """ "excellent... not!": a "not" said last after praise, after a pause or with a "!", takes the
    praise back ("definitely not!" is a plain no)."""
    words = [t for t in tokens if t[0].isalnum() or t in ROLLS]
    if len(words) < 2 or words[-1] != "not" or not set(words) & PRAISE:
        return False
    at = len(tokens) - 1 - tokens[::-1].index("not")
    before = tokens[at - 1] if at else ""
    return before in (".", ",", "-", "…") or tokens[at + 1 : at + 2] == ["!"]


def _waited_long(words: Sequence[str]) -> bool:
    """ "only took them four months", "waited weeks": a wait counted in a long unit."""
    return any(w in LONG_UNITS for w in words) and any(w in WAITING for w in words)


def sarcastic(tokens: Sequence[str]) -> bool:
    """True when a person would not take the reply's praise at its word."""
    words = [t for t in tokens if t[0].isalnum()]
    joined = f" {' '.join(words)} "
    if _has_any(joined, SPACED_MARKS) or _closing_not(tokens) or _opens_with_as_if(tokens):
        return True
    if words[:1] == ["oh"] and (_deadpan(tokens) or _vouched(words)):
        return True
    if len(words) > 2 and words[-2:] == ["aye", "right"]:
        return True  # Scots "sorted? aye right": said last, after the thing it mocks
    praised = any(w in PRAISE for w in words)
    rolled = any(t in ROLLS for t in tokens)
    if rolled and (praised or set(words) & ROLLED_YES):
        return True
    laughed = any(t in LAUGHS for t in tokens)
    answered_no = any(w in ("no", "nope", "nah", "naddo") for w in words)  # "sorted? 😂 no" is a plain no
    if laughed and not answered_no and (praised or _has_any(joined, SPACED_TIME_PRAISE)):
        return True
    complaint = _waited_long(words) or _has_any(joined, SPACED_FAILURES) or _chased(words, joined)
    if complaint and _opens_with_sure(tokens):
        return True
    conceded = bool(CONCESSIONS & set(words))  # "excellent, though it took weeks" is meant
    if complaint and not conceded and _closes_with_praise(tokens):
        return True  # "three calls and a complaint before anyone rang. Top marks."
    if not praised:
        return False
    return complaint and not conceded and _opens_with_praise(words)


# An intensifier said as a sentence of its own after a mock "oh" and praise: "Oh marvellous. Really."
DEADPAN = frozenset(("really", "truly", "honestly", "seriously"))


def _deadpan(tokens: Sequence[str]) -> bool:
    """ "Oh marvellous. Really.", "oh aye, fantastic. really.": the praise opened by "oh" and then
    vouched for by a lone "really", as no one vouches for praise they mean."""
    sentences: list[list[str]] = [[]]
    for t in tokens:
        if t in SENTENCE_ENDS:
            sentences.append([])
        elif t[0].isalnum():
            sentences[-1].append(t)
    first = sentences[0]
    if len(first) < 2 or first[0] != "oh" or not set(first[1:3]) & PRAISE:
        return False
    return any(len(later) == 1 and later[0] in DEADPAN for later in sentences[1:])


# Round twenty-six: praise or the top grade after a mock "oh", vouched for as a matter of course
# ("Oh marvellous, as ever", "Oh a solid five. Obviously."). Said without the "oh" ("5 obviously",
# "same as ever") it is meant; with a "no" after it ("oh 5 obviously lol. no seriously, 1") the
# resident has taken it back and answered.
VOUCHES = frozenset(("obviously", "naturally", "clearly"))
SPACED_VOUCHES = _spaced((("as", "ever"), ("as", "always"), ("as", "usual"), ("of", "course")))
TOP_GRADES = frozenset(("five", "5", "best", "ten", "10", "top"))
TAKEN_BACK = frozenset(("no", "nah", "not", "seriously"))


def _vouched(words: Sequence[str]) -> bool:
    """An "oh"-opened reply whose praise, in its first words, is vouched for after it."""
    head = words[1:4]
    if not (set(head) & PRAISE or set(head) & TOP_GRADES) or set(words) & TAKEN_BACK:
        return False
    rest = words[2:]
    return bool(set(rest) & VOUCHES) or _has_any(f" {' '.join(rest)} ", SPACED_VOUCHES)


def _opens_with_as_if(tokens: Sequence[str]) -> bool:
    """ "as if!", "as if they were good": said first; "treated me as if I were helpless" is a story."""
    return any(
        tokens[k : k + 2] == ["as", "if"] and (k == 0 or not tokens[k - 1][0].isalnum())
        for k in range(len(tokens) - 1)
    )


# What may stand before the praise a sarcastic reply opens with: "oh brilliant", "well, great".
OPENERS = frozenset(("oh", "ooh", "well", "yeah", "yes", "yep", "just", "absolutely", "really", "what", "a"))
OPENERS |= frozenset(
    ("simply", "truly", "service", "so", "very", "how", "hmm", "honestly", "i'd", "id", "say")
)


def _opens_with_praise(words: Sequence[str]) -> bool:
    """The reply opens with its praise ("oh brilliant, ..."): a grade given and then a complaint
    that undoes it. A complaint first and praise after ("took weeks but great in the end") is a
    contrast, which the rules read on their own."""
    for word in words[:4]:
        if word in PRAISE:
            return True
        if word not in OPENERS:
            return False
    return False


# A quoted stretch of up to four words: opened after a space or at the start, closed before a
# space, a mark or the end (so "t' second" and "o' the" are elisions, not quotes).
QUOTED = re.compile(
    r"""(?:^|(?<=[\s(\[]))['"‘“]([^\W\d_][^'"‘’“”\n]{0,40}?[\w!?.])['"’”](?=[\s.,!?;:)\]]|$)"""
)
SCARE_WORDS = 4
QUOTE_MARKS = frozenset("'\"‘“")
# Verbs that report someone's words: what follows in quotes is what they said, meant plainly
# ("Dad says 'a bit'", "Mam yn dweud 'da'", "they wrote that I'm 'unable'").
REPORTING = frozenset(
    ("say", "says", "said", "saying", "tell", "tells", "told", "wrote", "writes", "write", "put", "puts")
    + ("dweud", "ddwedodd", "dwedodd", "meddai", "ysgrifennu")
)


def scare_quoted(text: str) -> bool:
    """True when a word or two of the reply stands in quotes that report nobody's words."""
    if not QUOTE_MARKS & set(text):
        return False
    for match in QUOTED.finditer(text):
        if len(match.group(1).split()) > SCARE_WORDS:
            continue
        before, after = text[: match.start()], text[match.end() :]
        if not re.search(r"\w", before + after):
            continue  # the whole reply in quotes: the answer, typed as a quotation
        if not REPORTING & set(re.findall(r"[\w']+", before.lower())):
            return True
    return False
