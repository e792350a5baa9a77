"""The English Snowball (Porter2) stemmer, exactly as NLTK's `SnowballStemmer("english")` stems.

Ported from NLTK's EnglishStemmer (Apache License 2.0), quirks included, so stems
and the themes matched on them do not change. Heard needs nothing else from NLTK
at run time, and importing NLTK loads all of it, SciPy and scikit-learn with it:
about 130 MB and 2 s in every web worker. tests/text/test_english_stemmer.py
checks this port against NLTK on every word of the repository's text corpora.

A word is stemmed with its regions R1 and R2 (the part after the first
non-vowel that follows a vowel, and the same again within R1), each step
removing or replacing a suffix in the word and both regions together.
"""

from __future__ import annotations

_VOWELS = "aeiouy"
_DOUBLES = ("bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt")
_LI_ENDING = "cdeghkmnrt"
_STEP0 = ("'s'", "'s", "'")
_STEP1A = ("sses", "ied", "ies", "us", "ss", "s")
_STEP1B = ("eedly", "ingly", "edly", "eed", "ing", "ed")
_STEP2 = (
    "ization", "ational", "fulness", "ousness", "iveness", "tional", "biliti", "lessli", "entli",
    "ation", "alism", "aliti", "ousli", "iviti", "fulli", "enci", "anci", "abli", "izer", "ator",
    "alli", "bli", "ogi", "li",
)  # fmt: skip
_STEP3 = ("ational", "tional", "alize", "icate", "iciti", "ative", "ical", "ness", "ful")
_STEP4 = (
    "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous",
    "ive", "ize", "ion", "al", "er", "ic",
)  # fmt: skip
# Step 2's replacements: suffix -> (new ending, R2 when R2 was shorter than the suffix).
_STEP2_REPLACE = {
    "izer": ("ize", ""),
    "ization": ("ize", ""),
    "ational": ("ate", "e"),
    "ation": ("ate", "e"),
    "ator": ("ate", "e"),
    "alism": ("al", ""),
    "aliti": ("al", ""),
    "alli": ("al", ""),
    "ousli": ("ous", ""),
    "ousness": ("ous", ""),
    "iveness": ("ive", "e"),
    "iviti": ("ive", "e"),
    "biliti": ("ble", ""),
    "bli": ("ble", ""),
}
_STEP2_CUT = {"tional": 2, "entli": 2, "fulness": 4, "fulli": 2, "lessli": 2}
_SPECIAL = {
    "skis": "ski", "skies": "sky", "dying": "die", "lying": "lie", "tying": "tie", "idly": "idl",
    "gently": "gentl", "ugly": "ugli", "early": "earli", "only": "onli", "singly": "singl",
    "sky": "sky", "news": "news", "howe": "howe", "atlas": "atlas", "cosmos": "cosmos",
    "bias": "bias", "andes": "andes", "inning": "inning", "innings": "inning", "outing": "outing",
    "outings": "outing", "canning": "canning", "cannings": "canning", "herring": "herring",
    "herrings": "herring", "earring": "earring", "earrings": "earring", "proceed": "proceed",
    "proceeds": "proceed", "proceeded": "proceed", "proceeding": "proceed", "exceed": "exceed",
    "exceeds": "exceed", "exceeded": "exceed", "exceeding": "exceed", "succeed": "succeed",
    "succeeds": "succeed", "succeeded": "succeed", "succeeding": "succeed",
}  # fmt: skip


class _Word:
    """A word being stemmed and its regions R1 and R2, changed together."""

    def __init__(self, word: str) -> None:
        self.word = word
        if word.startswith(("gener", "arsen")):
            self.r1 = word[5:]
        elif word.startswith("commun"):
            self.r1 = word[6:]
        else:
            self.r1 = _after_first_syllable(word)
        self.r2 = _after_first_syllable(self.r1)

    def cut(self, n: int) -> None:
        """Drop the last n letters from the word and from both regions."""
        self.word, self.r1, self.r2 = self.word[:-n], self.r1[:-n], self.r2[:-n]

    def replace(self, suffix: str, new: str, r2_if_short: str = "") -> None:
        """Replace `suffix` by `new`; a region shorter than the suffix becomes '' (R2: r2_if_short)."""
        n = len(suffix)
        self.word = self.word[:-n] + new
        self.r1 = self.r1[:-n] + new if len(self.r1) >= n else ""
        self.r2 = self.r2[:-n] + new if len(self.r2) >= n else r2_if_short

    def add_e(self, r2_too: bool) -> None:
        self.word += "e"
        self.r1 += "e"
        if r2_too:
            self.r2 += "e"


def _after_first_syllable(text: str) -> str:
    """What follows the first non-vowel that comes after a vowel ('' when there is none)."""
    for i in range(1, len(text)):
        if text[i] not in _VOWELS and text[i - 1] in _VOWELS:
            return text[i + 1 :]
    return ""


