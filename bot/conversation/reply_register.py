"""The manner a reply is written in, put plainly before the rules read it (issue 19, round thirteen).

A person reads the answer through the way it is said: a letter's greeting and sign-off around it,
swearing as emphasis, laughter and a shrug beside it, "only" and "itself" as emphasis in South Asian
English, formal phrasings of the plain answer. None of these says an answer or takes one back, so
they are dropped or said plainly here; what they leave is read by the rules as any other reply.

Also here: the checks that make a person ask again whatever the answer looks like: a reply that
questions its own answer ("3? maybe 4?", "define sorted", "ask me next week"), and an answer given
for someone who cannot say.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from bot.conversation.reply_evidence import RELATIONS
from bot.conversation.reply_words import to_words

# Remarks on the question itself, said beside the answer: "still waiting, if that answers your question".
ON_THE_QUESTION = (
    ("if", "that", "answers", "your", "question"),
    ("if", "that", "answers", "the", "question"),
    ("if", "that", "answers", "it"),
    ("to", "answer", "your", "question"),
    ("if", "that", "makes", "sense"),
)

# --- a letter's wrapping -----------------------------------------------------------------------
GREETING_WORDS = frozenset(("dear", "hello", "hi", "hiya", "greetings"))
TIMES_OF_DAY = frozenset(("morning", "afternoon", "evening"))
# Openings that point back at the question: "in response to your query:", "further to my enquiry,"
REFERRING = (
    ("in", "response", "to"),
    ("in", "reply", "to"),
    ("in", "answer", "to"),
    ("with", "reference", "to"),
    ("with", "regard", "to"),
    ("further", "to"),
    ("regarding", "your"),
    ("re", "your"),
)
SIGN_OFFS = (
    ("yours", "faithfully"),
    ("yours", "sincerely"),
    ("yours", "truly"),
    ("kind", "regards"),
    ("best", "regards"),
    ("warm", "regards"),
    ("warmest", "regards"),
    ("many", "thanks"),
    ("best", "wishes"),
    ("with", "thanks"),
    ("regards",),
)
# Words that may come before a greeting: "well, good evening. Excellent."
LEAD_FILLERS = frozenset(("hmm", "well", "um", "erm", "so", "oh", "i'd", "say", ","))
# The most tokens a sign-off's name and what follows it may take: "Yours sincerely, G. Pryce".
SIGNATURE_TOKENS = 6

# --- swearing as emphasis ----------------------------------------------------------------------
# Words that only make what they stand beside stronger: "bloody great" is great.
INTENSIFYING_SWEARS = frozenset(
    ("bloody", "fucking", "fuckin", "effing", "bleeding", "blooming", "flaming", "sodding", "frigging")
    + ("freaking", "flipping", "flippin", "friggin", "feckin", "fecking", "bloomin", "bleedin")
)
# Exclamations said beside an answer, not part of it: "better, bloody hell, finally".
EXCLAMATIONS = (
    ("bloody", "hell"),
    ("thank", "fuck"),
    ("thank", "god"),
    ("thank", "goodness"),
    ("thank", "heavens"),
    ("shit", "happens"),
    ("for", "fuck's", "sake"),
    ("for", "fucks", "sake"),
    ("oh", "my", "god"),
    ("good", "grief"),
    ("ffs",),
    ("omg",),
    ("jeez",),
)
# Praise of the people said as a remark ("fair fucks to them"), read as "fair play".
FAIR = frozenset(("fucks", "fucks'", "dos", "doos", "dues", "play"))
THEM = frozenset(("them", "her", "him", "you", "'em", "em", "ya"))

# --- laughter and shrugs -----------------------------------------------------------------------
LAUGHTER = frozenset(
    ("lol", "lolol", "lmao", "lmfao", "rofl", "haha", "hahaha", "hahahaha", "ha", "hah", "heh", "hehe")
    + ("😂", "🤣", "😆", "😅")
)
SHRUGS = (
    ("you", "have", "to", "laugh", "or", "you'd", "cry"),
    ("you've", "got", "to", "laugh"),
    ("you", "have", "to", "laugh"),
    ("you", "got", "to", "laugh"),
    ("gotta", "laugh"),
    ("what", "can", "you", "do"),
    ("story", "of", "my", "life"),
    ("such", "is", "life"),
    ("that's", "life"),
    ("typical",),
)

# --- formal phrasings --------------------------------------------------------------------------
FORMAL = (
    (("i", "do", "not", "require"), ("i", "don't", "need")),
    (("i", "don't", "require"), ("i", "don't", "need")),
    (("do", "not", "need"), ("don't", "need")),
    (("i", "would", "be", "grateful", "for"), ("yes", "please")),
    (("i", "would", "appreciate"), ("yes", "please")),
    (("to", "a", "great", "extent"), ("a", "lot")),
    (("to", "a", "large", "extent"), ("a", "lot")),
    (("to", "a", "limited", "extent"), ("a", "bit")),
    (("unable", "to", "say"), ("can't", "say")),
    (("not", "able", "to", "say"), ("can't", "say")),
    (("could", "not", "say"), ("can't", "say")),
    (("couldn't", "say"), ("can't", "say")),
    (("further", "assistance"), ("more", "help")),
    (("further", "support"), ("more", "help")),
    (("further", "help"), ("more", "help")),
    (("as", "yet"), ()),
    (("with", "any", "certainty"), ()),
    (("with", "certainty"), ()),
    (("for", "certain"), ()),
    (("i", "regret", "to", "say", "that"), ()),
    (("i", "regret", "to", "say"), ()),
    (("i", "am", "afraid"), ()),
    (("at", "this", "time"), ()),
    # round 14: rights language ("the statutory timescale was not met", "has not been resolved")
    (("timescale", "was", "not", "met"), ("too", "late")),
    (("timescales", "were", "not", "met"), ("too", "late")),
    (("deadline", "was", "not", "met"), ("too", "late")),
    (("timeframe", "was", "not", "met"), ("too", "late")),
    (("failed", "to", "meet"), ("too", "late")),
    (("remains", "unresolved"), ("not", "resolved")),
    (("is", "unresolved"), ("not", "resolved")),
    (("to", "my", "satisfaction"), ()),
)
# "has not been resolved", "haven't been fixed": said plainly as "not resolved", "not fixed".
NOT_BEEN = frozenset(
    (("has", "not", "been"), ("have", "not", "been"), ("hasn't", "been"), ("haven't", "been"))
)
DONE_WORDS = frozenset(
    (
        "resolved",
        "fixed",
        "sorted",
        "addressed",
        "repaired",
        "completed",
        "done",
        "dealt",
        "rectified",
        "remedied",
    )
)
# A duty said, then denied: "They were required to. They did not." is a no.
OBLIGATIONS = (
    ("should", "have"),
    ("ought", "to", "have"),
    ("ought", "to"),
    ("were", "required", "to"),
    ("was", "required", "to"),
    ("were", "obliged", "to"),
    ("was", "obliged", "to"),
    ("had", "a", "duty", "to"),
    ("were", "supposed", "to"),
    ("was", "supposed", "to"),
)
SUBJECTS = frozenset(("they", "he", "she", "it", "you", "we"))
DENIED = frozenset(
    (("did", "not"), ("didn't",), ("never", "did"), ("have", "not"), ("haven't",), ("has", "not"))
)

# --- emphasis ------------------------------------------------------------------------------------
# "little better only", "help with forms itself": emphasis, dropped where it ends a clause or follows
# a word it cannot be the object of.
NOT_BEFORE_ONLY = frozenset(("not", "the", "if", "one", "an", "a", "my", "your", "their"))
NOT_BEFORE_ITSELF = frozenset(("by", "it", "in", "of", "for", "to", "itself", "and"))

# --- "no problem" said of the problem ----------------------------------------------------------
STILL = frozenset(("still", "remains", "persists", "continues", "again", "is", "not", "isn't"))
POLITE_NO = (("no", "worries"), ("no", "bother"))


def _punctuation(token: str) -> bool:
    return unicodedata.category(token[0]).startswith("P")


def _censored(tokens: Sequence[str]) -> list[str]:
    """ "f", "*", "*", "k" joined into one word and read as the word it hides ("fuck", "fucking")."""
    out: list[str] = []
    k = 0
    while k < len(tokens):
        if k + 1 < len(tokens) and tokens[k].isalpha() and len(tokens[k]) <= 2 and tokens[k + 1] == "*":
            end = k + 1
            while end < len(tokens) and tokens[end] == "*":
                end += 1
            tail = tokens[end] if end < len(tokens) and tokens[end].isalpha() else ""
            out.append(_uncensored(tokens[k], tail))
            k = end + (1 if tail else 0)
            continue
        out.append(tokens[k])
        k += 1
    return out


def _uncensored(head: str, tail: str) -> str:
    if head[0] == "f":
        return {"ing": "fucking", "in": "fuckin", "s": "fucks", "ed": "fucked"}.get(tail, "fuck")
    if head[0] == "s":
        return "shit"
    if head[0] == "b":
        return "bloody" if tail in ("y", "dy") else "bollocks"
    return head + tail


def _starts(tokens: Sequence[str], k: int, phrase: Sequence[str]) -> bool:
    return tuple(tokens[k : k + len(phrase)]) == tuple(phrase)


class _ByFirstWord:
    """A list of phrases grouped by the word they start with, each group in the list's order: most
    positions of a reply start none of them, and the rest are checked against a few."""

    def __init__(self, phrases: Sequence[Sequence[str]]) -> None:
        self.phrases = phrases  # kept alive: the index is found again by the list's identity
        self.scan_all = any(len(phrase) == 0 for phrase in phrases)  # an empty phrase starts anywhere
        self.by_first: dict[str, list[Sequence[str]]] = {}
        for phrase in phrases:
            if phrase:
                self.by_first.setdefault(phrase[0], []).append(phrase)

    def at(self, tokens: Sequence[str], k: int) -> Sequence[str] | None:
        """The first phrase in the list that starts at tokens[k], or None."""
        if self.scan_all:
            return next((p for p in self.phrases if _starts(tokens, k, p)), None)
        group = self.by_first.get(tokens[k]) if k < len(tokens) else None
        return next((p for p in group if _starts(tokens, k, p)), None) if group else None

    def anywhere(self, tokens: Sequence[str]) -> bool:
        """True when any of the phrases starts anywhere in the tokens."""
        return any(self.at(tokens, k) is not None for k in range(len(tokens)))


_INDEXES: dict[int, _ByFirstWord] = {}


def _by_first_word(phrases: Sequence[Sequence[str]]) -> _ByFirstWord:
    """The phrase list's index, built once (the lists are the module's constants)."""
    index = _INDEXES.get(id(phrases))
    if index is None or index.phrases is not phrases:
        index = _INDEXES[id(phrases)] = _ByFirstWord(phrases)
    return index


def _unwrapped_letter(tokens: list[str]) -> list[str]:
    """A letter's greeting, its pointing back at the question and its sign-off dropped."""
    words = list(tokens)
    for _ in range(3):  # "Good morning. Further to your text, ..." has two openings
        start = _opening_end(words)
        if start is None:
            break
        words = words[start:]
    for k in range(1, len(words)):
        sign_off = _by_first_word(SIGN_OFFS).at(words, k)
        # a one-word sign-off ("Regards") only after punctuation: "as regards the boiler" is no sign-off
        after_break = _punctuation(words[k - 1]) or (sign_off is not None and len(sign_off) > 1)
        if sign_off is not None and after_break and len(words) - k <= SIGNATURE_TOKENS + 2:
            words = words[:k]
            break
    return words if any(t[0].isalnum() for t in words) else tokens


