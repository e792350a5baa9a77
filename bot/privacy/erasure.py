"""Erasure on request: delete everything held about one person, and say so in the audit log.

"Everything" is their contact record (number, chat id), consent history,
conversations and answers, message log, callbacks they asked for (with their
threads and staff notes), and the copies of their words staff marked for the
safeguarding screen. Alerts about them stay for the
safeguarding record, stripped of every link to them and of staff notes. Contacts
files waiting for "import the good rows" are dropped too: any of them may hold
the number, in any format, and staff can upload again.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from models import (
    Alert,
    AlertEvent,
    Answer,
    Callback,
    CallbackMessage,
    ConsentEvent,
    Conversation,
    Message,
    Resident,
    ScreenFeedback,
    User,
)
from models.alert import ACTIVE_STATUSES
from models.audit import record
from models.db import rowcount
from models.pending_upload import delete_all_uploads


class ErasureBlocked(RuntimeError):
    """An alert about this person is still open: close it first, or erase with force."""


@dataclass(frozen=True)
class ErasureReport:
    resident: str  # the erased resident's pseudonymous id
    conversations: int
    messages: int
    consent_events: int
    alerts_unlinked: int
    screen_feedback: int = 0  # staff-marked copies of their words, deleted
    uploads_deleted: int = 0
    callbacks_deleted: int = 0

    def as_dict(self) -> dict[str, int | str]:
        return asdict(self)


def erase_person(
    session: Session,
    resident: Resident,
    user: User | None,
    now: datetime,
    force: bool = False,
    reason: str | None = None,
) -> ErasureReport:
    """Delete the person; refused while an alert about them is open unless `force` (`reason` is audited)."""
    conversation_ids = list(
        session.scalars(select(Conversation.id).where(Conversation.resident_id == resident.id))
    )
    alerts = select(Alert.id).where(
        or_(Alert.resident_id == resident.id, Alert.conversation_id.in_(conversation_ids))
    )
    alert_ids = list(session.scalars(alerts))
    if not force and session.scalar(alerts.where(Alert.status.in_(ACTIVE_STATUSES)).limit(1)):
        raise ErasureBlocked("an alert about this person is still open: close it first")
    session.execute(
        delete(AlertEvent).where(AlertEvent.alert_id.in_(alert_ids), AlertEvent.note.is_not(None))
    )
    # Before the alerts lose their links: the marked copies of their words are found through them.
    their_answers = select(Answer.id).where(Answer.conversation_id.in_(conversation_ids))
    feedback = rowcount(
        session.execute(
            delete(ScreenFeedback).where(
                or_(ScreenFeedback.alert_id.in_(alert_ids), ScreenFeedback.answer_id.in_(their_answers))
            )
        )
    )
    session.execute(
        update(Alert)
        .where(Alert.id.in_(alert_ids))
        .values(resident_id=None, conversation_id=None, message_id=None, updated_at=now)
    )
    messages = rowcount(
        session.execute(
            delete(Message).where(
                or_(Message.resident_id == resident.id, Message.conversation_id.in_(conversation_ids))
            )
        )
    )
    their_callbacks = select(Callback.id).where(
        or_(Callback.resident_id == resident.id, Callback.conversation_id.in_(conversation_ids))
    )
    session.execute(delete(CallbackMessage).where(CallbackMessage.callback_id.in_(their_callbacks)))
    callbacks = rowcount(session.execute(delete(Callback).where(Callback.id.in_(their_callbacks))))
    consents = rowcount(session.execute(delete(ConsentEvent).where(ConsentEvent.resident_id == resident.id)))
    session.execute(delete(Conversation).where(Conversation.id.in_(conversation_ids)))  # answers cascade
    uploads = delete_all_uploads(session)
    report = ErasureReport(
        resident.public_id,
        len(conversation_ids),
        messages,
        consents,
        len(alert_ids),
        feedback,
        uploads,
        callbacks,
    )
    session.delete(resident)
    record(
        session,
        "erasure",
        actor=user.email if user else "cli",
        user_id=user.id if user else None,
        subject=f"contact:{resident.public_id}",
        detail={**report.as_dict(), "forced": force, **({"reason": reason[:500]} if reason else {})},
        at=now,
    )
    return report
