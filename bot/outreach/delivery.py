"""Delivery reports: move an outbound message's status forward, never back.

Providers report each message several times (queued, sent, delivered…), may
repeat a report and may deliver reports out of order, so an update is one
conditional UPDATE that only succeeds when the new status comes later in
`models.message.STATUS_ORDER`. Two reports handled at once cannot undo each other.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from bot.conversation import residents
from models import Message, Resident
from models.db import rowcount
from models.message import STATUS_ORDER

# Provider words for the same steps (Twilio: accepted/scheduled come before queued).
SYNONYMS = {"accepted": "queued", "scheduled": "queued", "canceled": "failed"}
# Provider error codes that mean "this person opted out at the provider".
OPT_OUT_CODES = {"21610"}


def earlier_than(status: str) -> list[str]:
    return list(STATUS_ORDER[: STATUS_ORDER.index(status)])


def record_status(
    session: Session,
    channels: Iterable[str],
    external_id: str,
    status: str,
    error_code: str | None,
    now: datetime,
) -> bool:
    """Apply one delivery report; True when the stored status moved forward.

    An error code is kept even when the status does not move. An opt-out code
    opts the person out on every channel.
    """
    status = SYNONYMS.get(status, status)
    mine = (
        Message.channel.in_(list(channels)),
        Message.external_id == external_id,
        Message.direction == "out",
    )
    moved = False
    if status in STATUS_ORDER:
        result = session.execute(
            update(Message)
            .where(*mine, or_(Message.status.is_(None), Message.status.in_(earlier_than(status))))
            .values(status=status)
            .execution_options(synchronize_session=False)
        )
        moved = rowcount(result) > 0
    if error_code:
        session.execute(
            update(Message)
            .where(*mine, Message.error_code.is_(None))
            .values(error_code=error_code[:16])
            .execution_options(synchronize_session=False)
        )
        if error_code in OPT_OUT_CODES:
            _opt_out_recipient(session, mine, error_code, now)
    return moved


def _opt_out_recipient(session: Session, mine: tuple, error_code: str, now: datetime) -> None:
    message = session.scalar(select(Message).where(*mine))
    if message is None or message.resident_id is None:
        return
    # Locked, so two reports at once record one opt-out event, not two.
    resident = session.scalar(select(Resident).where(Resident.id == message.resident_id).with_for_update())
    if resident is not None:
        residents.opt_out(session, resident, message.channel, f"provider_{error_code}", now)


def link_reply(session: Session, message_id: int, external_id: str) -> None:
    """Give a reply sent as TwiML the provider's id, the first time a report names it."""
    taken = select(Message.id).where(Message.external_id == external_id).exists()
    session.execute(
        update(Message)
        .where(Message.id == message_id, Message.direction == "out", Message.external_id.is_(None), ~taken)
        .values(external_id=external_id)
        .execution_options(synchronize_session=False)
    )
