"""How people text, rewritten into the words a question's phrases use: shorthand, stretched and
misspelt words, idioms, emoji and star ratings. Config phrases always win over these rewrites."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from bot.conversation.lexicon import Lexicon, Value
from bot.conversation.reply_idioms import (
    DOWNTONERS,
    IDIOM_LONGEST,
    IDIOM_STARTS,
    IDIOM_WORDS,
    IDIOMS,
    INTENSIFIERS,
    LOOSE_IDIOMS,
    LOOSE_LONGEST,
    LOOSE_WORDS,
    NOT_FOR_STARS,
    REAL_WORDS,
    SENSES,
    SHORTHAND,
)
from bot.conversation.reply_words import is_negator
from bot.conversation.wordnumbers import CY_SMALL, EN_SMALL, SIGN_OFFS

# A word no phrase contains: keeps a "not" from joining an idiom's meaning into a longer phrase.
BARRIER = "idiom"
_STRETCHED = re.compile(r"(\w)\1{2,}")
STARS_FULL, STARS_EMPTY = frozenset("⭐★🌟"), frozenset("☆")


def sense_phrase(lexicon: Lexicon, sense: str, for_stars: bool = False) -> str | None:
    """The first of the sense's phrases this question's wording has."""
    for text in SENSES[sense]:
        if for_stars and text in NOT_FOR_STARS:
            continue
        if lexicon.values_of(text):
            return text
    return None


_SIGNS: dict[tuple[int, bool], tuple[Lexicon, dict[Value, int]]] = {}
GRADES = {"vpos": 1, "pos": 1, "neg": -1, "vneg": -1}
# Which way a sense leans, for checking that an idiom agrees with the answer beside it.
LEANINGS = GRADES | {"yes": 1, "wholly": 1, "better": 1, "no": -1, "worse": -1}
# An idiom's sense the question has no words for may still lean beside an answer: "nah, still the
# same" asked whether the problem was sorted says nothing changed, which is a no.
SIDE_LEANINGS = LEANINGS | {"same": -1}


def value_signs(lexicon: Lexicon, leanings: bool = False) -> dict[Value, int]:
    """+1 for the question's values that praise ("good"), -1 for those that blame ("poor");
    with `leanings`, also yes/better (+1) and no/worse (-1)."""
    key = (id(lexicon), leanings)
    cached = _SIGNS.get(key)
    if cached is not None and cached[0] is lexicon:
        return cached[1]
    signs: dict[Value, int] = {}
    for sense, sign in (LEANINGS if leanings else GRADES).items():
        # grades never fall back to a yes or a no: "did we call you back?" grades nothing
        phrase = sense_phrase(lexicon, sense, for_stars=not leanings)
        for value in lexicon.values_of(phrase) if phrase else ():
            signs.setdefault(value, sign)
    if len(_SIGNS) > 512:
        _SIGNS.clear()
    _SIGNS[key] = (lexicon, signs)
    return signs


def _known(word: str, lexicon: Lexicon) -> bool:
    return word in lexicon.vocabulary or word in SHORTHAND


def _collapsed(token: str, lexicon: Lexicon) -> str:
    """'goooood' -> 'good', 'yesss' -> 'yes': letters held down undone, if that finds a word; a
    doubled last letter too ("bitt", "alott"), only when that finds one."""
    if not _STRETCHED.search(token):
        doubled = len(token) >= 4 and token[-1] == token[-2] and token[-1].isalpha()
        return token[:-1] if doubled and _known(token[:-1], lexicon) else token
    for keep in (r"\1\1", r"\1"):
        shorter = _STRETCHED.sub(keep, token)
        if _known(shorter, lexicon):
            return shorter
    return _STRETCHED.sub(r"\1\1", token)


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


@lru_cache(maxsize=256)
def _spelling_index(vocabulary: frozenset[str]) -> dict[str, frozenset[str]]:
    """Each one-letter deletion of a long phrase word -> the words it came from."""
    index: dict[str, set[str]] = {}
    for word in vocabulary:
        if len(word) >= 5 and word.isalpha():
            for key in _deletions(word) | {word}:
                index.setdefault(key, set()).add(word)
    return {key: frozenset(words) for key, words in index.items()}


def _distance(a: str, b: str, limit: int | None = None) -> int:
    """Optimal string alignment distance (edits and swaps of neighbours), for short words. With a
    `limit`, any distance above it may be returned as limit + 1: a pair that cannot be that close is
    given up early, which is most pairs a misspelling is checked against."""
    if limit is not None and abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, previous2[j - 2] + 1)
            current.append(cost)
        # every later cell costs at least the least of the last two rows (a swap reaches back two)
        if limit is not None and min(current) > limit and min(previous) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def _swapped(token: str, lexicon: Lexicon) -> str:
    """A short word with two neighbouring letters swapped ("yse", "nto") -> the phrase word it makes."""
    found = {
        swap
        for i in range(len(token) - 1)
        if (swap := token[:i] + token[i + 1] + token[i] + token[i + 2 :]) != token and _known(swap, lexicon)
    }
    return found.pop() if len(found) == 1 else token


def _corrected(token: str, lexicon: Lexicon) -> str:
    """A misspelt phrase word ('excelent', 'dissapointing') -> the one word it is close to. Words
    the idioms use are real words, never "corrected" ("can't thank you" is not "can't think")."""
    if not token.isalpha() or token in REAL_WORDS or token in IDIOM_WORDS:
        return token
    if 3 <= len(token) <= 4:
        return _swapped(token, lexicon)
    if len(token) < 5:
        return token
    index = _spelling_index(lexicon.vocabulary)
    candidates = set().union(*(index.get(key, ()) for key in _deletions(token) | {token}))
    limit = 2 if len(token) >= 9 else 1
    close = {word for word in candidates if _distance(token, word, limit) <= limit}
    if not close and len(token) >= 7:
        close = set(_two_edits_away(token, lexicon.vocabulary))  # "exelent", "brilient"
    if len(close) > 1:
        # letters left out are the commonest slip: "apaling" is appalling, not amazing
        close = {word for word in close if _letters_left_out(token, word)}
    return close.pop() if len(close) == 1 else token


def _letters_left_out(token: str, word: str) -> bool:
    """True when `word` is `token` with letters added, none changed ("apaling" in "appalling")."""
    letters = iter(word)
    return all(letter in letters for letter in token)


@lru_cache(maxsize=2048)
def _two_edits_away(token: str, vocabulary: frozenset[str]) -> frozenset[str]:
    """Long phrase words two edits from a long token that starts with the same letter."""
    return frozenset(
        word
        for word in vocabulary
        if len(word) >= 7
        and word[0] == token[0]
        and abs(len(word) - len(token)) <= 2
        and _distance(token, word, 2) <= 2
    )


# Degree words a misspelling is read back to ("extremly", "realy", "increadibly"): they change no
# value on their own, so a near miss is safe to read.
# Only the long -ly ones: short degree words are a letter from common words ("right" from "might").
DEGREE_WORDS = frozenset(w for w in INTENSIFIERS | DOWNTONERS if len(w) >= 6 and w.endswith("ly"))


@lru_cache(maxsize=8192)  # a pure function of one word, asked for every word of every reply
def _degree_word(token: str) -> str:
    """A misspelt intensifier or downtoner, one letter off or with letters left out, as it is spelt."""
    if len(token) < 5 or not token.isalpha() or token in DEGREE_WORDS or token in IDIOM_WORDS | REAL_WORDS:
        return token
    close = {w for w in DEGREE_WORDS if abs(len(w) - len(token)) <= 2 and _distance(token, w, 1) <= 1}
    if not close:
        close = {w for w in DEGREE_WORDS if 0 < len(w) - len(token) <= 2 and _letters_left_out(token, w)}
    return close.pop() if len(close) == 1 else token


# One-word idioms a misspelling is read back to when it only leaves a letter out ("rubish").
IDIOM_ONE_WORDS = frozenset(
    key[0]
    for key, sense in IDIOMS.items()
    if len(key) == 1 and len(key[0]) >= 6 and key[0].isalpha() and sense not in ("reask", "filler")
)


@lru_cache(maxsize=8192)
def _idiom_word(token: str) -> str:
    """A token one letter short of a one-word idiom ("shambolc") -> the idiom, if only one fits."""
    if len(token) < 6 or not token.isalpha() or token in IDIOM_WORDS | REAL_WORDS:
        return token
    close = {w for w in IDIOM_ONE_WORDS if len(w) == len(token) + 1 and _letters_left_out(token, w)}
    return close.pop() if len(close) == 1 else token


def _word(token: str, lexicon: Lexicon) -> list[str]:
    """One token as the phrase words it stands for."""
    if token in APOSTROPHE_LEFT_OUT and SHORTHAND[token] in lexicon.vocabulary:
        return [SHORTHAND[token]]  # "didnt need" where the question lists "didn't need" and "didnt need any"
    if token in lexicon.vocabulary or not token[0].isalpha():
        return [token]
    token = _collapsed(token, lexicon)
    if token in lexicon.vocabulary:
        return [token]
    if token in SHORTHAND:
        return SHORTHAND[token].split()
    if token.endswith("in") and (token + "g" in lexicon.vocabulary or (token + "g",) in IDIOMS):
        return [token + "g"]  # "shockin", "amazin": the dropped g
    if token.endswith("ish") and token[:-3] in lexicon.vocabulary:
        return [token[:-3], "ish"]  # "goodish": a hedge on the label, read by reply_evidence
    corrected = _corrected(token, lexicon)
    if corrected == token:
        corrected = _degree_word(token)
    return [corrected if corrected != token else _idiom_word(token)]


# Who a texted "r" ("are") follows: "we r ok", "u r great".
TEXTED_SUBJECTS = frozenset(("we", "you", "u", "they", "things", "we're"))
# Contractions texted without their apostrophe ("didnt"), read as written when the question lists both.
APOSTROPHE_LEFT_OUT = frozenset(k for k, v in SHORTHAND.items() if v == k[:-1] + "'t")

# Words that already stand where the "a" of "a bit" would: "quite a bit", "the least bit".
ARTICLE_TAKERS = frozenset(
    ("a", "quite", "the", "little", "wee", "least", "tiny", "one", "every", "this", "that", "fair", "good")
)


def _with_article(words: list[str], lexicon: Lexicon) -> list[str]:
    """ "bit yes", "lot" -> "a bit yes", "a lot" where the question lists "a bit" and "a lot"."""
    out: list[str] = []
    for i, word in enumerate(words):
        closing = i + 1 == len(words) or not words[i + 1][0].isalpha() or words[i + 1] in CLOSING_WORDS
        if (
            (
                word == "little"  # "we spoke about it little": a learner's "a little", at a clause's end
                and closing
                and i > 0
                and words[i - 1] not in ARTICLE_TAKERS | INTENSIFIERS | {"very", "too", "so", "a", "not"}
                and ("a", "little") in lexicon.phrases
            )
            or (
                word in ("bit", "lot")
                and (i == 0 or words[i - 1] not in ARTICLE_TAKERS)
                and ("a", word) in lexicon.phrases
                and tuple(words[i : i + 2]) not in lexicon.phrases
            )
        ):
            out.append("a")
        out.append(word)
    return out


# Words that close a reply rather than carry on its sense: "nowhere near, ta", "little to be honest".
CLOSING_WORDS = frozenset(
    ("to", "i", "tbh", "thanks", "thank", "ta", "x", "xx", "really", "honestly", "though", "tho", "cheers")
)
# Phrases that deny what follows them: "far from good" is "not good".
NEGATING_PHRASES = (
    ("anything", "but"),
    ("far", "from"),
    ("less", "than"),
    ("nowhere", "near"),
    ("by", "no", "means"),
    ("not", "exactly"),
    ("rather", "than"),  # "good rather than very good"
    ("instead", "of"),
)


def _plain_denials(words: list[str]) -> list[str]:
    """ "far from good" -> "not good", "anything but helpful" -> "not helpful"; alone, they stay."""
    out: list[str] = []
    i = 0
    while i < len(words):
        found = next((p for p in NEGATING_PHRASES if tuple(words[i : i + len(p)]) == p), None)
        following = words[i + len(found)] if found and i + len(found) < len(words) else ""
        if found and following[:1].isalpha() and following not in CLOSING_WORDS:
            out.append("not")
            i += len(found)
            continue
        out.append(words[i])
        i += 1
    return out


# "wasn't great" and "not that great" say what the question's "not great" says.
NOT_FORMS = frozenset(("not", "isn't", "wasn't", "weren't", "ain't", "aren't", "wasnae", "isnae"))
NOT_SOFTENERS = frozenset(("that", "so", "too", "particularly", "especially", "overly", "all", "terribly"))


def _as_listed_denials(words: list[str], lexicon: Lexicon) -> list[str]:
    """Words with "wasn't (that) X" as "not X" where the question lists "not X" and not the whole."""
    out: list[str] = []
    i = 0
    while i < len(words):
        j = i + 1
        while words[i] in NOT_FORMS and j < len(words) and words[j] in NOT_SOFTENERS:
            j += 1
        if (
            words[i] in NOT_FORMS
            and _longest_phrase(lexicon, words, i) == 0
            and _longest_phrase(lexicon, ["not", *words[j:]], 0) > 1
        ):
            out.append("not")
            i = j
            continue
        out.append(words[i])
        i += 1
    return out


# Digits that text speak uses for words: "2 l8" is "too late", "4 me" is "for me".
SPOKEN_DIGITS = {"2": ("too", "to"), "4": ("for",)}


# Text speak that no question lists but that is never a number: "ok 4 now", "2 late".
TEXTED_PAIRS = frozenset((("for", "now"), ("too", "late"), ("too", "long"), ("for", "ages")))


def spoken_digits(tokens: list[str], lexicon: Lexicon) -> list[str]:
    """Tokens with "2"/"4" as words where, with the next word, they make one of the question's phrases."""
    out = list(tokens)
    for i, token in enumerate(tokens[:-1]):
        for word in SPOKEN_DIGITS.get(token, ()):
            pair = (word, *_word(tokens[i + 1], lexicon))
            if pair in lexicon.phrases or pair in TEXTED_PAIRS:
                out[i] = word
                break
    return out


