"""How people text, rewritten into the words a question's phrases use: shorthand, stretched and
misspelt words, idioms, emoji and star ratings. Config phrases always win over these rewrites."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from bot.conversation.lexicon import Lexicon

# Shorthand and variant spellings -> what they stand for (only when the question's own
# phrases do not already list the token).
SHORTHAND = {
    **dict.fromkeys(("v", "vv", "soo", "sooo", "v.", "veri", "vry"), "very"),
    "vgood": "very good",
    "vgd": "very good",
    **dict.fromkeys(("gd", "gud", "goood"), "good"),
    "gr8": "great",
    **dict.fromkeys(("rly", "rlly", "realy", "rele"), "really"),
    "alot": "a lot",
    "abit": "a bit",
    "alittle": "a little",
    "lil": "little",
    **dict.fromkeys(("idk", "dno", "dunno", "dnt", "donno", "iunno"), "don't know"),
    **dict.fromkeys(("def", "defo", "deffo", "defs", "deffinitely"), "definitely"),
    "sorta": "sort of",
    "kinda": "kind of",
    "avg": "average",
    "betta": "better",
    **dict.fromkeys(("loads", "lots", "heaps"), "a lot"),
    "samey": "same",
    **dict.fromkeys(("okey", "oki", "okie", "okk", "okay", "k", "kk"), "ok"),
    **dict.fromkeys(("i'm", "im"), "i am"),
    **{word: word[:-1] + "'t" for word in ("cant", "dont", "didnt", "couldnt", "wasnt", "isnt", "wont")},
    "cannot": "can't",
    "could've": "could have",
    **dict.fromkeys(("yh", "ye", "yeh", "yea", "ya", "yas", "yess", "yah", "yesh", "ys", "yeah"), "yes"),
    **dict.fromkeys(("yep", "yup", "aye", "yeap", "yepp"), "yes"),
    **dict.fromkeys(("nope", "nah", "naw", "nay", "nop", "noo", "nahh"), "no"),
}
YES_WORDS = frozenset(
    ("yes", "y", "ie", "yeah", "yep", "yup", "yea", "ya", "aye", "yh", "ye", "yeh", "ydw", "oes")
)
# "really good" means "very good" where the question lists that and not "really good".
INTENSIFIERS = frozenset(("really", "extremely", "super", "incredibly", "exceptionally", "so"))
# Words close to a phrase's words that mean something else: never "corrected".
REAL_WORDS = frozenset(
    ["treat", "greet", "grant", "fever", "lever", "seven", "sever", "sooner", "worst", "water", "later"]
)

# What an idiom, emoji or star rating means, as the phrases to look for in the question's own
# wording (first found wins); none found means the reply is asked again.
SENSES: dict[str, tuple[str, ...]] = {
    "vpos": ("very good", "excellent", "a lot", "much better", "definitely", "yes"),
    "pos": ("good", "yes"),
    "neu": ("neither", "average", "so so", "about the same"),
    "neg": ("poor", "bad", "no"),
    "vneg": ("very poor", "terrible", "very bad", "much worse", "no"),
    "dk": ("don't know", "not sure"),
    "yes": ("yes", "do", "ie"),
    "no": ("no", "naddo", "na"),
    "partly": ("partly", "a bit", "sort of", "yn rhannol"),
    "notneeded": ("didn't need any", "not needed", "n/a"),
    "better": ("better",),
    "same": ("about the same", "the same", "same"),
    "worse": ("worse",),
    "reask": (),
}
STAR_SENSES = {5: "vpos", 4: "pos", 3: "neu", 2: "neg", 1: "vneg"}
# Star ratings never stand for a yes or a no.
_NOT_FOR_STARS = {"yes", "no", "a lot", "definitely"}


def _idioms(sense: str, texts: str) -> dict[tuple[str, ...], str]:
    return {tuple(text.split()): sense for text in texts.split("|")}


IDIOMS = {
    **_idioms(
        "vpos",
        "couldn't have been better|could not have been better|couldn't be better|could not be better"
        "|second to none|top notch|spot on|faultless|can't fault them|can't fault it|can't fault"
        "|couldn't fault it|couldn't fault them|can't praise them enough|over the moon|above and beyond"
        "|first class|couldn't have listened more|could not have listened more|100 %|bang on",
    ),
    **_idioms(
        "pos",
        "can't complain|no complaints|nothing to complain about|not bad at all|not half bad|not too shabby"
        "|no problems|no issues|no problem",
    ),
    **_idioms(
        "vneg",
        "couldn't have been worse|could not have been worse|couldn't be worse|worst ever|shocking|rubbish"
        "|diabolical|a joke|waste of time|a shambles",
    ),
    **_idioms(
        "no",
        "nac ydw|nac oes|nac ydy|nag ydw|nag oes|absolutely not|definitely not|certainly not|of course not",
    ),
    **_idioms("yes", "of course|sure did|certainly did|they certainly did|they did|i did|for sure"),
    **_idioms("dk", "hard to say|can't remember|don't remember|no idea"),
    **_idioms("reask", "could have been better|could be better|not the best|not the worst|depends"),
}
_IDIOM_STARTS = frozenset(key[0] for key in IDIOMS)
_IDIOM_LONGEST = max(len(key) for key in IDIOMS)
EMOJI_SENSES = {
    **dict.fromkeys("😍🥰🤩💯🙌👏❤💖💕🌟🏆🥳", "vpos"),
    **dict.fromkeys("😊🙂😀😃😄😁☺😌👍", "pos"),
    **dict.fromkeys("😐😑🫤😶", "neu"),
    **dict.fromkeys("🤷🤔", "dk"),
    **dict.fromkeys("🙁☹😞😕😒😔👎", "neg"),
    **dict.fromkeys("😡😠🤬😤😭😢💩", "vneg"),
    **dict.fromkeys("✅👌✔☑", "yes"),
    **dict.fromkeys("❌❎", "no"),
}
_STRETCHED = re.compile(r"(\w)\1{2,}")
STARS_FULL, STARS_EMPTY = frozenset("⭐★🌟"), frozenset("☆")


def sense_phrase(lexicon: Lexicon, sense: str, for_stars: bool = False) -> str | None:
    """The first of the sense's phrases this question's wording has."""
    for text in SENSES[sense]:
        if for_stars and text in _NOT_FOR_STARS:
            continue
        if lexicon.values_of(text):
            return text
    return None


def _collapsed(token: str, lexicon: Lexicon) -> str:
    """'goooood' -> 'good', 'yesss' -> 'yes': letters held down undone, if that finds a word."""
    if not _STRETCHED.search(token):
        return token
    for keep in (r"\1\1", r"\1"):
        shorter = _STRETCHED.sub(keep, token)
        if shorter in lexicon.vocabulary or shorter in SHORTHAND:
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


def _distance(a: str, b: str) -> int:
    """Optimal string alignment distance (edits and swaps of neighbours), for short words."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, previous2[j - 2] + 1)
            current.append(cost)
        previous2, previous = previous, current
    return previous[-1]


