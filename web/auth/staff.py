"""The signed-in staff member as the request sees them (a plain object, not an ORM row)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from flask import g, has_request_context, request
from flask_login import UserMixin

from models.logins import UserAccess, user_access
from models.reports.alerts import user_with_open_alerts
from models.reports.reading import reading
from models.user import User
from web.auth import login_manager
from web.extensions import heard
from web.numbers import form_id

ALL_TEAM_ROLES = ("admin", "manager")


def _fingerprint(user: User | UserAccess) -> str:
    # Part of the session id: a new password, or signing out (session_version), ends every
    # session of that user, because the id in the cookie stops matching.
    material = f"{user.session_version or 0}:{user.password_hash}"
    return hashlib.sha256(material.encode()).hexdigest()[:16]


@dataclass(frozen=True, eq=False)
class Staff(UserMixin):
    id: int
    email: str
    role: str
    teams: frozenset[str]
    session_id: str

    @classmethod
    def from_user(cls, user: User | UserAccess) -> Staff:
        teams = user.teams if isinstance(user, UserAccess) else frozenset(t.team for t in user.teams)
        return cls(user.id, user.email, user.role, teams, f"{user.id}:{_fingerprint(user)}")

    def get_id(self) -> str:
        return self.session_id

    @property
    def allowed_teams(self) -> frozenset[str] | None:
        """None: every team (admins, managers); otherwise the viewer's own teams."""
        return None if self.role in ALL_TEAM_ROLES else self.teams

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


@login_manager.user_loader
def load_staff(session_id: str) -> Staff | None:
    user_text, _, fingerprint = session_id.partition(":")
    user_id = form_id(user_text)
    if user_id is None:
        return None
    # Every admin page shows the open-alert badge: read with the user, one statement for both.
    badge = has_request_context() and request.blueprint == "admin"
    with reading(heard().db) as session:
        if badge:
            user, open_alerts = user_with_open_alerts(session, user_id, ALL_TEAM_ROLES)
        else:
            user = user_access(session, user_id)
        if user is None or not user.active or _fingerprint(user) != fingerprint:
            return None
        if badge:
            g.open_alerts = open_alerts  # web/admin/alerts.py counts only when this is missing
        return Staff.from_user(user)
