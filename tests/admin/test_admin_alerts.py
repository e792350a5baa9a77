"""The alerts pages: the badge, the list (open first, viewers only their teams), one alert and its actions."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from models import Alert, AlertEvent, User
from tests.admin_support import csrf_token, post_form
from tests.safeguarding_pages import EAST_PHONE, WEST_PHONE, audit_actions, client_for, raise_alert


@pytest.fixture
def db(app):
    return app.extensions["heard"].db


@pytest.fixture
def alerts(db, config) -> dict[str, int]:
    return {
        "east": raise_alert(db, config, EAST_PHONE, "east"),
        "west": raise_alert(db, config, WEST_PHONE, "west"),
    }


def status_of(db, alert_id: int) -> str:
    with db.begin() as session:
        return session.get(Alert, alert_id).status


def test_the_badge_counts_open_alerts_on_every_page_within_the_viewers_teams(app, db, alerts):
    manager = client_for(app, "lead@example.org", "manager")
    for page in ("/admin/", "/admin/alerts", f"/admin/alerts/{alerts['east']}", "/admin/you-said-we-did"):
        assert "Alerts: <span data-count>2</span> open" in manager.get(page).text, page
    viewer = client_for(app, "east@example.org", "viewer", ("east",))
    assert "Alerts: <span data-count>1</span> open" in viewer.get("/admin/").text
    with db.begin() as session:
        session.execute(update(Alert).where(Alert.id == alerts["east"]).values(status="acknowledged"))
    assert "Alerts: <span data-count>1</span> open" in manager.get("/admin/").text
    assert "Alerts: <span data-count>0</span> open" in viewer.get("/admin/").text


def test_the_list_puts_open_alerts_first_and_filters_by_status_and_team(app, db, config, alerts):
    later = raise_alert(db, config, "+447700900789", "east", "I feel unsafe at home")
    with db.begin() as session:
        session.execute(update(Alert).where(Alert.id == later).values(status="closed"))
    manager = client_for(app, "lead@example.org", "manager")
    page = manager.get("/admin/alerts").text
    order = [page.index(f">Alert {i}<") for i in (alerts["west"], alerts["east"], later)]
    assert order == sorted(order)  # open (newest first), then the closed one
    closed = manager.get("/admin/alerts?status=closed").text
    assert f">Alert {later}<" in closed and f">Alert {alerts['east']}<" not in closed
    west = manager.get("/admin/alerts?team=west").text
    assert f">Alert {alerts['west']}<" in west and f">Alert {alerts['east']}<" not in west


def test_a_viewer_sees_and_acts_on_their_own_teams_alerts_only(app, db, alerts):
    viewer = client_for(app, "east@example.org", "viewer", ("east",))
    page = viewer.get("/admin/alerts").text
    assert f">Alert {alerts['east']}<" in page and f">Alert {alerts['west']}<" not in page
    assert viewer.get(f"/admin/alerts/{alerts['west']}").status_code == 404
    assert viewer.get(f"/admin/alerts/{alerts['west']}/conversation").status_code == 404
    own = f"/admin/alerts/{alerts['east']}"
    refused = post_form(viewer, own, f"/admin/alerts/{alerts['west']}/acknowledge", {})
    assert refused.status_code == 404 and status_of(db, alerts["west"]) == "open"
    assert post_form(viewer, own, f"{own}/acknowledge", {}).status_code == 302
    assert status_of(db, alerts["east"]) == "acknowledged"


def test_the_alert_shows_rule_message_conversation_and_history_but_no_number(app, alerts):
    manager = client_for(app, "lead@example.org", "manager")
    page = manager.get(f"/admin/alerts/{alerts['east']}").text
    assert "suicide self harm" in page and "I want to kill myself" in page
    assert "raised" in page and EAST_PHONE not in page and "7700900123" not in page
    conversation = manager.get(f"/admin/alerts/{alerts['east']}/conversation").text
    assert "FEEDBACK EAST" in conversation and "matched" in conversation and "7700900123" not in conversation


def test_acknowledge_assign_note_close_reopen_from_the_page_are_recorded_and_audited(app, db, alerts):
    manager = client_for(app, "lead@example.org", "manager")
    with db.begin() as session:
        lead_id = session.scalar(select(User.id).where(User.email == "lead@example.org"))
    page = f"/admin/alerts/{alerts['east']}"
    steps = [
        ("acknowledge", {}, "acknowledged"),
        ("assign", {"assignee": str(lead_id)}, "acknowledged"),
        ("note", {"note": "Rang back: safe with family tonight."}, "acknowledged"),
        ("close", {}, "closed"),
        ("reopen", {}, "open"),
    ]
    for action, data, status in steps:
        response = post_form(manager, page, f"{page}/{action}", data)
        assert response.status_code == 302 and response.location == page
        assert status_of(db, alerts["east"]) == status, action
    shown = manager.get(page).text
    assert "Rang back: safe with family tonight." in shown and "by lead@example.org" in shown
    with db.begin() as session:
        alert = session.get(Alert, alerts["east"])
        assert alert.assignee_id == lead_id
        kinds = list(
            session.scalars(
                select(AlertEvent.kind).where(AlertEvent.alert_id == alert.id).order_by(AlertEvent.id)
            )
        )
    assert kinds == ["raised", "acknowledged", "assigned", "note", "closed", "reopened"]
    subject = f"alert:{alerts['east']}"
    assert audit_actions(db, "alert_") == [
        ("lead@example.org", f"alert_{kind}", subject) for kind in kinds[1:]
    ]


def test_an_empty_note_or_acknowledging_twice_changes_nothing_and_says_why(app, db, alerts):
    manager = client_for(app, "lead@example.org", "manager")
    page = f"/admin/alerts/{alerts['east']}"
    post_form(manager, page, f"{page}/note", {"note": "  "})
    post_form(manager, page, f"{page}/acknowledge", {})
    again = post_form(manager, page, f"{page}/acknowledge", {})
    assert "Not changed: alert" in manager.get(again.location).text
    assert [a for _, a, _ in audit_actions(db, "alert_")] == ["alert_acknowledged"]


@pytest.mark.parametrize("action", ["acknowledge", "assign", "note", "close", "reopen", "contact"])
def test_every_action_needs_the_csrf_token(app, db, alerts, action):
    manager = client_for(app, "lead@example.org", "manager")
    response = manager.post(f"/admin/alerts/{alerts['east']}/{action}", data={"note": "x", "assignee": ""})
    assert response.status_code == 400 and "Please try again" in response.text
    assert status_of(db, alerts["east"]) == "open" and audit_actions(db, "alert_") == []
    assert audit_actions(db, "view_contact") == []


def test_showing_the_contact_is_for_admins_and_managers_and_is_audited(app, db, alerts):
    page = f"/admin/alerts/{alerts['east']}"
    viewer = client_for(app, "east@example.org", "viewer", ("east",))
    assert "Show contact details" not in viewer.get(page).text
    token = csrf_token(viewer.get(page).text)
    assert viewer.post(f"{page}/contact", data={"csrf_token": token}).status_code == 403
    assert audit_actions(db, "view_contact") == []
    manager = client_for(app, "lead@example.org", "manager")
    shown = post_form(manager, page, f"{page}/contact", {})
    assert shown.status_code == 200 and EAST_PHONE in shown.text
    assert shown.headers["Cache-Control"] == "no-store"
    assert audit_actions(db, "view_contact") == [
        ("lead@example.org", "view_contact", f"alert:{alerts['east']}")
    ]


def test_the_user_and_badge_statement_counts_what_each_role_may_see(app, db, config, alerts):
    """One statement reads the signed-in user and the badge's count (models/reports/alerts.py):
    the same count as open_alert_count for that user's teams, for each role, with a team-less
    alert (admins and managers only) and a closed one among them."""
    from bot.safeguarding.handling import open_alert_count
    from models.reports.alerts import user_with_open_alerts
    from tests.admin_support import make_user
    from web.auth.staff import ALL_TEAM_ROLES, Staff

    closed = raise_alert(db, config, EAST_PHONE, "east")
    with db.begin() as session:
        session.execute(update(Alert).where(Alert.id == alerts["west"]).values(team=None))
        session.execute(update(Alert).where(Alert.id == closed).values(status="closed"))
    users = {
        "admin": make_user(db, "a@example.org", "admin"),
        "manager": make_user(db, "m@example.org", "manager", ("east",)),
        "viewer of east": make_user(db, "e@example.org", "viewer", ("east", "west")),
        "viewer of none": make_user(db, "n@example.org", "viewer"),
    }
    seen = {}
    with db.begin() as session:
        for name, user_id in users.items():
            access, count = user_with_open_alerts(session, user_id, ALL_TEAM_ROLES)
            assert count == open_alert_count(session, Staff.from_user(access).allowed_teams), name
            seen[name] = count
        assert user_with_open_alerts(session, 10**9, ALL_TEAM_ROLES) == (None, 0)
    assert seen == {"admin": 2, "manager": 2, "viewer of east": 1, "viewer of none": 0}
