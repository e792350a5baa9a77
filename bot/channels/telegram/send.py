"""Sending to Telegram: inline keyboards for replies with options, and the outbox's Sender.

A Reply's options become one button per row; a tap's callback data names the
question and the reply text, so a tap on an old question's button is noticed
(`parse_tap`). `TelegramSender` is the sync Sender the outbox uses; it keeps
one Bot on one event loop (`LoopThread`) and maps Telegram's errors to SendError.
"""

from __future__ import annotations

import asyncio
import threading

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError
from telegram.ext import ExtBot

from bot.channels import SendError, Sent
from bot.channels.telegram.limits import ChatRateLimiter
from bot.channels.telegram.loop import LoopThread
from bot.conversation.messages import Reply
from settings import Config, Environment

CHANNEL = "telegram"
TAP_PREFIX = "a:"
MAX_CALLBACK_DATA = 64  # bytes, Telegram's limit
SEND_TIMEOUT = 60.0


def tap_data(question_id: str | None, reply_text: str) -> str:
    """Callback data for a button: 'a:<question>:<reply>', or the reply alone if that is too long."""
    data = f"{TAP_PREFIX}{question_id}:{reply_text}"
    if question_id and len(data.encode()) <= MAX_CALLBACK_DATA:
        return data
    return reply_text


def parse_tap(data: str) -> tuple[str | None, str]:
    """(question id or None, reply text) from a button's callback data."""
    if data.startswith(TAP_PREFIX) and data.count(":") >= 2:
        _, question_id, reply_text = data.split(":", 2)
        return question_id, reply_text
    return None, data


def keyboard(reply: Reply) -> InlineKeyboardMarkup | None:
    """One button per option (labels are long), or None when the reply has no options."""
    if not reply.options:
        return None
    rows = [
        [InlineKeyboardButton(label, callback_data=tap_data(reply.question_id, text))]
        for label, text in reply.options
    ]
    return InlineKeyboardMarkup(rows)


def send_error(error: TelegramError) -> SendError:
    """Telegram's refusal as a SendError: blocked → opted out; bad request → permanent."""
    if isinstance(error, Forbidden):
        return SendError(error.message, opted_out=True, code="403")
    if isinstance(error, BadRequest):  # e.g. "chat not found": retrying will not help
        return SendError(error.message, permanent=True, code="400")
    if isinstance(error, RetryAfter):
        return SendError(error.message, code="429")
    return SendError(error.message)  # network trouble, timeouts, 5xx: try again later


def file_base_url(base_url: str) -> str:
    """https://api.telegram.org/bot → https://api.telegram.org/file/bot (same host)."""
    head, _, tail = base_url.rstrip("/").rpartition("/")
    return f"{head}/file/{tail}"


def make_bot(env: Environment, config: Config) -> ExtBot:
    """A Bot for our token and API server that keeps to Telegram's flood limits."""
    assert env.telegram_bot_token, "TELEGRAM_BOT_TOKEN is not set"
    return ExtBot(
        env.telegram_bot_token,
        base_url=env.telegram_api_base_url,
        base_file_url=file_base_url(env.telegram_api_base_url),
        rate_limiter=ChatRateLimiter(config.channels.telegram.rate_per_second),
    )


def bot_username(env: Environment, config: Config) -> str:
    """The bot's @username (without '@'), asked of Telegram with getMe; for deep links."""

    async def ask() -> str:
        async with make_bot(env, config) as bot:
            return bot.username

    return asyncio.run(ask())


class TelegramSender:
    """Sync sends for the outbox: one Bot on its own event loop, started at the first send."""

    channel = CHANNEL

    def __init__(self, bot: Bot) -> None:
        self._bot = bot
        self._loop: LoopThread | None = None
        self._lock = threading.Lock()

    def _running_loop(self) -> LoopThread:
        with self._lock:
            if self._loop is None:
                loop = LoopThread("telegram-sender").start()
                try:
                    loop.run(self._bot.initialize(), SEND_TIMEOUT)
                except BaseException:
                    loop.stop()  # try again from scratch at the next send
                    raise
                self._loop = loop
            return self._loop

    def send(self, address: str, reply: Reply) -> Sent:
        """Send one message; raise SendError (opted_out on 403, temporary on 5xx/429/network)."""
        try:
            self._running_loop().run(
                self._bot.send_message(int(address), reply.text, reply_markup=keyboard(reply)), SEND_TIMEOUT
            )
        except TelegramError as error:
            raise send_error(error) from error
        except TimeoutError as error:
            raise SendError("Telegram did not answer in time") from error
        # No external id: Telegram numbers messages per chat (every resident's first is 1),
        # so message_id names no message in our log, and Telegram sends no delivery reports.
        return Sent(external_id=None)

    def close(self) -> None:
        """Close the HTTP client and stop the loop."""
        with self._lock:
            if self._loop is not None:
                self._loop.run(self._bot.shutdown(), SEND_TIMEOUT)
                self._loop.stop()
                self._loop = None


def sender(env: Environment, config: Config) -> TelegramSender | None:
    """The factory bot.channels registers: a Sender when TELEGRAM_BOT_TOKEN is set."""
    if not env.telegram_bot_token or not config.channels.telegram.enabled:
        return None
    return TelegramSender(make_bot(env, config))
