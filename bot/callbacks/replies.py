"""A staff reply to a resident through the outbox, or the reason it cannot be sent.

The outbox sends it exactly once (bot/outreach/outbox.py: claimed under a lease,
confirmed after), inside quiet hours (written at night, it waits for the morning),
and not at all if the resident has opted out by then. The resident gets it on the
channel they last wrote on, the team's name in front (config `callbacks.reply`).
WhatsApp lets a business answer only within 24 hours of the person's last message:
outside that window the reply is refused and SMS offered instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.callbacks.wording import say
from bot.conversation.segments import segments
from bot.outreach.queue import queue_message
from bot.outreach.quiet_hours import next_allowed
from models import Callback, CallbackMessage, Message, Resident, User
from models.audit import record
from models.resident import ADDRESS_COLUMN
from settings import Config

WHATSAPP_WINDOW = timedelta(hours=24)
# Channels with no provider behind them: a reply queued there would never leave.
TEST_CHANNELS = frozenset({"console", "web"})
MAX_SEGMENTS = 3  # the reply as sent, team name included
REASONS = {
    "closed": "the callback is closed: reopen it to reply",
    "erased": "the resident's details have been erased",
    "opted_out": "the resident has opted out of messages (they replied STOP)",
    "whatsapp_window_closed": (
        "WhatsApp only lets us reply within 24 hours of the resident's last WhatsApp message: "
        "send it by SMS instead"
    ),
    "no_address": "we have no address for the resident on that channel",
    "test_channel": (
        "this callback came from a test conversation (the console or the admin's Try the survey): "
        "there is nobody to send a reply to"
    ),
    "empty": "the reply is empty",
    "too_long": f"the reply is longer than {MAX_SEGMENTS} text messages",
}


class ReplyRefused(ValueError):
    """The reply cannot be sent; `reason` is a code from REASONS, `str()` says it in words."""

    def __init__(self, reason: str) -> None:
        super().__init__(REASONS[reason])
        self.reason = reason


@dataclass(frozen=True)
class Sender:
    """Who is replying: a member of staff, or an API token."""

    author: str  # the staff e-mail or "API: <token name>"
    user_id: int | None = None

    @classmethod
    def staff(cls, user: User) -> Sender:
        return cls(user.email, user.id)

    @classmethod
    def api(cls, token_name: str) -> Sender:
        return cls(f"API: {token_name}"[:254])


def reply_channel(session: Session, callback: Callback) -> str:
    """The channel the resident last wrote on in this thread, else the survey's."""
    latest = session.scalar(
        select(CallbackMessage.channel)
        .where(CallbackMessage.callback_id == callback.id, CallbackMessage.kind == "in")
        .order_by(CallbackMessage.id.desc())
        .limit(1)
    )
    return latest or callback.channel


def last_whatsapp_message(session: Session, resident_id: int) -> datetime | None:
    return session.scalar(
        select(func.max(Message.created_at)).where(
            Message.resident_id == resident_id, Message.channel == "whatsapp", Message.direction == "in"
        )
    )


def check(session: Session, callback: Callback, channel: str, send_at: datetime) -> Resident:
    """The resident to send to on `channel` at `send_at`, or ReplyRefused."""
    if not callback.active:
        raise ReplyRefused("closed")
    if channel in TEST_CHANNELS:
        raise ReplyRefused("test_channel")
    resident = session.get(Resident, callback.resident_id) if callback.resident_id else None
    if resident is None:
        raise ReplyRefused("erased")
    if resident.opted_out:
        raise ReplyRefused("opted_out")
    if getattr(resident, ADDRESS_COLUMN.get(channel, "phone"), None) is None:
        raise ReplyRefused("no_address")
    if channel == "whatsapp":
        last = last_whatsapp_message(session, resident.id)
        # Judged when the outbox will send it: a reply held for the morning may miss the window.
        if last is None or send_at - last > WHATSAPP_WINDOW:
            raise ReplyRefused("whatsapp_window_closed")
    return resident


def send_reply(
    session: Session,
    config: Config,
    callback: Callback,
    text: str,
    sender: Sender,
    now: datetime,
    by_sms: bool = False,
) -> CallbackMessage:
    """Queue `text` for the resident; the thread entry it makes. `by_sms`: WhatsApp's window closed."""
    text = text.strip()
    if not text:
        raise ReplyRefused("empty")
    channel = reply_channel(session, callback)
    if by_sms and channel == "whatsapp":
        channel = "sms"  # the same phone number: STOP on either covers both
    body = say(config, "reply", callback.language, callback.team, text=text)
    if segments(body) > MAX_SEGMENTS:
        raise ReplyRefused("too_long")
    send_at = next_allowed(config, now)
    resident = check(session, callback, channel, send_at)
    outbox = queue_message(session, resident.id, channel, body, not_before=send_at)
    session.flush()
    entry = CallbackMessage(
        callback_id=callback.id,
        kind="out",
        body=text,
        channel=channel,
        user_id=sender.user_id,
        author=sender.author,
        outbox_id=outbox.id,
        created_at=now,
    )
    session.add(entry)
    if callback.first_reply_at is None:
        callback.first_reply_at = now
    callback.status = "replied"
    callback.updated_at = now
    session.flush()
    record(
        session,
        "callback_reply",
        actor=sender.author,
        user_id=sender.user_id,
        subject=f"callback:{callback.id}",
        detail={"channel": channel, "queued_for": send_at.isoformat(), "message_id": entry.id},
        at=now,
    )
    return entry
