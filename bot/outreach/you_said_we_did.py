"""'You said, we did': a message from staff to residents of a team and period who said YES.

The admin's compose page calls `compose_you_said_we_did` inside its request
transaction and shows the count it returns. Messages go out through
`bot.outreach.queue.queue_message`, so the outbox's quiet hours, opt-outs,
rate limits and retries apply.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.conversation.segments import segments
from bot.outreach.queue import queue_message
from models import Conversation, Resident, User, YouSaidWeDid
from models.audit import record
from models.base import utcnow
from settings import Config

MAX_SEGMENTS = 3


class ComposeError(ValueError):
    """The message or period cannot be sent as given."""


def recipients(
    session: Session, team: str | None, period_start: datetime, period_end: datetime
) -> dict[int, str]:
    """contact id -> channel, for everyone whose latest answer in the period was YES (and not opted out)."""
    query = (
        select(Conversation.resident_id, Conversation.channel, Conversation.you_said_we_did)
        .join(Resident, Resident.id == Conversation.resident_id)
        .where(
            Conversation.you_said_we_did.is_not(None),
            Conversation.is_test.is_(False),
            Conversation.started_at >= period_start,
            Conversation.started_at < period_end,
            Resident.opted_out_at.is_(None),
        )
        .order_by(Conversation.id)
    )
    if team is not None:
        query = query.where(Conversation.team == team)
    latest = {resident_id: (channel, agreed) for resident_id, channel, agreed in session.execute(query)}
    return {
        resident_id: channel for resident_id, (channel, agreed) in latest.items() if agreed and resident_id
    }


def compose_you_said_we_did(
    session: Session,
    config: Config,
    team: str | None,
    period_start: datetime,
    period_end: datetime,
    text: str,
    staff_user_id: int,
    now: datetime | None = None,
) -> int:
    """Queue `text` to everyone who said YES in that team (None: every team) and period; how many."""
    message = send_you_said_we_did(session, config, team, period_start, period_end, text, staff_user_id, now)
    return message.recipients


def send_you_said_we_did(
    session: Session,
    config: Config,
    team: str | None,
    period_start: datetime,
    period_end: datetime,
    text: str,
    staff_user_id: int,
    now: datetime | None = None,
) -> YouSaidWeDid:
    """As compose_you_said_we_did, returning the stored message (its `recipients` is the count)."""
    text = text.strip()
    if not text:
        raise ComposeError("the message is empty")
    if segments(text) > MAX_SEGMENTS:
        raise ComposeError(f"the message is longer than {MAX_SEGMENTS} text messages")
    if period_end <= period_start:
        raise ComposeError("the period must end after it starts")
    if team is not None and config.team(team) is None:
        raise ComposeError(f"no team with id {team!r}")
    staff = session.get(User, staff_user_id)
    if staff is None:
        raise ComposeError(f"no staff member with id {staff_user_id}")
    now = now or utcnow()
    targets = recipients(session, team, period_start, period_end)
    for resident_id, channel in targets.items():
        queue_message(session, resident_id, channel, text, not_before=now)
    message = YouSaidWeDid(
        team=team,
        period_start=period_start,
        period_end=period_end,
        text=text,
        recipients=len(targets),
        created_by_id=staff.id,
        created_at=now,
    )
    session.add(message)
    session.flush()
    record(
        session,
        "you_said_we_did",
        actor=staff.email,
        user_id=staff.id,
        subject=f"team:{team or 'all'}",
        detail={
            "recipients": len(targets),
            "from": period_start.isoformat(),
            "until": period_end.isoformat(),
        },
        at=now,
    )
    return message