def _longest_phrase(lexicon: Lexicon, words: list[str], i: int) -> int:
    """How many words from i the question's own phrases cover (they beat any idiom)."""
    for size in range(min(lexicon.longest, len(words) - i), 0, -1):
        if tuple(words[i : i + size]) in lexicon.phrases:
            return size
    return 0


def _idiom_at(words: list[str], i: int, longer_than: int) -> tuple[tuple[str, ...], int] | None:
    """The longest idiom starting at words[i] and how many words it covers there, if it is longer
    than the question's own phrase there; with small words dropped or added if not found as written."""
    if words[i] not in IDIOM_STARTS:
        return None
    for size in range(min(IDIOM_LONGEST, len(words) - i), longer_than, -1):
        if (span := tuple(words[i : i + size])) in IDIOMS:
            return span, size
    return _loose_idiom_at(words, i, longer_than)


def _loose_idiom_at(words: list[str], i: int, longer_than: int) -> tuple[tuple[str, ...], int] | None:
    """ "in one ear out the other" for "in one ear and out the other", "a total waste of space"."""
    content: list[str] = []
    ends: list[int] = []
    k = i
    while k < len(words) and len(content) < LOOSE_LONGEST and k - i < LOOSE_LONGEST + 3:
        if words[k] not in LOOSE_WORDS:
            content.append(words[k])
            ends.append(k + 1)
        k += 1
    for size in range(len(content), 1, -1):
        key = LOOSE_IDIOMS.get(tuple(content[:size]))
        if key is not None and ends[size - 1] - i > longer_than:
            return key, ends[size - 1] - i
    return None


