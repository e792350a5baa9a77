"""The themes' word stems: the forms a keyword must match, and the same stems from many threads at once."""

from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

from bot.insights import themes
from bot.insights.themes import stem


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("waiting", "wait"),
        ("waited", "wait"),
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


def test_threads_stemming_at_once_each_get_their_own_words_stem():
    # A Snowball stemmer holds the word it is working on: shared between the web server's
    # threads it would hand one request's word to another.
    bases = ("wait", "call", "visit", "repair", "help")
    words = [f"{base}{suffix}" for base in bases for suffix in ("ing", "ed", "s")]
    expected = {word: word.removesuffix("ing").removesuffix("ed").removesuffix("s") for word in words}
    switch_every = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads take turns mid-word, as they may under load
    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            for _ in range(20):
                themes.stem.cache_clear()
                got = list(pool.map(stem, words * 50))
                assert got == [expected[word] for word in words * 50]
    finally:
        sys.setswitchinterval(switch_every)
