"""Subject access: everything held about one person, as JSON-ready data; the request is audited."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from models import Alert, Callback, ConsentEvent, Conversation, Message, Resident, ScreenFeedback, User
from models.audit import record
from models.base import iso_utc
from models.reports.responses import response_dict


def subject_access(session: Session, resident: Resident, user: User | None, now: datetime) -> dict[str, Any]:
    """The person's contact record, consent history, answers, messages, alerts, callbacks, marked words."""
    conversations = session.scalars(
        select(Conversation)
        .where(Conversation.resident_id == resident.id)
        .options(selectinload(Conversation.answers))
        .order_by(Conversation.id)
    ).all()
    conversation_ids = [c.id for c in conversations]
    messages = session.scalars(
        select(Message)
        .where(or_(Message.resident_id == resident.id, Message.conversation_id.in_(conversation_ids)))
        .order_by(Message.id)
    )
    consents = session.scalars(
        select(ConsentEvent).where(ConsentEvent.resident_id == resident.id).order_by(ConsentEvent.id)
    )
    alerts = session.scalars(
        select(Alert)
        .where(or_(Alert.resident_id == resident.id, Alert.conversation_id.in_(conversation_ids)))
        .options(selectinload(Alert.events))
        .order_by(Alert.id)
    ).all()
    callbacks = session.scalars(
        select(Callback)
        .where(or_(Callback.resident_id == resident.id, Callback.conversation_id.in_(conversation_ids)))
        .options(selectinload(Callback.messages))
        .order_by(Callback.id)
    ).all()
    answer_ids = [answer.id for c in conversations for answer in c.answers]
    marked = session.scalars(
        select(ScreenFeedback)
        .where(
            or_(
                ScreenFeedback.alert_id.in_([a.id for a in alerts]),
                ScreenFeedback.answer_id.in_(answer_ids),
            )
        )
        .order_by(ScreenFeedback.id)
    )
    record(
        session,
        "subject_access",
        actor=user.email if user else "cli",
        user_id=user.id if user else None,
        subject=f"contact:{resident.public_id}",
        at=now,
    )
    return {
        "generated_at": iso_utc(now),
        "contact": {
            "id": resident.public_id,
            "phone": resident.phone,
            "telegram_chat_id": resident.telegram_chat_id,
            "local_address": resident.local_address,
            "language": resident.language,
            "opted_out_at": iso_utc(resident.opted_out_at),
            "created_at": iso_utc(resident.created_at),
            "last_seen_at": iso_utc(resident.last_seen_at),
        },
        "consent_events": [
            {"kind": c.kind, "channel": c.channel, "reason": c.reason, "at": iso_utc(c.at)} for c in consents
        ],
        "conversations": [{**response_dict(c), "you_said_we_did": c.you_said_we_did} for c in conversations],
        "messages": [
            {
                "channel": m.channel,
                "direction": m.direction,
                "body": m.body,
                "status": m.status,
                "created_at": iso_utc(m.created_at),
            }
            for m in messages
        ],
        "alerts": [
            {
                "id": a.id,
                "matched": a.rule,
                "category": a.category,
                "severity": a.severity,
                "status": a.status,
                "created_at": iso_utc(a.created_at),
                "history": [{"kind": e.kind, "note": e.note, "at": iso_utc(e.at)} for e in a.events],
            }
            for a in alerts
        ],
        # Their requests to be contacted, with the thread and staff's notes about them.
        "callbacks": [
            {
                "id": c.id,
                "team": c.team,
                "status": c.status,
                "outcome": c.outcome,
                "created_at": iso_utc(c.created_at),
                "thread": [{"kind": m.kind, "text": m.body, "at": iso_utc(m.created_at)} for m in c.messages],
            }
            for c in callbacks
        ],
        # Copies of their words staff kept to teach the safeguarding screen.
        "screen_feedback": [
            {"kind": f.kind, "text": f.text, "category": f.category, "created_at": iso_utc(f.created_at)}
            for f in marked
        ],
    }