def _corrected(token: str, lexicon: Lexicon) -> str:
    """A misspelt phrase word ('excelent', 'dissapointing') -> the one word it is close to."""
    if len(token) < 5 or not token.isalpha() or token in REAL_WORDS:
        return token
    index = _spelling_index(lexicon.vocabulary)
    candidates = set().union(*(index.get(key, ()) for key in _deletions(token) | {token}))
    limit = 2 if len(token) >= 9 else 1
    close = {word for word in candidates if _distance(token, word) <= limit}
    return close.pop() if len(close) == 1 else token


def _word(token: str, lexicon: Lexicon) -> list[str]:
    """One token as the phrase words it stands for."""
    if token in lexicon.vocabulary or not token[0].isalpha():
        return [token]
    token = _collapsed(token, lexicon)
    if token in lexicon.vocabulary:
        return [token]
    if token in SHORTHAND:
        return SHORTHAND[token].split()
    return [_corrected(token, lexicon)]


def _longest_phrase(lexicon: Lexicon, words: list[str], i: int) -> int:
    """How many words from i the question's own phrases cover (they beat any idiom)."""
    for size in range(min(lexicon.longest, len(words) - i), 0, -1):
        if tuple(words[i : i + size]) in lexicon.phrases:
            return size
    return 0


def _idiom_at(words: list[str], i: int, longer_than: int) -> tuple[str, ...] | None:
    """The longest idiom starting at words[i], if it is longer than the question's own phrase there."""
    if words[i] not in _IDIOM_STARTS:
        return None
    for size in range(min(_IDIOM_LONGEST, len(words) - i), longer_than, -1):
        if (span := tuple(words[i : i + size])) in IDIOMS:
            return span
    return None


def rewrite(tokens: Sequence[str], lexicon: Lexicon) -> tuple[list[str], bool]:
    """Tokens in the question's own words, and whether an idiom said "ask again"."""
    words: list[str] = []
    for i, token in enumerate(tokens):
        if token == "." and i and tokens[i - 1] == "v":  # noqa: S105 - a full stop, not a password
            continue  # "v. good"
        words.extend(_word(token, lexicon))
    for i in range(len(words) - 1):
        pair = (words[i], words[i + 1])
        if pair[0] in INTENSIFIERS and ("very", pair[1]) in lexicon.phrases and pair not in lexicon.phrases:
            words[i] = "very"
    out: list[str] = []
    reask, i = False, 0
    while i < len(words):
        listed = _longest_phrase(lexicon, words, i)
        idiom = _idiom_at(words, i, longer_than=listed)
        if idiom is not None:
            phrase = sense_phrase(lexicon, IDIOMS[idiom])
            if phrase is None:
                reask = True
            else:
                out.extend([",", *phrase.split(), ","])
            i += len(idiom)
            continue
        size = max(listed, 1)
        out.extend(words[i : i + size])
        i += size
    return out, reask


def star_rating(tokens: Sequence[str]) -> tuple[int, int | None] | None:
    """(stars, out of) for '⭐⭐⭐⭐', '★★★★☆', '4 stars', 'four stars'; None if not a star rating."""
    full = sum(t in STARS_FULL for t in tokens)
    empty = sum(t in STARS_EMPTY for t in tokens)
    if full:
        return full, (full + empty) if empty else None
    for i, token in enumerate(tokens[:-1]):
        if tokens[i + 1] in ("star", "stars", "*", "seren", "sêr"):
            return (int(token), None) if token.isdigit() and len(token) < 3 else _spelt_star(token)
    return None


def _spelt_star(token: str) -> tuple[int, int | None] | None:
    small = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "zero": 0, "no": 0}
    return (small[token], None) if token in small else None
