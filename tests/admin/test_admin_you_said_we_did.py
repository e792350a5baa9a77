"""The 'you said, we did' page: preview the count, send through the outbox, list what went."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from models import AuditEntry, OutboxMessage, YouSaidWeDid
from tests.admin_support import csrf_token, post_form
from tests.outreach.test_you_said_we_did import resident
from tests.safeguarding_pages import client_for

PAGE = "/admin/you-said-we-did"
TEXT = "You told us waiting was too long. We now call back within 3 days."


@pytest.fixture
def db(app):
    return app.extensions["heard"].db


@pytest.fixture
def residents(db, config) -> None:
    resident(db, config, "yes-east")
    resident(db, config, "yes-east-2")
    resident(db, config, "no-east", consent="no")
    resident(db, config, "yes-west", team="WEST")


def form(team: str = "east", action: str = "preview", **changes: str) -> dict[str, str]:
    return {
        "team": team,
        "since": "2026-11-01",
        "until": "2026-11-30",
        "text": TEXT,
        "action": action,
        **changes,
    }


def count(db, model) -> int:
    with db.begin() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_preview_counts_then_send_queues_in_the_outbox_and_lists_it(app, db, residents):
    manager = client_for(app, "lead@example.org", "manager")
    preview = post_form(manager, PAGE, PAGE, form())
    assert preview.status_code == 200 and "This will go to <strong>2</strong> residents" in preview.text
    assert count(db, OutboxMessage) == 0 and count(db, YouSaidWeDid) == 0  # a preview sends nothing
    everyone = post_form(manager, PAGE, PAGE, form(team=""))
    assert "This will go to <strong>3</strong> residents" in everyone.text
    sent = post_form(manager, PAGE, PAGE, form(action="send"))
    assert sent.status_code == 302
    page = manager.get(PAGE).text
    assert (
        "Queued for 2 residents" in page and TEXT in page and '<td class="num" data-recipients>2</td>' in page
    )
    with db.begin() as session:
        assert session.scalars(select(OutboxMessage.body)).all() == [TEXT, TEXT]
        assert (
            session.scalar(select(AuditEntry.actor).where(AuditEntry.action == "you_said_we_did"))
            == "lead@example.org"
        )


def test_bad_dates_or_an_empty_message_are_refused_with_a_message(app, db, residents):
    admin = client_for(app, "root@example.org", "admin")
    backwards = post_form(admin, PAGE, PAGE, form(action="send", since="2026-11-30", until="2026-11-01"))
    assert backwards.status_code == 400 and "on or after the start date" in backwards.text
    empty = post_form(admin, PAGE, PAGE, form(action="send", text=""))
    assert empty.status_code == 400 and count(db, OutboxMessage) == 0 and count(db, YouSaidWeDid) == 0


def test_viewers_cannot_send_and_the_csrf_token_is_required(app, db, residents):
    viewer = client_for(app, "east@example.org", "viewer", ("east",))
    token = csrf_token(viewer.get("/admin/").text)
    assert viewer.get(PAGE).status_code == 403
    assert viewer.post(PAGE, data={**form(action="send"), "csrf_token": token}).status_code == 403
    manager = client_for(app, "lead@example.org", "manager")
    assert manager.post(PAGE, data=form(action="send")).status_code == 400
    assert count(db, OutboxMessage) == 0
