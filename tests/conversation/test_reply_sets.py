"""Round sixteen: the leave-one-set-out ruler never trains on the set it reads, and the learned second
opinion turns a confident disagreement into a re-ask while a reply it agrees with is stored."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from bench.replies import parse_times, rules_alone, with_model
from bench.replies_sets import reader, training_rows, written_from
from bot.conversation import answers, reply_model
from bot.conversation.answers import parse_answer
from bot.conversation.reply_table import load_questions, load_rows
from bot.conversation.reply_training import TRAINING_SETS, natural_sets

QUESTIONS = load_questions()
NATURAL = {name: load_rows(path) for name, path in natural_sets().items()}
TABLE = load_rows()


@pytest.mark.parametrize("letter", sorted(NATURAL))
def test_no_natural_set_is_in_the_training_of_the_fallback_that_reads_it(letter):
    kept, others = training_rows(letter, TABLE, NATURAL)
    assert not set(others) & set(NATURAL[letter])
    assert not any(written_from(row.template, letter) for row in kept)
    assert kept and len(kept) > len(TABLE) // 2  # the rest of the table still trains


def test_the_other_outside_sets_do_train_the_fallback_that_reads_a_set():
    _kept, others = training_rows("r", TABLE, NATURAL)
    assert set(NATURAL["q"]) <= set(others) and set(NATURAL["m"]) <= set(others)
    assert not set(NATURAL["a"]) & set(others)  # the blind sets are not among TRAINING_SETS


def test_table_families_are_held_out_only_with_the_set_they_were_written_from():
    assert written_from("late_yes__de", "d") and written_from("late_yes__de", "e")
    assert not written_from("late_yes__de", "a")
    assert written_from("hedge_after__r15", "q") and not written_from("hedge_after__r15", "r")
    assert not written_from("hedge_after__r15", "p")  # round 15 was written from Q, not P
    assert not written_from("very_good", "r")


class Sure:
    """A stand-in fallback that names one sense with one confidence for every reply."""

    def __init__(self, sense: str, probability: float, second_opinion: float | None = 0.9) -> None:
        self.answer = (sense, probability)
        self.metadata = SimpleNamespace(metrics={"threshold": 0.99, "second_opinion": second_opinion})

    def predict(self, _text: str) -> tuple[str, float]:
        return self.answer


@pytest.fixture
def fallback(monkeypatch):
    def install(model: Sure) -> None:
        monkeypatch.setattr(reply_model, "load", lambda: model)

    return install


def test_a_confident_disagreement_asks_again(fallback):
    fallback(Sure("no", 0.99))
    assert not parse_answer(QUESTIONS["contacted"], "yes they did", "en").ok
    fallback(Sure("reask", 0.97))  # learned as "ask again": sarcasm, a relayed answer, a question back
    assert not parse_answer(QUESTIONS["contacted"], "yes they did", "en").ok


def test_an_agreeing_or_unsure_second_opinion_leaves_the_answer_stored(fallback):
    question = QUESTIONS["contacted"]
    fallback(Sure("yes", 0.99))
    assert parse_answer(question, "yes they did", "en").value == "yes"
    fallback(Sure("no", 0.6))  # below the second opinion's cut: the rules stand
    assert parse_answer(question, "yes they did", "en").value == "yes"
    fallback(Sure("no", 0.99, second_opinion=None))  # a model saved without a second opinion
    assert parse_answer(question, "yes they did", "en").value == "yes"


def test_a_sense_the_question_has_no_value_for_is_no_disagreement(fallback):
    fallback(Sure("better", 0.99))  # "better" names nothing on "did we call you back?"
    assert parse_answer(QUESTIONS["contacted"], "yes they did", "en").value == "yes"


def test_the_second_opinion_leaves_numbers_and_free_text_alone(fallback):
    fallback(Sure("reask", 0.99))
    assert parse_answer(QUESTIONS["waited"], "3 days", "en").value == 3


def test_the_test_sets_never_train_the_fallback():
    assert "s" in NATURAL and "u" in NATURAL  # they are natural sets, read by the ruler's figures only
    assert not {"s", "u"} & set(TRAINING_SETS)
    for letter in NATURAL:
        _kept, others = training_rows(letter, TABLE, NATURAL)
        assert not (set(NATURAL["s"]) | set(NATURAL["u"])) & set(others)


def test_the_ruler_never_reuses_a_reading_made_with_another_fallback():
    # parse_answer remembers short replies by the saved model: each set's fallback must read afresh
    question = QUESTIONS["listened"]
    with reader(Sure("vpos", 0.999), 0.99, None) as parse:
        assert parse(question, "hmm, mostly i reckon", "en").value == 1
    with reader(Sure("vpos", 0.5), 0.99, None) as parse:
        assert not parse(question, "hmm, mostly i reckon", "en").ok


def test_the_grouped_cv_never_reuses_a_reading_made_with_the_rules_alone_or_another_fallback():
    # bench.replies reads the table with the rules alone first: a short reply's remembered reading
    # must not stand in for the fallback's, nor a confident fallback's for a doubtful one's
    question, text = QUESTIONS["listened"], "hmm, mostly i reckon"
    assert not rules_alone(question, text, "en").ok
    assert with_model(Sure("vpos", 0.999), 0.99)(question, text, "en").value == 1  # type: ignore[arg-type]
    assert not with_model(Sure("vpos", 0.5), 0.99)(question, text, "en").ok  # type: ignore[arg-type]
    assert not rules_alone(question, text, "en").ok


def test_the_grouped_cv_times_each_reply_read_afresh(monkeypatch):
    read, row = [], TABLE[0]
    assert len(row.reply) <= answers._REMEMBERED_CHARS  # a reply parse_answer would remember
    real = answers._read_reply

    def counting(question, text, language):
        read.append(text)
        return real(question, text, language)

    monkeypatch.setattr(answers, "_read_reply", counting)
    parse_times([row, row], QUESTIONS, rounds=2)
    assert read == [row.reply] * 4
