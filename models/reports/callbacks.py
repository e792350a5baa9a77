"""Callbacks as staff, the API and the dashboard see them: lists, one callback, and the figures.

Figures per team for a period (UTC [since, until) cut on the organisation's local days,
models/reports/periods.py): callbacks asked for, % answered within the due time, and
the median time to the first reply. A callback still inside its due time with no reply
yet is neither a success nor a failure: it is left out of the % until it is one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from statistics import median
from typing import Any

from sqlalchemy import Select, and_, bindparam, case, func, or_, select
from sqlalchemy.orm import Session

from models.base import iso_utc
from models.callback import ACTIVE_STATUSES, Callback, CallbackMessage
from models.conversation import Answer, Conversation
from models.outreach import OutboxMessage
from models.reports.paging import page_after
from models.user import User

PAGE_SIZE = 200
# Open ones first, by due time; closed ones last, newest first.
_OPEN_FIRST = case((Callback.status.in_(ACTIVE_STATUSES), 0), else_=1)


def _visible(query, allowed_teams: frozenset[str] | None):
    """Viewers and scoped tokens see only their teams; callbacks with no team are for every-team roles."""
    return query if allowed_teams is None else query.where(Callback.team.in_(sorted(allowed_teams)))


@dataclass(frozen=True)
class CallbackFilters:
    team: str | None = None
    status: str | None = None  # a status, or "active" (open and replied)
    assignee_id: int | None = None
    unassigned: bool = False


def list_callbacks(
    session: Session, allowed_teams: frozenset[str] | None, filters: CallbackFilters, limit: int = PAGE_SIZE
) -> Sequence[Callback]:
    """Open and replied first, soonest due first; then closed ones, most recently closed first."""
    query = _visible(select(Callback), allowed_teams)
    if filters.team:
        query = query.where(Callback.team == filters.team)
    if filters.status == "active":
        query = query.where(Callback.status.in_(ACTIVE_STATUSES))
    elif filters.status:
        query = query.where(Callback.status == filters.status)
    if filters.unassigned:
        query = query.where(Callback.assignee_id.is_(None))
    elif filters.assignee_id is not None:
        query = query.where(Callback.assignee_id == filters.assignee_id)
    active_due = case((Callback.status.in_(ACTIVE_STATUSES), Callback.due_at))
    order = (_OPEN_FIRST, active_due, Callback.closed_at.desc(), Callback.id.desc())
    return session.scalars(query.order_by(*order).limit(limit)).all()


@dataclass(frozen=True)
class ThreadEntry:
    message: CallbackMessage
    send_status: str | None  # a reply's outbox status: pending, sending, sent, failed, cancelled
    send_error: str | None
    send_after: datetime | None  # when the outbox may send it (the morning, if written at night)


@dataclass(frozen=True)
class CallbackView:
    callback: Callback
    conversation: Conversation | None
    answers: Sequence[Answer]
    thread: Sequence[ThreadEntry]
    staff: dict[int, str]  # user id -> e-mail


def get_callback_view(
    session: Session, callback_id: int, allowed_teams: frozenset[str] | None
) -> CallbackView | None:
    """One callback the caller may see, with its survey answers and its thread; None otherwise."""
    callback = session.scalar(_visible(select(Callback).where(Callback.id == callback_id), allowed_teams))
    if callback is None:
        return None
    conversation = session.get(Conversation, callback.conversation_id) if callback.conversation_id else None
    answers: Sequence[Answer] = []
    if conversation is not None:
        answers = session.scalars(
            select(Answer).where(Answer.conversation_id == conversation.id).order_by(Answer.id)
        ).all()
    rows = session.execute(
        select(CallbackMessage, OutboxMessage.status, OutboxMessage.error, OutboxMessage.next_attempt_at)
        .outerjoin(OutboxMessage, OutboxMessage.id == CallbackMessage.outbox_id)
        .where(CallbackMessage.callback_id == callback.id)
        .order_by(CallbackMessage.id)
    ).all()
    thread = [ThreadEntry(m, status, error, after) for m, status, error, after in rows]
    ids = {e.message.user_id for e in thread if e.message.user_id} | ({callback.assignee_id} - {None})
    staff = dict(session.execute(select(User.id, User.email).where(User.id.in_(ids))).all()) if ids else {}
    return CallbackView(callback, conversation, answers, thread, staff)


def page_of_callbacks(
    session: Session,
    after_id: int = 0,
    limit: int = 100,
    status: str | None = None,
    team: str | None = None,
    allowed_teams: frozenset[str] | None = None,
) -> tuple[Sequence[Callback], int | None]:
    """Up to `limit` callbacks after `after_id`, oldest first, and the next cursor."""
    query = _visible(select(Callback), allowed_teams)
    if status:
        query = query.where(Callback.status == status)
    if team:
        query = query.where(Callback.team == team)
    return page_after(session, query, Callback.id, after_id, limit)


def callback_dicts(session: Session, callbacks: Sequence[Callback]) -> list[dict[str, Any]]:
    """Callbacks as GET /api/v1/callbacks shows them (docs/api.md): never a number, chat id or note."""
    ids = [c.id for c in callbacks]
    messages: dict[int, list[dict[str, Any]]] = {i: [] for i in ids}
    if ids:
        rows = session.execute(
            select(
                CallbackMessage.callback_id,
                CallbackMessage.kind,
                CallbackMessage.body,
                CallbackMessage.created_at,
            )
            .where(CallbackMessage.callback_id.in_(ids), CallbackMessage.kind.in_(("in", "out")))
            .order_by(CallbackMessage.id)
        )
        for callback_id, kind, body, at in rows:
            messages[callback_id].append({"direction": kind, "text": body, "at": iso_utc(at)})
    return [
        {
            "id": c.id,
            "response_id": c.conversation_id,
            "team": c.team,
            "status": c.status,
            "created_at": iso_utc(c.created_at),
            "due_at": iso_utc(c.due_at),
            "outcome": c.outcome,
            "messages": messages[c.id],
        }
        for c in callbacks
    ]


@dataclass(frozen=True)
class CallbackFigures:
    team: str | None
    asked: int  # callbacks asked for in the period
    judged: int  # of those, replied to or past their due time
    on_time: int  # of those, first replied to by the due time
    median_hours: float | None  # median time to the first reply, in hours

    @property
    def on_time_percent(self) -> float | None:
        return round(100 * self.on_time / self.judged, 1) if self.judged else None


def callback_figures(
    session: Session,
    since: datetime,
    until: datetime,
    now: datetime,
    allowed_teams: frozenset[str] | None = None,
    team: str | None = None,
) -> list[CallbackFigures]:
    """Per team (by team id; no team last), for callbacks asked for in [since, until).

    The database counts; of the replied callbacks only the one or two in the middle of
    each team's waits come back, for the median (worked out here as before, to the second).
    """
    allowed = None if allowed_teams is None else tuple(sorted(allowed_teams))
    counts, middle = figure_statements(session.get_bind().dialect.name, bool(team), allowed)
    params = figure_params(since, until, now, team)
    return figures_from_rows(session.execute(counts, params), session.execute(middle, params))


def figure_params(since: datetime, until: datetime, now: datetime, team: str | None) -> dict[str, Any]:
    """The named values `figure_statements` run with."""
    return {"cb_since": since, "cb_until": until, "cb_now": now, "cb_team": team}


def figures_from_rows(
    counts: Iterable[tuple[str | None, int, int | None, int | None]],
    middle: Iterable[tuple[str | None, datetime, datetime]],
) -> list[CallbackFigures]:
    """CallbackFigures per team from the rows of `figure_statements` (counts, middle waits)."""
    waits: dict[str | None, list[float]] = {}
    for row_team, created_at, first_reply_at in middle:
        waits.setdefault(row_team, []).append((first_reply_at - created_at).total_seconds() / 3600)
    figures = [
        CallbackFigures(
            team=row_team,
            asked=asked,
            judged=int(judged or 0),
            on_time=int(on_time or 0),
            median_hours=round(median(waits[row_team]), 1) if row_team in waits else None,
        )
        for row_team, asked, judged, on_time in counts
    ]
    return sorted(figures, key=lambda f: (f.team is None, f.team or ""))


@lru_cache(maxsize=256)
def figure_statements(dialect: str, by_team: bool, allowed: tuple[str, ...] | None) -> tuple[Select, Select]:
    """callback_figures' two statements, built once per worker and filter shape (run with named values).

    Building them and working out their cache keys on every dashboard request cost more
    than running them on a council's callbacks.
    """
    column = Callback.__table__.c
    since, until = (
        bindparam("cb_since", type_=column.created_at.type),
        bindparam("cb_until", type_=column.created_at.type),
    )
    now = bindparam("cb_now", type_=column.due_at.type)
    conditions = [Callback.created_at >= since, Callback.created_at < until]
    if by_team:
        conditions.append(Callback.team == bindparam("cb_team", type_=column.team.type))
    allowed_teams = None if allowed is None else frozenset(allowed)
    replied = Callback.first_reply_at.is_not(None)
    counts = _visible(
        select(
            Callback.team,
            func.count().label("asked"),
            func.sum(case((or_(replied, Callback.due_at <= now), 1), else_=0)).label("judged"),
            func.sum(case((and_(replied, Callback.first_reply_at <= Callback.due_at), 1), else_=0)).label(
                "on_time"
            ),
        )
        .where(*conditions)
        .group_by(Callback.team),
        allowed_teams,
    )
    wait = Callback.first_reply_at - Callback.created_at  # an interval on PostgreSQL
    if dialect == "sqlite":  # times are text there: order by days apart
        wait = func.julianday(Callback.first_reply_at) - func.julianday(Callback.created_at)
    ranked = _visible(
        select(
            Callback.team,
            Callback.created_at,
            Callback.first_reply_at,
            func.row_number().over(partition_by=Callback.team, order_by=(wait, Callback.id)).label("place"),
            func.count().over(partition_by=Callback.team).label("replies"),
        ).where(*conditions, replied),
        allowed_teams,
    ).subquery()
    # The middle wait of an odd count, the two middle ones of an even count.
    middle = select(ranked.c.team, ranked.c.created_at, ranked.c.first_reply_at).where(
        ranked.c.place.in_([(ranked.c.replies + 1) // 2, (ranked.c.replies + 2) // 2])
    )
    return counts, middle


def is_overdue(callback: Callback, now: datetime) -> bool:
    """Not closed, never replied to, and past its due time."""
    return callback.active and callback.first_reply_at is None and callback.due_at < now


def overdue_count(session: Session, now: datetime, allowed_teams: frozenset[str] | None) -> int:
    query = (
        select(func.count())
        .select_from(Callback)
        .where(Callback.status.in_(ACTIVE_STATUSES), Callback.first_reply_at.is_(None), Callback.due_at < now)
    )
    return session.scalar(_visible(query, allowed_teams)) or 0
