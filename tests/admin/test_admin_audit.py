"""The audit log page (admins only, newest first, paginated, filtered) and sign-in entries."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from models import AuditEntry
from models.audit import record
from tests.admin_support import make_user, post_form, sign_in
from tests.factories import T0
from tests.safeguarding_pages import audit_actions, client_for


@pytest.fixture
def db(app):
    return app.extensions["heard"].db


def test_sign_in_success_failure_and_sign_out_are_audited(app, db):
    make_user(db, "ann@example.org", "viewer")
    client = app.test_client()
    sign_in(client, "ann@example.org", "not the password")
    sign_in(client, "nobody@example.org", "whatever it is")
    sign_in(client, "ann@example.org")
    post_form(client, "/admin/", "/admin/sign-out", {})
    assert audit_actions(db) == [
        ("ann@example.org", "sign_in_failed", None),
        ("nobody@example.org", "sign_in_failed", None),
        ("ann@example.org", "sign_in", None),
        ("ann@example.org", "sign_out", None),
    ]
    with db.begin() as session:
        details = list(session.scalars(select(AuditEntry.detail).order_by(AuditEntry.id)))
    assert details[0] == {"ip": "127.0.0.1", "reason": "refused"}


def test_a_locked_out_sign_in_is_audited_as_refused_for_being_locked(app, db):
    make_user(db, "ann@example.org", "viewer")
    client = app.test_client()
    for _ in range(6):
        sign_in(client, "ann@example.org", "not the password")
    with db.begin() as session:
        last = session.scalar(select(AuditEntry).order_by(AuditEntry.id.desc()))
    assert (last.action, last.detail["reason"]) == ("sign_in_failed", "locked")


def test_the_page_lists_newest_first_in_pages_of_fifty(app, db):
    admin = client_for(app, "root@example.org", "admin")
    with db.begin() as session:
        for i in range(60):
            record(
                session,
                "export",
                actor="root@example.org",
                subject=f"export:{i}",
                at=T0 + timedelta(minutes=i),
            )
    first = admin.get("/admin/audit?action=export").text
    assert first.index("export:59") < first.index("export:58") and "export:9<" not in first
    assert first.count("<td>export:") == 50 and "Older entries" in first
    second = admin.get("/admin/audit?action=export&page=2").text
    assert second.count("<td>export:") == 10 and "export:9<" in second and "Older entries" not in second


def test_filter_by_staff_member_and_action(app, db):
    admin = client_for(app, "root@example.org", "admin")
    other_id = make_user(db, "ann@example.org", "manager")
    with db.begin() as session:
        record(session, "export", actor="ann@example.org", user_id=other_id, subject="mine", at=T0)
        record(session, "retention", subject="systems", at=T0)
    ann = admin.get(f"/admin/audit?user={other_id}").text
    assert "<td>mine</td>" in ann and "systems" not in ann and "data-action>sign in<" not in ann
    retention = admin.get("/admin/audit?action=retention").text
    assert "systems" in retention and "<td>mine</td>" not in retention
    everything = admin.get("/admin/audit").text
    assert "<td>mine</td>" in everything and "systems" in everything and "data-action>sign in<" in everything
