"""The English Snowball stemmer gives NLTK's stems, word for word, on Heard's texts and forms made of them."""

from __future__ import annotations

import csv
import random
import re
from pathlib import Path

import pytest
from nltk.stem.snowball import SnowballStemmer

from bot.text.english_stemmer import stem

ROOT = Path(__file__).resolve().parents[2]
# Every labelled text the repository trains or tests on (the blind sets stay unread).
CORPORA = [
    ROOT / "data" / "sentiment" / "feedback.csv",
    ROOT / "data" / "replies" / "replies.csv",
    ROOT / "data" / "safeguarding" / "corpus.csv",
    ROOT / "tests" / "data" / "sentiment.csv",
]
# Suffixes every step of the algorithm handles, some of them stacked.
SUFFIXES = [
    "s",
    "es",
    "ies",
    "ied",
    "sses",
    "'s",
    "'s'",
    "'",
    "ing",
    "ingly",
    "ed",
    "edly",
    "eed",
    "eedly",
    "ly",
    "li",
    "ness",
    "ful",
    "fulness",
    "fully",
    "ation",
    "ational",
    "tional",
    "ization",
    "izer",
    "ator",
    "alism",
    "ality",
    "ally",
    "ously",
    "ousness",
    "iveness",
    "ivity",
    "bility",
    "bly",
    "logy",
    "lessly",
    "ently",
    "ency",
    "ancy",
    "ably",
    "ement",
    "ment",
    "ence",
    "ance",
    "able",
    "ible",
    "ant",
    "ent",
    "ism",
    "ate",
    "ity",
    "ous",
    "ive",
    "ize",
    "ion",
    "al",
    "er",
    "ic",
    "icate",
    "icity",
    "ical",
    "ative",
    "alize",
    "y",
    "e",
    "le",
    "ll",
]


def corpus_words() -> set[str]:
    words: set[str] = set()
    for path in CORPORA:
        with path.open(encoding="utf-8") as file:
            for row in csv.reader(file):
                words |= set(re.findall(r"[^\W_]+|'\w+", " ".join(row).casefold()))
    return words


def derived_forms(words: set[str], seed: int = 20) -> set[str]:
    """Each word with suffixes added, some with the prefixes that move R1; and made-up words."""
    rng = random.Random(seed)
    forms = set()
    for word in sorted(words):
        for suffix in rng.sample(SUFFIXES, 8):
            forms.add(rng.choice(("", "", "gener", "commun", "arsen", "y", "'")) + word + suffix)
    letters = "aeiouybcdfghlmnrstwxy'"
    for _ in range(20_000):
        made_up = "".join(rng.choice(letters) for _ in range(rng.randint(1, 10)))
        forms.add(made_up + rng.choice(SUFFIXES))
    return forms


@pytest.fixture(scope="module")
def nltk_stem():
    return SnowballStemmer("english").stem


def test_every_corpus_word_stems_as_nltk_stems_it(nltk_stem):
    words = corpus_words()
    assert len(words) > 3_000
    assert {w: stem(w) for w in words if stem(w) != nltk_stem(w)} == {}


def test_derived_and_made_up_words_stem_as_nltk_stems_them(nltk_stem):
    forms = derived_forms(corpus_words())
    assert len(forms) > 40_000
    assert {w: stem(w) for w in forms if stem(w) != nltk_stem(w)} == {}


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("waiting", "wait"),
        ("helpfulness", "help"),
        ("generously", "generous"),
        ("communication", "communic"),
        ("skies", "sky"),
        ("hopping", "hop"),
        ("hoped", "hope"),
        ("Yelling", "yell"),
        ("sayings", "say"),
        ("cries", "cri"),
        ("ties", "tie"),
        ("it", "it"),
    ],
)
def test_known_stems(word, expected):
    assert stem(word) == expected
