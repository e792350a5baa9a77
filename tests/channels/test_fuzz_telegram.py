"""Hostile bodies at /webhooks/telegram: never a 500; without the secret nothing is stored or sent."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.channels.telegram.handlers import build_application
from bot.channels.telegram.runner import WebhookRunner
from tests.channels.test_fuzz_twilio import fingerprint
from tests.fakes.telegram_fixtures import fast_limiter
from tests.fakes.telegram_server import TOKEN
from tests.fakes.telegram_updates import callback_update, edited_update, text_update
from tests.hostile_bodies import CONTENT_TYPES, EXAMPLES, dump, huge, json_values, raw_bodies, texts
from web.webhooks.telegram import SECRET_HEADER, stop_webhook_runner

pytestmark = pytest.mark.slow
SECRET = "fuzz-Webhook_secret"
PATH = "/webhooks/telegram"
CHATS = [4242, 4243, -100, 0, 2**53, -(2**63)]
FUZZ = settings(
    max_examples=EXAMPLES // 2,  # half with the secret, half without
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
_update_ids = itertools.count(1)


@pytest.fixture
def telegram_app(config, database_url, fake, monkeypatch):
    """The app in webhook mode, talking to the fake Bot API server."""
    from web import create_app

    for name, value in {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "TELEGRAM_MODE": "webhook",
        "TELEGRAM_WEBHOOK_SECRET": SECRET,
    }.items():
        monkeypatch.setenv(name, value)
    app = create_app(
        {"TESTING": True, "HEARD_CONFIG": config, "DATABASE_URL": database_url, "SECRET_KEY": "test"}
    )
    # The real runner with a limiter that does not pace: per-chat limits would make this take hours.
    state = app.extensions["heard"]
    application = build_application(state.env, state.config, state.db, "test", rate_limiter=fast_limiter())
    app.extensions["telegram_webhook"] = WebhookRunner(application).start()
    yield app
    stop_webhook_runner(app)
    app.extensions["heard"].db.dispose()


@st.composite
def updates(draw: st.DrawFn) -> dict:
    """Updates shaped like Telegram's, carrying hostile text, data and ids."""
    chat = draw(st.one_of(st.sampled_from(CHATS), st.integers()))
    update_id = draw(st.one_of(st.just(next(_update_ids)), st.integers()))
    words = draw(texts)
    update = draw(
        st.sampled_from(
            [
                text_update(update_id, chat, words),
                text_update(update_id, chat, "/start " + words),
                edited_update(update_id, chat, words),
                callback_update(
                    update_id,
                    chat,
                    words,
                    {"message_id": 1, "date": 0, "chat": {"id": chat, "type": "private"}},
                ),
            ]
        )
    )
    if draw(st.booleans()):  # poke a hole in it: a field removed or replaced by anything
        body = update.get("message") or update.get("edited_message") or update["callback_query"]
        key = draw(st.sampled_from(sorted(body)))
        body[key] = draw(json_values()) if draw(st.booleans()) else body.pop(key)
    return update


cases = st.fixed_dictionaries(
    {
        "body": st.one_of(updates().map(dump), json_values().map(dump), raw_bodies()),
        "content_type": st.sampled_from(["application/json", *CONTENT_TYPES]),
        "huge": huge,
    }
)


def post(client, case: dict, secret: str | None):
    headers = {SECRET_HEADER: secret} if secret is not None else {}
    body = case["huge"].encode() if case["huge"] is not None else case["body"]
    return client.post(PATH, data=body, headers=headers, content_type=case["content_type"])


def test_hostile_updates_without_the_secret_are_refused_and_change_nothing(telegram_app, fake):
    client, db = telegram_app.test_client(), telegram_app.extensions["heard"].db
    before = fingerprint(db)

    @FUZZ
    @given(
        case=cases, secret=st.sampled_from([None, "", "wrong", SECRET[:-1], SECRET + "\x00", SECRET.upper()])
    )
    def check(case: dict, secret: str | None) -> None:
        response = post(client, case, secret)
        assert response.status_code in (403, 413), response.data[:300]

    check()
    assert fingerprint(db) == before, "an update without the secret changed the database"
    assert fake.calls("sendMessage") == [], "an update without the secret was answered"


def test_hostile_updates_with_the_secret_never_get_a_500(telegram_app, fake):
    client = telegram_app.test_client()
    taken = []

    @FUZZ
    @given(case=cases)
    def check(case: dict) -> None:
        response = post(client, case, SECRET)
        assert response.status_code < 500 or response.status_code == 503, response.data[:300]
        if response.status_code == 200:
            taken.append(case)

    check()
    assert len(taken) > EXAMPLES // 20, "too few updates reached the bot to prove anything"
    assert fake.calls("sendMessage"), "the bot answered none of them"
