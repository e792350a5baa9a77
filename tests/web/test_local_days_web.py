"""Local days through the web: the API's since/until, the dashboard, the comments page and the CSV exports."""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, datetime

import pytest
from sqlalchemy import select, update

from models import Answer, AnswerTally
from tests.admin_support import add_many, add_response, csrf_token, make_user, sign_in
from tests.factories import api_token
from tests.outreach.test_you_said_we_did import resident
from tests.safeguarding_pages import client_for
from web import create_app

# 00:30 BST on Monday 15 June 2026; 23:30 BST that day; 00:30 BST on the 16th.
HALF_PAST_MIDNIGHT = datetime(2026, 6, 14, 23, 30, tzinfo=UTC)
LATE_ON_THE_15TH = datetime(2026, 6, 15, 22, 30, tzinfo=UTC)
EARLY_ON_THE_16TH = datetime(2026, 6, 15, 23, 30, tzinfo=UTC)
FIGURE = re.compile(r'data-figure="([^"]+)">([^<]*)<')
ONE_DAY = "period=custom&since=2026-06-15&until=2026-06-15"


@pytest.fixture
def june(app):
    """Five answers at 00:30 on 15 June (local), one late that day, six negative ones early on the 16th."""
    db = app.extensions["heard"].db
    add_many(db, "listened", [1, 1, 1, 2, 4], team="east", started_at=HALF_PAST_MIDNIGHT)
    add_response(db, {"listened": 1, "comment": "Kind and quick"}, team="east", started_at=LATE_ON_THE_15TH)
    add_many(db, "listened", [3, 3, 3, 3, 3, 3], team="east", started_at=EARLY_ON_THE_16TH)
    with db.begin() as session:
        session.execute(update(Answer).where(Answer.question_id == "comment").values(sentiment="positive"))
    make_user(db, "manager@example.org", "manager")
    return db


@pytest.fixture
def token(runner) -> str:
    return api_token(runner)


def api(client, token, path: str):
    return client.get(f"/api/v1/{path}", headers={"Authorization": f"Bearer {token}"})


def listened(data: dict) -> dict:
    return next(q for q in data["questions"] if q["id"] == "listened")


def test_api_summary_counts_a_date_as_that_local_day(client, june, token):
    data = api(client, token, "summary?since=2026-06-15&until=2026-06-15").json
    assert (listened(data)["count"], listened(data)["positive_pct"]) == (6, 83.3)
    assert (data["first_day"], data["last_day"]) == ("2026-06-15", "2026-06-15")
    assert data["time_zone"] == "Europe/London"
    assert (data["since"], data["until"]) == ("2026-06-14T23:00:00Z", "2026-06-15T23:00:00Z")
    assert [b["key"] for b in data["trend"]["buckets"]] == ["2026-06-15"]
    next_day = api(client, token, "summary?since=2026-06-16&until=2026-06-16").json
    assert listened(next_day)["count"] == 6 and listened(next_day)["negative_pct"] == 100.0


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("since=2026-06-15&until=2026-06-15", 6),  # the local day
        ("until=2026-06-14", 0),  # the day before holds none of them
        ("since=2026-06-15T00:30:00%2B01:00&until=2026-06-15T00:30:00.000001%2B01:00", 5),  # offsets honoured
        ("since=2026-06-14T23:30:01Z&until=2026-06-15", 1),  # until: the whole local day
        ("since=2026-06-15T00:30:00&until=2026-06-15T00:30:01", 5),  # no offset: local time
        ("since=2026-06-16", 6),
    ],
)
def test_api_responses_since_until_by_local_day(client, june, token, query, expected):
    response = api(client, token, f"responses?{query}&limit=100")
    assert response.status_code == 200, response.json
    assert len(response.json["data"]) == expected


@pytest.mark.parametrize(
    "query", ["since=9999-12-31&until=9999-12-31", "until=9999-12-31", "since=2026-06-15T00:00:00%2B25:00"]
)
def test_api_dates_out_of_range_are_400(client, token, query):
    for path in ("responses", "summary"):
        response = api(client, token, f"{path}?{query}")
        assert response.status_code == 400, (path, query)
        assert response.json["error"] == "bad_request"


def test_dashboard_day_agrees_with_the_api_and_says_the_zone(client, june, token):
    sign_in(client, "manager@example.org")
    page = client.get(f"/admin/?{ONE_DAY}").text
    figures = dict(FIGURE.findall(page))
    data = api(client, token, "summary?since=2026-06-15&until=2026-06-15").json
    assert figures["listened.count"] == str(listened(data)["count"]) == "6"
    assert figures["listened.positive"] == f"{listened(data)['positive_pct']:.1f}%"
    assert "15 June 2026 to 15 June 2026" in page
    assert "Days run midnight to midnight Europe/London time." in page and "UTC" not in page