def _opening_end(words: list[str]) -> int | None:
    """Where the answer starts after an opening greeting or reference, or None when there is none."""
    lead = 0
    while lead < min(len(words), 3) and words[lead] in LEAD_FILLERS:
        lead += 1  # "hmm, good evening. ..."
    if lead:
        start = _opening_end(words[lead:])
        return None if start is None else lead + start
    if not words:
        return None
    greeting = words[0] in GREETING_WORDS or (
        words[0] == "good" and len(words) > 1 and words[1] in TIMES_OF_DAY
    )
    referring = _by_first_word(REFERRING).at(words, 0) is not None
    if not (greeting or referring):
        return None
    if words[0] in ("hello", "hi", "hiya") and (len(words) == 1 or not _punctuation(words[1])):
        return 1 if len(words) > 1 else None
    limit = 12 if referring else 5
    cut = next((k for k in range(1, min(len(words), limit + 1)) if _punctuation(words[k])), None)
    if cut is None:
        return None
    while cut < len(words) and _punctuation(words[cut]):
        cut += 1
    return cut if cut < len(words) else None


def _dropped(words: list[str], phrases: Sequence[Sequence[str]]) -> list[str]:
    out: list[str] = []
    k = 0
    index = _by_first_word(phrases)
    while k < len(words):
        phrase = index.at(words, k)
        if phrase is not None:
            k += len(phrase)
            continue
        out.append(words[k])
        k += 1
    return out


