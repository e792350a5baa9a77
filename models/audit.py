"""The audit log of staff actions: the app only ever inserts into it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, Integer, String, event, select
from sqlalchemy.orm import Mapped, ORMExecuteState, Session, mapped_column

from models.base import Base, UTCDateTime, utcnow

# What staff (or the system) did. Details never hold a phone number or chat id.
ACTIONS = (
    "sign_in",
    "sign_in_failed",
    "sign_out",
    "export",
    "view_contact",
    "erasure",
    "subject_access",
    "alert_acknowledged",
    "alert_assigned",
    "alert_note",
    "alert_closed",
    "alert_reopened",
    "alert_false_alarm",
    "screen_missed",
    "screen_feedback_export",
    "retention",
    "you_said_we_did",
    "you_said_we_did_register",
    "callback_opened",
    "callback_assigned",
    "callback_note",
    "callback_reply",
    "callback_closed",
    "callback_reopened",
)


class AppendOnlyError(RuntimeError):
    """Something tried to change or delete an audit entry."""


class AuditEntry(Base):
    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_at", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # No foreign key: the log outlives staff accounts (and must never be updated by a cascade).
    user_id: Mapped[int | None] = mapped_column(Integer)
    actor: Mapped[str] = mapped_column(String(254))  # the staff e-mail, or "system"
    action: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str | None] = mapped_column(String(64))  # e.g. "alert:12", "contact:c_3f…"
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


def record(
    session: Session,
    action: str,
    *,
    actor: str = "system",
    user_id: int | None = None,
    subject: str | None = None,
    detail: dict[str, Any] | None = None,
    at: datetime | None = None,
) -> AuditEntry:
    """Append one entry to the audit log."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    entry = AuditEntry(
        at=at or utcnow(), user_id=user_id, actor=actor, action=action, subject=subject, detail=detail or {}
    )
    session.add(entry)
    return entry


def page_of_entries(
    session: Session, action: str | None = None, user_id: int | None = None, page: int = 1, per_page: int = 50
) -> tuple[Sequence[AuditEntry], bool]:
    """One page of entries, newest first, and whether there is a next page."""
    query = select(AuditEntry)
    if action:
        query = query.where(AuditEntry.action == action)
    if user_id is not None:
        query = query.where(AuditEntry.user_id == user_id)
    query = query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    rows = session.scalars(query.offset((page - 1) * per_page).limit(per_page + 1)).all()
    return rows[:per_page], len(rows) > per_page


@event.listens_for(Session, "before_flush")
def _refuse_changes(session: Session, _context: object, _instances: object) -> None:
    for entry in session.deleted:
        if isinstance(entry, AuditEntry):
            raise AppendOnlyError("the audit log is append-only: entries cannot be deleted")
    for entry in session.dirty:
        if isinstance(entry, AuditEntry) and session.is_modified(entry):
            raise AppendOnlyError("the audit log is append-only: entries cannot be changed")


@event.listens_for(Session, "do_orm_execute")
def _refuse_bulk_changes(state: ORMExecuteState) -> None:
    if (state.is_update or state.is_delete) and any(m.class_ is AuditEntry for m in state.all_mappers):
        raise AppendOnlyError("the audit log is append-only: no UPDATE or DELETE")
