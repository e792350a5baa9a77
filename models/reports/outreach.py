"""Queries behind the admin's outreach pages and the dashboard (no phone numbers)."""

from __future__ import annotations

import functools
import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, bindparam, case, exists, func, select, update
from sqlalchemy.orm import Session

from models.conversation import Answer, Conversation
from models.db import rowcount
from models.outreach import OutboxMessage, OutreachMessage, ServiceContact
from models.resident import Resident

# The admin's lists, by the prompt statuses each shows.
VIEWS = {
    "upcoming": ("pending",),
    "sending": ("claimed",),
    "sent": ("sent",),
    "failed": ("failed",),
    "cancelled": ("cancelled",),
}
INVITATIONS = ("invite", "recontact")


@dataclass(frozen=True)
class OutreachMessageRow:
    """One prompt as staff see it: the person only by their pseudonymous public id."""

    id: int
    resident: str  # Resident.public_id
    team: str | None
    channel: str
    kind: str
    status: str
    due_at: datetime
    queued_at: datetime | None
    sent_at: datetime | None
    cancelled_at: datetime | None
    attempts: int
    reason: str | None  # why it failed or was cancelled


def _teams(query: Select, column, team: str | None, allowed_teams: frozenset[str] | None) -> Select:
    if team:
        query = query.where(column == team)
    if allowed_teams is not None:
        query = query.where(column.in_(sorted(allowed_teams)))
    return query


def list_outreach_messages(
    session: Session,
    view: str,
    team: str | None = None,
    allowed_teams: frozenset[str] | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[OutreachMessageRow]:
    """Upcoming (soonest first) or sent / failed / cancelled (latest first) prompts."""
    query = (
        select(OutreachMessage, Resident.public_id)
        .join(Resident, Resident.id == OutreachMessage.resident_id)
        .where(OutreachMessage.status.in_(VIEWS[view]))
    )
    query = _teams(query, OutreachMessage.team, team, allowed_teams)
    order = (
        (OutreachMessage.due_at, OutreachMessage.id) if view == "upcoming" else (OutreachMessage.id.desc(),)
    )
    rows = session.execute(query.order_by(*order).limit(limit).offset(offset)).all()
    return [
        OutreachMessageRow(
            id=p.id,
            resident=public_id,
            team=p.team,
            channel=p.channel,
            kind=p.kind,
            status=p.status,
            due_at=p.due_at,
            queued_at=p.queued_at,
            sent_at=p.sent_at,
            cancelled_at=p.cancelled_at,
            attempts=p.attempts,
            reason=p.last_error,
        )
        for p, public_id in rows
    ]


def outreach_counts(
    session: Session, team: str | None = None, allowed_teams: frozenset[str] | None = None
) -> dict[str, int]:
    """How many prompts each admin list holds."""
    query = _teams(
        select(OutreachMessage.status, func.count()).group_by(OutreachMessage.status),
        OutreachMessage.team,
        team,
        allowed_teams,
    )
    by_status = {status: n for status, n in session.execute(query)}
    return {view: sum(by_status.get(s, 0) for s in statuses) for view, statuses in VIEWS.items()}


def cancel_outreach_message(
    session: Session,
    outreach_message_id: int,
    now: datetime,
    by: str = "staff",
    allowed_teams: frozenset[str] | None = None,
) -> bool:
    """Cancel a prompt not yet sent (and its unsent messages); False if it is too late or not theirs."""
    query = update(OutreachMessage).where(
        OutreachMessage.id == outreach_message_id, OutreachMessage.status.in_(("pending", "claimed"))
    )
    if allowed_teams is not None:
        query = query.where(OutreachMessage.team.in_(sorted(allowed_teams)))
    done = session.execute(
        query.values(
            status="cancelled", last_error=f"cancelled by {by}"[:300], cancelled_at=now
        ).execution_options(synchronize_session=False)
    )
    if not rowcount(done):
        return False
    abandon_unanswered_conversation(session, outreach_message_id)
    session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.outreach_message_id == outreach_message_id, OutboxMessage.status == "pending")
        .values(status="cancelled", error=f"cancelled by {by}"[:300])
        .execution_options(synchronize_session=False)
    )
    return True