FORMAL_OPENERS = frozenset(formal[0] for formal, _ in FORMAL)
# Round twenty-three: a formal yes or no said elliptically, the clause ending with it ("I am afraid
# not.", "Regrettably not; …", "I believe not", "I'm afraid so"). Only where the clause ends there:
# "regrettably not everything was fixed" is no "no".
ELLIPTICAL: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("i", "am", "afraid", "not"), ("no",)),
    (("i'm", "afraid", "not"), ("no",)),
    (("afraid", "not"), ("no",)),
    (("regrettably", "not"), ("no",)),
    (("sadly", "not"), ("no",)),
    (("unfortunately", "not"), ("no",)),
    (("i", "believe", "not"), ("no",)),
    (("it", "was", "not"), ("no",)),
    (("i", "am", "afraid", "so"), ("yes",)),
    (("i'm", "afraid", "so"), ("yes",)),
    (("afraid", "so"), ("yes",)),
)
ELLIPTICAL_OPENERS = frozenset(said[0] for said, _ in ELLIPTICAL)


def _clause_ends(words: list[str], k: int) -> bool:
    return k == len(words) or not words[k][0].isalnum()


def _formal(words: list[str]) -> list[str]:
    out: list[str] = []
    k = 0
    while k < len(words):
        found: tuple[tuple[str, ...], tuple[str, ...]] | None = None
        if words[k] in ELLIPTICAL_OPENERS:
            found = next(
                ((f, p) for f, p in ELLIPTICAL if _starts(words, k, f) and _clause_ends(words, k + len(f))),
                None,
            )
        if found is None and words[k] in FORMAL_OPENERS:
            found = next(((f, p) for f, p in FORMAL if _starts(words, k, f)), None)
        if found is not None:
            out.extend(found[1])
            k += len(found[0])
            continue
        out.append(words[k])
        k += 1
    return out


