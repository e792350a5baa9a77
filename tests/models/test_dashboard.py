"""The dashboard and GET /api/v1/summary: same figures, team scoping, words not colour."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest

from tests.admin_support import add_many, add_response, make_user, sign_in
from tests.factories import api_token

NOW = datetime.now(UTC).replace(hour=9, minute=0, second=0, microsecond=0)
RECENT = NOW - timedelta(days=2)  # inside the default "last 30 days"
FIGURE = re.compile(r'data-figure="([^"]+)">([^<]*)<')


@pytest.fixture
def seeded(app):
    """East does well, west badly, carers too few to show; a test conversation must never count."""
    db = app.extensions["heard"].db
    add_many(db, "listened", [1, 1, 1, 1, 2, 2, 3, 4], team="east", started_at=RECENT)
    add_many(db, "listened", [3, 3, 3, 3, 1, 4], team="west", channel="telegram", started_at=RECENT)
    add_many(db, "overall", [1, 1, 2, 2, 5], team="west", channel="whatsapp", started_at=RECENT)
    add_many(db, "listened", [3, 3], team="carers", started_at=RECENT)
    add_response(db, {"listened": 3}, team="east", is_test=True, started_at=RECENT)
    add_response(db, {"listened": 1}, team="east", started_at=NOW - timedelta(days=45))  # before the period
    return db


def figures_on(html: str) -> dict[str, str]:
    return dict(FIGURE.findall(html))


def shown(value: float | None) -> str:
    return "fewer than 5" if value is None else f"{value:.1f}%"


@pytest.fixture
def token(runner) -> str:
    return api_token(runner)


def api(client, token, query=""):
    return client.get(f"/api/v1/summary{query}", headers={"Authorization": f"Bearer {token}"})


def test_manager_sees_every_team_and_suppression_in_words(client, seeded):
    make_user(seeded, "manager@example.org", "manager")
    sign_in(client, "manager@example.org")
    page = client.get("/admin/").text
    figures = figures_on(page)
    # listened: 8 east + 6 west + 2 carers = 16; positive 6 + 1 = 7 -> 43.8%; top box 4 + 1 = 5 -> 31.3%.
    assert (figures["listened.count"], figures["listened.positive"], figures["listened.top_box"]) == (
        "16",
        "43.8%",
        "31.3%",
    )
    assert figures["team.carers.listened.positive"] == "fewer than 5"
    assert figures["what_matters.positive"] == "fewer than 5"
    assert "not met" in page and "fewer than 5" in page  # goals and suppression in words
    assert (
        figures["team.east.listened.positive"] == "75.0%"
        and figures["team.west.listened.positive"] == "16.7%"
    )


def test_team_filter_changes_the_figures(client, seeded):
    make_user(seeded, "manager@example.org", "manager")
    sign_in(client, "manager@example.org")
    figures = figures_on(client.get("/admin/?team=west").text)
    assert figures["listened.positive"] == "16.7%" and figures["listened.negative"] == "66.7%"
    assert "team.east.listened.positive" not in figures


def test_viewer_sees_only_their_teams(client, seeded):
    make_user(seeded, "viewer@example.org", "viewer", ("east",))
    sign_in(client, "viewer@example.org")
    page = client.get("/admin/").text
    figures = figures_on(page)
    assert figures["listened.count"] == "8" and figures["listened.positive"] == "75.0%"
    assert "West locality team" not in page and not any(k.startswith("team.west") for k in figures)
    # Asking for another team by URL shows nothing of it.
    forced = figures_on(client.get("/admin/?team=west").text)
    assert forced["listened.count"] == "8" and "team.west.listened.count" not in forced


def test_viewer_without_teams_sees_no_figures(client, seeded):
    make_user(seeded, "nobody@example.org", "viewer")
    sign_in(client, "nobody@example.org")
    figures = figures_on(client.get("/admin/").text)
    assert figures["listened.count"] == "fewer than 5"
    assert not any(k.startswith("team.") for k in figures)


@pytest.mark.parametrize("query", ["", "?team=west", "?channel=telegram", "?interval=month"])
def test_api_summary_gives_the_dashboard_figures(client, seeded, token, query):
    make_user(seeded, "manager@example.org", "manager")
    sign_in(client, "manager@example.org")
    figures = figures_on(client.get(f"/admin/{query}").text)
    data = api(client, token, query).json
    compared = 0
    for question in data["questions"]:
        for measure in ("positive", "negative", "top_box"):
            key = f"{question['id']}.{measure}"
            if key in figures:
                assert figures[key] == shown(question[f"{measure}_pct"]), key
                compared += 1
    for group in data["by_team"]:
        for qid, values in group["questions"].items():
            assert figures[f"team.{group['key']}.{qid}.positive"] == shown(values["positive_pct"])
            compared += 1
    for bucket in data["trend"]["buckets"]:
        for qid, values in bucket["questions"].items():
            assert figures[f"trend.{bucket['key']}.{qid}.positive"] == shown(values["positive_pct"])
    assert compared > 10


def test_api_summary_shape_and_defaults(client, seeded, token):
    response = api(client, token)
    assert response.status_code == 200
    data = response.json
    listened = next(q for q in data["questions"] if q["id"] == "listened")
    assert listened["text"] == "Did the person you spoke to listen carefully to you?"
    assert (listened["count"], listened["positive_pct"], listened["top_box_pct"]) == (16, 43.8, 31.3)
    assert listened["goals"][0] == {
        "measure": "positive",
        "comparison": "at_least",
        "target": 90,
        "met": False,
    }
    strengths = next(q for q in data["questions"] if q["id"] == "strengths")
    assert (
        strengths["suppressed"] is True and strengths["count"] is None and strengths["positive_pct"] is None
    )
    since = datetime.fromisoformat(data["since"].replace("Z", "+00:00"))
    until = datetime.fromisoformat(data["until"].replace("Z", "+00:00"))
    assert until - since == timedelta(days=30) and until > NOW
    assert "comment" not in {q["id"] for q in data["questions"]}


def test_api_summary_dates_and_bad_parameters(client, seeded, token):
    old = api(client, token, f"?since={(NOW - timedelta(days=60)).date()}&until={NOW.date()}").json
    assert next(q for q in old["questions"] if q["id"] == "listened")["count"] == 17
    for query, name in [
        ("?interval=day", "interval"),
        ("?since=soon", "since"),
        ("?since=2026-02-01&until=2026-01-01", "since"),
        ("?survey=nope", "survey"),
    ]:
        response = api(client, token, query)
        assert response.status_code == 400 and name in response.json["detail"]


def test_a_team_scoped_token_sees_only_its_teams(client, runner, seeded):
    scoped = api_token(runner, "east bi", "--team", "east")
    data = api(client, scoped).json
    assert [g["key"] for g in data["by_team"]] == ["east"]
    assert api(client, scoped, "?team=west").json["questions"][1]["count"] is None
    responses = client.get("/api/v1/responses", headers={"Authorization": f"Bearer {scoped}"}).json["data"]
    assert responses and {item["team"] for item in responses} == {"east"}
    bad = runner.invoke(args=["create-api-token", "x", "--team", "nowhere"])
    assert bad.exit_code != 0 and "nowhere" in bad.output


def test_the_dashboard_never_shows_phone_numbers(client, app, config):
    from tests.factories import send

    db = app.extensions["heard"].db
    for n in range(5):
        for i, text in enumerate(["FEEDBACK EAST", "1", "1", "1", "1", "1", "Thanks"]):
            send(
                db, config, text, address=f"+44770090012{n}", channel="sms", at=RECENT + timedelta(minutes=i)
            )
    make_user(db, "manager@example.org", "manager")
    sign_in(client, "manager@example.org")
    page = client.get("/admin/").text
    assert figures_on(page)["team.east.listened.positive"] == "100.0%"  # the answers are there
    assert "7700900" not in page and "+44" not in page
