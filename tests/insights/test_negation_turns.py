"""Negation read both ways: a negated kind word complains, a negated hard word praises."""

from __future__ import annotations

import pytest

from bot.insights import sentiment_training
from bot.insights.negation_polarity import negation_turns
from bot.insights.sentiment_model import classify
from bot.text.normalise import clauses


def turns(text: str) -> list[str]:
    return negation_turns(clauses(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Not very helpful to be honest", ["negated:kind"]),
        ("I never once felt rushed", ["negated:hard"]),
        ("Nobody made me feel stupid for asking", ["negated:hard"]),
        ("I've no gripes", ["negated:hard"]),
        ("Couldn't have been nicer", ["negated:comparative_kind"]),
        ("It could not be worse", ["negated:comparative_hard"]),
        ("Ddim yn hapus o gwbl", ["negated:kind"]),
        ("Not rude. Not helpful either.", ["negated:hard", "negated:kind"]),
        # the turn ends at "but", and a word far past the negator is not in its reach
        ("I have nothing but praise for them", []),
        ("Never heard back from the office about my lovely new flat", []),
        ("Helpful and kind", []),
    ],
)
def test_the_turn_of_each_negated_word_is_named(text, expected):
    assert turns(text) == expected


# New phrasings of the kinds, none in the corpus or development sets.
NEGATED_PRAISE = [
    "At no stage did I feel like a nuisance",
    "Not a single complaint from my end",
    "Could not have found a kinder carer anywhere",
    "The surveyor wasn't rude or short with me",
]
NEGATED_COMPLAINTS = [
    "The reply was not useful",
    "I wouldn't say the visit helped much",
    "Not impressed with the repair at all",
    "Can't say the advice was clear",
]


def test_new_phrasings_are_not_in_the_training_data():
    seen = {r["text"].casefold() for r in sentiment_training.training_rows()}
    assert not {t.casefold() for t in NEGATED_PRAISE + NEGATED_COMPLAINTS} & seen


def test_negated_praise_and_negated_complaints_land_on_their_side():
    # First run: praise 3 of 4, complaints 3 of 4; the model before the turn was named: 2 of 4 each.
    praise = [t for t in NEGATED_PRAISE if classify(t)[0] == "positive"]
    complaints = [t for t in NEGATED_COMPLAINTS if classify(t)[0] in ("negative", "mixed")]
    assert len(praise) >= 3, set(NEGATED_PRAISE) - set(praise)
    assert len(complaints) >= 3, set(NEGATED_COMPLAINTS) - set(complaints)
