"""Typos of a question's own answer words ("very god", "yes a lit", "mo", "fibe", "sven days").

A word is mended only to a word one slip away (a neighbouring key, a letter dropped, doubled or
added, two letters swapped) among the words that answer *this* question, and only when exactly one
such word fits. A word that is itself a real word ("god", "lit", "but", "not") is mended only where
the mended word completes an answer phrase with its neighbour ("very god" -> "very good", "a lit"
-> "a lot") and the word as typed completes none. Negators are never mended: "not" is not a "no".
The caller re-reads a mended reply by the rules alone and uses it only when the reply as typed was
unclear, so a mend can only turn a re-ask into an answer.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from bot.conversation.reply_words import is_negator

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _neighbour_keys() -> dict[str, frozenset[str]]:
    """Keys beside each letter on a phone's QWERTY layout. Each row sits half a key right of the one
    above, so key k touches keys k and k+1 of the row above and k-1 and k of the row below."""
    near: dict[str, set[str]] = {}
    for r, row in enumerate(_ROWS):
        for k, c in enumerate(row):
            keys = near.setdefault(c, set())
            keys.update(row[j] for j in (k - 1, k + 1) if 0 <= j < len(row))
            if r:
                keys.update(_ROWS[r - 1][j] for j in (k, k + 1) if j < len(_ROWS[r - 1]))
            if r + 1 < len(_ROWS):
                keys.update(_ROWS[r + 1][j] for j in (k - 1, k) if 0 <= j < len(_ROWS[r + 1]))
    return {c: frozenset(keys) for c, keys in near.items()}


NEIGHBOURS = _neighbour_keys()


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


LETTERS = "abcdefghijklmnopqrstuvwxyz"
# Real words one slip from an answer word that people send meaning themselves ("oh god", "a let
# down", "yes but"): never mended on their own, only inside an answer phrase. The listed words
# (data/replies/real_words.txt) add the short function words ("not", "now", "on", "for", "give").
REAL_WORDS = _words(
    "god gods goof goon goods food mood hood wood gold pool poop pour door boor poot lit let lots "
    "bit bot but nit bet bat yet yew yeas lose bitter batter butter wise worst word words seen "
    "fine dive hive five fives fore form fort foul tour hour sour pure tree thee three tow twin won "
    "done gone bone tone nine line mine wine vine sea see yea yeh ya ye eye ayes nay oi hi ho jo "
    # words and text speak that replies use meaning themselves, near the answer words
    "yes say says thank thanks ta bad oh took ish right son fix way wee away later heard st yh fat "
    "near year bout rung dad broke af wall ear big im mid fam run calls mam nowt abt ha sat gas par "
    "hear bin id knows sam wis mun goat treat ing fro shame ting ate sir min dog parts hand bits owt "
    "sorta dno samey yas got get ago age set wet met pot hot lost cost most host post just must bust "
    "dust ok okay fair hair pair chair poorly goody boo moo too sooner soon noon moon loo lol"
)
_LISTED = Path(__file__).resolve().parents[2] / "data" / "replies" / "real_words.txt"
REAL_WORDS |= frozenset(
    line.strip()
    for line in _LISTED.read_text(encoding="utf-8").splitlines()
    if line.strip()[:1] not in ("", "#")
)
# Welsh words near Welsh answer words ("wel" is "well", not "wael"): meant as typed.
REAL_WORDS |= _words("wel nac sa mis dwy dau ond mi hyn gwbod roedd oedd mae mor bod yn ia ie")
# Spoken Welsh one slip from an answer word: "nath" (did: "do, nath hi wrando") from "nah", "ges"
# (I got: "mi ges i ran ohono") from "yes", "dro" (a time: "ail dro") from "do". An English typo of
# those answers is asked again, never misread.
REAL_WORDS |= _words("nath naeth neith nathon ges dro")
# ... and in a Welsh conversation only, "bo" (that: "sylwi bo fi'n gallu"), which in English is "no"
# typed a key over ("bo thank you").
REAL_WORDS_CY = REAL_WORDS | _words("bo")
# Round twenty-six: "big" says a large amount, the opposite of the "bit" it is one key from ("big
# yes", "made a big deal of it"): every natural and table row with it is labelled "Yes, a lot" or
# asked again, so it is never mended, even inside an answer phrase.
NEVER_A_SLIP = frozenset(("big",))
DROPPED_T = frozenset(("no",))  # "no sure" is "not sure" with its last letter lost
SHORTEST = 2  # "mo" for "no"; a single letter is too little to mend


def one_slip(word: str) -> set[str]:
    """Every spelling one slip away from `word`: a neighbouring key, a letter dropped, added or
    doubled, or two neighbouring letters swapped."""
    out: set[str] = set()
    for k, c in enumerate(word):
        out.update(word[:k] + d + word[k + 1 :] for d in NEIGHBOURS.get(c, ()))
        out.add(word[:k] + word[k + 1 :])
        if k + 1 < len(word):
            out.add(word[:k] + word[k + 1] + word[k] + word[k + 2 :])
    for k in range(len(word) + 1):
        out.update(word[:k] + d + word[k:] for d in LETTERS)
    out.discard(word)
    return out


def slip_index(vocabulary: frozenset[str]) -> dict[str, frozenset[str]]:
    """Each spelling one slip from an answer word, to the answer words it may be a slip of (built
    once per question, so mending a reply costs a look-up per word)."""
    index: dict[str, set[str]] = {}
    for word in vocabulary:
        if len(word) < SHORTEST or not word.isalpha():
            continue
        for slip in one_slip(word):
            if len(slip) >= SHORTEST:
                index.setdefault(slip, set()).add(word)
    # Most slips lead to the same one or two words: one frozenset per set of words, shared by all
    # the slips that lead to it (a frozenset each took three quarters of the index's memory).
    shared: dict[frozenset[str], frozenset[str]] = {}
    out: dict[str, frozenset[str]] = {}
    for slip, words in index.items():
        if slip not in vocabulary:
            found = frozenset(words)
            out[slip] = shared.setdefault(found, found)
    return out


# Scots "no" for "not" after a yes or a verb, or with a Scots tag after it ("aye no bad", "it wis no
# bad", "no bad like") is meant: the idioms read it.
SCOTS_NO_AFTER = frozenset(("aye", "yes", "wis", "was", "it's", "its"))
SCOTS_TAGS = frozenset(("like", "ta"))


def _scots_no(tokens: list[str], k: int) -> bool:
    if tokens[k] != "no" or tokens[k + 1 : k + 2] != ["bad"]:
        return False
    before = [t for t in tokens[:k] if t[0].isalnum()]
    after = [t for t in tokens[k + 1 : k + 3] if t[0].isalnum()]
    return bool(before) and before[-1] in SCOTS_NO_AFTER or len(after) > 1 and after[1] in SCOTS_TAGS


def mend(
    tokens: list[str],
    index: dict[str, frozenset[str]],
    bigrams: frozenset[tuple[str, str]],
    phrases_only: bool = False,
    welsh: bool = False,
) -> list[str]:
    """The tokens with each typo of an answer word put right; the tokens as they were when nothing
    is mended. `index` is slip_index() of the question's answer words, `bigrams` the pairs of
    neighbouring words in its answer phrases. With `phrases_only`, a word is mended only where it
    completes an answer phrase ("veru good"). `welsh`: the conversation is in Welsh."""
    meant = REAL_WORDS_CY if welsh else REAL_WORDS
    mended = list(tokens)
    for k, word in enumerate(tokens):
        if word in DROPPED_T and _completes_phrase(tokens, k, "not", bigrams) and not _scots_no(tokens, k):
            if not _completes_phrase(tokens, k, word, bigrams):
                mended[k] = "not"  # "no sure": the "t" of "not sure" dropped
            continue
        found = index.get(word)
        if not found or is_negator(word) or word in NEVER_A_SLIP:
            continue
        in_phrase = _best_in_phrase(tokens, k, found, bigrams)
        # a denial only where it completes an answer phrase ("i did bot need any"): never a "not"
        # the resident may not have meant
        candidates = {w for w in found if w == "no" or not is_negator(w)}
        if word in meant:
            if _completes_phrase(tokens, k, word, bigrams) or len(in_phrase) != 1:
                continue  # "oh god", "yes but": a word the resident meant
            mended[k] = next(iter(in_phrase))
        elif len(in_phrase) == 1:
            mended[k] = next(iter(in_phrase))  # "a bot": "a bit", not "a not"
        elif len(candidates) == 1 and not in_phrase and not phrases_only:
            mended[k] = next(iter(candidates))
    return mended


def _best_in_phrase(
    tokens: list[str], k: int, candidates: frozenset[str], bigrams: frozenset[tuple[str, str]]
) -> set[str]:
    """The candidates that complete the most answer-phrase pairs with their neighbours ("i did nof
    need any": "not" completes "did not" and "not need", "no" only "no need"); none when none do."""
    before = tokens[k - 1] if k else ""
    after = tokens[k + 1] if k + 1 < len(tokens) else ""
    fits = {w: ((before, w) in bigrams) + ((w, after) in bigrams) for w in candidates}
    best = max(fits.values(), default=0)
    return {w for w, n in fits.items() if n == best} if best else set()


def _completes_phrase(tokens: list[str], k: int, word: str, bigrams: frozenset[tuple[str, str]]) -> bool:
    before = tokens[k - 1] if k else ""
    after = tokens[k + 1] if k + 1 < len(tokens) else ""
    return (before, word) in bigrams or (word, after) in bigrams


def phrase_bigrams(phrases: Iterable[tuple[str, ...]]) -> frozenset[tuple[str, str]]:
    """Pairs of neighbouring words in the answer phrases ("very", "good"), ("a", "lot")."""
    return frozenset(pair for phrase in phrases for pair in zip(phrase, phrase[1:], strict=False))
