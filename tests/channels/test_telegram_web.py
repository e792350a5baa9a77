"""Telegram in the web app: webhook mode through Flask, and the polling service `make run` starts."""

from __future__ import annotations

import logging

import pytest

from bot.channels.telegram.runner import PollingThread
from tests.factories import answers_of, conversations_of, resident_of
from tests.fakes.telegram_fixtures import CHAT, buttons, stored_inbound
from tests.fakes.telegram_server import TOKEN
from tests.fakes.telegram_updates import (
    callback_update,
    channel_post_update,
    edited_update,
    media_update,
    text_update,
)
from web.cli.serve import BACKGROUND
from web.webhooks.telegram import start_polling, stop_webhook_runner

SECRET = "s3cret-Webhook_value"
HEADER = "X-Telegram-Bot-Api-Secret-Token"


def make_app(config, database_url):
    from web import create_app

    return create_app(
        {"TESTING": True, "HEARD_CONFIG": config, "DATABASE_URL": database_url, "SECRET_KEY": "test"}
    )


@pytest.fixture
def telegram_app(config, database_url, fake, monkeypatch):
    """The Flask app in webhook mode, talking to the fake Bot API server."""
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", fake.base_url)
    monkeypatch.setenv("TELEGRAM_MODE", "webhook")
    monkeypatch.setenv("TELEGRAM_WEBHOOK_SECRET", SECRET)
    app = make_app(config, database_url)
    yield app
    stop_webhook_runner(app)
    app.extensions["heard"].db.dispose()


@pytest.fixture
def post(telegram_app):
    client = telegram_app.test_client()

    def post(update: object, secret: str | None = SECRET, **kwargs: object):
        headers = {HEADER: secret} if secret is not None else {}
        return client.post("/webhooks/telegram", json=update, headers=headers, **kwargs)

    return post


@pytest.mark.parametrize("secret", [None, "", "wrong", SECRET[:-1], SECRET + "x", SECRET.upper()])
def test_a_missing_or_wrong_secret_is_refused(post, fake, telegram_app, secret):
    response = post(text_update(fake.next_update_id(), CHAT, "/start"), secret=secret)
    assert response.status_code == 403
    assert fake.calls("sendMessage") == [] and "telegram_webhook" not in telegram_app.extensions


def test_an_update_is_answered_before_the_webhook_returns(post, fake, db):
    response = post(text_update(fake.next_update_id(), CHAT, "/start team-east"))
    assert response.status_code == 200
    intro, question = fake.sent_to(CHAT)  # already sent: no waiting
    assert intro.params["text"].startswith("Thank you for talking to Anytown Council.")
    assert buttons(question)[0] == ("1 Very good", "a:overall:1")
    [conversation] = conversations_of(db, str(CHAT), "telegram")
    assert conversation.team == "east"


def test_taps_and_typing_both_answer_in_webhook_mode(post, fake, db):
    post(text_update(fake.next_update_id(), CHAT, "/start"))
    question = fake.sent_to(CHAT)[-1]
    assert (
        post(callback_update(fake.next_update_id(), CHAT, "a:overall:1", question.result)).status_code == 200
    )
    [edit] = fake.calls("editMessageText")
    assert edit.params["text"].endswith("\n\n✅ 1 Very good") and "reply_markup" not in edit.params
    assert len(fake.calls("answerCallbackQuery")) == 1
    post(text_update(fake.next_update_id(), CHAT, "not really"))
    [conversation] = conversations_of(db, str(CHAT), "telegram")
    answers = answers_of(db, conversation.id)
    assert (answers["overall"].value_num, answers["listened"].value_num) == (1, 3)
    assert fake.texts_to(CHAT)[-1].startswith("Did we talk about what matters most to you?")


def test_a_redelivered_webhook_update_is_stored_once(post, fake, db):
    update = text_update(fake.next_update_id(), CHAT, "/start")
    assert post(update).status_code == 200
    assert post(update).status_code == 200
    assert stored_inbound(db, update["update_id"]) == 1
    assert len(conversations_of(db, str(CHAT), "telegram")) == 1


def test_a_blocked_resident_is_opted_out_in_webhook_mode(post, fake, db):
    fake.block(CHAT)
    assert post(text_update(fake.next_update_id(), CHAT, "/start")).status_code == 200
    assert resident_of(db, str(CHAT), "telegram").opted_out
    post(text_update(fake.next_update_id(), CHAT, "1"))
    assert len(fake.calls("sendMessage:refused")) == 1  # nothing more was tried


def test_updates_the_bot_does_not_handle_are_fine_in_webhook_mode(post, fake, caplog):
    group = -100555
    updates = [
        text_update(fake.next_update_id(), group, "hello", chat_type="group"),
        channel_post_update(fake.next_update_id()),
        media_update(fake.next_update_id(), CHAT, "voice"),
        edited_update(fake.next_update_id(), CHAT, "2", language_code="cy"),
    ]
    assert [post(update).status_code for update in updates] == [200, 200, 200, 200]
    assert fake.sent_to(group) == []
    texts = fake.texts_to(CHAT)
    assert texts[-1].startswith("Mae'n ddrwg gen i, allwn ni ddim darllen newidiadau")
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


@pytest.mark.parametrize(
    "body",
    [
        "{not json",
        "[]",
        '"hello"',
        '{"message": {}}',
        '{"update_id": "7"}',
        '{"update_id": 7, "message": "not a message"}',
        '{"update_id": 7, "message": {"chat": 5}}',
    ],
)
def test_a_malformed_update_is_a_400_not_a_500(telegram_app, body):
    response = telegram_app.test_client().post(
        "/webhooks/telegram", data=body, content_type="application/json", headers={HEADER: SECRET}
    )
    assert response.status_code == 400


def test_the_webhook_route_is_off_in_polling_mode(client):
    assert client.post("/webhooks/telegram", json={"update_id": 1}).status_code == 404


def test_webhook_mode_needs_a_usable_secret(monkeypatch, config, database_url, capsys):
    monkeypatch.setenv("TELEGRAM_MODE", "webhook")
    with pytest.raises(SystemExit):
        make_app(config, database_url)
    assert "TELEGRAM_WEBHOOK_SECRET: required" in capsys.readouterr().err
    monkeypatch.setenv("TELEGRAM_WEBHOOK_SECRET", "has spaces")
    with pytest.raises(SystemExit):
        make_app(config, database_url)


def test_make_run_polls_telegram_when_a_token_is_set(monkeypatch, config, database_url, fake, db):
    assert start_polling in BACKGROUND
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", fake.base_url)
    app = make_app(config, database_url)
    service = start_polling(app)
    try:
        assert isinstance(service, PollingThread)
        fake.enqueue(text_update(fake.next_update_id(), CHAT, "hello"))
        fake.wait_for(lambda: len(fake.sent_to(CHAT)) == 2)
    finally:
        service.stop()
        app.extensions["heard"].db.dispose()


def test_no_token_means_no_polling(app):
    assert start_polling(app) is None


def test_a_rejected_token_is_logged_without_the_token(monkeypatch, config, database_url, fake, caplog):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "999:WRONG-token-value")
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", fake.base_url)
    app = make_app(config, database_url)
    with caplog.at_level(logging.INFO):
        assert start_polling(app) is None
    app.extensions["heard"].db.dispose()
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "Telegram polling did not start: InvalidToken" in logged
    assert "WRONG-token-value" not in logged