FAR_GRADE = {"pos": "vpos", "neg": "vneg"}


def _graded_apart(lexicon: Lexicon, sense: str) -> bool:
    """True when the question has a far grade apart from the mild one ("very good" and "good"): a
    yes/no question has neither, so "a very pleasant lady rang" doubts nothing."""
    mild, far = sense_phrase(lexicon, sense), sense_phrase(lexicon, FAR_GRADE[sense])
    return lexicon.values_of(mild or "") != lexicon.values_of(far or "")


# Words that make a far grade a near one: "a bit rubbish" is poor, not very poor.
FAINT = (("a", "bit"), ("bit",), ("slightly",), ("a", "little"), ("somewhat",), ("a", "tad"), ("a", "touch"))


def _faint_before(out: Sequence[str]) -> int:
    """How many of the last words of `out` are a faint word ("a bit"), or 0."""
    for faint in FAINT:
        if tuple(out[-len(faint) :]) == faint and (len(faint) > 1 or len(out) < 2 or out[-2] != "a"):
            return len(faint)
    return 0


def _listed_sense(lexicon: Lexicon, phrase: Sequence[str]) -> str | None:
    """ "vneg" when the question lists `phrase` among the words of its far negative grade."""
    far = sense_phrase(lexicon, "vneg")
    if not phrase or far is None:
        return None
    values = lexicon.values_of(" ".join(phrase))
    return "vneg" if values and values == lexicon.values_of(far) else None


