"""A short reply is read once per question, language and reply model; what is remembered is the reading."""

from __future__ import annotations

import pytest

from bot.conversation import answers, reply_model
from bot.conversation.answers import Parsed, parse_answer
from bot.conversation.lexicon import lexicon_for
from tests.conversation.reply_cases import QUESTIONS


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts the rules actually read, in order."""
    seen: list[str] = []
    read_reply = answers._read_reply

    def counting(question, text, language):
        seen.append(text)
        return read_reply(question, text, language)

    monkeypatch.setattr(answers, "_read_reply", counting)
    return seen


def test_a_short_reply_is_read_once_per_question_and_language(reads: list[str]) -> None:
    overall, listened = QUESTIONS["overall"], QUESTIONS["listened"]
    first = parse_answer(overall, "very good")
    assert parse_answer(overall, "very good") == first == Parsed(True, 1)
    assert reads == ["very good"]
    parse_answer(listened, "very good")
    parse_answer(overall, "very good", "cy")
    parse_answer(overall, "Very good")
    assert reads == ["very good"] * 3 + ["Very good"]


def test_a_long_reply_is_read_every_time(reads: list[str]) -> None:
    text = "very good, the officer came back to me the same week and sorted it"
    assert len(text) > answers._REMEMBERED_CHARS
    assert parse_answer(QUESTIONS["overall"], text) == parse_answer(QUESTIONS["overall"], text)
    assert reads == [text, text]


def test_a_new_reply_model_reads_the_reply_again(reads: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    parse_answer(QUESTIONS["overall"], "hmm sorta")
    monkeypatch.setattr(reply_model, "load", lambda: None)  # the file replaced, or gone
    parse_answer(QUESTIONS["overall"], "hmm sorta")
    assert reads == ["hmm sorta", "hmm sorta"]


def test_the_remembered_readings_stay_bounded() -> None:
    for n in range(answers._REMEMBERED_READINGS + 10):
        parse_answer(QUESTIONS["overall"], f"{n} stars")
    assert 0 < len(answers._READINGS) <= answers._REMEMBERED_READINGS


@pytest.mark.parametrize("qid", sorted(QUESTIONS))
@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_questions_value_senses_are_worked_out_once(qid: str, language: str) -> None:
    lexicon = lexicon_for(QUESTIONS[qid], language)
    senses = reply_model.value_senses(lexicon)
    assert senses == reply_model._value_senses(lexicon)
    assert reply_model.value_senses(lexicon) is senses
    with pytest.raises(TypeError):
        senses["x"] = "yes"  # type: ignore[index]
