"""The caches keyed by residents' words stay bounded, and all of them full fit the memory budget."""

from __future__ import annotations

import random
import string
import tracemalloc

from bot.text.word_caches import MEMORY_BUDGET_MB, word_caches


def _words(count: int, seed: int) -> list[str]:
    """Distinct made-up words of residents' lengths (a slip, a name, a dialect word: never seen)."""
    rng = random.Random(seed)
    seen: set[str] = set()
    while len(seen) < count:
        seen.add("".join(rng.choices(string.ascii_lowercase, k=rng.randint(4, 11))))
    return sorted(seen)


def test_every_word_cache_is_bounded() -> None:
    for cache in word_caches():
        assert cache.cached.cache_info().maxsize is not None, cache.name


def test_the_word_caches_full_fit_the_budget() -> None:
    caches = word_caches()
    for cache in caches:
        cache.ask("warm")  # anything the function builds once (its lexicon) is not the cache's
        cache.cached.cache_clear()
    # more words than each cache keeps, made before tracing so only what the caches hold counts
    asked = [_words(cache.cached.cache_info().maxsize + 10, seed) for seed, cache in enumerate(caches)]
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for cache, words in zip(caches, asked, strict=True):
            for word in words:
                cache.ask(word)
            assert cache.cached.cache_info().currsize == cache.cached.cache_info().maxsize, cache.name
        held = (tracemalloc.get_traced_memory()[0] - before) / 1e6
    finally:
        tracemalloc.stop()
        for cache in caches:
            cache.cached.cache_clear()
    assert 0 < held <= MEMORY_BUDGET_MB, f"{held:.1f} MB"
