"""Raising safeguarding alerts from residents' replies (the engine's hook).

Called inside the engine's transaction: it only writes rows, through the turn
store (bot/conversation/store.py) like the rest of the turn. E-mail to the
duty inbox goes out after commit (bot/safeguarding/mail.py), never from here.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from bot.conversation import store
from bot.conversation.messages import Reply
from bot.conversation.surveys import fill, pick_language
from bot.safeguarding.mail import email_urgent_after_commit
from bot.safeguarding.screen import screen
from models import Conversation, Resident
from settings import Config


def screen_reply(
    session: Session,
    config: Config,
    resident: Resident,
    conversation: Conversation | None,
    message_id: int,
    text: str,
    now: datetime,
) -> list[Reply]:
    """Raise an alert when `text` matches a risk phrasing; the safety reply to send first, if due."""
    match = screen(config.safeguarding, text)
    if match is None:
        return []
    # One safety reply per conversation; none after STOP (we promised silence, staff follow up).
    due = not resident.opted_out and not _safety_reply_sent(session, conversation)
    store.insert_alert(
        session,
        dict(
            resident_id=resident.id,
            conversation_id=conversation.id if conversation else None,
            message_id=message_id,
            team=conversation.team if conversation else None,
            rule=match.rule,
            phrase=match.phrase[:300],
            category=match.category,
            severity=match.severity,
            reason=match.reason[:300],
            layer=match.layer,
            status="open",
            safety_reply_sent=due,
            created_at=now,
            updated_at=now,
        ),
    )
    if match.severity == "urgent":
        email_urgent_after_commit(session, config)  # after commit, not from inside this transaction
    if not due:
        return []
    language = pick_language(config, conversation.language if conversation else None, resident.language)
    return [Reply(fill(config, config.safeguarding.safety_reply[language]))]


def _safety_reply_sent(session: Session, conversation: Conversation | None) -> bool:
    return conversation is not None and store.safety_reply_sent(session, conversation.id)
