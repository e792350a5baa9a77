"""pytest fixtures for Telegram tests: the fake Bot API server and the real bot polling it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.channels.telegram.handlers import build_application
from bot.channels.telegram.limits import ChatRateLimiter
from bot.channels.telegram.runner import PollingThread
from models import Message
from models.db import Database
from settings import Config, Environment
from tests.fakes.telegram_server import TOKEN, Call, FakeTelegram
from tests.fakes.telegram_updates import text_update

CHAT = 4242


@pytest.fixture
def fake() -> Iterator[FakeTelegram]:
    with FakeTelegram() as server:
        yield server


@pytest.fixture
def telegram_env(fake: FakeTelegram) -> Environment:
    return Environment.from_environ({"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": fake.base_url})


def fast_limiter() -> ChatRateLimiter:
    """The real limiter with a burst big enough that flow tests do not wait on it."""
    return ChatRateLimiter(overall_per_second=1000, per_chat_burst=100, per_chat_period=1)


@pytest.fixture
def polling(fake: FakeTelegram, telegram_env: Environment, config: Config, db: Database) -> Iterator[Any]:
    """The real PTB Application long-polling the fake server, on its own thread."""
    application = build_application(telegram_env, config, db, "test", rate_limiter=fast_limiter())
    runner = PollingThread(application).start()
    yield runner
    runner.stop()


class Resident:
    """One Telegram user talking to the bot through the fake server."""

    def __init__(self, fake: FakeTelegram, chat_id: int = CHAT, language_code: str | None = "en") -> None:
        self.fake = fake
        self.chat_id = chat_id
        self.language_code = language_code

    def say(self, text: str, wait_for: int = 1) -> list[Call]:
        """Send `text`; wait until `wait_for` more messages reached this chat; return them."""
        before = len(self.fake.sent_to(self.chat_id))
        update = text_update(self.fake.next_update_id(), self.chat_id, text, language_code=self.language_code)
        self.fake.enqueue(update)
        return self.received_since(before, wait_for)

    def received_since(self, before: int, count: int) -> list[Call]:
        self.fake.wait_for(lambda: len(self.fake.sent_to(self.chat_id)) >= before + count)
        return self.fake.sent_to(self.chat_id)[before:]

    def last_question(self) -> Call:
        """The newest message to this chat that came with buttons."""
        return [c for c in self.fake.sent_to(self.chat_id) if c.params.get("reply_markup")][-1]


def buttons(call: Call) -> list[tuple[str, str]]:
    """(label, callback data) of every button in a sent message."""
    rows = call.params["reply_markup"]["inline_keyboard"]
    return [(button["text"], button["callback_data"]) for row in rows for button in row]


def stored_inbound(db: Database, external_id: int) -> int:
    with db.begin() as session:
        return session.scalar(
            select(func.count())
            .select_from(Message)
            .where(Message.channel == "telegram", Message.external_id == str(external_id))
        )
