"""A resident said YES: open a callback for their team, due in working days, audited."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from bot.callbacks.mail import email_after_commit
from bot.callbacks.working_days import due_at
from models import Callback, Conversation, Resident
from models.audit import record
from settings import Config


def open_callback(
    session: Session, config: Config, resident: Resident, conversation: Conversation, now: datetime
) -> Callback:
    callback = Callback(
        resident_id=resident.id,
        conversation_id=conversation.id,
        team=conversation.team,
        channel=conversation.channel,
        language=conversation.language,
        status="open",
        created_at=now,
        due_at=due_at(config, now),
        updated_at=now,
    )
    session.add(callback)
    session.flush()
    record(
        session,
        "callback_opened",
        subject=f"callback:{callback.id}",
        detail={"team": callback.team, "channel": callback.channel, "due_at": callback.due_at.isoformat()},
        at=now,
    )
    email_after_commit(session, config)
    return callback
