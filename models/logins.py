"""Staff logins: creating, changing and checking them; passwords are only ever stored hashed."""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session, selectinload
from werkzeug.security import check_password_hash, generate_password_hash

from models.bulk import table_of
from models.user import ROLES, User, UserTeam

MIN_PASSWORD_LENGTH = 10
# Checked against when the email is unknown, so a wrong email takes as long as a wrong password.
_DUMMY_HASH = generate_password_hash("not a password anyone has")


class UserError(ValueError):
    pass


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(f"the password must be at least {MIN_PASSWORD_LENGTH} characters")


def create_user(
    session: Session, email: str, password: str, role: str = "viewer", teams: Iterable[str] = ()
) -> User:
    email = email.strip().lower()
    if role not in ROLES:
        raise UserError(f"role must be one of {', '.join(ROLES)}")
    if "@" not in email or len(email) > 254:
        raise UserError(f"{email!r} is not an email address")
    _check_password(password)
    if session.scalar(select(User).where(User.email == email)):
        raise UserError(f"{email} already has a login")
    user = User(email=email, password_hash=generate_password_hash(password), role=role)
    user.teams = [UserTeam(team=team) for team in sorted(set(teams))]
    session.add(user)
    session.flush()
    return user


def password_matches(user: User, password: str) -> bool:
    return check_password_hash(user.password_hash, password)


def authenticate(session: Session, email: str, password: str) -> User | None:
    """The active user with this email and password, or None (same time either way)."""
    user = session.scalar(select(User).where(User.email == email.strip().lower()))
    if user is None:
        check_password_hash(_DUMMY_HASH, password)
        return None
    return user if password_matches(user, password) and user.active else None


def get_user(session: Session, user_id: int) -> User | None:
    return session.scalar(select(User).where(User.id == user_id).options(selectinload(User.teams)))


@dataclass(frozen=True)
class UserAccess:
    """What signing one request in needs of a user (not an ORM row)."""

    id: int
    email: str
    role: str
    active: bool
    session_version: int
    password_hash: str
    teams: frozenset[str]


def user_access(session: Session, user_id: int) -> UserAccess | None:
    """The user with their teams, for every signed-in request: one statement built once."""
    rows = session.connection().execute(_USER_WITH_TEAMS, {"user_id": user_id}).all()
    if not rows:
        return None
    user = rows[0]
    teams = frozenset(row.team for row in rows if row.team is not None)
    return UserAccess(
        user.id, user.email, user.role, user.active, user.session_version or 0, user.password_hash, teams
    )


_USERS, _USER_TEAMS = table_of(User), table_of(UserTeam)
_USER_WITH_TEAMS = (
    select(
        _USERS.c.id,
        _USERS.c.email,
        _USERS.c.role,
        _USERS.c.active,
        _USERS.c.session_version,
        _USERS.c.password_hash,
        _USER_TEAMS.c.team,
    )
    .select_from(_USERS)
    .outerjoin(_USER_TEAMS, _USER_TEAMS.c.user_id == _USERS.c.id)
    .where(_USERS.c.id == bindparam("user_id"))
)


def list_users(session: Session) -> Sequence[User]:
    return session.scalars(select(User).options(selectinload(User.teams)).order_by(User.email)).all()


def _active_admins(session: Session) -> int:
    return (
        session.scalar(
            select(func.count()).select_from(User).where(User.role == "admin", User.active.is_(True))
        )
        or 0
    )


def update_user(session: Session, user_id: int, role: str, teams: Iterable[str], active: bool) -> User:
    """Set a user's role, teams and whether they may sign in; the last admin stays an admin."""
    user = get_user(session, user_id)
    if user is None:
        raise UserError("no such user")
    if role not in ROLES:
        raise UserError(f"role must be one of {', '.join(ROLES)}")
    was_active_admin = user.role == "admin" and user.active
    if was_active_admin and (role != "admin" or not active) and _active_admins(session) <= 1:
        raise UserError("this is the last active admin: make another admin first")
    user.role, user.active = role, active
    wanted = set(teams)
    user.teams = [t for t in user.teams if t.team in wanted]
    have = {t.team for t in user.teams}
    user.teams += [UserTeam(team=team) for team in sorted(wanted - have)]
    return user


def set_password(session: Session, user_id: int, password: str) -> User:
    """Replace a user's password (their other sessions end: see web/auth session ids)."""
    _check_password(password)
    user = get_user(session, user_id)
    if user is None:
        raise UserError("no such user")
    user.password_hash = generate_password_hash(password)
    return user


def ensure_first_admin(session: Session, email: str) -> str | None:
    """Create an admin with a random password when there is no admin; return the password."""
    if session.scalar(select(func.count()).select_from(User).where(User.role == "admin")):
        return None
    password = secrets.token_urlsafe(12)
    create_user(session, email, password, role="admin")
    return password


def end_sessions(session: Session, user_id: int) -> None:
    """End every signed-in session of this user (sign-out): their session ids stop matching."""
    user = session.get(User, user_id)
    if user is not None:
        user.session_version = (user.session_version or 0) + 1
