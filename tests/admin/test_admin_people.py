"""The people page: admins find a person, download what we hold, and erase them; all audited."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from models import Alert, AuditEntry, Conversation, Message, Resident
from tests.admin_support import csrf_token, post_form
from tests.factories import send
from tests.safeguarding_pages import EAST_PHONE, audit_actions, client_for, raise_alert


@pytest.fixture
def db(app):
    return app.extensions["heard"].db


@pytest.fixture
def admin(app):
    return client_for(app, "root@example.org", "admin")


@pytest.fixture
def resident(db, config) -> str:
    """A resident who answered by SMS; their contact's pseudonymous id."""
    send(db, config, "FEEDBACK EAST", channel="sms", address=EAST_PHONE)
    send(db, config, "4", channel="sms", address=EAST_PHONE)
    with db.begin() as session:
        return session.scalar(select(Resident.public_id).where(Resident.phone == EAST_PHONE))


def find(client, **data):
    return post_form(client, "/admin/people", "/admin/people", {"phone": "", "chat_id": "", **data})


def count(db, model) -> int:
    with db.begin() as session:
        return session.scalar(select(func.count()).select_from(model))


@pytest.mark.parametrize("role", ["viewer", "manager"])
def test_only_admins_reach_people_and_the_audit_log(app, resident, role):
    client = client_for(app, f"{role}@example.org", role, ("east",))
    token = csrf_token(client.get("/admin/").text)
    assert "/admin/people" not in client.get("/admin/").text
    for url in ("/admin/people", f"/admin/people/{resident}", "/admin/audit"):
        assert client.get(url).status_code == 403, url
    for url in ("/admin/people", f"/admin/people/{resident}/download", f"/admin/people/{resident}/erase"):
        response = client.post(url, data={"csrf_token": token, "phone": EAST_PHONE, "confirm": "ERASE"})
        assert response.status_code == 403, url
    assert count(app.extensions["heard"].db, Resident) == 1


@pytest.mark.parametrize("typed", ["07700 900123", "+44 7700 900123", "(07700) 900-123"])
def test_a_number_in_any_usual_form_finds_the_person_by_their_pseudonymous_id(admin, resident, typed):
    response = find(admin, phone=typed)
    assert response.status_code == 302 and response.location == f"/admin/people/{resident}"
    page = admin.get(response.location).text
    assert 'data-held="conversations">1<' in page and 'data-held="answers">1<' in page
    assert "a phone number" in page and "7700" not in page and "900123" not in page


def test_a_telegram_chat_id_finds_the_person(admin, db, config):
    send(db, config, "Hi", channel="telegram", address="4242")
    response = find(admin, chat_id="4242")
    assert response.status_code == 302 and "4242" not in response.location
    assert "a Telegram chat id" in admin.get(response.location).text


def test_nobody_found_or_a_bad_number_says_so_without_repeating_it(admin, resident):
    missing = find(admin, phone="07700 900999")
    assert missing.status_code == 400 and "We hold nobody" in missing.text and "900999" not in missing.text
    both = find(admin, phone="07700 900123", chat_id="4242")
    assert both.status_code == 400 and "one of them" in both.text


def test_download_gives_everything_as_json_and_is_audited(admin, db, resident):
    page = f"/admin/people/{resident}"
    response = post_form(admin, page, f"{page}/download", {})
    assert response.status_code == 200 and response.mimetype == "application/json"
    assert response.headers["Content-Disposition"] == f'attachment; filename="heard-{resident}.json"'
    data = json.loads(response.data)
    assert data["contact"]["phone"] == EAST_PHONE and len(data["conversations"]) == 1
    assert audit_actions(db, "subject_access") == [
        ("root@example.org", "subject_access", f"contact:{resident}")
    ]


def test_erasure_needs_the_word_then_deletes_everything_and_is_audited(admin, db, resident):
    page = f"/admin/people/{resident}"
    wrong = post_form(admin, page, f"{page}/erase", {"confirm": "yes"})
    assert wrong.status_code == 400 and "Type the word ERASE" in wrong.text and count(db, Resident) == 1
    erased = post_form(admin, page, f"{page}/erase", {"confirm": "erase"})
    assert erased.status_code == 302 and f"Erased {resident}" in admin.get(erased.location).text
    assert (count(db, Resident), count(db, Conversation), count(db, Message)) == (0, 0, 0)
    [(actor, action, subject)] = audit_actions(db, "erasure")
    assert (actor, subject) == ("root@example.org", f"contact:{resident}")
    assert admin.get(page).status_code == 404


def test_an_open_alert_blocks_erasure_unless_forced_with_a_reason(admin, db, config):
    alert_id = raise_alert(db, config, EAST_PHONE, "east")
    with db.begin() as session:
        public_id = session.scalar(select(Resident.public_id))
    page = f"/admin/people/{public_id}"
    assert "1 still open" in admin.get(page).text
    blocked = post_form(admin, page, f"{page}/erase", {"confirm": "ERASE"})
    assert blocked.status_code == 409 and "still open" in blocked.text and count(db, Resident) == 1
    no_reason = post_form(admin, page, f"{page}/erase", {"confirm": "ERASE", "force": "y"})
    assert no_reason.status_code == 400 and "Say why" in no_reason.text and count(db, Resident) == 1
    reason = "Court order; the duty team has the case on file."
    forced = post_form(admin, page, f"{page}/erase", {"confirm": "ERASE", "force": "y", "reason": reason})
    assert forced.status_code == 302 and count(db, Resident) == 0
    with db.begin() as session:
        assert session.get(Alert, alert_id).resident_id is None  # the alert stays, unlinked
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "erasure"))
        assert entry.detail["forced"] is True and entry.detail["reason"] == reason


@pytest.mark.parametrize("action", ["download", "erase"])
def test_download_and_erase_need_the_csrf_token(admin, db, resident, action):
    response = admin.post(f"/admin/people/{resident}/{action}", data={"confirm": "ERASE"})
    assert response.status_code == 400 and count(db, Resident) == 1 and count(db, AuditEntry) == 1  # sign-in
