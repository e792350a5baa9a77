"""What the risk classifier sees besides words: concept families, their pairings and the rules' findings.

Registered with the shared text machinery as the cue set "safeguarding"
(`bot.text.features`), so the classifier uses the same normaliser and word and
character n-grams as Heard's other text models, plus:

- `f:FAMILY` for each word family (cues.py) a word of the message belongs to:
  "lamped", "walloped" and "hit" are one feature, so a new way of saying a harm
  still carries the weight the family learnt;
- (pairs of families in one clause were tried as `p:` features and dropped: with
  whole source files held out they fitted the corpus's own phrasings and lost
  recall on unseen text);
- `k:CONCEPT`, `kn:CONCEPT`, `kr:CONCEPT` for each concept the rules found,
  found negated ("he never hits me") or found resolved ("but it was fine").

Words are read the way the rules read them (texting folded, slips mended).
"""

from __future__ import annotations

from functools import cache, lru_cache

from bot.safeguarding.rules import BREAK, FAMILIES, FOUND, NEGATED, _alternatives, normalise, rules
from bot.text.features import FeatureSpec, Words, register_extra

CUE_SET = "safeguarding"
# Words and word pairs, and character 3- to 5-grams inside words (slips and inflections share them).
SPEC = FeatureSpec(word_ngrams=(1, 2), char_ngrams=(3, 5), max_chars=2000, extra=CUE_SET)
_STATUS_PREFIX = {FOUND: "k:", NEGATED: "kn:"}  # anything else was resolved: "kr:"


@cache
def _family_index() -> tuple[dict[str, tuple[str, ...]], tuple[tuple[str, str], ...]]:
    """Whole words -> their families, and (stem, family) pairs for the `stem*` entries."""
    exact: dict[str, set[str]] = {}
    stems: set[tuple[str, str]] = set()
    for family in FAMILIES:
        for option in _alternatives(f"{{{family}}}"):
            if "_" in option:
                continue  # several-word entries are left to the word pairs
            if option.endswith("*"):
                stems.add((option[:-1], family))
            else:
                exact.setdefault(option, set()).add(family)
    return {w: tuple(sorted(f)) for w, f in exact.items()}, tuple(sorted(stems))


@lru_cache(maxsize=10_000)
def families_of(word: str) -> tuple[str, ...]:
    """The families `word` belongs to (by whole word or by stem)."""
    exact, stems = _family_index()
    found = set(exact.get(word, ()))
    found.update(family for stem, family in stems if word.startswith(stem) and len(stem) >= 2)
    return tuple(sorted(found))


def family_features(text: str) -> set[str]:
    """`f:` features of `text`, clause by clause as the rules split it."""
    screen = rules()
    out: set[str] = set()
    for clause in screen.mend(normalise(text)).split(BREAK):
        present = {f for word in clause.split() for f in families_of(word)}
        out.update(f"f:{f}" for f in present)
    return out


def concept_features(text: str) -> set[str]:
    """`k:`, `kn:` and `kr:` features: what the rules found, set aside as negated, or as resolved."""
    return {_STATUS_PREFIX.get(f.status, "kr:") + f.hit.concept.name for f in rules().findings(text)}


@register_extra(CUE_SET)
def safeguarding_cues(normalised: str, words: Words) -> list[str]:
    text = words.raw
    return sorted(family_features(text) | concept_features(text))
