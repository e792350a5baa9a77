"""Creating staff logins; passwords are only ever stored hashed."""

from __future__ import annotations

import secrets

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from werkzeug.security import check_password_hash, generate_password_hash

from models.user import ROLES, User


class UserError(ValueError):
    pass


def create_user(session: Session, email: str, password: str, role: str = "viewer") -> User:
    email = email.strip().lower()
    if role not in ROLES:
        raise UserError(f"role must be one of {', '.join(ROLES)}")
    if "@" not in email or len(email) > 254:
        raise UserError(f"{email!r} is not an email address")
    if session.scalar(select(User).where(User.email == email)):
        raise UserError(f"{email} already has a login")
    user = User(email=email, password_hash=generate_password_hash(password), role=role)
    session.add(user)
    return user


def password_matches(user: User, password: str) -> bool:
    return check_password_hash(user.password_hash, password)


def ensure_first_admin(session: Session, email: str) -> str | None:
    """Create an admin with a random password when there is no admin; return the password."""
    if session.scalar(select(func.count()).select_from(User).where(User.role == "admin")):
        return None
    password = secrets.token_urlsafe(12)
    create_user(session, email, password, role="admin")
    return password
