"""Misreads set AA showed on its first reading, closed by kind (issue 19): the south's "nagw" and
"nadw" (no, I'm not) are a no, so "odw a nagw" is a yes and a no, asked again as "yes and no" is
where the question has no partly; a reply that is only a wish ("would have been nice") never says
which answer it makes. Phrasings of our own, both ways.

The learned fallback is switched off: what is tested is the rules alone. `R` means ask again.
"""

from __future__ import annotations

import pytest

from tests.conversation.reply_cases import R, check, rules_alone
from tests.conversation.reply_cases import case as _case

pytestmark = pytest.mark.usefixtures(rules_alone.__name__)

ASKED_AGAIN = [
    # a yes and the south's no together
    _case("still_need", "Odw a nagw", R, "cy"),
    _case("still_need", "odw... nadw... sa i'n gwbod", R, "cy"),
    # the whole reply a wish
    _case("timely", "would have been nice", R),
    _case("timely", "That would've been good tbh", R),
    _case("contacted", "would of been nice", R),
    _case("listened", "it would have been lovely", R),
]

UNDERSTOOD = [
    # the south's no on its own, and beside thanks
    _case("still_need", "nagw", 2, "cy"),
    _case("still_need", "Nagw diolch", 2, "cy"),
    _case("still_need", "odw plis", 1, "cy"),
    # a wish beside the answer it explains keeps the answer
    _case("rating", "Four, would've been five if they'd rung back", 4),
    _case("timely", "nice", 1),
]


@pytest.mark.parametrize(("question", "reply", "expected", "language"), ASKED_AGAIN + UNDERSTOOD)
def test_set_aa_kinds(question: str, reply: str, expected: object, language: str) -> None:
    check(question, reply, expected, language)