# Welsh words that are no English word: beside them, "y" before a word is Welsh "the".
WELSH_SIGNS = frozenset(
    ("naddo", "oedd", "yn", "ond", "mae", "roedd", "ydy", "ddim", "wedi", "sori", "nhw", "oes", "ydw")
    + ("diolch", "iawn", "ac", "efo", "gyda", "ffoniodd", "wnaeth", "gwnaeth", "fy", "ei", "eu")
)
# Welsh runs "yn" and "yr" onto the word before: "hi'n astud", "tua'r un peth", "mae'r gwres".
WELSH_ELISION = re.compile(r"([a-zâêîôûŵŷ]{2,})'(n|r)")
# A degree word alone that says "a bit" where the question has it.
LONE_DOWNTONERS = frozenset(("slightly", "marginally", "moderately"))


# "she didn't ask at all", "they never rang at all": a denied doing, said flatly, is "not at all".
DENIED_DOING = (("didn't",), ("didnt",), ("did", "not"), ("never",))
NOT_DOINGS = frozenset(("mind", "care", "wait"))  # "didn't mind at all" denies nothing asked


def _not_at_all(words: list[str]) -> list[str]:
    for denial in DENIED_DOING:
        for i in range(len(words) - len(denial) - 2):
            verb = words[i + len(denial)]
            said = (
                tuple(words[i : i + len(denial)]) == denial
                and words[i + len(denial) + 1 : i + len(denial) + 3]
            )
            if said == ["at", "all"] and verb.isalpha() and verb not in NOT_DOINGS:
                return [*words[:i], "not", "at", "all", *words[i + len(denial) + 3 :]]
    return words


# Words that stress what follows and say nothing of its degree: "definitely worse".
EMPHASIS = frozenset(("really", "definitely", "certainly", "absolutely", "truly", "honestly", "totally"))


# A large amount said to be less than something: "a great deal less than I hoped" is not "a lot".
MUCH_LESS = frozenset((big, "less") for big in ("lot", "deal", "amount", "much", "lots", "loads"))
CONTRACTIONS = {("did", "not"): "didn't", ("do", "not"): "don't", ("does", "not"): "doesn't"}


def _contracted(words: list[str], lexicon: Lexicon) -> list[str]:
    """ "I did not need help" as "I didn't need help" where the question lists "didn't need"."""
    out: list[str] = []
    i = 0
    while i < len(words):
        short = CONTRACTIONS.get((words[i], words[i + 1])) if i + 1 < len(words) else None
        if (
            words[i : i + 2] in (["never", "need"], ["not", "need"])
            and _longest_phrase(lexicon, ["didn't", *words[i + 1 :]], 0) > 1
        ):
            out.append("didn't")  # "mi never need nothing", "I not need help": "I didn't need any"
            i += 1
            continue
        if short is not None and _longest_phrase(lexicon, [short, *words[i + 2 :]], 0) > 1:
            out.append(short)
            i += 2
            continue
        out.append(words[i])
        i += 1
    return out


