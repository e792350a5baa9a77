"""The shared normaliser: the screen's words without emoji, emoji kept as words, hostile text handled."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.safeguarding.screen import normalise as screen_normalise
from bot.text.normalise import _FOLDS_COMPILED, clauses, emoji_word, normalise, words

EMOJI_OR_FENCE = re.compile("[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ue000]")
# Words the folds act on, so generated text often exercises them.
FOLDED = st.sampled_from(
    [
        "can't",
        "can not",
        "do not",
        "I am",
        "I have",
        "no one",
        "any more",
        "my self",
        "u",
        "ur",
        "cnt",
        "wanna",
    ]
)
MIXED_TEXT = st.lists(st.one_of(FOLDED, st.text(max_size=12)), max_size=8).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(MIXED_TEXT)
def test_without_emoji_it_is_the_plain_word_recipe_on_any_text(text):
    """The recipe council phrasings were written against: NFKC, casefold, no apostrophes, words."""
    expected = re.sub(r"['\u2019\u2018`\u00b4]", "", unicodedata.normalize("NFKC", text).casefold())
    expected = " ".join(re.sub(r"[^\w]+|_", " ", expected).split())
    for pattern, replacement in _FOLDS_COMPILED:
        expected = pattern.sub(replacement, expected)
    assert normalise(text, emoji=False) == expected


@settings(max_examples=150, deadline=None)
@given(MIXED_TEXT)
def test_with_emoji_it_matches_the_screen_on_text_without_emoji(text):
    text = EMOJI_OR_FENCE.sub("", text)
    assert normalise(text) == screen_normalise(text)


def test_known_spellings_fold_together():
    assert normalise("I can’t COPE, do not know!") == "i cant cope dont know"
    assert words("No one listens any more") == ["noone", "listens", "anymore"]


def test_emoji_become_words_that_survive_punctuation_stripping():
    assert normalise("Brilliant 👍🏽!!") == "brilliant emoji_thumbs_up"
    assert normalise("so sad😢") == "so sad emoji_cry"
    assert normalise("❤️ thanks") == "emoji_heart thanks"
    assert emoji_word("🦄") == "emoji_unicorn"  # not in the table: named from Unicode


def test_a_resident_cannot_forge_an_emoji_token():
    assert normalise("\ue000thumbs_up\ue000") == "thumbs up"
    assert normalise("emoji_cry") == "emoji cry"


def test_clauses_split_where_punctuation_stood():
    assert clauses("Not good. Kind staff, never late!") == [
        ["not", "good"],
        ["kind", "staff"],
        ["never", "late"],
    ]


def test_hostile_text_never_raises():
    hostile = [
        "",
        "\x00\x01\x1b[31m\r\n\t",
        "\ud800 lone surrogate",
        "💩" * 5000,
        "a" * 100_000,
        ("word, " * 5_000),
        "'; DROP TABLE responses; --",
        "\u202eevil\u202c",
    ]
    for text in hostile:
        assert isinstance(normalise(text), str)
        assert all(isinstance(c, list) for c in clauses(text))