def _not_been_done(words: list[str]) -> list[str]:
    """ "the matter has not been resolved" -> "the matter not resolved"."""
    out: list[str] = []
    k = 0
    while k < len(words):
        size = next((len(n) for n in NOT_BEEN if tuple(words[k : k + len(n)]) == n), 0)
        if size and k + size < len(words) and words[k + size] in DONE_WORDS:
            out.append("not")
            k += size
            continue
        out.append(words[k])
        k += 1
    return out


def _duty_denied(words: list[str]) -> list[str]:
    """ "They were required to. They did not.", "Under the duty they ought to have. They didn't.": a
    first clause that only names a duty, then a clause denying it, is a no said in rights language."""
    end = next((k for k, w in enumerate(words) if not w[0].isalnum()), None)
    if end is None or not any(tuple(words[end - len(o) : end]) == o for o in OBLIGATIONS):
        return words
    after = [w for w in words[end + 1 :] if w[0].isalnum()]
    if len(after) < 2 or after[0] not in SUBJECTS:
        return words
    if not any(tuple(after[1 : 1 + len(d)]) == d for d in DENIED):
        return words
    return ["no", ",", *words[end + 1 :]]


# "so I can finally open an account", "at last I can get up the stairs": relief at what the resident
# can do now, not a yes that came late (which is partly where the question has one).
RELIEF_WORDS = (("finally",), ("at", "last"))
CAN = frozenset(("can", "could", "can't", "able"))
PEOPLE_WHO_CAN = frozenset(("i", "we", "mum", "dad", "he", "she"))


def _relief_dropped(words: list[str]) -> list[str]:
    out: list[str] = []
    k = 0
    while k < len(words):
        size = next((len(r) for r in RELIEF_WORDS if tuple(words[k : k + len(r)]) == r), 0)
        before = out[-1] if out else ""
        after = words[k + size : k + size + 2]
        relief = before in CAN or len(after) == 2 and after[0] in PEOPLE_WHO_CAN and after[1] in CAN
        if size and relief:
            k += size
            continue
        out.append(words[k])
        k += 1
    return out


