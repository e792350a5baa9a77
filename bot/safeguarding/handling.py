"""What staff do with an alert: acknowledge, assign, add notes, close, reopen; all audited.

The alerts page (admin branch) calls these inside its request transaction and
passes the signed-in `User`. Each change adds an AlertEvent (the alert's own
history) and an audit-log entry (the staff action).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.privacy.resident_access import reveal_resident
from models import Alert, AlertEvent, User
from models.alert import ACTIVE_STATUSES
from models.audit import record

MAX_NOTE = 4000


class AlertError(ValueError):
    """The change cannot be made (unknown alert or user, empty note, already closed)."""


def open_alert_count(session: Session, allowed_teams: frozenset[str] | None = None) -> int:
    """How many alerts still need someone (the badge on every admin page)."""
    query = select(func.count()).select_from(Alert).where(Alert.status == "open")
    if allowed_teams is not None:
        query = query.where(Alert.team.in_(sorted(allowed_teams)))
    return session.scalar(query) or 0


def acknowledge(session: Session, alert_id: int, user: User, now: datetime) -> Alert:
    """Someone has seen it and is dealing with it."""
    alert = _get(session, alert_id)
    if alert.status != "open":
        raise AlertError(f"alert {alert_id} is {alert.status}, not open")
    return _change(session, alert, user, now, "acknowledged", status="acknowledged")


def assign(session: Session, alert_id: int, assignee_id: int | None, user: User, now: datetime) -> Alert:
    """Give the alert to a member of staff (None: unassign)."""
    alert = _get(session, alert_id)
    if assignee_id is not None and session.get(User, assignee_id) is None:
        raise AlertError(f"no staff member with id {assignee_id}")
    alert.assignee_id = assignee_id
    return _change(session, alert, user, now, "assigned", detail={"assignee_id": assignee_id})


def add_note(session: Session, alert_id: int, note: str, user: User, now: datetime) -> Alert:
    """A note on the alert's history; the audit log records that a note was added, not its text."""
    note = note.strip()
    if not note:
        raise AlertError("a note cannot be empty")
    if len(note) > MAX_NOTE:
        raise AlertError(f"a note can be at most {MAX_NOTE} characters")
    return _change(session, _get(session, alert_id), user, now, "note", note=note)


def close(session: Session, alert_id: int, user: User, now: datetime, note: str | None = None) -> Alert:
    """Done: the contact's details may now follow the retention rules again."""
    alert = _get(session, alert_id)
    if alert.status == "closed":
        raise AlertError(f"alert {alert_id} is already closed")
    return _change(session, alert, user, now, "closed", status="closed", note=(note or "").strip() or None)


def reopen(session: Session, alert_id: int, user: User, now: datetime) -> Alert:
    alert = _get(session, alert_id)
    if alert.status in ACTIVE_STATUSES:
        raise AlertError(f"alert {alert_id} is already {alert.status}")
    return _change(session, alert, user, now, "reopened", status="open")


def contact_details(session: Session, alert_id: int, user: User, now: datetime) -> dict[str, Any]:
    """The phone number or chat id behind an alert, for the duty team; the viewing is audited."""
    alert = _get(session, alert_id)
    return reveal_resident(session, alert.resident_id, user, f"alert:{alert.id}", now)


def _get(session: Session, alert_id: int) -> Alert:
    alert = session.get(Alert, alert_id, with_for_update=True)
    if alert is None:
        raise AlertError(f"no alert with id {alert_id}")
    return alert


def _change(
    session: Session,
    alert: Alert,
    user: User,
    now: datetime,
    kind: str,
    status: str | None = None,
    note: str | None = None,
    detail: dict[str, Any] | None = None,
) -> Alert:
    if status is not None:
        alert.status = status
    alert.updated_at = now
    alert.events.append(AlertEvent(kind=kind, note=note, user_id=user.id, at=now))
    detail = {**(detail or {}), "status": alert.status}
    if note:
        detail["note_added"] = True
    record(
        session,
        f"alert_{kind}",
        actor=user.email,
        user_id=user.id,
        subject=f"alert:{alert.id}",
        detail=detail,
        at=now,
    )
    return alert
