"""Retention: delete personal data older than config `retention` allows.

`apply_retention(session, config, now)` is meant to run once a day (the
scheduler calls it; `flask --app web apply-retention` runs it by hand). It
never commits: the caller owns the transaction. While an alert about a person
is open or acknowledged, or a callback they asked for is not closed, their
details and messages are kept whatever the rule; a closed callback's thread
follows the message-log rule.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, delete, exists, func, or_, select, text
from sqlalchemy.orm import Session

from models import (
    Alert,
    AuditEntry,
    Callback,
    CallbackMessage,
    Conversation,
    Message,
    Resident,
    ScreenFeedback,
)
from models.alert import ACTIVE_STATUSES
from models.audit import record
from models.callback import ACTIVE_STATUSES as ACTIVE_CALLBACKS
from models.db import rowcount
from models.pending_upload import delete_expired_uploads
from settings import Config

DAILY = timedelta(days=1)
# Any constant both schedulers agree on: PostgreSQL's transaction-level advisory lock key.
_RETENTION_LOCK = 0x48454152


@dataclass(frozen=True)
class RetentionReport:
    residents_deleted: int = 0
    residents_kept_for_alerts: int = 0
    messages_deleted: int = 0
    conversations_deleted: int = 0
    screen_feedback_deleted: int = 0
    uploads_deleted: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def _under_alert(resident_id: Any) -> ColumnElement[bool]:
    """True for a contact held: an alert still open or acknowledged, or a callback not yet closed."""
    return or_(
        exists().where(Alert.resident_id == resident_id, Alert.status.in_(ACTIVE_STATUSES)),
        exists().where(Callback.resident_id == resident_id, Callback.status.in_(ACTIVE_CALLBACKS)),
    )


def apply_retention(session: Session, config: Config, now: datetime) -> RetentionReport:
    """Delete what the rules say is too old; return what was deleted and kept."""
    rules = config.retention
    report = RetentionReport()
    if rules.contact_details_after is not None:
        report = _delete_residents(session, now - rules.contact_details_after, rules.keep_opt_outs)
    messages = conversations = feedback = 0
    if rules.message_logs_after is not None:
        cutoff = now - rules.message_logs_after
        # Copies of residents' words marked for the screen last no longer than the messages.
        feedback = rowcount(session.execute(delete(ScreenFeedback).where(ScreenFeedback.created_at < cutoff)))
        closed = select(Callback.id).where(Callback.status.not_in(ACTIVE_CALLBACKS))
        messages = rowcount(
            session.execute(
                delete(CallbackMessage).where(
                    CallbackMessage.created_at < cutoff, CallbackMessage.callback_id.in_(closed)
                )
            )
        )
        messages += rowcount(
            session.execute(
                delete(Message).where(
                    Message.created_at < cutoff,
                    or_(Message.resident_id.is_(None), ~_under_alert(Message.resident_id)),
                )
            )
        )
    if rules.answers_after is not None:
        cutoff = now - rules.answers_after
        flagged = or_(
            exists().where(Alert.conversation_id == Conversation.id, Alert.status.in_(ACTIVE_STATUSES)),
            exists().where(
                Callback.conversation_id == Conversation.id, Callback.status.in_(ACTIVE_CALLBACKS)
            ),
        )
        conversations = rowcount(
            session.execute(delete(Conversation).where(Conversation.started_at < cutoff, ~flagged))
        )
    # Contacts files waiting for "import the good rows" hold phone numbers: gone once expired.
    uploads = delete_expired_uploads(session, now)
    report = RetentionReport(
        report.residents_deleted,
        report.residents_kept_for_alerts,
        messages,
        conversations,
        feedback,
        uploads,
    )
    record(session, "retention", detail=report.as_dict(), at=now)
    return report


def apply_retention_if_due(session: Session, config: Config, now: datetime) -> RetentionReport | None:
    """Run retention unless it ran (by any scheduler, or by hand) in the last day; None if not due.

    The last run is read from the audit log, so restarts and a second scheduler
    do not run it again. The second scheduler waits on a lock (PostgreSQL: an
    advisory lock; SQLite: the BEGIN IMMEDIATE write lock) and then sees the entry.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _RETENTION_LOCK})
    last = session.scalar(select(func.max(AuditEntry.at)).where(AuditEntry.action == "retention"))
    if last is not None and last > now - DAILY:
        return None
    return apply_retention(session, config, now)


def _delete_residents(session: Session, cutoff: datetime, keep_opt_outs: bool) -> RetentionReport:
    """Contacts with no activity since `cutoff`; their answers stay, unlinked (SET NULL)."""
    recent_conversation = exists().where(
        Conversation.resident_id == Resident.id, Conversation.last_activity_at >= cutoff
    )
    last_seen = func.coalesce(Resident.last_seen_at, Resident.created_at)
    stale = and_(last_seen < cutoff, ~recent_conversation)
    if keep_opt_outs:
        stale = and_(stale, Resident.opted_out_at.is_(None))
    kept = session.scalar(select(func.count()).select_from(Resident).where(stale, _under_alert(Resident.id)))
    ids = list(session.scalars(select(Resident.id).where(stale, ~_under_alert(Resident.id))))
    if ids:
        session.execute(delete(Resident).where(Resident.id.in_(ids)))
    return RetentionReport(residents_deleted=len(ids), residents_kept_for_alerts=kept or 0)
