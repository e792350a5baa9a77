"""A resident's messages while a callback is open and no survey question waits: into its thread.

The engine calls `take_message` after keywords (STOP, HELP…) and after any pending
YES/NO question, and screens the message for safeguarding whatever this returns.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from bot.callbacks.wording import say
from bot.conversation import store
from bot.conversation.messages import Inbound, Reply, clip
from models import Resident
from settings import Config


def take_message(
    session: Session, config: Config, resident: Resident, inbound: Inbound, message_id: int
) -> list[Reply] | None:
    """File the message in the open callback's thread; None when the resident has none open."""
    callback = store.open_callback_of(session, resident.id)
    if callback is None:
        return None
    if not inbound.text.strip():
        return [Reply(config.messages[callback.language].text_only)] if inbound.has_media else []
    body, _ = clip(inbound.text)
    store.file_in_callback(session, callback, body, inbound.channel, message_id, inbound.received_at)
    # Thanked once per turn of the conversation: for the first message, and after each staff reply.
    if callback.last_kind == "in":
        return []
    return [Reply(say(config, "received", callback.language, callback.team))]