def _without_emphasis(words: list[str], lexicon: Lexicon) -> list[str]:
    """Drop a stressing word before a listed answer that is not a yes ("definitely worse"), where the
    question lists no phrase with it; read "not much" as "not a lot" where "a lot" is listed, and
    "yes-ish" as the question's partly ("a bit" where a bare yes is no option).
    ("yes they really did" stays asked again: sets 3 and 4 ask whether a lot or a bit.)"""
    out: list[str] = []
    yes = lexicon.values_of("yes")
    skip = False
    for i, word in enumerate(words):
        if skip:
            skip = False
            continue
        after = words[i + 1] if i + 1 < len(words) else ""
        stressed = word in EMPHASIS and word not in lexicon.vocabulary | {"really"}
        if stressed and (after,) in lexicon.phrases and not lexicon.phrases[(after,)].keys() & yes:
            continue  # "definitely worse" where "definitely" is no option's word
        closing = not after or not after[0].isalnum() or after in CLOSING_WORDS
        if word == "much" and closing and out and is_negator(out[-1]) and (word,) not in lexicon.phrases:
            out.extend(["a", "lot"] if ("a", "lot") in lexicon.phrases else [word])
            continue  # "a bit, not much" is "a bit, not a lot"
        partly = sense_phrase(lexicon, "partly") if word in ("yes", "yeah") and after == "ish" else None
        if partly is not None:
            out.extend(partly.split())
            skip = True
            continue
        out.append(word)
    return out


def _lone_downtoners(words: list[str]) -> list[str]:
    """ "slightly" with nothing after it in its clause answers "how much?" ("a bit"); "slightly
    better" does not."""
    out: list[str] = []
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ","
        alone = not following[0].isalnum() or following in CLOSING_WORDS
        out.extend(["a", "bit"] if word in LONE_DOWNTONERS and alone else [word])
    return out


def rewrite(tokens: Sequence[str], lexicon: Lexicon) -> tuple[list[str], bool, list[str]]:
    """Tokens in the question's own words, whether an idiom said "ask again", and the senses of
    idioms this question has no words for ("can't complain" asked whether things changed)."""
    words: list[str] = []
    for i, token in enumerate(tokens):
        if token == "." and i and tokens[i - 1] == "v":  # noqa: S105 - a full stop, not a password
            continue  # "v. good"
        if (
            token in ("n", "&")
            and 0 < i < len(tokens) - 1
            and tokens[i - 1][0].isalnum()
            and tokens[i + 1][0].isalnum()
        ):
            words.append("and")  # "yes n no"; a lone "n" is still no
            continue
        if (
            token == "y"  # noqa: S105 - a word, not a password
            and i + 1 < len(tokens)
            and tokens[i + 1][0].isalpha()
            and tokens[i + 1] not in SIGN_OFFS
            and WELSH_SIGNS & set(tokens)
        ):
            # Welsh "y feddygfa" is "the surgery"; "y" alone, "y thanks", "y but still damp" is yes
            words.append("the")
            continue
        if token == "sam" and i and tokens[i - 1] == "the":  # noqa: S105 - a word, not a password
            words.append("same")  # "about the sam": the e left off; "Sam" alone is a name
            continue
        if token == "r" and tokens[i + 1 : i + 2] == ["un"]:  # noqa: S105 - a word, not a password
            words.append("yr")  # "tua r un fath": Welsh "tua'r" texted without its apostrophe
            continue
        if token == "r" and 0 < i < len(tokens) - 1 and tokens[i - 1] in TEXTED_SUBJECTS:  # noqa: S105
            words.append("are")  # "we r ok": texted "are"
            continue
        elided = None if token in SHORTHAND else WELSH_ELISION.fullmatch(token)
        if elided:
            words.extend([elided[1], "yn" if elided[2] == "n" else "yr"])  # "hi'n" is "hi yn"
            continue
        words.extend(_word(token, lexicon))
    words = _as_listed_denials(_plain_denials(_with_article(_not_at_all(words), lexicon)), lexicon)
    words = _without_emphasis(_contracted(words, lexicon), lexicon)
    if any(pair in MUCH_LESS for pair in zip(words, words[1:], strict=False)):
        return words, True, []  # "a lot less than I hoped": not a lot, but how much?
    for i in range(len(words) - 1):
        pair = (words[i], words[i + 1])
        so_so = pair[0] == "so" and i > 0 and words[i - 1] == "so"  # "so so good": so-so, or so, so good?
        if (
            pair[0] in INTENSIFIERS
            and ("very", pair[1]) in lexicon.phrases
            and pair not in lexicon.phrases
            and not so_so
        ):
            words[i] = "very"
    if ("a", "bit") in lexicon.phrases:
        words = _lone_downtoners(words)
    if words == ["half"]:
        words = ["half", "and", "half"]  # a lone "half" answers "how much?"; "half listening" does not
    out: list[str] = []
    unresolved: list[str] = []
    reask, i, denial_end = False, 0, -1
    # "maybe, depends what the OT says": a reply that opens with a doubt has it as its answer
    first_at = next((k for k, w in enumerate(words) if w not in DOUBT_FRAMING), None)
    first_word = None if first_at is None else words[first_at]
    # "not sure, depends on the letter": "sure" and "know" are doubts only when denied ("sure,
    # depends" may be a yes)
    denied_doubt = (
        first_at is not None
        and first_at > 0
        and words[first_at] in ("sure", "know")
        and words[first_at - 1] in DENIED_DOUBT
    )
    while i < len(words):
        listed = _longest_phrase(lexicon, words, i)
        found = _idiom_at(words, i, longer_than=listed)
        idiom, covered = found if found is not None else (None, 0)
        if i == denial_end and (listed or idiom is not None and IDIOMS[idiom] in GRADES):
            reask = True  # "not a bit rubbish": a flat "no" denying the grade after it, not a no
        doubt_first = idiom == ("depends",) and (first_word in DOUBT_WORDS - {"sure", "know"} or denied_doubt)
        if idiom is not None and (IDIOMS[idiom] == "filler" or doubt_first):
            out.append(",")  # "I can't thank you enough" answers nothing; its "can't" denies nothing
            i += covered
            continue
        if (
            idiom is not None
            and IDIOMS[idiom] in ("pos", "neg")
            and out
            and out[-1] in INTENSIFIERS | {"very"}
            and _graded_apart(lexicon, IDIOMS[idiom])
        ):
            reask = True  # "very satisfactory", "most unsatisfactory": the mild grade, or the far one?
        faint = _faint_before(out)
        if faint:
            far_grade = IDIOMS[idiom] if idiom is not None else _listed_sense(lexicon, words[i : i + listed])
            faint = faint if far_grade == "vneg" and _graded_apart(lexicon, "neg") else 0
        if faint:
            # "a bit rubbish", "slightly awful": a faint word on the far grade is the near one;
            # "not a bit rubbish" denies it, which is no grade at all
            del out[-faint:]
            reask |= bool(out) and is_negator(out[-1])
            out.extend([*str(sense_phrase(lexicon, "neg")).split(), ","])
            i += max(covered, listed, 1)
            continue
        if idiom is not None:
            if IDIOMS[idiom] == "no" and is_negator(words[i]):
                denial_end = i + covered
            phrase = sense_phrase(lexicon, IDIOMS[idiom])
            if phrase is None:
                reask |= IDIOMS[idiom] not in SIDE_LEANINGS
                unresolved.append(IDIOMS[idiom])
            else:
                # "not perfect" denies "very good" but is not the config's "not very good" (Poor).
                opening = [BARRIER] if out and is_negator(out[-1]) else []
                out.extend([*opening, *phrase.split(), ","])
            i += covered
            continue
        size = max(listed, 1)
        out.extend(words[i : i + size])
        i += size
    return out, reask, unresolved


