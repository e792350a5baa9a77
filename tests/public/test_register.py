"""The 'you said, we did' register: managers record changes, publish some, and tell residents when done."""

from __future__ import annotations

import html

import pytest
from markupsafe import escape
from sqlalchemy import func, select

from models import AuditEntry, OutboxMessage, RegisterEntry, YouSaidWeDid
from tests.admin_support import csrf_token, post_form
from tests.outreach.test_you_said_we_did import resident
from tests.safeguarding_pages import client_for

LIST = "/admin/you-said-we-did/register"
NOVEMBER = {"since": "2026-11-01", "until": "2026-11-30"}


def entry_form(**changes: object) -> dict[str, object]:
    return {
        "team": "east",
        "you_said": "Waiting for a call back took too long.",
        "we_did": "We now call back within 3 working days.",
        "status": "planned",
        "recorded_on": "2026-10-05",
        "public": "y",
        **changes,
    }


def add(client, **changes: object) -> int:
    response = post_form(client, LIST, LIST, entry_form(**changes))
    assert response.status_code == 302, response.text
    with client.application.extensions["heard"].db.begin() as session:
        return session.scalar(select(func.max(RegisterEntry.id)))


def count(db, model) -> int:
    with db.begin() as session:
        return session.scalar(select(func.count()).select_from(model))


@pytest.fixture
def manager(app):
    return client_for(app, "lead@example.org", "manager")


def test_public_entries_show_newest_first_for_their_team_and_private_ones_never(manager, client):
    add(manager, you_said="Older east change", recorded_on="2026-09-01")
    add(manager, you_said="Newer east change", recorded_on="2026-10-20", status="in_progress")
    add(manager, you_said="Private east note", public="")
    add(manager, you_said="West change", team="west")
    add(manager, you_said="Everyone change", team="")
    east = html.unescape(client.get("/results/east").text)
    register = east.split("data-register")[1]
    assert register.index("Newer east change") < register.index("Older east change")
    assert "Everyone change" in register and "West change" not in register
    assert "In progress" in register and "Recorded October 2026" in register
    everyone = html.unescape(client.get("/results").text)
    assert "West change" in everyone and "West locality team" in everyone
    for page in (east, everyone, client.get("/results.csv").text, client.get("/results/east/embed").text):
        assert "Private east note" not in page
    welsh = html.unescape(client.get("/results/east?lang=cy").text)
    assert "Ar y gweill" in welsh and "Cofnodwyd Hydref 2026" in welsh


def test_marking_done_previews_then_sends_the_existing_message_with_its_count(app, manager, db, config):
    resident(db, config, "yes-east")
    resident(db, config, "yes-east-2")
    resident(db, config, "no-east", consent="no")
    resident(db, config, "yes-west", team="WEST")
    entry_id = add(manager)
    page = f"{LIST}/{entry_id}"
    tell = entry_form(
        status="done", tell="y", since="2026-11-01", until="2026-11-30", message="We now call back."
    )
    preview = post_form(manager, page, page, {**tell, "action": "save"})
    assert preview.status_code == 200 and "This will go to <strong>2</strong> residents" in preview.text
    assert count(db, OutboxMessage) == 0  # the count first, nothing sent
    sent = post_form(manager, page, page, {**tell, "action": "send"})
    assert sent.status_code == 302
    assert "Queued for 2 residents" in manager.get(LIST).text
    with db.begin() as session:
        entry = session.get(RegisterEntry, entry_id)
        message = session.get(YouSaidWeDid, entry.message_id)
        assert (entry.status, entry.done_on is not None, message.recipients) == ("done", True, 2)
        assert session.scalars(select(OutboxMessage.body)).all() == ["We now call back."] * 2
        actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert actions.count("you_said_we_did") == 1 and actions.count("you_said_we_did_register") == 2
    again = post_form(manager, page, page, {**tell, "action": "send"})
    assert again.status_code == 400 and count(db, OutboxMessage) == 2  # told once only
    assert "already been told" in again.text and "Residents have been told about this change" in again.text


def test_telling_needs_done_dates_and_a_message(manager, db):
    entry_id = add(manager)
    page = f"{LIST}/{entry_id}"
    cases = [
        (
            {"status": "planned", "tell": "y", "since": "2026-11-01", "until": "2026-11-30", "message": "x"},
            "done",
        ),
        ({"status": "done", "tell": "y", "message": "x"}, "Give the dates"),
        (
            {"status": "done", "tell": "y", "since": "2026-11-30", "until": "2026-11-01", "message": "x"},
            "on or after",
        ),
        (
            {"status": "done", "tell": "y", "since": "2026-11-01", "until": "2026-11-30", "message": " "},
            "Write the",
        ),
    ]
    for changes, words in cases:
        response = post_form(manager, page, page, {**entry_form(**changes), "action": "send"})
        assert response.status_code == 400 and words in response.text
    assert count(db, OutboxMessage) == 0 and count(db, YouSaidWeDid) == 0


@pytest.mark.parametrize(
    "you_said, status",
    [
        ("", 400),
        ("x" * 1001, 400),
        ("nul \x00 byte", 400),
        ("bell \x07", 400),
        ("<script>alert(1)</script> 😡 Cymraeg: ŵ ŷ", 302),
        ("'; DROP TABLE you_said_we_did_register; --", 302),
    ],
)
def test_hostile_text_gets_a_clear_error_or_is_stored_and_shown_escaped(
    manager, client, db, you_said, status
):
    response = post_form(manager, LIST, LIST, entry_form(you_said=you_said))
    assert response.status_code == status
    assert count(db, RegisterEntry) == (1 if status == 302 else 0)
    if status == 302:
        page = client.get("/results/east").text
        assert "<script>alert" not in page and str(escape(you_said)) in page


def test_viewers_cannot_keep_the_register_and_the_csrf_token_is_required(app, manager, db):
    viewer = client_for(app, "east@example.org", "viewer", ("east",))
    token = csrf_token(viewer.get("/admin/").text)
    assert viewer.get(LIST).status_code == 403
    assert viewer.post(LIST, data={**entry_form(), "csrf_token": token}).status_code == 403
    assert manager.post(LIST, data=entry_form()).status_code == 400
    assert count(db, RegisterEntry) == 0


def test_unknown_entries_and_teams_are_refused(manager, db):
    assert manager.get(f"{LIST}/999").status_code == 404
    assert post_form(manager, LIST, LIST, entry_form(team="nowhere")).status_code == 400
    assert count(db, RegisterEntry) == 0
