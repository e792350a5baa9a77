"""Staff handling of alerts: every change is in the alert's history and the audit log."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, text, update

from bot.safeguarding import handling
from models import Alert, AuditEntry
from models.audit import AppendOnlyError, record
from tests.factories import T0, send
from tests.factories import staff as make_staff


@pytest.fixture
def staff(db):
    with db.begin() as session:
        duty = make_staff(session, "duty@example.org", "manager")
        other = make_staff(session, "other@example.org", "viewer")
        session.flush()
        return duty, other


@pytest.fixture
def alert_id(db, config) -> int:
    send(db, config, "I want to die", channel="sms", address="+447700900123")
    with db.begin() as session:
        return session.scalar(select(Alert.id))


def audit(db) -> list[tuple[str, str, str]]:
    with db.begin() as session:
        rows = session.scalars(select(AuditEntry).order_by(AuditEntry.id))
        return [(row.actor, row.action, row.subject) for row in rows]


def test_acknowledge_assign_note_close_reopen_are_all_recorded(db, staff, alert_id):
    duty, other = staff
    steps = [
        lambda s, at: handling.acknowledge(s, alert_id, duty, at),
        lambda s, at: handling.assign(s, alert_id, other.id, duty, at),
        lambda s, at: handling.add_note(s, alert_id, "Rang back, safe with family tonight.", duty, at),
        lambda s, at: handling.close(s, alert_id, other, at, note="Referred to GP"),
        lambda s, at: handling.reopen(s, alert_id, other, at),
    ]
    for i, step in enumerate(steps):
        with db.begin() as session:
            step(session, T0 + timedelta(minutes=i + 1))
    with db.begin() as session:
        alert = session.get(Alert, alert_id)
        assert (alert.status, alert.assignee_id) == ("open", other.id)
        assert [e.kind for e in alert.events] == [
            "raised", "acknowledged", "assigned", "note", "closed", "reopened"
        ]  # fmt: skip
        assert (
            alert.events[3].note == "Rang back, safe with family tonight."
            and alert.events[3].user_id == duty.id
        )
        assert alert.updated_at == T0 + timedelta(minutes=5)
    subject = f"alert:{alert_id}"
    assert audit(db) == [
        ("duty@example.org", "alert_acknowledged", subject),
        ("duty@example.org", "alert_assigned", subject),
        ("duty@example.org", "alert_note", subject),
        ("other@example.org", "alert_closed", subject),
        ("other@example.org", "alert_reopened", subject),
    ]
    with db.begin() as session:
        details = [e.detail for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id))]
    assert "Rang back" not in str(details)  # the note stays with the alert, not in the log


@pytest.mark.parametrize(
    "change, error",
    [
        (lambda s, a, u: handling.add_note(s, a, "   ", u, T0), "cannot be empty"),
        (lambda s, a, u: handling.assign(s, a, 999, u, T0), "no staff member"),
        (lambda s, a, u: handling.acknowledge(s, 999, u, T0), "no alert with id 999"),
        (lambda s, a, u: handling.reopen(s, a, u, T0), "already open"),
    ],
)
def test_bad_changes_are_refused_with_a_clear_error(db, staff, alert_id, change, error):
    with pytest.raises(handling.AlertError, match=error), db.begin() as session:
        change(session, alert_id, staff[0])


def test_open_alert_count_is_the_badge(db, config, staff, alert_id):
    send(db, config, "I'm scared", address="bob", at=T0 + timedelta(minutes=1))
    with db.begin() as session:
        assert handling.open_alert_count(session) == 2
        handling.acknowledge(session, alert_id, staff[0], T0)
    with db.begin() as session:
        assert handling.open_alert_count(session) == 1
        assert handling.open_alert_count(session, frozenset({"east"})) == 0


def test_viewing_contact_details_is_audited(db, staff, alert_id):
    with db.begin() as session:
        details = handling.contact_details(session, alert_id, staff[0], T0)
    assert details["phone"] == "+447700900123"
    [(actor, action, subject)] = audit(db)
    assert (actor, action, subject) == ("duty@example.org", "view_contact", f"alert:{alert_id}")
    with db.begin() as session:
        assert "7700900123" not in str(session.scalar(select(AuditEntry.detail)))


def test_audit_log_is_append_only_in_the_app_and_in_the_database(db):
    with db.begin() as session:
        record(session, "sign_in", actor="duty@example.org", user_id=1)
    with pytest.raises(AppendOnlyError), db.begin() as session:
        session.scalar(select(AuditEntry)).action = "export"
    with pytest.raises(AppendOnlyError), db.begin() as session:
        session.delete(session.scalar(select(AuditEntry)))
    with pytest.raises(AppendOnlyError), db.begin() as session:
        session.execute(update(AuditEntry).values(actor="someone else"))
    # Below the ORM, the database's own trigger refuses too.
    for statement in ("UPDATE audit_log SET actor = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(Exception, match="append-only"), db.begin() as session:
            session.execute(text(statement))
    assert audit(db) == [("duty@example.org", "sign_in", None)]


def test_unknown_audit_action_is_refused(db):
    with pytest.raises(ValueError, match="unknown audit action"), db.begin() as session:
        record(session, "made_tea")
