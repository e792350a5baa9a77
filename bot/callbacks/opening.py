"""A resident said YES: open a callback for their team, due in working days, audited."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from bot.callbacks.mail import email_after_commit
from bot.callbacks.working_days import due_at
from bot.conversation import store
from models import Conversation, Resident
from settings import Config


def open_callback(
    session: Session, config: Config, resident: Resident, conversation: Conversation, now: datetime
) -> int:
    """The new callback's id; its opening is in the audit log, and staff are e-mailed after commit."""
    due = due_at(config, now)
    callback_id = store.insert_callback(
        session,
        dict(
            resident_id=resident.id,
            conversation_id=conversation.id,
            team=conversation.team,
            channel=conversation.channel,
            language=conversation.language,
            status="open",
            created_at=now,
            due_at=due,
            updated_at=now,
        ),
    )
    detail = {"team": conversation.team, "channel": conversation.channel, "due_at": due.isoformat()}
    store.audit(session, "callback_opened", f"callback:{callback_id}", detail, now)
    email_after_commit(session, config)
    return callback_id
