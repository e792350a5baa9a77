"""GET /api/v1/responses: bearer tokens, the documented shape, filters and pagination."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from tests.factories import T0, send


@pytest.fixture
def token(runner) -> str:
    result = runner.invoke(args=["create-api-token", "powerbi"])
    assert result.exit_code == 0, result.output
    return result.output.strip().splitlines()[-1]


def get(client, token, query=""):
    return client.get(f"/api/v1/responses{query}", headers={"Authorization": f"Bearer {token}"})


def run_survey(
    db,
    config,
    address,
    channel="sms",
    start=T0,
    first="Hi",
    answers=("1", "2", "3", "4", "1", "Lovely staff"),
):
    send(db, config, first, address=address, channel=channel, at=start)
    for i, text in enumerate(answers):
        send(db, config, text, address=address, channel=channel, at=start + timedelta(minutes=i + 1))


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer "},
        {"Authorization": "Bearer wrong"},
        {"Authorization": "Basic abc"},
        {"Authorization": "Bearer " + "x" * 5000},
    ],
)
def test_missing_or_wrong_token_is_401_json(client, headers):
    response = client.get("/api/v1/responses", headers=headers)
    assert response.status_code == 401
    assert response.is_json and response.json["error"] == "unauthorized"


def test_revoked_token_is_401(client, app, token):
    from sqlalchemy import update

    from models import ApiToken

    with app.extensions["heard"].db.begin() as session:
        session.execute(update(ApiToken).values(revoked_at=T0))
    assert get(client, token).status_code == 401


def test_responses_have_the_documented_shape_and_no_phone_number(client, app, config, token):
    db = app.extensions["heard"].db
    run_survey(db, config, "+447700900123")
    response = get(client, token)
    assert response.status_code == 200
    [item] = response.json["data"]
    assert set(item) == {
        "id",
        "channel",
        "survey",
        "team",
        "language",
        "status",
        "started_at",
        "completed_at",
        "answers",
    }
    assert item["channel"] == "sms" and item["status"] == "completed" and item["language"] == "en"
    assert item["started_at"] == "2026-11-27T10:00:00Z"
    assert [(a["question"], a["value"]) for a in item["answers"]] == [
        ("overall", 1),
        ("listened", 2),
        ("what_matters", 3),
        ("strengths", 4),
        ("timely", 1),
        ("comment", "Lovely staff"),
    ]
    comment = item["answers"][-1]
    assert (
        comment["sentiment"] == "positive"
        and comment["skipped"] is False
        and comment["raw"] == "Lovely staff"
    )
    assert 0 < comment["sentiment_score"] <= 1
    # Non-text answers keep a null sentiment, now with a null score beside it (old clients read
    # the same keys as before).
    assert {(a["sentiment"], a["sentiment_score"]) for a in item["answers"][:-1]} == {(None, None)}
    assert "7700900123" not in json.dumps(response.json)
    assert response.json["next"] is None


def test_pagination_follows_next_until_done(client, app, config, token):
    db = app.extensions["heard"].db
    for n in range(7):
        run_survey(db, config, f"+4477009001{n:02d}", answers=("1",))
    seen, url, pages = [], "/api/v1/responses?limit=3", 0
    while url:
        response = client.get(url, headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 200
        seen += [item["id"] for item in response.json["data"]]
        url = response.json["next"]
        pages += 1
    assert pages == 3 and len(seen) == 7 == len(set(seen))
    assert seen == sorted(seen)


def test_filters_channel_team_survey_since_until(client, app, config, token):
    db = app.extensions["heard"].db
    run_survey(db, config, "+447700900201", channel="sms", first="FEEDBACK EAST")
    run_survey(
        db, config, "+447700900202", channel="whatsapp", first="FEEDBACK WEST", start=T0 + timedelta(days=3)
    )
    run_survey(db, config, "555", channel="telegram", first="/start team-east", start=T0 + timedelta(days=5))

    def ids(query: str) -> list[str]:
        response = get(client, token, query)
        assert response.status_code == 200, response.json
        return [(i["channel"], i["team"]) for i in response.json["data"]]

    assert ids("?channel=whatsapp") == [("whatsapp", "west")]
    assert ids("?team=east") == [("sms", "east"), ("telegram", "east")]
    assert ids("?survey=default&team=west") == [("whatsapp", "west")]
    assert ids("?since=2026-11-29") == [("whatsapp", "west"), ("telegram", "east")]
    assert ids("?until=2026-11-30") == [("sms", "east"), ("whatsapp", "west")]
    assert ids("?since=2026-11-30T00:00:00Z&until=2026-12-02T09:00:00%2B00:00") == [("whatsapp", "west")]
    assert ids("?survey=nope") == []


@pytest.mark.parametrize(
    "query", ["?since=yesterday", "?until=2026-13-01", "?limit=0", "?limit=abc", "?cursor=-1"]
)
def test_bad_query_is_400_naming_the_parameter(client, token, query):
    response = get(client, token, query)
    assert response.status_code == 400
    assert query[1:].split("=")[0] in response.json["detail"]


def test_healthz(client):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json == {"status": "ok"}
