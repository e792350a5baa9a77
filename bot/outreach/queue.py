"""The one call other features use to send a message later: `queue_message`.

It writes an outbox row (`next_attempt_at=not_before`), so the scheduler's
drain sends it with quiet hours, opt-out checks, rate limits, retries and
back-off, exactly like a scheduled prompt; the drain logs it in `messages`
when it goes. Caller owns the session.
"""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy.orm import Session

from bot.conversation.messages import clip
from models import OutboxMessage

log = logging.getLogger(__name__)


def queue_message(
    session: Session, resident_id: int, channel: str, body: str, not_before: datetime
) -> OutboxMessage:
    """Queue `body` for the contact on `channel`, to go no earlier than `not_before`."""
    text, truncated = clip(body)
    if truncated:
        log.warning("outbox: a queued message was cut to %d characters", len(text))
    outbox = OutboxMessage(
        resident_id=resident_id,
        channel=channel,
        body=text,
        status="pending",
        attempts=0,
        next_attempt_at=not_before,
        created_at=not_before,
    )
    session.add(outbox)
    return outbox