def _doubled_well(words: list[str]) -> list[str]:
    """ "she listened well well": a doubled "well" after a word is "very well" (West African English);
    "well well" opening a reply is surprise, left as it is."""
    out: list[str] = []
    for k, word in enumerate(words):
        if word == "well" and k + 1 < len(words) and words[k + 1] == "well" and out and out[-1][0].isalnum():
            out.append("very")
            continue
        out.append(word)
    return out


def _fair_play(words: list[str]) -> list[str]:
    """ "fair fucks to them", "fair dos": praise of the people, said as "fair play" (a remark)."""
    out: list[str] = []
    k = 0
    while k < len(words):
        if words[k] == "fair" and k + 1 < len(words) and words[k + 1] in FAIR:
            out += ["fair", "play"]
            k += 2
            if k + 1 < len(words) and words[k] == "to" and words[k + 1] in THEM:
                k += 2  # "to them": the remark is about the people who helped
            continue
        out.append(words[k])
        k += 1
    return out


def _emphasis_dropped(words: list[str]) -> list[str]:
    out: list[str] = []
    for k, word in enumerate(words):
        before = words[k - 1] if k else ""
        ends_clause = k + 1 == len(words) or _punctuation(words[k + 1])
        if word == "only" and k and ends_clause and before not in NOT_BEFORE_ONLY and before.isalpha():
            continue  # "little better only"
        if word == "itself" and k and before not in NOT_BEFORE_ITSELF and before.isalpha():
            continue  # "help with forms itself"
        out.append(word)
    return out


# A yes told with a story of time given without limit, or of a first ever, is "yes, definitely"
# (round 15, a product decision in docs/evaluation.md): "yes, for as long as I needed", "yes she really
# did, first time ever". "yes she really did" alone stays as it is: holdout sets 3-5 ask again about
# it. Where the question has "Yes, a lot" that is the answer; elsewhere it is a plain yes.
OPENING_YES = frozenset(("yes", "yeah", "yep", "aye", "yup"))
STRESSING = frozenset(("really", "truly", "genuinely"))
DOERS = frozenset(("did", "does", "do", "has", "have", "was", "were"))
UNLIMITED = (
    ("as", "long", "as", "i", "needed"),
    ("as", "long", "as", "i", "wanted"),
    ("as", "long", "as", "i", "liked"),
    ("as", "long", "as", "it", "took"),
    ("all", "the", "time", "i", "needed"),
    ("all", "the", "time", "i", "wanted"),
    ("first", "time", "ever"),
    ("first", "time", "in", "years"),
    ("never", "had", "that", "before"),
    ("nobody", "has", "ever"),
    ("no", "one", "has", "ever"),
)
UNLIMITED_STARTS = frozenset(p[0] for p in UNLIMITED)


def _emphatic_yes(words: list[str]) -> list[str]:
    """ "yes she really did, first time ever" -> "yes definitely she did, first time ever": a yes
    with a story of time given without limit or a first ever; other replies as they were."""
    if not UNLIMITED_STARTS & set(words) or "definitely" in words:
        return words  # no story of time without limit or a first ever: nothing to read
    alnum = [k for k, w in enumerate(words) if w[0].isalnum() and w not in LEAD_FILLERS | {"honestly"}]
    if not alnum or words[alnum[0]] not in OPENING_YES:
        return words
    if not any(_starts(words, k, p) for k in range(len(words)) for p in UNLIMITED):
        return words
    stressed = [
        k for k in alnum[1:4] if words[k] in STRESSING and k + 1 < len(words) and words[k + 1] in DOERS
    ]
    kept = [w for k, w in enumerate(words) if k not in stressed]
    return [*kept[: alnum[0] + 1], "definitely", *kept[alnum[0] + 1 :]]


SHOUTED_YES = re.compile(r"(?<![A-Za-z'])YES(?![A-Za-z'])")


