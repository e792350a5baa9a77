"""Staff asking how to reach the resident behind a conversation: allowed roles only, always audited."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from models import Resident, User
from models.audit import record
from models.reports.comments import ContactDetails, contact_details_for_allowed_roles
from models.reports.responses import ResponseFilters


def reveal_contact(
    session: Session,
    conversation_id: int,
    filters: ResponseFilters,
    *,
    role: str,
    actor: str,
    user_id: int | None,
    now: datetime | None = None,
) -> ContactDetails | None:
    """The contact details (PermissionError for other roles), with an audit entry naming who looked."""
    details = contact_details_for_allowed_roles(session, conversation_id, filters, role)
    record(
        session,
        "view_contact",
        actor=actor,
        user_id=user_id,
        subject=f"conversation:{conversation_id}",
        # The pseudonymous id only: the log never holds a number or chat id.
        detail={"contact": details.resident if details else None},
        at=now,
    )
    return details


def reveal_resident(
    session: Session, resident_id: int | None, user: User, subject: str, now: datetime
) -> dict[str, Any]:
    """How to reach the resident behind an alert or a callback ({} when erased); the viewing is audited."""
    resident = session.get(Resident, resident_id) if resident_id else None
    record(
        session,
        "view_contact",
        actor=user.email,
        user_id=user.id,
        subject=subject,
        detail={"contact": resident.public_id if resident else None},
        at=now,
    )
    if resident is None:
        return {}
    return {
        "contact": resident.public_id,
        "phone": resident.phone,
        "telegram_chat_id": resident.telegram_chat_id,
        "local_address": resident.local_address,
        "language": resident.language,
        "opted_out": resident.opted_out,
    }
