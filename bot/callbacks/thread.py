"""A resident's messages while a callback is open and no survey question waits: into its thread.

The engine calls `take_message` after keywords (STOP, HELP…) and after any pending
YES/NO question, and screens the message for safeguarding whatever this returns.
"""

from __future__ import annotations

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from bot.callbacks.wording import say
from bot.conversation.messages import Inbound, Reply, clip
from models import Callback, CallbackMessage, Resident
from models.callback import ACTIVE_STATUSES
from settings import Config

_ACTIVE = (
    select(Callback)
    .where(Callback.resident_id == bindparam("resident_id"), Callback.status.in_(ACTIVE_STATUSES))
    .order_by(Callback.id.desc())
    .limit(1)
)


def active_callback(session: Session, resident_id: int) -> Callback | None:
    """The resident's newest callback that is not closed."""
    return session.scalar(_ACTIVE, {"resident_id": resident_id})


def take_message(
    session: Session, config: Config, resident: Resident, inbound: Inbound, message_id: int
) -> list[Reply] | None:
    """File the message in the open callback's thread; None when the resident has none open."""
    callback = active_callback(session, resident.id)
    if callback is None:
        return None
    if not inbound.text.strip():
        return [Reply(config.messages[callback.language].text_only)] if inbound.has_media else []
    # Thanked once per turn of the conversation: for the first message, and after each staff reply.
    last = session.scalar(
        select(CallbackMessage.kind)
        .where(CallbackMessage.callback_id == callback.id, CallbackMessage.kind != "note")
        .order_by(CallbackMessage.id.desc())
        .limit(1)
    )
    body, _ = clip(inbound.text)
    session.add(
        CallbackMessage(
            callback_id=callback.id,
            kind="in",
            body=body,
            channel=inbound.channel,
            message_id=message_id,
            created_at=inbound.received_at,
        )
    )
    callback.last_in_at = inbound.received_at
    callback.updated_at = inbound.received_at
    if callback.status == "replied":
        callback.status = "open"  # the resident answered: staff have something to read
    if last == "in":
        return []
    return [Reply(say(config, "received", callback.language, callback.team))]
