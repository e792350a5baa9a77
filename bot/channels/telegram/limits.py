"""Telegram's flood limits for every request the bot makes: ~30 messages/s overall, ~1/s per chat.

PTB's own `AIORateLimiter` limits the whole bot and each group, but not a
private chat, which is where all our messages go; this limiter does both
(with aiolimiter's leaky buckets) and retries a `RetryAfter` a few times.
"""

from __future__ import annotations

import asyncio
import logging
import warnings
from collections import OrderedDict
from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any

from aiolimiter import AsyncLimiter
from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter
from telegram.warnings import PTBDeprecationWarning

log = logging.getLogger(__name__)

# Telegram: "avoid sending more than one message per second in a particular chat;
# short bursts are allowed". Three in three seconds lets an intro and the first
# question go out together while keeping the average at one a second.
PER_CHAT_BURST = 3
PER_CHAT_PERIOD = 3.0
MAX_TRACKED_CHATS = 10_000


class ChatRateLimiter(BaseRateLimiter[int]):
    """Throttle requests that name a chat: overall, and per chat."""

    def __init__(
        self,
        overall_per_second: float = 25.0,
        per_chat_burst: int = PER_CHAT_BURST,
        per_chat_period: float = PER_CHAT_PERIOD,
        max_retries: int = 2,
    ) -> None:
        self._overall = AsyncLimiter(overall_per_second, 1)
        self._per_chat_burst = per_chat_burst
        self._per_chat_period = per_chat_period
        self._chats: OrderedDict[str, AsyncLimiter] = OrderedDict()
        self._max_retries = max_retries

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    def _chat_limiter(self, chat_id: object) -> AsyncLimiter:
        """The chat's bucket; the least recently used ones are forgotten past MAX_TRACKED_CHATS."""
        key = str(chat_id)
        limiter = self._chats.get(key)
        if limiter is None:
            limiter = self._chats[key] = AsyncLimiter(self._per_chat_burst, self._per_chat_period)
            if len(self._chats) > MAX_TRACKED_CHATS:
                self._chats.popitem(last=False)
        self._chats.move_to_end(key)
        return limiter

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        """Wait for the chat's and the bot's turn, then make the request."""
        chat_id = data.get("chat_id")
        if chat_id is None:  # getMe, getUpdates, setMyCommands...: not limited
            return await callback(*args, **kwargs)
        for attempt in range(self._max_retries + 1):
            try:
                async with self._chat_limiter(chat_id), self._overall:
                    return await callback(*args, **kwargs)
            except RetryAfter as error:
                if attempt == self._max_retries:
                    raise
                wait = _seconds_to_wait(error)
                log.warning("Telegram asked us to slow down: waiting %.1f s before %s", wait, endpoint)
                await asyncio.sleep(wait + 0.1)
        raise AssertionError("unreachable")  # the loop returns or raises


def _seconds_to_wait(error: RetryAfter) -> float:
    """RetryAfter.retry_after in seconds, whether PTB gives an int or (soon) a timedelta."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)  # the int form is deprecated in 22.x
        value = error.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)
