"""CSV downloads through the HTTP routes: headers, BOM, formula safety, filters, viewer scope, audit."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from bot.channels.web import try_message
from models.audit import AuditEntry
from tests.admin_support import make_user, sign_in
from tests.residents import resident_says

NOW = datetime.now(UTC).replace(microsecond=0)
FORMULA = '=HYPERLINK("http://evil.example","click")'
WELSH = "Diolch o galon 🙏 roedd y gweithiwr yn hyfryd ŵyr"


@pytest.fixture
def said(app, config):
    db = app.extensions["heard"].db
    ids = {
        "east": resident_says(db, config, WELSH, "alice", "east", at=NOW - timedelta(days=2)),
        "west": resident_says(db, config, FORMULA, "+447700900444", "west", "sms", NOW - timedelta(days=1)),
    }
    with db.begin() as session:  # a staff test run is never exported
        for text in ["hi", "1", "1", "1", "1", "1", "Staff test comment"]:
            try_message(session, config, "staff-key", text, "default", "en")
    make_user(db, "manager@example.org", "manager")
    make_user(db, "viewer@example.org", "viewer", ("east",))
    return ids


def download(app, email, url):
    client = app.test_client()
    sign_in(client, email)
    response = client.get(url)
    assert response.status_code == 200
    assert response.is_streamed
    data = response.get_data()
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 byte order mark first, for Excel"
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    return response, rows


def exports(app):
    with app.extensions["heard"].db.begin() as session:
        return [
            (e.actor, e.detail)
            for e in session.scalars(select(AuditEntry).where(AuditEntry.action == "export"))
        ]


def test_comments_csv_headers_bom_and_formula_safety(app, said):
    response, rows = download(app, "manager@example.org", "/admin/export/comments.csv")
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    disposition = response.headers["Content-Disposition"]
    first = (NOW - timedelta(days=29)).date()
    assert disposition == f'attachment; filename="heard-comments-{first}-to-{NOW.date()}.csv"'
    assert [row["comment"] for row in rows] == [WELSH, "'" + FORMULA]
    assert "Staff test comment" not in response.get_data(as_text=True)
    assert "+447700900444" not in response.get_data(as_text=True)


def test_comments_csv_follows_the_page_filters(app, said):
    _, rows = download(app, "manager@example.org", "/admin/export/comments.csv?team=west&page=3")
    assert [int(row["response_id"]) for row in rows] == [said["west"]]
    _, rows = download(app, "manager@example.org", "/admin/export/comments.csv?q=hyfryd")
    assert [int(row["response_id"]) for row in rows] == [said["east"]]
    _, rows = download(
        app,
        "manager@example.org",
        "/admin/export/comments.csv?period=custom&since=2020-01-01&until=2020-01-02",
    )
    assert rows == []


def test_responses_csv_one_row_per_conversation(app, said, config):
    response, rows = download(app, "manager@example.org", "/admin/export/responses.csv")
    assert 'filename="heard-responses-' in response.headers["Content-Disposition"]
    assert [int(row["response_id"]) for row in rows] == [said["east"], said["west"]]
    assert rows[1]["comment"] == "'" + FORMULA and rows[0]["listened"] == "1"


@pytest.mark.parametrize("kind", ["comments", "responses"])
def test_a_viewer_exports_only_their_teams(app, said, kind):
    _, rows = download(app, "viewer@example.org", f"/admin/export/{kind}.csv")
    assert [row["team"] for row in rows] == ["east"]
    _, asked = download(app, "viewer@example.org", f"/admin/export/{kind}.csv?team=west")
    assert [row["team"] for row in asked] == ["east"]  # not their team: the filter is refused
    actor, detail = exports(app)[-1]
    assert actor == "viewer@example.org" and detail["kind"] == kind and detail["teams"] == ["east"]


def test_each_export_is_audited_without_the_search_words(app, said):
    download(app, "manager@example.org", "/admin/export/comments.csv?sentiment=negative&q=07700900444")
    download(app, "manager@example.org", "/admin/export/responses.csv?team=east")
    [(actor, comments), (_, responses)] = exports(app)
    assert actor == "manager@example.org"
    assert (
        comments["kind"] == "comments" and comments["sentiment"] == "negative" and comments["search"] is True
    )
    assert "07700900444" not in str(comments)
    assert responses["kind"] == "responses" and responses["team"] == "east" and responses["teams"] == "all"