def shouted_yes(text: str) -> bool:
    """True when the reply says "YES" in capitals and is otherwise written in ordinary case ("YES.
    She noticed ..."): emphasis, read as "yes, definitely". In a reply all in capitals the capitals
    stress nothing."""
    return bool(SHOUTED_YES.search(text)) and any(c.islower() for c in text)


def _problem_said(words: list[str]) -> list[str]:
    """ "no problem still there": the no answers, and "problem" is the subject of what follows."""
    out = list(words)
    for k in range(len(out) - 2):
        if out[k] == "no" and out[k + 1] in ("problem", "problems") and out[k + 2] in STILL:
            return [*out[: k + 1], ",", *out[k + 1 :]]
    return out


def _polite_no_dropped(words: list[str]) -> list[str]:
    """ "no worries, they rang": a polite phrase, not a no, when other words carry the answer."""
    kept = _dropped(words, POLITE_NO)
    return kept if sum(t[0].isalnum() for t in kept) >= 2 else words


# Welsh "half ..., half not" and "some things yes, some no": one part done and one not.
WELSH_PARTS = frozenset(("hanner", "rhai", "rhan"))
WELSH_NOT = frozenset(("ddim", "na", "naddo", "dim", "no", "not"))


def _welsh_halves(words: list[str]) -> list[str]:
    """ "hanner wedi'i sortio, hanner ddim", "rhai pethau do, rhai na": said as "partly"."""
    parts = [k for k, w in enumerate(words) if w in WELSH_PARTS]
    if len(parts) >= 2 and set(words[parts[1] :]) & WELSH_NOT:
        return ["partly"]
    return words


# "sorry, I'm rubbish at these": the resident's remark on themselves, no grade of the service.
I_AM = (("i'm",), ("im",), ("i", "am"))
SELF_DEPRECATING = frozenset(
    ("rubbish", "useless", "hopeless", "terrible", "bad", "awful", "crap", "pants", "shite", "no", "not")
    + ("good", "great", "very", "so", "really", "just", "pretty", "total", "a", "dead", "proper")
)


def _self_remarks_dropped(words: list[str]) -> list[str]:
    """ "I'm useless at these", "I am no good at this": dropped up to the clause's end."""
    for k in range(len(words)):
        opening = _by_first_word(I_AM).at(words, k)
        if opening is None:
            continue
        start = k + len(opening)
        at = next((j for j in range(start + 1, min(start + 4, len(words))) if words[j] == "at"), None)
        said = words[start:at] if at is not None else []
        if said and set(said) <= SELF_DEPRECATING and set(said) - {"good", "great", "very", "so", "really"}:
            end = next((j for j in range(at or start, len(words)) if _punctuation(words[j])), len(words))
            return [*words[:k], *_self_remarks_dropped(words[end:])]
    return words


def plain(tokens: Sequence[str]) -> list[str]:
    """The reply's tokens with its manner put plainly: the wrapping, swearing, laughter, emphasis and
    formal phrasing that carry no answer dropped or said in plain words."""
    words = _censored(tokens)
    words = _unwrapped_letter(words)
    words = _doubled_well(words)
    words = _relief_dropped(_duty_denied(_not_been_done(_formal(words))))
    words = _dropped(words, EXCLAMATIONS)
    words = _fair_play(words)
    words = [w for w in words if w not in INTENSIFYING_SWEARS]
    words = _dropped(_dropped(words, SHRUGS), ON_THE_QUESTION)
    words = [w for w in words if w not in LAUGHTER]
    words = _emphatic_yes(_emphasis_dropped(words))
    words = _self_remarks_dropped(words)
    words = _problem_said(words)
    words = _polite_no_dropped(words)
    words = _welsh_halves(words)
    return words if any(t[0].isalnum() for t in words) else list(tokens)


# --- a reply that questions its own answer ----------------------------------------------------
DOUBT_WORDS = frozenset(("maybe", "perhaps", "possibly", "or", "mebbe", "probably", "falle", "efallai"))
SELF_DOUBTS = (
    ("define",),
    ("ask", "me", "next"),
    ("ask", "me", "in"),
    ("ask", "me", "again"),
    ("ask", "me", "later"),
    ("ask", "again", "in"),
    # round fifteen: a yes put off until something lands ("ask us again when the grant comes")
    ("ask", "us", "again"),
    ("ask", "again", "when"),
    ("ask", "again", "once"),
    ("ask", "again", "after"),
    ("ask", "me", "when"),
    ("ask", "me", "once"),
    ("check", "back"),
    ("try", "me", "again"),
    ("can't", "say", "yet"),
    ("cannot", "say", "yet"),
    ("can't", "tell", "yet"),
    ("too", "early", "to"),
    ("too", "soon", "to"),
    ("time", "will", "tell"),
    ("remains", "to", "be", "seen"),
    ("we'll", "see"),
    ("we", "will", "see"),
    ("done", "this", "before"),
    ("happened", "before"),
)


