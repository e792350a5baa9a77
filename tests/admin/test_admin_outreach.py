"""The admin's prompts page: lists by status, team scoping, failure reasons, cancelling, response rates."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from bot.outreach.outbox import drain
from bot.outreach.sweep import sweep
from models.reports.outreach import cancel_outreach_message
from tests.admin_support import csrf_token, make_user, sign_in
from tests.factories import T0, send
from tests.scheduling import ENV, RecordingSender, fast, outreach_messages, record, registered, row

DUE = T0 + timedelta(hours=2)
ROW = re.compile(r'<tr data-prompt="(\d+)">')


def phone(n: int) -> str:
    return f"+4477009002{n:02d}"


@pytest.fixture
def cfg(config):
    return fast(config)


@pytest.fixture
def db(app):
    return app.extensions["heard"].db


def staff(app, role: str, teams: tuple[str, ...] = ()):
    client = app.test_client()
    make_user(app.extensions["heard"].db, f"{role}@example.org", role, teams)
    sign_in(client, f"{role}@example.org")
    return client


def shown_ids(html: str) -> set[int]:
    return {int(i) for i in ROW.findall(html)}


def test_viewers_see_their_teams_only_and_never_a_phone_number(app, db, cfg):
    record(db, cfg, [row(phone(1), "east", T0), row(phone(2), "west", T0)], T0)
    east = {p.id for p in outreach_messages(db, team="east")}
    west = {p.id for p in outreach_messages(db, team="west")}
    viewer = staff(app, "viewer", ("east",))
    page = viewer.get("/admin/outreach").text
    assert shown_ids(page) == east and "Upcoming (2)" in page
    assert shown_ids(viewer.get("/admin/outreach?team=west").text) == east  # not theirs: ignored
    assert "7700" not in page and "c_" in page
    assert ">Cancel<" not in page  # viewers read only
    manager = staff(app, "manager")
    assert shown_ids(manager.get("/admin/outreach").text) == east | west
    assert shown_ids(manager.get("/admin/outreach?team=west").text) == west


def test_failed_outreach_messages_show_the_reason(app, db, cfg):
    record(db, cfg, [row(phone(1), "east", T0)], T0)
    with registered(RecordingSender(down=99)):
        sweep(db, cfg, DUE)
        for minutes in (0, 1, 6, 36):
            drain(db, cfg, ENV, DUE + timedelta(minutes=minutes))
    page = staff(app, "manager").get("/admin/outreach?view=failed").text
    [invite] = outreach_messages(db, kind="invite")
    assert shown_ids(page) == {invite.id}
    assert "HTTP 500 from provider: service unavailable" in page
    cancelled = staff(app, "admin").get("/admin/outreach?view=cancelled").text
    assert "the invitation failed" in cancelled  # its reminder


def test_an_unknown_list_is_not_found(app):
    assert staff(app, "manager").get("/admin/outreach?view=everything").status_code == 404


def cancel(client, outreach_message_id: int):
    token = csrf_token(client.get("/admin/outreach").text)
    return client.post(
        f"/admin/outreach/{outreach_message_id}/cancel", data={"csrf_token": token, "team": "east"}
    )


def test_a_manager_cancels_an_upcoming_outreach_message_once(app, db, cfg):
    record(db, cfg, [row(phone(1), "east", T0), row(phone(2), "east", T0)], T0)
    first, second = outreach_messages(db, kind="invite")
    manager = staff(app, "manager")
    response = cancel(manager, first.id)
    assert response.status_code == 302 and response.location == "/admin/outreach?view=upcoming&team=east"
    assert f"Outreach message {first.id} is cancelled" in manager.get(response.location).text
    [done] = outreach_messages(db, id=first.id)
    assert done.status == "cancelled" and done.last_error == "cancelled by manager@example.org"
    again = cancel(manager, first.id)  # a second click changes nothing
    assert again.status_code == 302 and "already sent or cancelled" in manager.get(again.location).text
    assert outreach_messages(db, id=first.id)[0].cancelled_at == done.cancelled_at
    page = manager.get("/admin/outreach?view=cancelled").text
    assert shown_ids(page) == {first.id} and "cancelled by manager@example.org" in page
    assert outreach_messages(db, id=second.id)[0].status == "pending"
    with registered(sender := RecordingSender()):
        sweep(db, cfg, DUE)
        drain(db, cfg, ENV, DUE)
    assert {address for address, _ in sender.sent} == {phone(2)}


def test_viewers_cannot_cancel_and_a_form_without_its_token_is_refused(app, db, cfg):
    record(db, cfg, [row(phone(1), "east", T0)], T0)
    [invite] = outreach_messages(db, kind="invite")
    viewer = staff(app, "viewer", ("east",))
    assert cancel(viewer, invite.id).status_code == 403
    manager = staff(app, "manager")
    assert manager.post(f"/admin/outreach/{invite.id}/cancel").status_code == 400
    assert outreach_messages(db, id=invite.id)[0].status == "pending"


def test_cancelling_is_limited_to_the_teams_given(db, cfg):
    record(db, cfg, [row(phone(1), "east", T0)], T0)
    [invite] = outreach_messages(db, kind="invite")
    with db.begin() as session:
        assert not cancel_outreach_message(session, invite.id, T0, allowed_teams=frozenset({"west"}))
        assert cancel_outreach_message(session, invite.id, T0, allowed_teams=frozenset({"east"}))


def test_response_rate_by_team_in_words_below_five(app, db, cfg):
    east = [row(phone(n), "east", T0) for n in range(6)]
    record(db, cfg, [*east, row(phone(10), "west", T0), row(phone(11), "west", T0)], T0)
    with registered(RecordingSender()):
        sweep(db, cfg, DUE)
        drain(db, cfg, ENV, DUE)
    send(db, cfg, "5", address=phone(0), channel="sms", at=DUE + timedelta(minutes=5))
    page = staff(app, "manager").get("/admin/outreach").text
    rates = page.split('id="response-rates"')[1]
    east_row = rates.split('data-team="east"')[1].split("</tr>")[0]
    assert '<td class="num">6</td>' in east_row and "16.7%" in east_row and "0.0%" in east_row
    west_row = rates.split('data-team="west"')[1].split("</tr>")[0]
    assert "fewer than 5 invited" in west_row and "%" not in west_row
    viewer_page = staff(app, "viewer", ("west",)).get("/admin/outreach").text
    assert 'data-team="east"' not in viewer_page.split('id="response-rates"')[1]
