"""Helpers for the safeguarding page tests: staff of each role and alerts raised through the engine."""

from __future__ import annotations

from datetime import timedelta

from flask.testing import FlaskClient
from sqlalchemy import select

from models import Alert, AuditEntry
from models.db import Database
from tests.admin_support import make_user, sign_in
from tests.factories import T0, send

EAST_PHONE = "+447700900123"
WEST_PHONE = "+447700900456"
# A disclosure today's screen misses, for the "record a missed disclosure" pages. When the
# screen learns to catch it, `test_the_missed_example_is_still_missed` says to pick another.
MISSED = "please only ring in the mornings, evenings are not good in this house"


def raise_alert(db: Database, config, phone: str, team: str, text: str = "I want to kill myself") -> int:
    """A resident starts the team's survey by SMS and replies with a risky message."""
    send(db, config, f"FEEDBACK {team.upper()}", channel="sms", address=phone)
    send(db, config, text, channel="sms", address=phone, at=T0 + timedelta(minutes=1))
    with db.begin() as session:
        return session.scalar(select(Alert.id).where(Alert.team == team).order_by(Alert.id.desc()))


def client_for(app, email: str, role: str, teams: tuple[str, ...] = ()) -> FlaskClient:
    """A client signed in (through the real form) as a new user of that role."""
    make_user(app.extensions["heard"].db, email, role, teams)
    client = app.test_client()
    assert sign_in(client, email).status_code == 302
    return client


def audit_actions(db: Database, action_prefix: str = "") -> list[tuple[str, str, str | None]]:
    """(actor, action, subject) of each audit entry whose action starts with the prefix, oldest first."""
    with db.begin() as session:
        rows = session.scalars(select(AuditEntry).order_by(AuditEntry.id))
        return [(r.actor, r.action, r.subject) for r in rows if r.action.startswith(action_prefix)]