def test_comments_page_period_is_local(client, june):
    sign_in(client, "manager@example.org")
    page = client.get(f"/admin/comments?{ONE_DAY}").text
    assert re.search(r"1 comment from\s+15 June 2026 to 15 June 2026", page)
    assert "Kind and quick" in page and "15 Jun 2026 23:31" in page  # answered at 22:31 UTC
    conversation_id = re.search(r"/admin/conversations/(\d+)", page).group(1)
    conversation = client.get(f"/admin/conversations/{conversation_id}").text
    assert "<dd>15 Jun 2026 23:30</dd>" in conversation  # started at 22:30 UTC


def read_csv(response) -> list[dict]:
    assert response.status_code == 200
    return list(csv.DictReader(io.StringIO(response.get_data().decode("utf-8-sig"), newline="")))


def test_exports_give_local_times_beside_utc_and_name_the_local_days(client, june):
    sign_in(client, "manager@example.org")
    response = client.get(f"/admin/export/responses.csv?{ONE_DAY}")
    rows = read_csv(response)
    disposition = response.headers["Content-Disposition"]
    assert 'filename="heard-responses-2026-06-15-to-2026-06-15.csv"' in disposition
    assert len(rows) == 6  # the same answers the dashboard counts for the day
    first = rows[0]
    assert (first["started_at"], first["started_at_local"]) == ("2026-06-14T23:30:00Z", "2026-06-15 00:30:00")
    assert first["completed_at_local"] == ""  # add_response leaves completed_at empty
    assert {r["started_at_local"][:10] for r in rows} == {"2026-06-15"}
    comments = read_csv(client.get(f"/admin/export/comments.csv?{ONE_DAY}"))
    assert [(c["answered_at"], c["answered_at_local"], c["comment"]) for c in comments] == [
        ("2026-06-15T22:31:00Z", "2026-06-15 23:31:00", "Kind and quick")
    ]


@pytest.mark.parametrize("dates", ["since=9999-12-31&until=9999-12-31", "since=0001-01-01&until=0001-01-02"])
def test_dashboard_dates_out_of_range_are_a_form_error(client, june, dates):
    sign_in(client, "manager@example.org")
    for page in ("/admin/", "/admin/comments", "/admin/export/responses.csv"):
        response = client.get(f"{page}?period=custom&{dates}")
        assert response.status_code == 200, page
    assert "Choose dates from 1900 to 2099" in client.get(f"/admin/?period=custom&{dates}").text


def test_you_said_we_did_period_is_local_days(app, config):
    db = app.extensions["heard"].db
    resident(db, config, "on-the-15th", start=HALF_PAST_MIDNIGHT)
    resident(db, config, "on-the-16th", start=EARLY_ON_THE_16TH)
    manager = client_for(app, "lead@example.org", "manager")
    page = "/admin/you-said-we-did"
    for day, residents in [("2026-06-15", 1), ("2026-06-14", 0), ("2026-06-16", 1)]:
        data = {"team": "east", "since": day, "until": day, "text": "We listened.", "action": "preview"}
        data["csrf_token"] = csrf_token(manager.get(page).text)
        preview = manager.post(page, data=data).text
        assert f"This will go to <strong>{residents}</strong> resident" in preview, day
    data = {
        "team": "east",
        "since": "2026-06-15",
        "until": "2026-06-15",
        "text": "We listened.",
        "action": "send",
    }
    data["csrf_token"] = csrf_token(manager.get(page).text)
    assert manager.post(page, data=data).status_code == 302
    assert "15 Jun 2026 to 15 Jun 2026" in manager.get(page).text


def test_migrate_recounts_the_tallies_when_the_time_zone_changes(config, database_url):
    new_york = config.model_copy(
        update={"organisation": config.organisation.model_copy(update={"time_zone": "America/New_York"})}
    )
    for zone_config, recounted in [(new_york, True), (new_york, False), (config, True)]:
        app = create_app({"HEARD_CONFIG": zone_config, "DATABASE_URL": database_url, "SECRET_KEY": "test"})
        db = app.extensions["heard"].db
        if zone_config is new_york and recounted:
            add_response(db, {"listened": 1}, started_at=datetime(2026, 6, 15, 3, 30, tzinfo=UTC))
        result = app.test_cli_runner().invoke(args=["migrate"])
        assert result.exit_code == 0, result.output
        zone = zone_config.organisation.time_zone
        assert (f"Answer tallies recounted by days in {zone}." in result.output) is recounted
        with db.begin() as session:
            days = set(session.scalars(select(AnswerTally.day).where(AnswerTally.n > 0)))
        # 03:30 UTC is 23:30 on the 14th in New York, 04:30 on the 15th in London.
        assert days == {"2026-06-14" if zone_config is new_york else "2026-06-15"}
        db.dispose()