# Bare answers to a yes/no question, English and Welsh, by side.
BARE_YES = frozenset(("yes", "yeah", "yep", "yup", "ie", "do"))
BARE_NO = frozenset(("no", "nope", "nah", "naddo", "na"))


def yes_and_no_and_more(words: Sequence[str]) -> bool:
    """ "yes and no and yes": "yes and no" (partly) said with a further yes or no is three answers
    in a row, not a hedge; which one stands is not for us to guess."""
    said = [w for w in words if w in BARE_YES | BARE_NO]
    both = any(
        words[k + 1] == "and" and {words[k], words[k + 2]} & BARE_YES and {words[k], words[k + 2]} & BARE_NO
        for k in range(len(words) - 2)
    )
    return both and len(said) >= 3


# "got the info but not the help": something received and something not, which is partly.
RECEIVED = frozenset(("got", "had", "received", "get", "gave", "given", "sent", "did"))
TALKED = frozenset(("talked", "spoke"))  # what was talked about: "talked about the bills"
RECEIVED |= TALKED | frozenset(("discussed", "covered"))
ABOUT_WORDS = frozenset(("about", "on"))
LATE_UNITS = frozenset(("days", "weeks", "months", "ages", "week", "month", "fortnight", "forever"))
DETERMINERS = frozenset(("the", "any", "all", "my", "a", "an", "much", "what", "their"))


def _received(before: Sequence[str]) -> bool:
    """Something was received, or talked about ("talked about the bills"; "she talked" is not)."""
    return any(
        w in RECEIVED and (w not in TALKED or before[k + 1 : k + 2] in (["about"], ["on"], ["through"]))
        for k, w in enumerate(before)
    )


def received_and_waiting(words: Sequence[str]) -> bool:
    """ "got the leaflet, still waiting on the carer": one thing came, another has not yet."""
    for k in range(1, len(words) - 2):
        if words[k : k + 3] in (["still", "waiting", "on"], ["still", "waiting", "for"]):
            return _received(words[:k]) and not any(is_negator(w) for w in words)
    return False