def _ending(word: str, suffixes: tuple[str, ...]) -> str | None:
    """The first of `suffixes` (longest first) that `word` ends with."""
    for suffix in suffixes:
        if word.endswith(suffix):
            return suffix
    return None


def stem(word: str) -> str:
    """The Snowball stem of an English word: "waiting" -> "wait", "helpful" -> "help"."""
    word = word.lower()
    if len(word) <= 2:
        return word
    if word in _SPECIAL:
        return _SPECIAL[word]
    word = word.replace("\u2019", "'").replace("\u2018", "'").replace("\u201b", "'")
    word = word.removeprefix("'")
    if word.startswith("y"):
        word = "Y" + word[1:]
    chars = list(word)
    for i in range(1, len(chars)):  # a y after a vowel is a consonant
        if chars[i - 1] in _VOWELS and chars[i] == "y":
            chars[i] = "Y"
    w = _Word("".join(chars))
    if suffix := _ending(w.word, _STEP0):
        w.cut(len(suffix))
    _step1a(w)
    _step1b(w)
    if len(w.word) > 2 and w.word[-1] in "yY" and w.word[-2] not in _VOWELS:  # step 1c
        w.replace(w.word[-1], "i")
    _step2(w)
    _step3(w)
    if (suffix := _ending(w.word, _STEP4)) and w.r2.endswith(suffix):
        if suffix != "ion":
            w.cut(len(suffix))
        elif w.word[-4] in "st":
            w.cut(3)
    return _step5(w).replace("Y", "y")


def _step1a(w: _Word) -> None:
    suffix = _ending(w.word, _STEP1A)
    if suffix == "sses":
        w.cut(2)
    elif suffix in ("ied", "ies"):
        w.cut(2 if len(w.word) > 4 else 1)
    elif suffix == "s" and any(letter in _VOWELS for letter in w.word[:-2]):
        w.cut(1)


def _step1b(w: _Word) -> None:
    suffix = _ending(w.word, _STEP1B)
    if suffix is None:
        return
    if suffix in ("eed", "eedly"):
        if w.r1.endswith(suffix):
            w.replace(suffix, "ee")
        return
    if not any(letter in _VOWELS for letter in w.word[: -len(suffix)]):
        return
    w.cut(len(suffix))
    word = w.word
    if word.endswith(("at", "bl", "iz")):
        w.add_e(r2_too=len(word) + 1 > 5 or len(w.r1) + 1 >= 3)
    elif word.endswith(_DOUBLES):
        w.cut(1)
    elif w.r1 == "" and _is_short(word):
        w.word += "e"  # R1 is empty and stays so (as NLTK's does)
        if w.r2:
            w.r2 += "e"


def _is_short(word: str) -> bool:
    """Ends in a short syllable (consonant, vowel, consonant other than w, x or Y; or vowel, consonant)."""
    if len(word) >= 3:
        return (
            word[-1] not in _VOWELS
            and word[-1] not in "wxY"
            and word[-2] in _VOWELS
            and word[-3] not in _VOWELS
        )
    return len(word) == 2 and word[0] in _VOWELS and word[1] not in _VOWELS


def _step2(w: _Word) -> None:
    suffix = _ending(w.word, _STEP2)
    if suffix is None or not w.r1.endswith(suffix):
        return
    if suffix in _STEP2_CUT:
        w.cut(_STEP2_CUT[suffix])
    elif suffix in ("enci", "anci", "abli"):
        w.replace("i", "e")  # only the final letter changes: the regions are measured against it
    elif suffix in _STEP2_REPLACE:
        w.replace(suffix, *_STEP2_REPLACE[suffix])
    elif suffix == "ogi" and w.word[-4] == "l":
        w.cut(1)
    elif suffix == "li" and w.word[-3] in _LI_ENDING:
        w.cut(2)


def _step3(w: _Word) -> None:
    suffix = _ending(w.word, _STEP3)
    if suffix is None or not w.r1.endswith(suffix):
        return
    if suffix == "tional":
        w.cut(2)
    elif suffix == "ational":
        w.replace(suffix, "ate")
    elif suffix == "alize":
        w.cut(3)
    elif suffix in ("icate", "iciti", "ical"):
        w.replace(suffix, "ic")
    elif suffix in ("ful", "ness"):
        w.cut(len(suffix))
    elif suffix == "ative" and w.r2.endswith(suffix):
        w.cut(5)


def _step5(w: _Word) -> str:
    word, r1, r2 = w.word, w.r1, w.r2
    if r2.endswith("l") and word[-2] == "l":
        return word[:-1]
    if r2.endswith("e"):
        return word[:-1]
    if r1.endswith("e") and (
        len(word) >= 4
        and (word[-2] in _VOWELS or word[-2] in "wxY" or word[-3] not in _VOWELS or word[-4] in _VOWELS)
    ):
        return word[:-1]
    return word
