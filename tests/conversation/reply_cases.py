"""What the reply-parser test modules share: the table's questions, `R` for "ask again", a case
maker, and a fixture that switches the learned fallback off so that the rules alone are tested."""

from __future__ import annotations

import pytest

from bot.conversation import reply_model
from bot.conversation.answers import Parsed, parse_answer
from bot.conversation.reply_table import load_questions

QUESTIONS = load_questions()
R = None  # ask again


@pytest.fixture
def rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reply_model, "propose", lambda *_args, **_kwargs: None)


def case(question: str, reply: str, expected: object, language: str = "en") -> object:
    return pytest.param(question, reply, expected, language, id=f"{question}:{reply}:{language}")


def check(question: str, reply: str, expected: object, language: str) -> None:
    """The reply to the table's question is stored as `expected`, or asked again when it is R."""
    read = parse_answer(QUESTIONS[question], reply, language)
    assert read == (Parsed(False) if expected is R else Parsed(True, expected))
