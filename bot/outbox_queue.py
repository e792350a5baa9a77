"""The one call other features use to send a message later: `queue_message`.

PLACEHOLDER until the scheduler's outbox (issue 7) merges: for now it writes a
Message row with status "pending" and nothing sends it. At merge, re-point this
function at the outbox (an `outbox` row with `next_attempt_at=not_before`) so
quiet hours, opt-outs, rate limits and retries apply. Callers need not change.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from bot.messages import clip
from models import Message


def queue_message(
    session: Session, contact_id: int, channel: str, body: str, not_before: datetime
) -> Message:
    """Queue `body` for the contact on `channel`, to go no earlier than `not_before`."""
    text, truncated = clip(body)
    message = Message(
        contact_id=contact_id,
        channel=channel,
        direction="out",
        body=text,
        truncated=truncated,
        status="pending",
        created_at=not_before,  # until the outbox lands, the earliest send time
    )
    session.add(message)
    return message
