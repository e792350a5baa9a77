"""GET /api/v1/alerts, and no contact details anywhere in the API."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import update

from models import Alert
from tests.factories import T0, api_token, send

PHONE = "+447700900123"
CHAT_ID = "987654321"


@pytest.fixture
def token(runner) -> str:
    scopes = ["--scope", "responses:read", "--scope", "alerts:read"]
    result = runner.invoke(args=["create-api-token", "bi", *scopes])
    assert result.exit_code == 0, result.output
    return result.output.strip().splitlines()[-1]


def get(client, token, path):
    return client.get(path, headers={"Authorization": f"Bearer {token}"})


def seed(db, config):
    send(db, config, "FEEDBACK EAST", channel="sms", address=PHONE)
    send(db, config, "I want to die", channel="sms", address=PHONE, at=T0 + timedelta(minutes=1))
    send(db, config, "Hi", channel="telegram", address=CHAT_ID, at=T0 + timedelta(minutes=2))
    send(db, config, "I'm scared", channel="telegram", address=CHAT_ID, at=T0 + timedelta(minutes=3))


def test_alerts_list_has_the_documented_shape_and_no_contact_details(client, db, config, token):
    seed(db, config)
    response = get(client, token, "/api/v1/alerts")
    assert response.status_code == 200
    first, second = response.json["data"]
    assert set(first) == {
        "id", "response_id", "created_at", "status", "matched", "team", "category", "severity"
    }  # fmt: skip
    assert (first["matched"], first["status"], first["team"]) == ("suicide_self_harm", "open", "east")
    assert (first["category"], first["severity"]) == ("suicide_self_harm", "urgent")
    assert (second["category"], second["severity"]) == ("crisis", "concern")
    assert first["created_at"] == "2026-11-27T10:01:00Z"
    assert (second["matched"], second["team"]) == ("unsafe", None)
    assert response.json["next"] is None
    # The response id is the conversation's, as in /api/v1/responses.
    responses = get(client, token, "/api/v1/responses").json["data"]
    assert first["response_id"] in {r["id"] for r in responses}
    body = response.get_data(as_text=True)
    assert "7700900123" not in body and CHAT_ID not in body


def test_alerts_filter_paginate_and_need_a_token(client, db, config, token):
    seed(db, config)
    assert client.get("/api/v1/alerts").status_code == 401
    page = get(client, token, "/api/v1/alerts?limit=1")
    assert len(page.json["data"]) == 1 and page.json["next"]
    rest = get(client, token, page.json["next"].replace("http://localhost", ""))
    assert [a["matched"] for a in rest.json["data"]] == ["unsafe"]
    assert [a["team"] for a in get(client, token, "/api/v1/alerts?team=east").json["data"]] == ["east"]
    assert get(client, token, "/api/v1/alerts?status=closed").json["data"] == []
    bad = get(client, token, "/api/v1/alerts?status=urgent")
    assert bad.status_code == 400 and "status" in bad.json["detail"]


def test_responses_never_carry_a_phone_number_or_chat_id(client, db, config, token):
    seed(db, config)
    response = get(client, token, "/api/v1/responses")
    assert len(response.json["data"]) == 2
    body = response.get_data(as_text=True)
    for secret in ("7700900123", "447700900123", CHAT_ID):
        assert secret not in body


def test_alerts_raised_before_categories_keep_null_category_and_severity(client, db, config, token):
    seed(db, config)
    with db.begin() as session:
        session.execute(update(Alert).where(Alert.rule == "unsafe").values(category=None, severity=None))
    new, old = get(client, token, "/api/v1/alerts").json["data"]  # oldest first: the unsafe one is second
    assert (old["category"], old["severity"]) == (None, None)
    assert new["severity"] == "urgent"


def team_token(runner, name: str, team: str) -> str:
    """A token for one team that may read alerts (asking for the scope where tokens have scopes)."""
    scoped = "--scope" in runner.invoke(args=["create-api-token", "--help"]).output
    return api_token(runner, name, "--team", team, *(["--scope", "alerts:read"] if scoped else []))


def test_a_team_scoped_token_sees_only_its_teams_alerts_with_their_categories(client, db, config, runner):
    seed(db, config)
    west, east = team_token(runner, "west-bi", "west"), team_token(runner, "east-bi", "east")
    assert get(client, west, "/api/v1/alerts").json["data"] == []
    data = get(client, east, "/api/v1/alerts").json["data"]
    assert [(a["team"], a["category"]) for a in data] == [("east", "suicide_self_harm")]
