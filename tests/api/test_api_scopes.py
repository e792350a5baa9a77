"""API tokens do only what their scopes allow, and only for their teams (issue 21, findings 1-2)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select, text

from models.api_token import ApiToken, find_token
from models.db import Database
from models.migrate import upgrade
from models.outreach import OutreachMessage, ServiceContact
from tests.admin_support import make_user, post_form, sign_in
from tests.factories import T0, api_token, send

EAST_PHONE, WEST_PHONE = "+447700900111", "+447700900222"


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def two_teams_with_alerts(db, config) -> None:
    for phone, keyword in ((EAST_PHONE, "FEEDBACK EAST"), (WEST_PHONE, "FEEDBACK WEST")):
        send(db, config, keyword, channel="sms", address=phone)
        send(db, config, "I want to die", channel="sms", address=phone, at=T0 + timedelta(minutes=1))
    send(db, config, "I'm scared", channel="sms", address="+447700900333", at=T0 + timedelta(minutes=2))


def resident(team: str, phone: str = "+447700900444") -> dict:
    return {"phone": phone, "team": team, "contacted_at": "2026-11-27T10:00:00Z", "consent": True}


def outreach_messages(db) -> int:
    with db.begin() as session:
        return session.scalar(select(func.count()).select_from(OutreachMessage))


def service_contact_teams(db) -> list[str]:
    with db.begin() as session:
        return list(session.scalars(select(ServiceContact.team)))


@pytest.mark.parametrize("query", ["", "?team=west", "?team=east", "?status=open&team=west"])
def test_a_team_token_reads_only_its_teams_alerts(client, db, config, runner, query):
    two_teams_with_alerts(db, config)
    east = api_token(runner, "east", "--team", "east", "--scope", "alerts:read")
    everyone = api_token(runner, "all", "--scope", "alerts:read")
    assert {a["team"] for a in client.get("/api/v1/alerts", headers=auth(everyone)).json["data"]} == {
        "east",
        "west",
        None,
    }
    response = client.get(f"/api/v1/alerts{query}", headers=auth(east))
    assert response.status_code == 200
    teams = [a["team"] for a in response.json["data"]]
    assert set(teams) <= {"east"}
    assert teams == ([] if "west" in query else ["east"])


def test_a_team_token_imports_service_contacts_only_for_its_teams(client, db, runner):
    east = api_token(runner, "east cms", "--team", "east", "--scope", "contacts:write")
    refused = client.post("/api/v1/contacts", json={"contacts": [resident("west")]}, headers=auth(east))
    assert refused.status_code == 422
    assert refused.json["errors"] == [{"row": 1, "error": "team not allowed for this token"}]
    partial = client.post(
        "/api/v1/contacts?partial=true",
        json={"contacts": [resident("east"), resident("hospital", "+447700900555")]},
        headers=auth(east),
    )
    assert partial.status_code == 201
    assert partial.json == {"imported": 1, "errors": [{"row": 2, "error": "team not allowed for this token"}]}
    assert service_contact_teams(db) == ["east"]


@pytest.mark.parametrize(
    ("method", "path", "scope"),
    [
        ("get", "/api/v1/responses", "responses:read"),
        ("get", "/api/v1/summary", "responses:read"),
        ("get", "/api/v1/alerts", "alerts:read"),
        ("post", "/api/v1/contacts", "contacts:write"),
    ],
)
def test_each_route_needs_its_scope(client, db, runner, method, path, scope):
    others = [s for s in ("responses:read", "alerts:read", "contacts:write", "callbacks:reply") if s != scope]
    without = api_token(runner, "without", *[arg for s in others for arg in ("--scope", s)])
    body = {"json": {"contacts": [resident("east")]}} if method == "post" else {}
    refused = getattr(client, method)(path, headers=auth(without), **body)
    assert refused.status_code == 403
    assert refused.json == {"error": "forbidden", "detail": f"this token lacks the {scope} scope"}
    assert outreach_messages(db) == 0
    allowed = getattr(client, method)(path, headers=auth(api_token(runner, "with", "--scope", scope)), **body)
    assert allowed.status_code in (200, 201)


def test_a_new_token_may_only_read_responses(client, db, runner):
    token = api_token(runner, "bi")
    assert client.get("/api/v1/responses", headers=auth(token)).status_code == 200
    assert client.get("/api/v1/alerts", headers=auth(token)).status_code == 403
    posted = client.post("/api/v1/contacts", json={"contacts": [resident("east")]}, headers=auth(token))
    assert posted.status_code == 403 and outreach_messages(db) == 0


def test_the_cli_refuses_an_unknown_scope(runner):
    result = runner.invoke(args=["create-api-token", "x", "--scope", "everything"])
    assert result.exit_code != 0 and "everything" in result.output


def test_a_token_made_before_scopes_keeps_what_it_could_do(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    upgrade(url, "0012_send_slots")
    database = Database(url)
    try:
        with database.begin() as session:
            session.execute(
                text(
                    "INSERT INTO api_tokens (name, token_hash, created_at) VALUES ('old', :h, '2026-01-02')"
                ),
                {"h": "a" * 64},
            )
        upgrade(url)
        with database.begin() as session:
            [old] = session.scalars(select(ApiToken)).all()
            assert old.scope_names == {"responses:read", "alerts:read", "contacts:write"}
            assert find_token(session, "nonsense") is None
    finally:
        database.dispose()


def test_admins_choose_scopes_and_see_them(client, db):
    make_user(db, "root@example.org", "admin")
    sign_in(client, "root@example.org")
    data = {"name": "safeguarding feed", "scopes": ["alerts:read"]}
    created = post_form(client, "/admin/tokens", "/admin/tokens", data)
    assert created.status_code == 200
    with db.begin() as session:
        [row] = session.scalars(select(ApiToken)).all()
        assert row.scope_names == {"alerts:read"}
    listed = client.get("/admin/tokens").text
    assert "<code>alerts:read</code>" in listed
