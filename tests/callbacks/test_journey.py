"""Done when: a negative SMS survey, YES, a staff reply from the admin (and through the API), the
resident's answer back in the thread, closed with an outcome, counted on the dashboard.
Also viewer scoping, contact details per role, API scoping and 409 reasons, retention and erasure."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from bot.outreach.outbox import drain
from bot.outreach.quiet_hours import next_allowed
from bot.privacy.erasure import erase_person
from bot.privacy.retention import apply_retention
from models import AuditEntry, Callback, CallbackMessage, Resident
from settings import Environment
from tests.admin_support import make_user, sign_in
from tests.callbacks.support import PHONE, ask_for_callback, thread_of
from tests.factories import api_token, resident_of, send
from tests.scheduling import fast

WEST_PHONE = "+447700900602"


@pytest.fixture
def started() -> datetime:
    return datetime.now(UTC).replace(microsecond=0) - timedelta(hours=3)


@pytest.fixture
def callbacks(app, config, started) -> dict[str, int]:
    """One east and one west resident who said YES after a negative survey."""
    db = app.extensions["heard"].db
    east = ask_for_callback(db, config, start=started)
    west = ask_for_callback(db, config, address=WEST_PHONE, first="FEEDBACK WEST", start=started)
    for phone in (PHONE, WEST_PHONE):  # answer "you said, we did"
        send(db, config, "no", address=phone, channel="sms", at=started + timedelta(minutes=11))
    return {"east": east, "west": west}


def drain_all(app, config) -> None:
    """Send what is queued, at the first moment sending hours allow."""
    when = next_allowed(config, datetime.now(UTC)) + timedelta(minutes=1)
    drain(app.extensions["heard"].db, fast(config), Environment.from_environ(), when)


def test_done_when_through_the_admin(app, config, callbacks, started, fake_twilio):
    db, client = app.extensions["heard"].db, app.test_client()
    make_user(db, "east@example.org", "viewer", ("east",))
    sign_in(client, "east@example.org")
    app.config["WTF_CSRF_ENABLED"] = False  # the Chromium test posts the real forms, tokens and all
    listing = client.get("/admin/callbacks").get_data(as_text=True)
    assert (
        f'data-callback="{callbacks["east"]}"' in listing
        and f'data-callback="{callbacks["west"]}"' not in listing
    )
    assert client.get(f"/admin/callbacks/{callbacks['west']}").status_code == 404
    page = client.get(f"/admin/callbacks/{callbacks['east']}").get_data(as_text=True)
    assert "The social worker never rang back" in page  # the comment, with the survey answers
    assert "7700" not in page and "Show contact details" not in page  # a viewer never sees the number
    assert client.post(f"/admin/callbacks/{callbacks['east']}/contact").status_code == 403

    url = f"/admin/callbacks/{callbacks['east']}"
    client.post(
        f"{url}/assign", data={"assignee": str(make_user(db, "worker@example.org", "viewer", ("east",)))}
    )
    client.post(f"{url}/note", data={"note": "Check the care plan first"})
    client.post(f"{url}/reply", data={"text": "Sorry nobody rang. I will call you tomorrow."})
    drain_all(app, config)
    assert [(m["to"], m["body"]) for m in fake_twilio.messages] == [
        (PHONE, "East locality team: Sorry nobody rang. I will call you tomorrow.")
    ]
    send(db, config, "Thank you, mornings are best", address=PHONE, channel="sms", at=datetime.now(UTC))
    assert thread_of(db, callbacks["east"]) == [
        ("note", "Check the care plan first"),
        ("out", "Sorry nobody rang. I will call you tomorrow."),
        ("in", "Thank you, mornings are best"),
    ]
    assert client.post(f"{url}/close", data={"outcome": ""}).status_code == 302  # an outcome is required
    with db.begin() as session:
        assert session.get(Callback, callbacks["east"]).status == "open"
    client.post(f"{url}/close", data={"outcome": "resolved"})
    with db.begin() as session:
        callback = session.get(Callback, callbacks["east"])
        assert (callback.status, callback.outcome) == ("closed", "resolved")
        actions = set(
            session.scalars(select(AuditEntry.action).where(AuditEntry.subject == f"callback:{callback.id}"))
        )
    assert actions == {
        "callback_opened",
        "callback_assigned",
        "callback_note",
        "callback_reply",
        "callback_closed",
    }

    dashboard = client.get("/admin/").get_data(as_text=True)
    east_row = re.search(r'<tr data-callbacks="east">(.*?)</tr>', dashboard, re.S).group(1)
    assert re.search(r"data-asked>1<", east_row) and '100% <span class="hint">(1 of 1)' in east_row
    assert 'data-callbacks="west"' not in dashboard  # not the viewer's team


def test_managers_see_contact_details_on_request_audited(app, config, callbacks):
    db, client = app.extensions["heard"].db, app.test_client()
    make_user(db, "manager@example.org", "manager")
    sign_in(client, "manager@example.org")
    app.config["WTF_CSRF_ENABLED"] = False
    assert "Show contact details" in client.get(f"/admin/callbacks/{callbacks['west']}").get_data(
        as_text=True
    )
    shown = client.post(f"/admin/callbacks/{callbacks['west']}/contact")
    assert WEST_PHONE in shown.get_data(as_text=True) and shown.headers["Cache-Control"] == "no-store"
    with db.begin() as session:
        assert session.scalar(
            select(AuditEntry.action).where(
                AuditEntry.subject == f"callback:{callbacks['west']}", AuditEntry.action == "view_contact"
            )
        )


def test_done_when_through_the_api(app, config, callbacks, fake_twilio):
    db, client = app.extensions["heard"].db, app.test_client()
    token = api_token(app.test_cli_runner(), "case system", "--team", "east", "--scope", "callbacks:reply")
    headers = {"Authorization": f"Bearer {token}"}
    listed = client.get("/api/v1/callbacks", headers=headers).json
    assert [c["id"] for c in listed["data"]] == [callbacks["east"]]
    assert client.get(f"/api/v1/callbacks/{callbacks['west']}", headers=headers).status_code == 404
    refused = client.post(
        f"/api/v1/callbacks/{callbacks['west']}/replies", json={"text": "Hi"}, headers=headers
    )
    assert refused.status_code == 404
    sent = client.post(
        f"/api/v1/callbacks/{callbacks['east']}/replies", json={"text": "We will call"}, headers=headers
    )
    assert sent.status_code == 202 and isinstance(sent.json["message_id"], int)
    assert (
        client.post(f"/api/v1/callbacks/{callbacks['east']}/replies", json={}, headers=headers).status_code
        == 400
    )
    drain_all(app, config)
    assert [m["body"] for m in fake_twilio.messages] == ["East locality team: We will call"]
    send(db, config, "Thanks", address=PHONE, channel="sms", at=datetime.now(UTC))
    one = client.get(f"/api/v1/callbacks/{callbacks['east']}", headers=headers).json
    assert [(m["direction"], m["text"]) for m in one["messages"]] == [
        ("out", "We will call"),
        ("in", "Thanks"),
    ]
    assert one["team"] == "east" and one["status"] == "open" and one["outcome"] is None
    assert PHONE not in str(one) and "7700" not in str(listed)
    send(db, config, "STOP", address=PHONE, channel="sms", at=datetime.now(UTC))
    opted_out = client.post(
        f"/api/v1/callbacks/{callbacks['east']}/replies", json={"text": "Hi"}, headers=headers
    )
    assert opted_out.status_code == 409 and opted_out.json["reason"] == "opted_out"


def test_an_open_callback_holds_the_resident_from_retention_until_closed(app, config, callbacks, started):
    db = app.extensions["heard"].db
    long_after = started + timedelta(days=400)
    with db.begin() as session:
        apply_retention(session, config, long_after)
    assert resident_of(db, PHONE, "sms") is not None
    with db.begin() as session:
        for callback in session.scalars(select(Callback)):
            callback.status, callback.outcome = "closed", "resolved"
    with db.begin() as session:
        apply_retention(session, config, long_after + timedelta(days=2))
    assert resident_of(db, PHONE, "sms") is None


def test_erasure_removes_the_callbacks_and_their_threads(app, config, callbacks, started):
    db = app.extensions["heard"].db
    send(db, config, "More about it", address=PHONE, channel="sms", at=started + timedelta(minutes=30))
    assert thread_of(db, callbacks["east"]) == [("in", "More about it")]
    with db.begin() as session:
        resident = session.scalar(select(Resident).where(Resident.phone == PHONE))
        report = erase_person(session, resident, None, datetime.now(UTC))
    assert report.callbacks_deleted == 1
    with db.begin() as session:
        assert session.get(Callback, callbacks["east"]) is None
        assert (
            session.scalar(select(CallbackMessage).where(CallbackMessage.callback_id == callbacks["east"]))
            is None
        )
        assert session.get(Callback, callbacks["west"]) is not None


def test_a_subject_access_request_includes_the_callbacks_and_their_threads(app, config, callbacks, started):
    from bot.privacy.subject_access import subject_access

    db = app.extensions["heard"].db
    send(db, config, "More about it", address=PHONE, channel="sms", at=started + timedelta(minutes=30))
    with db.begin() as session:
        resident = session.scalar(select(Resident).where(Resident.phone == PHONE))
        report = subject_access(session, resident, None, datetime.now(UTC))
    [callback] = report["callbacks"]
    assert callback["id"] == callbacks["east"] and callback["team"] == "east"
    assert [(m["kind"], m["text"]) for m in callback["thread"]] == [("in", "More about it")]


def test_the_list_puts_open_ones_first_by_due_time_and_marks_overdue(app, config, callbacks):
    db, client = app.extensions["heard"].db, app.test_client()
    with db.begin() as session:
        west = session.get(Callback, callbacks["west"])
        west.due_at = datetime(2026, 12, 2, 0, 0, tzinfo=UTC)  # the end of Tuesday 1 December: long past
        past = west.due_at
        closed = dict(status="closed", outcome="resolved", closed_at=past, created_at=past, updated_at=past)
        session.add(Callback(team="east", channel="sms", language="en", due_at=past, **closed))
    make_user(db, "manager@example.org", "manager")
    sign_in(client, "manager@example.org")
    page = client.get("/admin/callbacks").get_data(as_text=True)
    rows = re.findall(r'<tr data-callback="(\d+)"( data-overdue="true")?>', page)
    assert rows == [(str(callbacks["west"]), ' data-overdue="true"'), (str(callbacks["east"]), "")]
    assert "Tue 1 Dec 2026" in page  # the due day itself, not the midnight after it
    everything = client.get("/admin/callbacks?status=all").get_data(as_text=True)
    assert len(re.findall(r'<tr data-callback="', everything)) == 3  # the closed one last
    east_only = client.get("/admin/callbacks?team=east").get_data(as_text=True)
    assert re.findall(r'<tr data-callback="(\d+)"', east_only) == [str(callbacks["east"])]


def test_staff_are_told_why_a_reply_cannot_be_sent(app, config, callbacks):
    db, client = app.extensions["heard"].db, app.test_client()
    make_user(db, "east@example.org", "viewer", ("east",))
    sign_in(client, "east@example.org")
    app.config["WTF_CSRF_ENABLED"] = False
    send(db, config, "STOP", address=PHONE, channel="sms", at=datetime.now(UTC))
    answer = client.post(
        f"/admin/callbacks/{callbacks['east']}/reply", data={"text": "Hello"}, follow_redirects=True
    )
    assert "Not done: the resident has opted out of messages (they replied STOP)." in answer.get_data(
        as_text=True
    )
    assert thread_of(db, callbacks["east"]) == []
