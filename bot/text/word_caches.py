"""The per-worker caches keyed by a resident's words, and the memory they may hold between them.

Each is an `lru_cache` on a pure function of a word (or of a word and one of the screen's pattern
tokens), asked for every word of every message. Residents' words, slips and emoji are endless and
a worker runs for months, so each cache is bounded; together, full, they must fit in the headroom
a warmed webhook worker (about 125 MB) has under the 150 MB it is allowed. Screening 11,800
training comments took the same time with these sizes as with the five times larger ones they
replaced (`python -m bench.word_caches`, ratios 0.91 to 1.08 across runs: the machine's noise).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# Everything the caches below hold when every one is full (about 12 MB when written), measured by
# tracemalloc in the tests: a worker of about 125 MB plus this stays under 150.
MEMORY_BUDGET_MB = 16.0


@dataclass(frozen=True)
class WordCache:
    name: str
    cached: Any  # the lru_cache wrapper: cache_info(), cache_clear()
    ask: Callable[[str], object]  # asks the cache about one word, as the screen or themes would


def word_caches() -> tuple[WordCache, ...]:
    from bot.insights import themes
    from bot.safeguarding import dialect, features, phrasings, rules

    return (
        WordCache(
            "a phrasing's token against a word",
            phrasings._word_matches,
            lambda word: phrasings._word_matches("hurt*|harm|beat*", word, 5),
        ),
        WordCache("a word's slip mended", rules._mended, rules._mended),
        WordCache("a word's slip mended, strictly", rules._mended_strictly, rules._mended_strictly),
        WordCache("a word's concept families", features.families_of, features.families_of),
        WordCache("a dropped g put back", dialect._with_g, dialect._with_g),
        WordCache("a comment word's stem", themes.stem, themes.stem),
    )
