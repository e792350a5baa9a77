"""Running the Telegram Application beside sync code: long polling, or updates from a webhook.

`PollingThread` is what `make run` starts when TELEGRAM_BOT_TOKEN is set: the
Application long-polls getUpdates on its own thread and loop until stop().
`WebhookRunner` keeps an initialised Application on its own loop so a sync Flask
route can hand it each update (`process`), through the very same handlers.
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import Update
from telegram.ext import Application

from bot.channels.telegram.handlers import ALLOWED_UPDATES
from bot.channels.telegram.loop import LoopThread

log = logging.getLogger(__name__)

START_TIMEOUT = 60.0
# Long-poll length asked of Telegram; a stop() waits at most about this long.
POLL_TIMEOUT = 10


def describe(error: BaseException, token: str) -> str:
    """An error as one log line, with the bot token blanked out (PTB quotes it sometimes)."""
    return f"{type(error).__name__}: {error}".replace(token, "<TELEGRAM_BOT_TOKEN>")


class PollingThread:
    """Telegram long polling on a thread of its own; stop() ends it cleanly."""

    def __init__(self, application: Application) -> None:
        self.application = application
        self._loop = LoopThread("telegram-polling")

    def start(self) -> PollingThread:
        """Connect, publish the commands and start polling; raise if Telegram refuses."""
        self._loop.start()
        try:
            self._loop.run(self._start(), START_TIMEOUT)
        except BaseException:
            _abandon(self._loop, self.application)
            raise
        return self

    async def _start(self) -> None:
        application = self.application
        await application.initialize()
        if application.post_init:
            await application.post_init(application)
        assert application.updater is not None  # built with an Updater: this runner polls
        await application.updater.start_polling(timeout=POLL_TIMEOUT, allowed_updates=ALLOWED_UPDATES)
        await application.start()

    def stop(self) -> None:
        """Stop polling, let the updates in hand finish, and close the connections."""
        if not self._loop.running:
            return
        try:
            self._loop.run(self._stop(), POLL_TIMEOUT + START_TIMEOUT)
        finally:
            self._loop.stop()

    async def _stop(self) -> None:
        application = self.application
        if application.updater is not None and application.updater.running:
            await application.updater.stop()
        if application.running:
            await application.stop()
        await application.shutdown()


class WebhookRunner:
    """An initialised Application on its own loop, fed one update at a time by a web route."""

    def __init__(self, application: Application, timeout: float = 30.0) -> None:
        self.application = application
        self.timeout = timeout
        self._loop = LoopThread("telegram-webhook")

    @property
    def bot(self):
        return self.application.bot

    def start(self) -> WebhookRunner:
        self._loop.start()
        try:
            self._loop.run(self.application.initialize(), START_TIMEOUT)
        except BaseException:
            _abandon(self._loop, self.application)
            raise
        return self

    def process(self, update: Update) -> None:
        """Run the update through the handlers and wait until its replies are sent."""
        self._loop.run(self.application.process_update(update), self.timeout)

    def stop(self) -> None:
        if not self._loop.running:
            return
        try:
            self._loop.run(self.application.shutdown(), START_TIMEOUT)
        finally:
            self._loop.stop()


def _abandon(loop: LoopThread, application: Application) -> None:
    """After a failed start: close the bot's HTTP clients (opened even when getMe failed), stop."""
    try:
        loop.run(application.bot.shutdown(), START_TIMEOUT)
    except Exception:
        log.debug("Could not close the Telegram bot after a failed start", exc_info=True)
    loop.stop()


def parse_update(data: Any, runner: WebhookRunner) -> Update | None:
    """The Update in a webhook body, or None when it is not one."""
    if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
        return None
    try:
        return Update.de_json(data, runner.bot)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
