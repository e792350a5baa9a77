"""The two shapes every channel speaks with the engine: Inbound and Reply."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

# Stored message bodies are cut at this many characters (the rest is not
# kept; `Message.truncated` records it). Generous for an SMS reply of ten
# segments, small enough that a 200 kB body cannot bloat the database.
MAX_STORED_BODY = 2000


@dataclass(frozen=True)
class Inbound:
    """A message from a resident, already translated by its channel.

    `address` is the channel's identity for the person: an E.164 number for
    sms/whatsapp, a chat id for telegram, any name for console/web.
    """

    channel: str
    address: str
    text: str
    received_at: datetime
    external_id: str | None = None  # Twilio MessageSid, Telegram update_id
    payload: str | None = None  # Telegram /start deep-link payload
    language_hint: str | None = None  # e.g. Telegram's language_code
    has_media: bool = False


@dataclass(frozen=True)
class Reply:
    """One message for the channel to deliver, in order."""

    text: str
    question_id: str | None = None  # the question it asks, if any
    # Telegram shows these as one-tap buttons: (label, reply text) pairs.
    options: tuple[tuple[str, str], ...] = field(default=())
    # The id of the outbound Message that logged it, once logged (see engine.handle).
    message_id: int | None = field(default=None, compare=False)


def clip(text: str) -> tuple[str, bool]:
    """Text as stored: at most MAX_STORED_BODY characters, NULs removed."""
    text = text.replace("\x00", "")
    # Lone surrogates cannot be stored as UTF-8; keep a visible stand-in.
    text = text.encode("utf-8", "replace").decode("utf-8") if not text.isascii() else text
    if len(text) > MAX_STORED_BODY:
        return text[:MAX_STORED_BODY], True
    return text, False