# Words that take back what came before them: a doubt before a correction is no longer said.
CORRECTING = frozenset(("sorry", "sori", "actually", "correction"))
CORRECTION_FILLERS = frozenset(("thanks", "ta", "x", "cheers", "diolch", "lol", "ha", "haha"))


def _corrects(tokens: Sequence[str], k: int) -> bool:
    """ "sorry" corrects anywhere; "actually" only opening its clause ("3? maybe 4? actually 4"), not
    inside one ("ask again when the money actually lands")."""
    if tokens[k] not in CORRECTING:
        return False
    return (
        tokens[k] != "actually" or k == 0 or not tokens[k - 1][0].isalnum() or tokens[k - 1] in ("no", "or")
    )


# Not here: "touch wood", "fingers crossed": a hope the answer lasts, said beside a plain answer.


def questions_itself(tokens: Sequence[str]) -> bool:
    """True when the reply doubts its own answer: a question mark beside a word of doubt ("3?
    maybe 4?"), two question marks, or a phrase that puts the answer off ("define sorted", "ask me
    next week", "can't say yet", "it's done this before")."""
    corrected = max((k for k, t in enumerate(tokens) if _corrects(tokens, k)), default=-1)
    if any(t[0].isalnum() and t not in CORRECTION_FILLERS for t in tokens[corrected + 1 :]):
        tokens = tokens[corrected + 1 :]  # "yes, maybe? Sorry. Yes": the doubt was taken back
    marks = [k for k, t in enumerate(tokens) if t == "?"]
    doubt = [k for k, t in enumerate(tokens) if t in DOUBT_WORDS]
    if len(marks) >= 2 and doubt:
        return True
    if any(abs(m - d) <= 2 for m in marks for d in doubt):
        return True
    return _by_first_word(SELF_DOUBTS).anywhere(tokens)


# --- an answer given for someone who cannot say -----------------------------------------------
OTHERS = frozenset(("him", "her", "them", "mum", "dad", "mam", "son", "daughter", "husband", "wife"))
FOR_SOMEONE = (
    ("on", "her", "behalf"),
    ("on", "his", "behalf"),
    ("on", "their", "behalf"),
    ("nonverbal",),
    ("non", "verbal"),
    ("non-verbal",),
    ("doesn't", "talk"),
    ("does", "not", "talk"),
    ("can't", "speak"),
    ("cannot", "speak"),
    ("doesn't", "speak"),
)
SAYING = frozenset(("say", "answer", "speak", "tell"))


def for_someone_who_cannot_say(tokens: Sequence[str]) -> bool:
    """True when the resident answers for someone else who cannot say ("hard to say on her behalf,
    she's nonverbal"): a person would ask again, not store a guess."""
    if _by_first_word(FOR_SOMEONE).anywhere(tokens):
        return True
    return any(
        tokens[k] in SAYING and tokens[k + 1] == "for" and tokens[k + 2] in OTHERS | {"my"}
        for k in range(len(tokens) - 2)
    )


# --- an answer relayed from someone else, beside the resident's own view ----------------------
RELAYING = frozenset(("says", "said", "reckons", "reckoned", "thinks", "thought", "feels", "felt", "reckon"))
MY_OWN = frozenset(("i", "i'm", "im", "me", "myself", "i've", "ive", "i'd"))
AGREEING = frozenset(("agree", "agreed", "too", "same", "also", "and"))
# Words of a view of one's own: "I'm not convinced", "I don't know", "I doubt it".
VIEWS = frozenset(("not", "sure", "convinced", "certain", "know", "dunno", "doubt", "unsure", "disagree"))
VIEWS |= frozenset(("think", "reckon", "don't", "dont", "wouldn't", "wouldnt", "agree", "agreed"))


