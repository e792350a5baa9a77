"""50 residents × 6 answers at once through 2 gunicorn workers: every answer stored exactly once, in order."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from sqlalchemy import select

from bench._gunicorn import DEPLOYED, gunicorn
from models import Answer, Message
from tests.factories import conversations_of
from tests.twilio_requests import AUTH_TOKEN, PUBLIC_URL, SMS_PATH, message_form, signature

pytestmark = pytest.mark.slow
RESIDENTS = [f"+4477009005{n:02d}" for n in range(50)]
QUESTIONS = ["overall", "listened", "what_matters", "strengths", "timely", "comment"]


def answers_for(index: int) -> list[str]:
    """Six replies that differ between residents, so a mix-up shows."""
    choices = [1 + index % 5, 1 + index % 4, 1 + (index + 1) % 4, 1 + (index + 2) % 4, 1 + (index + 3) % 4]
    return [str(value) for value in choices] + [f"resident {index} says the bins were late"]


def post(session: requests.Session, base_url: str, text: str, sender: str) -> None:
    form = message_form(text, sender=sender)
    headers = {"X-Twilio-Signature": signature(PUBLIC_URL + SMS_PATH, form)}
    response = session.post(base_url + SMS_PATH, data=form, headers=headers, timeout=60)
    assert response.status_code == 200, response.text


def test_fifty_residents_six_answers_each_on_two_workers(db, database_url, tmp_path):
    env = {"DATABASE_URL": database_url, "SECRET_KEY": "test", "TWILIO_AUTH_TOKEN": AUTH_TOKEN}
    env["PUBLIC_URL"] = PUBLIC_URL
    log_path = tmp_path / "gunicorn.log"

    def resident(index: int) -> None:
        """One resident: says hello, then answers each question after the previous reply came back."""
        with requests.Session() as session:
            for text in ["Hi", *answers_for(index)]:
                post(session, base_url, text, RESIDENTS[index])

    with (
        open(log_path, "wb") as log,
        gunicorn("web.wsgi:app", env, workers=2, log=log, args=DEPLOYED) as base_url,
        ThreadPoolExecutor(len(RESIDENTS)) as pool,
    ):
        list(pool.map(resident, range(len(RESIDENTS))))

    for index, number in enumerate(RESIDENTS):
        [conversation] = conversations_of(db, number, "sms")
        with db.begin() as session:
            answers = session.scalars(
                select(Answer).where(Answer.conversation_id == conversation.id).order_by(Answer.id)
            ).all()
            inbound = session.scalars(
                select(Message.body)
                .where(Message.conversation_id == conversation.id, Message.direction == "in")
                .order_by(Message.id)
            ).all()
        assert [a.question_id for a in answers] == QUESTIONS, number
        assert [a.raw for a in answers] == answers_for(index), number
        assert inbound[-6:] == answers_for(index), "each message stored once, in the order sent"
        assert len(inbound) == 7
