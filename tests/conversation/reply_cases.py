"""What the reply-parser test modules share: the table's questions, `R` for "ask again", a case
maker, and a fixture that switches the learned fallback off so that the rules alone are tested."""

from __future__ import annotations

import pytest

from bot.conversation import reply_model
from bot.conversation.reply_table import load_questions

QUESTIONS = load_questions()
R = None  # ask again


@pytest.fixture
def rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reply_model, "propose", lambda *_args, **_kwargs: None)


def case(question: str, reply: str, expected: object, language: str = "en") -> object:
    return pytest.param(question, reply, expected, language, id=f"{question}:{reply}:{language}")
