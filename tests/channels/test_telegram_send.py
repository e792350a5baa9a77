"""Outbound Telegram: the outbox's sync Sender, the buttons' callback data, and the flood limiter."""

from __future__ import annotations

import asyncio
import time

import pytest
from telegram.error import RetryAfter

from bot.channels import SendError, sender_for
from bot.channels.telegram.limits import ChatRateLimiter
from bot.channels.telegram.send import TelegramSender, file_base_url, parse_tap, tap_data
from bot.conversation.messages import Reply
from settings import Environment
from tests.fakes.telegram_fixtures import CHAT, buttons

QUESTION = Reply("Did we listen?\n1 Yes\n2 No", "listened", (("1 Yes", "1"), ("2 No", "2")))


@pytest.fixture
def sender(telegram_env, config):
    telegram = sender_for("telegram", telegram_env, config)
    yield telegram
    telegram.close()


def test_the_sender_is_registered_only_when_a_token_is_set(config):
    assert isinstance(
        sender_for("telegram", Environment.from_environ({"TELEGRAM_BOT_TOKEN": "1:x"}), config),
        TelegramSender,
    )
    assert sender_for("telegram", Environment.from_environ({}), config) is None


def test_the_sender_sends_text_with_buttons(sender, fake):
    sent = sender.send(str(CHAT), QUESTION)
    [call] = fake.sent_to(CHAT)
    # Telegram numbers messages per chat: no id that could name one message across residents.
    assert (sent.external_id, sent.status) == (None, "sent")
    assert call.params["text"] == QUESTION.text
    assert buttons(call) == [("1 Yes", "a:listened:1"), ("2 No", "a:listened:2")]
    sender.send(str(CHAT), Reply("Thank you"))
    assert "reply_markup" not in fake.sent_to(CHAT)[-1].params


def test_a_block_is_an_opt_out_and_a_server_error_is_temporary(sender, fake):
    fake.block(CHAT)
    with pytest.raises(SendError) as blocked:
        sender.send(str(CHAT), Reply("Hello"))
    assert blocked.value.opted_out and blocked.value.permanent and blocked.value.code == "403"

    fake.fail_next(CHAT + 1)
    with pytest.raises(SendError) as failed:
        sender.send(str(CHAT + 1), Reply("Hello"))
    assert not failed.value.permanent and not failed.value.opted_out
    assert sender.send(str(CHAT + 1), Reply("Hello")).status == "sent"  # the next try goes through


def test_the_sender_reports_an_unreachable_server_as_temporary(config, fake):
    env = Environment.from_environ(
        {"TELEGRAM_BOT_TOKEN": "1:x", "TELEGRAM_API_BASE_URL": "http://127.0.0.1:9/bot"}
    )
    telegram = sender_for("telegram", env, config)
    with pytest.raises(SendError) as error:
        telegram.send(str(CHAT), Reply("Hello"))
    assert not error.value.permanent
    telegram.close()


@pytest.mark.parametrize(
    "question_id, text, expected",
    [("overall", "1", "a:overall:1"), (None, "yes", "yes"), ("q" * 70, "2", "2")],
)
def test_callback_data_names_the_question_when_it_fits(question_id, text, expected):
    assert tap_data(question_id, text) == expected
    assert parse_tap(expected) == ((question_id, text) if expected.startswith("a:") else (None, text))


def test_the_file_url_sits_beside_the_api_url():
    assert file_base_url("https://api.telegram.org/bot") == "https://api.telegram.org/file/bot"
    assert file_base_url("http://127.0.0.1:5/bot") == "http://127.0.0.1:5/file/bot"


async def timed_requests(limiter: ChatRateLimiter, chat_ids: list[object]) -> float:
    """Push one request per chat id through the limiter; seconds it took."""

    async def request() -> bool:
        return True

    started = time.monotonic()
    for chat_id in chat_ids:
        data = {"chat_id": chat_id} if chat_id is not None else {}
        assert await limiter.process_request(request, (), {}, "sendMessage", data, None)
    return time.monotonic() - started


