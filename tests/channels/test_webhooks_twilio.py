"""POST /webhooks/twilio/sms through the app with requests signed like Twilio signs them."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import select

from models import Conversation, Message, Resident
from tests.factories import conversations_of
from tests.twilio_requests import (
    AUTH_TOKEN,
    PUBLIC_URL,
    SMS_PATH,
    STATUS_PATH,
    count,
    message_form,
    post_signed,
    signature,
    twilio_env,  # noqa: F401 - autouse fixture
    twiml_messages,
)

NUMBER = "+447700900123"


def test_first_text_starts_the_default_survey_as_twiml(client, db, config):
    response = post_signed(client, SMS_PATH, message_form("Hello"))
    assert response.status_code == 200 and response.mimetype == "application/xml"
    intro, question = twiml_messages(response.data)
    assert intro.startswith("Thank you for talking to Anytown Council")
    assert question.startswith("Overall, how was your experience")
    [conversation] = conversations_of(db, NUMBER, "sms")
    assert conversation.current_question == "overall" and conversation.channel == "sms"


def test_a_whole_survey_by_sms(client, db, config):
    for text in ["Hi", "1", "2", "1", "1", "1"]:
        post_signed(client, SMS_PATH, message_form(text))
    response = post_signed(client, SMS_PATH, message_form("Kind and quick"))
    thanks, consent_question = twiml_messages(response.data)
    assert thanks == config.default_survey.thanks["en"]
    assert consent_question == config.you_said_we_did.question["en"]
    assert conversations_of(db, NUMBER, "sms")[0].status == "completed"


def test_team_keyword_starts_that_teams_survey(client, db):
    post_signed(client, SMS_PATH, message_form("feedback east"))
    [conversation] = conversations_of(db, NUMBER, "sms")
    assert conversation.team == "east"


def test_whatsapp_is_its_own_channel_on_the_same_number(client, db):
    post_signed(client, SMS_PATH, message_form("Hi", sender=f"whatsapp:{NUMBER}"))
    [conversation] = conversations_of(db, NUMBER, "whatsapp")
    assert conversation.channel == "whatsapp"
    with db.begin() as session:
        assert session.scalars(select(Resident.phone)).all() == [NUMBER]


def test_stop_by_sms_silences_whatsapp(client):
    post_signed(client, SMS_PATH, message_form("Hi"))
    stopped = post_signed(client, SMS_PATH, message_form("STOP"))
    assert "not get any more messages" in twiml_messages(stopped.data)[0]
    later = post_signed(client, SMS_PATH, message_form("Hello", sender=f"whatsapp:{NUMBER}"))
    assert later.status_code == 200 and twiml_messages(later.data) == []


def test_national_format_sender_is_stored_as_e164(client, db):
    post_signed(client, SMS_PATH, message_form("Hi", sender="07700 900123"))
    assert len(conversations_of(db, NUMBER, "sms")) == 1


def test_same_message_sid_twice_is_stored_once_and_answered_the_same(client, db):
    form = message_form("Hi")
    first = post_signed(client, SMS_PATH, form)
    again = post_signed(client, SMS_PATH, form)
    assert again.status_code == 200 and again.data == first.data and len(twiml_messages(again.data)) == 2
    with db.begin() as session:
        inbound = session.scalars(select(Message).where(Message.direction == "in")).all()
    assert [m.external_id for m in inbound] == [form["MessageSid"]]
    assert count(db, Conversation) == 1


# --- signatures ---

OTHER_PATH = {SMS_PATH: STATUS_PATH, STATUS_PATH: SMS_PATH}
FORGERIES = {
    "unsigned": lambda form, path: {},
    "wrong token": lambda form, path: signed(PUBLIC_URL + path, form, "guess"),
    "other host": lambda form, path: signed("https://evil.example" + path, form),
    "other path": lambda form, path: signed(PUBLIC_URL + OTHER_PATH[path], form),
    "tampered body": lambda form, path: signed(PUBLIC_URL + path, form | {"Body": "1"}),
    "empty signature": lambda form, path: {"X-Twilio-Signature": ""},
    "junk signature": lambda form, path: {"X-Twilio-Signature": "\u00ff" * 300},
}


def signed(url: str, form: dict[str, str], token: str = AUTH_TOKEN) -> dict[str, str]:
    return {"X-Twilio-Signature": signature(url, form, token)}


@pytest.mark.parametrize("forgery", FORGERIES, ids=list(FORGERIES))
@pytest.mark.parametrize("path", [SMS_PATH, STATUS_PATH])
def test_forged_or_unsigned_requests_are_refused_and_nothing_is_stored(client, db, caplog, forgery, path):
    form = message_form("STOP")
    headers = FORGERIES[forgery](form, path)
    with caplog.at_level(logging.DEBUG):
        response = client.post(path, data=form, headers=headers)
    assert response.status_code == 403
    assert count(db, Message) == count(db, Resident) == 0
    refused = [r.getMessage() for r in caplog.records if "Refused a Twilio webhook" in r.getMessage()]
    assert len(refused) == 1
    assert "7700900123" not in caplog.text and "7700 900123" not in caplog.text


def test_everything_is_refused_when_no_auth_token_is_set(client, db, monkeypatch, config, database_url):
    from web import create_app

    monkeypatch.delenv("TWILIO_AUTH_TOKEN")
    app = create_app({"TESTING": True, "HEARD_CONFIG": config, "DATABASE_URL": database_url})
    response = post_signed(app.test_client(), SMS_PATH, message_form("Hi"))
    assert response.status_code == 403 and count(db, Message) == 0
    app.extensions["heard"].db.dispose()


def test_without_public_url_the_request_url_is_signed(monkeypatch, config, database_url):
    from web import create_app

    monkeypatch.delenv("PUBLIC_URL")
    app = create_app({"TESTING": True, "HEARD_CONFIG": config, "DATABASE_URL": database_url})
    client = app.test_client()
    local = post_signed(client, SMS_PATH, message_form("Hi"), url="http://localhost" + SMS_PATH)
    public = post_signed(client, SMS_PATH, message_form("Hi"))
    assert (local.status_code, public.status_code) == (200, 403)
    app.extensions["heard"].db.dispose()


def test_behind_a_proxy_werkzeug_proxyfix_gives_the_public_url(monkeypatch, config, database_url):
    from werkzeug.middleware.proxy_fix import ProxyFix

    from web import create_app

    monkeypatch.delenv("PUBLIC_URL")
    app = create_app({"TESTING": True, "HEARD_CONFIG": config, "DATABASE_URL": database_url})
    app.wsgi_app = ProxyFix(app.wsgi_app, x_proto=1, x_host=1)
    form = message_form("Hi")
    headers = {
        "X-Twilio-Signature": signature(PUBLIC_URL + SMS_PATH, form),
        "X-Forwarded-Proto": "https",
        "X-Forwarded-Host": "heard.example.org",
    }
    assert app.test_client().post(SMS_PATH, data=form, headers=headers).status_code == 200
    app.extensions["heard"].db.dispose()


# --- logs ---


def test_phone_numbers_never_reach_the_logs(client, caplog, config):
    from bot.privacy.redaction import address_hash

    with caplog.at_level(logging.DEBUG):
        for text in ["Hi", "1", "STOP"]:
            assert post_signed(client, SMS_PATH, message_form(text)).status_code == 200
        post_signed(client, SMS_PATH, message_form("Hi", sender=f"whatsapp:{NUMBER}"))
    assert caplog.records, "the webhook logs each message"
    assert "7700900123" not in caplog.text and "900123" not in caplog.text
    assert address_hash(NUMBER, "test") in caplog.text