def partial_receipt(words: Sequence[str]) -> bool:
    """True for "<received> ... but not <the|any|...> <thing>" ("we talked about the tablets but
    nothing about me"), with no other denial in the reply; and for "<received> ... but <the thing>
    took <a time>" ("got the leaflet but the carer took six weeks")."""
    for k in range(len(words) - 3):
        denied_part = words[k : k + 2] in (["but", "not"], ["but", "nothing"])
        if denied_part and words[k + 2] in DETERMINERS | ABOUT_WORDS:
            before, after = words[:k], words[k + 3 :]
            return (
                _received(before)
                and not any(is_negator(w) for w in before)
                and not any(is_negator(w) for w in after)
            )
        if words[k] == "but" and "took" in words[k + 1 : k + 5]:
            before, after = words[:k], words[k + 1 :]
            return (
                _received(before) and bool(set(after) & LATE_UNITS) and not any(is_negator(w) for w in words)
            )
    return False


# Openings of a question back: "what does neither mean", "can you call me".
QUESTION_WORDS = frozenset(("what", "what's", "whats", "why", "who", "how", "which", "where", "when"))
QUESTION_WORDS |= {"wat", "wot", "wut", "wats", "wots"}
# Asking what the question means, inside a sentence: "I don't know what you mean by that".
MEANING = frozenset(("mean", "means", "meant", "meaning", "asking"))
# The same said as a phrase: "not sure what this is getting at", "what are you on about".
MEANING_PHRASES = frozenset((("getting", "at"), ("driving", "at"), ("on", "about"), ("going", "for")))
# A question handed back for the council to answer: "we're in a B&B, so what do you think".
CHALLENGES = frozenset((("do", "you", "think"), ("do", "you", "reckon"), ("would", "you", "say")))
# Openings that say the resident is lost: "I don't understand", "confused".
NOT_FOLLOWING = (
    "don't understand",
    "do not understand",
    "dont understand",
    "confused",
    "i'm confused",
    "im confused",
)
QUESTION_OPENINGS = frozenset(
    (a, "you") for a in ("do", "can", "could", "are", "will", "did", "would", "have")
) | {("is", "this"), ("is", "it"), ("does", "it"), ("does", "that"), ("is", "that")}


# A short question the resident asks themselves before answering: "Honestly? Really good."
RHETORICAL = frozenset(
    ("honestly", "overall", "truthfully", "seriously", "verdict", "honest", "me", "service", "hmm", "well")
)


# A question offering the truth before the answer: "do you want the honest answer? worse".
HONESTY = frozenset(("honest", "truth", "truthful", "honestly"))


# A doubt said with a question mark is a doubt, not a question back: "possibly?", "dunno, maybe?".
DOUBT_WORDS = frozenset(
    ("maybe", "possibly", "perhaps", "probably", "dunno", "idk", "unsure", "sure", "know", "mayb", "mebbe")
    + ("prob", "probs", "falle", "efallai", "siwr", "gwybod", "gwbod")
)
# Words around such a doubt that ask nothing: "honestly, perhaps? thanks", "i'd say maybe?".
# What makes "sure" or "know" a doubt: "not sure", "don't know", Welsh "ddim yn siŵr".
DENIED_DOUBT = frozenset(("not", "don't", "dont", "ddim", "dim", "yn"))
DOUBT_FRAMING = (
    frozenset(
        ("not", "don't", "i", "i'd", "say", "think", "guess", "hmm", "um", "erm", "well", "be", "honest")
        # "dim yn siŵr? sorry": Welsh "not sure" said with a shrug of a question mark
        + ("sorry", "sori", "ddim", "dim", "yn", "sa", "i'n", "dwi", "diolch", "fawr", "wel")
    )
    | CLOSING_WORDS
    | RHETORICAL
    | frozenset(("x", "xx", "ta", "thanks", "thank", "you", "tbh"))
)


# "Which bit, the repair or the advice?", "which problem, I had three", "Pa un?": a reply that
# opens by asking which is always asking back, whatever answer words follow it (every such reply
# in the tables and outside sets is labelled to be asked again).
ASKING_WHICH = frozenset(("which", "wich", "whic"))
ASKING_WHICH_CY = frozenset(("pa", "pwy"))  # "pa" is also "pa" (a father) in English: only with "?"


def asks_which(tokens: Sequence[str]) -> bool:
    words = [t for t in tokens if t[0].isalnum()]
    if not words:
        return False
    return words[0] in ASKING_WHICH or words[0] in ASKING_WHICH_CY and "?" in tokens