def run_requests(limiter: ChatRateLimiter, chat_ids: list[object]) -> float:
    return asyncio.run(timed_requests(limiter, chat_ids))


# Wall-clock bounds below sit far from what a wrong limiter would take (waits of a second or
# more), so a busy machine (the suite runs on two workers) cannot make a right one fail.


def test_one_chat_gets_a_burst_then_about_one_message_a_period():
    limiter = ChatRateLimiter(overall_per_second=1000, per_chat_burst=2, per_chat_period=1.0)

    async def burst_then_more() -> tuple[float, float]:
        burst = await timed_requests(limiter, [CHAT] * 2)
        # Two more to the same chat must wait for the bucket to drain; another chat need not.
        other = await timed_requests(limiter, [CHAT + 1])
        return burst + other, await timed_requests(limiter, [CHAT] * 2)

    quick, throttled = asyncio.run(burst_then_more())
    assert quick < 0.5 and throttled >= 0.6  # the two waited about 0.5 s each


def test_many_chats_are_limited_only_overall():
    limiter = ChatRateLimiter(overall_per_second=1000, per_chat_burst=1, per_chat_period=5)
    assert run_requests(limiter, list(range(50))) < 2.0  # as one chat, 49 would wait 5 s each
    overall = ChatRateLimiter(overall_per_second=10, per_chat_burst=100, per_chat_period=1)
    assert run_requests(overall, list(range(20))) >= 0.8  # 20 at 10/s, after a burst of 10


def test_requests_without_a_chat_are_not_limited():
    limiter = ChatRateLimiter(overall_per_second=1, per_chat_burst=1, per_chat_period=5)
    assert run_requests(limiter, [None] * 20) < 5.0  # limited, they would take 19 s


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
def test_retry_after_is_waited_out_and_retried():
    limiter = ChatRateLimiter(max_retries=2)
    attempts = []

    async def flaky() -> bool:
        attempts.append(time.monotonic())
        if len(attempts) == 1:
            raise RetryAfter(0)
        return True

    result = asyncio.run(limiter.process_request(flaky, (), {}, "sendMessage", {"chat_id": CHAT}, None))
    assert result is True and len(attempts) == 2


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
def test_retry_after_gives_up_after_max_retries():
    limiter = ChatRateLimiter(max_retries=1)

    async def always_flooded() -> bool:
        raise RetryAfter(0)

    with pytest.raises(RetryAfter):
        asyncio.run(limiter.process_request(always_flooded, (), {}, "sendMessage", {"chat_id": CHAT}, None))


def test_outbox_sends_to_many_residents_are_each_sent_and_logged_once(db, config, telegram_env, fake):
    """Telegram's message ids repeat across chats: the log must not take them for one message."""
    from datetime import timedelta

    from sqlalchemy import func, select

    from bot.outreach.outbox import drain
    from bot.outreach.sweep import sweep
    from models import Message
    from tests.factories import T0
    from tests.scheduling import fast, outbox, record, registered

    cfg = fast(config)
    chats = [CHAT + 10, CHAT + 11, CHAT + 12]
    rows = [{"telegram_chat_id": str(chat), "team": "east", "contacted_at": T0.isoformat(), "consent": "yes"}
            for chat in chats]  # fmt: skip
    record(db, cfg, rows, T0)
    sweep(db, cfg, T0 + timedelta(hours=2))
    telegram = sender_for("telegram", telegram_env, cfg)
    try:
        with registered(telegram):
            drain(db, cfg, telegram_env, T0 + timedelta(hours=2))
    finally:
        telegram.close()
    assert [len(fake.sent_to(chat)) for chat in chats] == [2, 2, 2]  # intro and question, once each
    assert {m.status for m in outbox(db)} == {"sent"}
    with db.begin() as session:
        logged = session.scalar(
            select(func.count()).where(Message.direction == "out", Message.status == "sent")
        )
    assert logged == 6
