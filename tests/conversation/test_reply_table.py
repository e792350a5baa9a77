"""The labelled reply tables, read through the real parser and its saved fallback model."""

from __future__ import annotations

from collections import Counter

import pytest

from bot.conversation import reply_model
from bot.conversation.answers import Parsed, parse_answer
from bot.conversation.reply_table import TABLE_DIR, load_questions, load_rows, outcome
from bot.text.linear import LinearTextModel

QUESTIONS = load_questions()
TABLE = load_rows()
LATER_SETS = load_rows(TABLE_DIR / "holdout.csv")


def test_the_table_holds_thousands_of_replies_of_every_kind_and_register():
    kinds = Counter(row.kind for row in TABLE)
    assert set(kinds) == {"choice", "scale", "yes_no", "yes_no_partly", "number"}
    assert min(kinds.values()) >= 500 and len(TABLE) >= 7000
    registers = {row.register for row in TABLE}
    assert {
        "shorthand",
        "misspelling",
        "idiom",
        "hedge",
        "contrast",
        "number_word",
        "emoji",
        "stars",
    } <= registers
    assert {"welsh", "two_people", "question_back", "off_topic", "conflict"} <= registers
    assert sum(row.expected is None for row in TABLE) > 500  # replies that must be asked again


@pytest.mark.parametrize("rows", [TABLE, LATER_SETS], ids=["table", "later_sets"])
def test_no_reply_is_stored_as_something_the_resident_did_not_mean(rows):
    misread = []
    for row in rows:
        parsed = parse_answer(QUESTIONS[row.question_id], row.reply, row.language)
        if outcome(row.expected, parsed.ok, parsed.value) == "misread":
            misread.append((row.question_id, row.reply, row.expected, parsed.value))
    assert not misread, f"{len(misread)} misread, e.g. {misread[:10]}"


def test_the_saved_model_carries_its_threshold_and_can_say_ask_again():
    model = LinearTextModel.load(reply_model.MODEL_PATH)
    assert reply_model.REASK in model.labels
    assert 0.5 <= reply_model.threshold(model) < 1.0
    assert model.metadata.metrics["model_alone_oof"]["misread"] <= 0.005


def test_every_sense_the_model_knows_maps_to_a_value_in_some_question():
    model = LinearTextModel.load(reply_model.MODEL_PATH)
    from bot.conversation.lexicon import lexicon_for

    named = {sense for q in QUESTIONS.values() for sense in reply_model.sense_values(lexicon_for(q, "en"))}
    assert set(model.labels) - {reply_model.REASK} <= named


@pytest.fixture
def far_side_fallback(monkeypatch):
    """A fallback that always proposes the overall question's worst option."""
    monkeypatch.setattr(reply_model, "propose", lambda question, text, language="en": 5)


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("good", Parsed(True, 2)),
        ("good not great", Parsed(True, 2)),
        ("not excellent", Parsed(False)),  # a denial alone: asked again, never guessed
        ("good and bad", Parsed(False)),
        ("what do you mean", Parsed(False)),
        ("yes for me, no for my son", Parsed(False)),
        ("2", Parsed(True, 2)),
    ],
)
def test_the_fallback_never_overrides_what_the_rules_read(far_side_fallback, reply, expected):
    assert parse_answer(QUESTIONS["overall"], reply) == expected


def test_the_fallback_answers_only_replies_the_rules_found_nothing_in(far_side_fallback):
    assert parse_answer(QUESTIONS["overall"], "the kettle") == Parsed(True, 5)
    assert parse_answer(QUESTIONS["waited"], "the kettle") == Parsed(False)  # numbers: rules only


def test_a_sense_the_question_has_no_option_for_is_asked_again(monkeypatch):
    class Sure:
        labels = ["vpos", "reask"]

        def predict(self, _text):
            return "vpos", 0.999

    assert reply_model.propose_with(Sure(), 0.9, QUESTIONS["timely"], "smashing", "en") is None
    assert reply_model.propose_with(Sure(), 0.9, QUESTIONS["overall"], "smashing", "en") == 1
    assert reply_model.propose_with(Sure(), 0.9991, QUESTIONS["overall"], "smashing", "en") is None


@pytest.mark.parametrize(
    ("question", "reply", "language", "expected"),
    [
        # The kinds issue 19 lists, each as a person would read it.
        ("overall", "good not great", "en", Parsed(True, 2)),  # was stored as Poor
        ("overall", "v good", "en", Parsed(True, 1)),  # was stored as Good
        ("resolved", "partly yes", "en", Parsed(True, "partly")),  # was not understood
        ("timely", "partly yes", "en", Parsed(True, 2)),
        ("overall", "two", "en", Parsed(True, 2)),
        ("listened", "the second one", "en", Parsed(True, 2)),
        ("overall", "excelent", "en", Parsed(True, 1)),
        ("overall", "v gd", "en", Parsed(True, 1)),
        ("overall", "can't complain", "en", Parsed(True, 2)),
        ("overall", "not bad at all", "en", Parsed(False)),  # faint praise: good or very good? asked again
        ("overall", "couldn't have been better", "en", Parsed(True, 1)),
        ("listened", "no complaints", "en", Parsed(False)),  # had read "no"; no option says it
        ("timely", "yes, but it was late", "en", Parsed(True, 2)),
        ("contacted", "yes, but it was late", "en", Parsed(False)),  # no "partly" to store
        ("contacted", "yes for me, no for my wife", "en", Parsed(False)),
        ("timely", "I did, my husband didn't", "en", Parsed(False)),
        ("overall", "da iawn", "en", Parsed(True, 1)),
        ("overall", "very good", "cy", Parsed(True, 1)),
        ("overall", "⭐⭐⭐⭐", "en", Parsed(True, 2)),
        ("rating", "⭐⭐⭐⭐", "en", Parsed(True, 4)),
        ("rating", "★★★★☆", "en", Parsed(True, 4)),
        ("overall", "5 stars", "en", Parsed(True, 1)),  # not option 5, Very poor
        ("overall", "😍", "en", Parsed(True, 1)),
        ("overall", "what does neither mean", "en", Parsed(False)),
        ("overall", "not perfect", "en", Parsed(False)),  # denies very good; is not "not very good"
    ],
)
def test_the_kinds_of_reply_the_issue_lists(question, reply, language, expected):
    assert parse_answer(QUESTIONS[question], reply, language) == expected