def relayed_with_own_view(tokens: Sequence[str]) -> bool:
    """True when the reply gives someone else's answer ("my son reckons they did") and then the
    resident's own ("I'm not convinced"): two people's answers, asked again, unless the resident
    only agrees ("and I agree")."""
    relay = next(
        (
            k
            for k in range(1, len(tokens))
            if tokens[k] in RELAYING and RELATIONS & set(tokens[max(0, k - 3) : k])
        ),
        None,
    )
    if relay is None:
        return False
    own = next((k for k in range(relay + 1, len(tokens)) if tokens[k] in MY_OWN), None)
    if own is None or not VIEWS & set(tokens[own : own + 5]):
        return False  # "my husband says they rang, I was out": a fact, no view of the resident's own
    return not AGREEING & set(tokens[max(relay + 1, own - 1) : own + 5])


# --- two possible people to turn to -----------------------------------------------------------
MAYBES = (("maybe",), ("perhaps",), ("could", "be"), ("might", "be"), ("either",), ("or",))
MAYBE_STARTS = frozenset(p[0] for p in MAYBES)
HELPERS = frozenset(
    ("you", "yous", "council", "housing", "hospital", "gp", "doctor", "doctors", "school", "nhs", "social")
    + ("police", "dwp", "jobcentre", "association", "landlord", "surgery", "charity", "them", "someone")
)


def two_possible_helpers(tokens: Sequence[str]) -> bool:
    """True when the reply names two different people or bodies it might need ("maybe the council
    maybe the hospital", "could be you, could be housing"): which need is it answering? Asked again,
    even where the question has a "not sure"."""
    if sum(t in MAYBE_STARTS for t in tokens) < 2:
        return False  # one "maybe" names one helper at most
    named: set[str] = set()
    for k in range(len(tokens)):
        opening = next((p for p in MAYBES if _starts(tokens, k, p)), None)
        if opening is None:
            continue
        after = [t for t in tokens[k + len(opening) : k + len(opening) + 2] if t not in ("the", "a", "my")]
        if after and after[0] in HELPERS:
            named.add(after[0])
    return len(named) >= 2


# Words that set one part of a reply against another: "not for me, but my neighbour...".
CONTRASTING = frozenset(("but", "though", "tho", "whereas", "ond", "however"))
# The resident speaking of themself, and other people the answer could be about.
FIRST_PERSON = frozenset(("i", "me", "my", "i'm", "im", "mine", "myself", "i've", "ive", "fi", "fy", "i'd"))
OTHER_PEOPLE = RELATIONS | frozenset(("neighbour", "neighbor", "friend", "cymydog", "ffrind", "taid", "nain"))


def two_peoples_answers(tokens: Sequence[str]) -> bool:
    """True when a contrast sets the resident against someone else, or one relative against another
    ("not for me, but my neighbour could", "Dad got his, but Mum's still waiting"): two answers for
    two people, and the question asks for one."""
    if not CONTRASTING & set(tokens):
        return False
    said = to_words(tokens).words
    words = [_person(w, said[k + 1] if k + 1 < len(said) else "") for k, w in enumerate(said)]
    for k, word in enumerate(words):
        if word not in CONTRASTING or k == 0:
            continue
        before, after = set(words[:k]), set(words[k + 1 :])
        others_before, others_after = before & OTHER_PEOPLE, after & OTHER_PEOPLE
        if others_after and (before & FIRST_PERSON or others_before - others_after):
            return True
        if others_before and after & FIRST_PERSON - {"my", "fy"}:
            return True
    return False


# After "Mum's", words that make the "'s" an "is" or a "has" ("Mum's still waiting"), so Mum is a
# person answering; otherwise it is whose a thing is ("my wife's mobile").
IS_OR_HAS = frozenset(
    ("still", "not", "been", "got", "had", "fine", "waiting", "struggling", "happy", "doing")
)
IS_OR_HAS |= frozenset(("ok", "okay", "good", "alright", "getting", "no", "never", "always"))


def _person(word: str, following: str) -> str:
    """ "mum's" as Mum when its "'s" is "is" or "has", else the word as it stands."""
    base = word.removesuffix("'s")
    return base if base != word and following in IS_OR_HAS else word
