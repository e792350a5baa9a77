"""Alerts as the staff pages show them: the list (urgent open first) and one alert with its context."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from sqlalchemy import Select, and_, bindparam, case, func, or_, select
from sqlalchemy.orm import Session, selectinload

from models.alert import Alert
from models.bulk import table_of
from models.conversation import Conversation
from models.driver_read import read_rows
from models.logins import UserAccess
from models.message import Message
from models.user import User, UserTeam

PAGE_SIZE = 100
# Urgent open alerts, then other open ones, then acknowledged, then closed.
_STATUS_ORDER = case(
    (and_(Alert.status == "open", Alert.severity == "urgent"), 0),
    (Alert.status == "open", 1),
    (Alert.status == "acknowledged", 2),
    else_=3,
)


def _visible(query, allowed_teams: frozenset[str] | None):
    """Viewers see only their teams' alerts; alerts with no team are for admins and managers."""
    return query if allowed_teams is None else query.where(Alert.team.in_(sorted(allowed_teams)))


def list_alerts(
    session: Session,
    allowed_teams: frozenset[str] | None,
    status: str | None = None,
    team: str | None = None,
    limit: int = PAGE_SIZE,
    category: str | None = None,
    severity: str | None = None,
) -> Sequence[Alert]:
    """Urgent open alerts first, then open, acknowledged, closed; newest first within each."""
    query = _visible(select(Alert), allowed_teams)
    if status:
        query = query.where(Alert.status == status)
    if team:
        query = query.where(Alert.team == team)
    if category:
        query = query.where(Alert.category == category)
    if severity:
        query = query.where(Alert.severity == severity)
    return session.scalars(
        query.order_by(_STATUS_ORDER, Alert.created_at.desc(), Alert.id.desc()).limit(limit)
    ).all()


@dataclass(frozen=True)
class AlertView:
    alert: Alert
    message: Message | None  # the reply that matched
    conversation: Conversation | None
    transcript: Sequence[Message]  # the conversation's messages, in and out, oldest first
    staff: dict[int, str]  # user id -> e-mail, for the history and the assignee


def get_alert(session: Session, alert_id: int, allowed_teams: frozenset[str] | None) -> AlertView | None:
    """One alert the user may see, with the matched message and the conversation; None otherwise."""
    query = _visible(select(Alert).where(Alert.id == alert_id), allowed_teams)
    alert = session.scalar(query.options(selectinload(Alert.events)))
    if alert is None:
        return None
    message = session.get(Message, alert.message_id) if alert.message_id else None
    conversation = session.get(Conversation, alert.conversation_id) if alert.conversation_id else None
    transcript: Sequence[Message] = []
    if conversation is not None:
        transcript = session.scalars(
            select(Message).where(Message.conversation_id == conversation.id).order_by(Message.id)
        ).all()
    ids = {e.user_id for e in alert.events if e.user_id} | ({alert.assignee_id} - {None})
    staff = dict(session.execute(select(User.id, User.email).where(User.id.in_(ids))).all())
    return AlertView(alert, message, conversation, transcript, staff)


def user_with_open_alerts(
    session: Session, user_id: int, all_team_roles: tuple[str, ...]
) -> tuple[UserAccess | None, int]:
    """The signed-in user with their teams, and the open alerts they may see (the admin pages'
    badge), in one statement: every admin page needs both, and each was a statement of its own.

    Users whose role is in `all_team_roles` see every alert; others only their teams' alerts,
    as `_visible` (alerts with no team are for admins and managers).
    """
    statement = _user_with_open_alerts(all_team_roles)
    rows = read_rows(session.connection(), statement, {"user_id": user_id})
    if not rows:
        return None, 0
    id_, email, role, active, session_version, password_hash, _, open_alerts = rows[0]
    teams = frozenset(row[6] for row in rows if row[6] is not None)
    return UserAccess(id_, email, role, active, session_version or 0, password_hash, teams), open_alerts


@cache  # built once per worker (one set of roles per deployment)
def _user_with_open_alerts(all_team_roles: tuple[str, ...]) -> Select:
    users, user_teams, alerts = table_of(User), table_of(UserTeam), table_of(Alert)
    own_teams = user_teams.alias("own_teams")
    open_alerts = (
        select(func.count())
        .select_from(alerts)
        .where(
            alerts.c.status == "open",
            or_(
                users.c.role.in_(all_team_roles),
                alerts.c.team.in_(
                    select(own_teams.c.team).where(own_teams.c.user_id == users.c.id).correlate(users)
                ),
            ),
        )
        .correlate(users)
        .scalar_subquery()
    )
    return (
        select(
            users.c.id,
            users.c.email,
            users.c.role,
            users.c.active,
            users.c.session_version,
            users.c.password_hash,
            user_teams.c.team,
            open_alerts.label("open_alerts"),
        )
        .select_from(users)
        .outerjoin(user_teams, user_teams.c.user_id == users.c.id)
        .where(users.c.id == bindparam("user_id"))
    )
