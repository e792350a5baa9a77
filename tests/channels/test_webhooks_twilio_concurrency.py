"""Two gunicorn workers, one resident's messages at the same moment: the conversation stays whole."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from sqlalchemy import func, select

from bench._gunicorn import gunicorn
from models import Message
from tests.factories import answers_of, conversations_of
from tests.twilio_requests import AUTH_TOKEN, PUBLIC_URL, SMS_PATH, message_form, signature, twiml_messages

pytestmark = pytest.mark.slow
RESIDENTS = [f"+4477009004{n:02d}" for n in range(12)]


def post(base_url: str, form: dict[str, str]) -> requests.Response:
    headers = {"X-Twilio-Signature": signature(PUBLIC_URL + SMS_PATH, form)}
    return requests.post(base_url + SMS_PATH, data=form, headers=headers, timeout=30)


def test_simultaneous_messages_from_one_number_on_two_workers(db, config, database_url, tmp_path):
    env = {"DATABASE_URL": database_url, "SECRET_KEY": "test", "TWILIO_AUTH_TOKEN": AUTH_TOKEN}
    env["PUBLIC_URL"] = PUBLIC_URL
    log_path = tmp_path / "gunicorn.log"
    with open(log_path, "wb") as log, gunicorn("web.wsgi:app", env, workers=2, log=log) as base_url:
        for number in RESIDENTS:
            assert post(base_url, message_form("Hi", sender=number)).status_code == 200

        def pair(number: str) -> list[list[str]]:
            """Two messages from one number, released at the same instant."""
            barrier = threading.Barrier(2)

            def one(form: dict[str, str]) -> requests.Response:
                barrier.wait()
                return post(base_url, form)

            forms = [message_form("1", sender=number), message_form("1", sender=number)]
            with ThreadPoolExecutor(2) as pool:
                responses = list(pool.map(one, forms))
            assert [r.status_code for r in responses] == [200, 200], log_path.read_text()
            return [twiml_messages(r.content) for r in responses]

        with ThreadPoolExecutor(3) as pool:
            answered = dict(zip(RESIDENTS, pool.map(pair, RESIDENTS), strict=True))

    for number in RESIDENTS:
        # One message answered "overall" and asked "listened"; the other answered
        # "listened" and asked "what_matters": never the same question twice.
        asked = sorted(replies[0].split("?")[0] for replies in answered[number])
        assert asked == [
            "Did the person you spoke to listen carefully to you",
            "Did we talk about what matters most to you",
        ]
        [conversation] = conversations_of(db, number, "sms")
        answers = answers_of(db, conversation.id)
        assert {k: a.value_num for k, a in answers.items()} == {"overall": 1, "listened": 1}
        assert conversation.current_question == "what_matters"
    with db.begin() as session:
        inbound = session.scalar(select(func.count()).select_from(Message).where(Message.direction == "in"))
    assert inbound == 3 * len(RESIDENTS)
    logs = log_path.read_text()
    assert "addr:" in logs, "the workers log each message by its hashed address"
    assert "7700900" not in logs, "a phone number reached the server log"