def asks_back(tokens: Sequence[str]) -> bool:
    """True when the reply is a question ("?" anywhere, or opening like one)."""
    said = {t for t in tokens if t[0].isalnum()}
    if "?" in tokens and said & DOUBT_WORDS and said <= DOUBT_WORDS | DOUBT_FRAMING:
        return False  # "possibly?": read as the doubt it is
    if [t for t in tokens if t[0].isalnum()][:2] == ["who", "knows"] and "?" not in tokens:
        return False  # "who knows": a doubt, not a question back
    mark = tokens.index("?") if "?" in tokens else -1
    if 0 < mark <= 3 and mark + 1 < len(tokens) and all(t in RHETORICAL for t in tokens[:mark]):
        tokens = tokens[mark + 1 :]  # "hmm, honestly? really good": the answer follows
    elif 0 < mark <= 7 and mark + 1 < len(tokens) and set(tokens[:mark]) & HONESTY and "you" in tokens[:mark]:
        tokens = tokens[mark + 1 :]  # "do you want the honest answer? worse": asked of oneself
    elif 0 < mark <= 3 and mark + 2 < len(tokens) and tokens[mark + 1] in DEPENDS and _shrug(tokens[:mark]):
        tokens = tokens[mark + 1 :]  # "maybe? depends what the letter says": the "?" is a shrug
    words = [t for t in tokens if t[0].isalnum()]
    if "?" in tokens or bool(words) and (words[0] in QUESTION_WORDS or tuple(words[:2]) in QUESTION_OPENINGS):
        return True
    pairs = zip(words, words[1:], strict=False)
    meaning = any(w in MEANING for w in words) or any(p in MEANING_PHRASES for p in pairs)
    if meaning and any(w in QUESTION_WORDS for w in words):
        return True
    if _asks_meaning_cy(words):
        return True
    if any(w in QUESTION_WORDS and tuple(words[k + 1 : k + 4]) in CHALLENGES for k, w in enumerate(words)):
        return True
    opening = " ".join(words[1:5] if words[:1] == ["i"] else words[:4])
    return opening.startswith(NOT_FOLLOWING) or _question_tail(words)


DEPENDS = frozenset(("depends", "depending", "dibynnu"))
# Welsh "what do you mean": "be ti'n feddwl", "beth ydych chi'n ei feddwl" ("feddwl" is "meddwl",
# mean or think, mutated after "'n"; unmutated, "dwi'n meddwl" is "I think", a hedge, not a question).
WHAT_CY = frozenset(("be", "beth"))


def _asks_meaning_cy(words: Sequence[str]) -> bool:
    """ "Wn i ddim be ti'n feddwl": asking what the question means, in Welsh, even without a "?"."""
    return any(w == "feddwl" and WHAT_CY & set(words[max(0, k - 4) : k]) for k, w in enumerate(words))


def _shrug(head: Sequence[str]) -> bool:
    """True for a doubt opening the reply with its own "?" ("maybe?", "not sure?")."""
    return bool(set(head) & DOUBT_WORDS) and all(t in DOUBT_WORDS or t in DOUBT_FRAMING for t in head)


# A question put after the answer, typed without its "?": "missed call while I was out, does that
# count", "a text, is that ok". Inverted: an auxiliary, then "that" or "it", then what is asked.
TAIL_AUXILIARIES = frozenset(("does", "do", "is", "would", "will", "can", "should"))
TAIL_ASKED = frozenset(("count", "matter", "ok", "okay", "right", "enough", "work", "help"))
PRONOUNS = frozenset(("that", "it", "this"))


def _question_tail(words: Sequence[str]) -> bool:
    tail = tuple(words[-3:])
    return len(tail) == 3 and tail[0] in TAIL_AUXILIARIES and tail[1] in PRONOUNS and tail[2] in TAIL_ASKED


def star_rating(tokens: Sequence[str]) -> tuple[int, int | None] | None:
    """(stars, out of) for '⭐⭐⭐⭐', '★★★★☆', '4 stars', 'four stars'; None if not a star rating."""
    full = sum(t in STARS_FULL for t in tokens)
    empty = sum(t in STARS_EMPTY for t in tokens)
    if full == 1 and not empty and (counted := _star_count(tokens)) is not None:
        return counted  # "4⭐", "⭐ 4"
    if full == 1 and not empty and len(_star_numbers(tokens)) > 1:
        return None  # "one ⭐ for the wait, five for the staff": the numbers are read, not the star
    if full:
        return full, (full + empty) if empty else None
    if sum(token[0].isdecimal() for token in tokens) > 1:
        return None  # "2 stars for the wait, 5 for the staff"
    for i, token in enumerate(tokens[:-1]):
        if tokens[i + 1] in ("star", "stars", "*", "seren", "sêr"):
            return (int(token), None) if token.isdecimal() and len(token) < 3 else _spelt_star(token)
    return None


# Number words that may count a single star: "four ⭐", Welsh "pump ⭐" (five stars, not one).
STAR_COUNT_WORDS = {w: n for w, n in (*EN_SMALL.items(), *CY_SMALL.items()) if 0 < n <= 10}


def _star_numbers(tokens: Sequence[str]) -> list[str]:
    return [t for t in tokens if t[0].isdecimal() or t in STAR_COUNT_WORDS]


def _star_count(tokens: Sequence[str]) -> tuple[int, int | None] | None:
    """The one number written beside a single star: "4⭐" and "pump ⭐" are four and five stars, not one."""
    numbers = _star_numbers(tokens)
    if len(numbers) != 1 or len(numbers[0]) > 2 and numbers[0].isdecimal():
        return None
    at = tokens.index(numbers[0])
    beside = {tokens[k] for k in (at - 1, at + 1) if 0 <= k < len(tokens)}
    if not beside & STARS_FULL:
        return None
    word = numbers[0]
    if word.isdecimal():
        return int(word), None
    return (STAR_COUNT_WORDS[word], None) if word in STAR_COUNT_WORDS else None


def _spelt_star(token: str) -> tuple[int, int | None] | None:
    small = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "zero": 0, "no": 0}
    return (small[token], None) if token in small else None
