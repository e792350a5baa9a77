"""Channels: adapters that turn a provider's events into Inbound and deliver Replies.

Inbound: a webhook or poller builds an `Inbound` and calls `bot.conversation.engine.handle`.
Outbound (anything not sent as an immediate reply, e.g. from the outbox): a
channel registers a factory here, and `sender_for("sms", env, config)` gives
a `Sender`. A new channel is one module and one `register(...)` line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from bot.conversation.messages import Reply
from settings import Config, Environment


@dataclass(frozen=True)
class Sent:
    """The provider accepted the message."""

    external_id: str | None  # Twilio SID (None for Telegram: its ids repeat across chats)
    status: str = "sent"


class SendError(Exception):
    """The provider refused or failed.

    `permanent`: retrying will not help (bad number, opted out at the provider).
    `opted_out`: the person blocked us or opted out at the provider (Twilio
    21610, Telegram 403): record an opt-out, send nothing more.
    """

    def __init__(
        self, message: str, *, permanent: bool = False, opted_out: bool = False, code: str | None = None
    ) -> None:
        super().__init__(message)
        self.permanent = permanent or opted_out
        self.opted_out = opted_out
        self.code = code


class Sender(Protocol):
    channel: str

    def send(self, address: str, reply: Reply) -> Sent: ...


SenderFactory = Callable[[Environment, Config], Sender | None]
_FACTORIES: dict[str, SenderFactory] = {}


def register(channel: str, factory: SenderFactory) -> None:
    """Make `channel` sendable; the factory returns None when it is not configured."""
    _FACTORIES[channel] = factory


def sender_for(channel: str, env: Environment, config: Config) -> Sender | None:
    """A Sender for `channel`, or None when the channel is unknown or not configured."""
    factory = _FACTORIES.get(channel)
    return factory(env, config) if factory else None


def _telegram_sender(env: Environment, config: Config) -> Sender | None:
    """Telegram's factory, imported at first use: python-telegram-bot is about 10 MB a worker
    that only answers webhooks never needs."""
    from bot.channels.telegram.send import sender

    return sender(env, config)


register("telegram", _telegram_sender)

# Built-in channels register themselves on import (each module stays light:
# provider libraries are imported only when a sender is built).
from bot.channels import sms as _sms  # noqa: E402, F401
