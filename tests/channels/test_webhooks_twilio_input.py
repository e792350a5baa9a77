"""Whatever arrives at /webhooks/twilio/sms, the answer is TwiML or a clean 4xx, never a 500."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.conversation.messages import MAX_STORED_BODY
from models import Message
from tests.twilio_requests import (
    PUBLIC_URL,
    SMS_PATH,
    count,
    message_form,
    post_signed,
    signature,
    twilio_env,  # noqa: F401 - autouse fixture
    twiml_messages,
)
from web.webhooks.twilio_sms import MAX_WEBHOOK_BYTES


def last_inbound(db) -> Message:
    with db.begin() as session:
        return session.scalars(select(Message).where(Message.direction == "in").order_by(Message.id)).all()[
            -1
        ]


BODIES = {
    "200 kB": "x" * 200_000,
    "200 kB of emoji": "👍" * 50_000,
    "control characters": "1\x00\x01\x07\x1b[31m\x7f\u202e\r\n",
    "emoji": "👍👍 🙂",
    "empty": "",
    "only spaces": "   \n\t ",
    "xml": "<Response><Message>pwned</Message></Response> & ]]>",
    "welsh": "Da iawn, diolch yn fawr ŵ ŷ",
}


@pytest.mark.parametrize("body", BODIES.values(), ids=list(BODIES))
def test_any_body_mid_survey_gets_a_polite_answer(client, db, body):
    post_signed(client, SMS_PATH, message_form("Hi"))
    response = post_signed(client, SMS_PATH, message_form(body))
    assert response.status_code == 200
    replies = twiml_messages(response.data)
    assert replies and all(replies)
    assert "pwned" not in response.get_data(as_text=True)
    stored = last_inbound(db)
    assert stored.body == body.replace("\x00", "")[:MAX_STORED_BODY]
    assert stored.truncated is (len(body) > MAX_STORED_BODY)


def test_media_only_mms_gets_the_text_only_reply(client, config):
    post_signed(client, SMS_PATH, message_form("Hi"))
    form = message_form(
        "", NumMedia="1", MediaUrl0="https://api.twilio.com/x.jpg", MediaContentType0="image/jpeg"
    )
    replies = twiml_messages(post_signed(client, SMS_PATH, form).data)
    assert replies[0] == config.messages["en"].text_only
    assert replies[1].startswith("Overall")


@pytest.mark.parametrize("sender", [None, "", "VODAFONE", "whatsapp:", "+"])
def test_no_usable_sender_gets_an_empty_twiml_and_nothing_stored(client, db, sender):
    form = message_form("Hi")
    if sender is None:
        del form["From"]
    else:
        form["From"] = sender
    response = post_signed(client, SMS_PATH, form)
    assert response.status_code == 200 and twiml_messages(response.data) == []
    assert count(db, Message) == 0


@pytest.mark.parametrize(
    "content_type, data",
    [
        ("application/json", b'{"From": "+447700900123", "Body": "Hi"}'),
        ("application/octet-stream", bytes(range(256)) * 40),
        ("text/plain", b"From=+447700900123&Body=Hi"),
        ("multipart/form-data; boundary=x", b"--x\r\nbroken"),
    ],
    ids=["json", "binary", "text", "broken multipart"],
)
def test_signed_non_form_bodies_get_an_empty_twiml(client, db, content_type, data):
    # Twilio signs URL + form fields; a body that is not a form has none.
    headers = {"X-Twilio-Signature": signature(PUBLIC_URL + SMS_PATH, {}), "Content-Type": content_type}
    response = client.post(SMS_PATH, data=data, headers=headers)
    assert response.status_code == 200 and twiml_messages(response.data) == []
    assert count(db, Message) == 0


def test_undecodable_bytes_in_a_form_are_kept_escaped_not_fatal(client, db):
    form = message_form("placeholder")
    raw = "&".join(f"{k}={v}" for k, v in form.items() if k != "Body").replace("+", "%2B")
    data = raw.encode() + b"&Body=caf%E9+%FF%FE"
    # Werkzeug leaves invalid UTF-8 percent-escaped; that is what Heard sees and checks.
    decoded = form | {"Body": "caf%E9 %FF%FE"}
    headers = {"X-Twilio-Signature": signature(PUBLIC_URL + SMS_PATH, decoded)}
    response = client.post(
        SMS_PATH, data=data, headers=headers, content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200 and len(twiml_messages(response.data)) == 2
    assert last_inbound(db).body == "caf%E9 %FF%FE"


def test_a_body_over_the_limit_is_a_clean_413_and_nothing_stored(client, db):
    form = message_form("x" * (MAX_WEBHOOK_BYTES + 1))
    response = post_signed(client, SMS_PATH, form)
    assert response.status_code == 413 and count(db, Message) == 0
