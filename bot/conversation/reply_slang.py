"""Slang and dialect said around an answer, put plainly before the rules read it.

"no cap" and "deadass" say "truly" ("no cap, they rang" is a yes, and its "no" is no answer);
"is it 'eck" and "did they heck" are North of England for "certainly not" (and no question back).
"""

from __future__ import annotations

from collections.abc import Sequence

# Words that vouch for what is said beside them, dropped: the answer is the rest.
TRUTHFULLY = (("no", "cap"), ("deadass",), ("on", "my", "life"), ("swear", "down"))
# and its ruder forms: "did they f**k", "was it bollocks", "is it hell"
HECK = frozenset(("heck", "eck", "'eck", "fuck", "bollocks", "hell", "feck", "fook", "bollox"))
HECK_OPENERS = frozenset(("is", "was", "did", "has", "have", "does", "do"))


def plain(tokens: Sequence[str]) -> list[str]:
    """The tokens with vouching slang dropped and "is it 'eck" said as "no"."""
    out: list[str] = []
    k = 0
    while k < len(tokens):
        vouch = next((v for v in TRUTHFULLY if tuple(tokens[k : k + len(v)]) == v), None)
        if vouch is not None:
            k += len(vouch)
            continue
        words = [t for t in tokens[k : k + 4] if t != "'"]
        after = tokens[k + 3 : k + 4]
        if len(words) >= 3 and words[0] in HECK_OPENERS and words[2] in HECK and after != ["up"]:
            out.append("no")
            k += tokens[k:].index(words[2]) + 1
            continue
        out.append(tokens[k])
        k += 1
    return out if any(t[0].isalnum() for t in out) else list(tokens)