def abandon_unanswered_conversation(session: Session, outreach_message_id: int) -> None:
    """An invitation that will not arrive: close its conversation unless the resident answered.

    Otherwise their next text would be read as the answer to a question they never saw.
    """
    conversation_id = (
        select(OutreachMessage.conversation_id)
        .where(OutreachMessage.id == outreach_message_id, OutreachMessage.kind.in_(INVITATIONS))
        .scalar_subquery()
    )
    session.execute(
        update(Conversation)
        .where(
            Conversation.id == conversation_id,
            Conversation.status == "in_progress",
            ~exists().where(Answer.conversation_id == Conversation.id),
        )
        .values(status="abandoned", current_question=None)
        .execution_options(synchronize_session=False)
    )


@dataclass(frozen=True)
class ResponseRate:
    team: str | None
    invited: int  # invitations and re-contacts the provider accepted
    started: int  # ... whose conversation got at least one answer
    completed: int  # ... whose survey was finished

    @property
    def started_percent(self) -> float | None:
        return 100.0 * self.started / self.invited if self.invited else None

    @property
    def completed_percent(self) -> float | None:
        return 100.0 * self.completed / self.invited if self.invited else None


def response_rates(
    session: Session,
    since: datetime | None = None,
    until: datetime | None = None,
    allowed_teams: frozenset[str] | None = None,
) -> list[ResponseRate]:
    """Invited vs started vs completed, by team, for invitations sent in [since, until)."""
    answered = exists().where(Answer.conversation_id == OutreachMessage.conversation_id)
    query = (
        select(
            OutreachMessage.team,
            func.count(),
            func.sum(case((answered, 1), else_=0)),
            func.sum(case((Conversation.status == "completed", 1), else_=0)),
        )
        .outerjoin(Conversation, Conversation.id == OutreachMessage.conversation_id)
        .where(OutreachMessage.kind.in_(INVITATIONS), OutreachMessage.status == "sent")
        .group_by(OutreachMessage.team)
        .order_by(OutreachMessage.team)
    )
    if since:
        query = query.where(OutreachMessage.sent_at >= since)
    if until:
        query = query.where(OutreachMessage.sent_at < until)
    query = _teams(query, OutreachMessage.team, None, allowed_teams)
    return [ResponseRate(team, n, int(s or 0), int(c or 0)) for team, n, s, c in session.execute(query)]


@dataclass(frozen=True)
class DaysWaited:
    """Days from referral to contact for one team: an experience measure nobody is asked."""

    team: str
    service_contacts: int
    median: float
    lower_quartile: float
    upper_quartile: float
    shortest: int
    longest: int


def days_waited_by_team(
    session: Session,
    since: datetime | None = None,
    until: datetime | None = None,
    allowed_teams: frozenset[str] | None = None,
) -> list[DaysWaited]:
    """Median and spread of days waited by team, for contacts in [since, until)."""
    scope = None if allowed_teams is None else tuple(sorted(allowed_teams))
    statement = days_waited_statement(since is not None, until is not None, scope)
    rows = session.execute(statement.order_by(ServiceContact.team), days_waited_params(since, until))
    return days_waited_from_rows(rows)


def days_waited_params(since: datetime | None, until: datetime | None) -> dict[str, datetime | None]:
    """The named values `days_waited_statement` runs with."""
    return {"dw_since": since, "dw_until": until}


@functools.lru_cache(maxsize=256)
def days_waited_statement(by_since: bool, by_until: bool, scope: tuple[str, ...] | None) -> Select:
    """(team, days waited) of each contact with a referral date in the period and the teams in
    `scope` (None: every team); built once per worker and shape, run with `days_waited_params`."""
    contacted = ServiceContact.contacted_at
    moment = ServiceContact.__table__.c.contacted_at.type
    query = select(ServiceContact.team, ServiceContact.days_waited).where(
        ServiceContact.days_waited.is_not(None)
    )
    if by_since:
        query = query.where(contacted >= bindparam("dw_since", type_=moment))
    if by_until:
        query = query.where(contacted < bindparam("dw_until", type_=moment))
    return _teams(query, ServiceContact.team, None, None if scope is None else frozenset(scope))


def days_waited_from_rows(rows: Iterable[tuple[str, int | None]]) -> list[DaysWaited]:
    """DaysWaited per team, in the order the rows' teams first come (the statement's rows, by team)."""
    by_team: dict[str, list[int]] = {}
    for team, days in rows:
        if days is not None:  # excluded by the query; the column itself may be NULL
            by_team.setdefault(team, []).append(days)
    return [_spread(team, days) for team, days in by_team.items()]


def _spread(team: str, days: list[int]) -> DaysWaited:
    if len(days) > 1:
        lower, median, upper = statistics.quantiles(days, n=4, method="inclusive")
    else:
        lower = median = upper = float(days[0])
    return DaysWaited(team, len(days), median, lower, upper, min(days), max(days))
