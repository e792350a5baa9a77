"""The dashboard's comments panel: per team, top themes, % negative or mixed (none under 5), links."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import event

from tests.admin_support import make_user, sign_in
from tests.residents import resident_says

NOW = datetime.now(UTC).replace(microsecond=0)
EAST = [
    "Awful, rude staff",
    "Nobody called back",  # a plain complaint: no emotional word, still negative
    "Lovely staff but I am still waiting",  # mixed: counted with the negatives
    "Lovely friendly staff",
    "Really helpful and kind, thank you",
]
WEST = ["Rude and slow", "Great help, thank you"]


@pytest.fixture
def said(app, config):
    db = app.extensions["heard"].db
    for i, text in enumerate(EAST):
        resident_says(db, config, text, f"east-{i}", "east", at=NOW - timedelta(days=i + 1))
    for i, text in enumerate(WEST):
        resident_says(db, config, text, f"west-{i}", "west", at=NOW - timedelta(days=i + 1))
    make_user(db, "manager@example.org", "manager")
    make_user(db, "viewer@example.org", "viewer", ("west",))


def panel(app, email, query=""):
    client = app.test_client()
    sign_in(client, email)
    page = client.get("/admin/" + query).text
    table = page.split('id="comment-insights"')[1].split("</table>")[0]
    rows = {}
    for team, row in re.findall(r'<tr data-team="([^"]+)">(.*?)</tr>', table, re.S):
        rows[team] = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", row)).split())
    return table, rows


def test_per_team_negative_share_and_top_themes_with_links(app, said):
    table, rows = panel(app, "manager@example.org", "?period=90&channel=console")
    assert rows["east"] == (
        "East locality team 5 60.0% "
        "Staff kindness (fewer than 5), Communication (fewer than 5), Respect (fewer than 5)"
    )
    assert rows["west"] == "West locality team fewer than 5 fewer than 5 –"  # 2 comments: no share
    negative = "/admin/comments?sentiment=negative_or_mixed&amp;period=90&amp;channel=console&amp;team=east"
    assert f'href="{negative}"' in table
    assert 'href="/admin/comments?theme=respect&amp;period=90&amp;channel=console&amp;team=east"' in table
    assert "team=west" not in table  # a suppressed row links nowhere
    assert "Negative or mixed" in table


def test_the_share_links_to_exactly_the_comments_it_counts(app, said):
    client = app.test_client()
    sign_in(client, "manager@example.org")
    page = client.get("/admin/comments?sentiment=negative_or_mixed&period=90&team=east").text
    shown = {html.unescape(t) for t in re.findall(r'<p class="comment__text">(.*?)</p>', page, re.S)}
    assert shown == set(EAST[:3])


def test_the_panel_follows_the_dashboard_filters_and_viewer_scope(app, said):
    _, rows = panel(app, "manager@example.org", "?team=west")
    assert list(rows) == ["west"]
    _, rows = panel(app, "viewer@example.org")
    assert list(rows) == ["west"]
    _, rows = panel(app, "manager@example.org", "?channel=sms")
    assert rows == {}


def test_the_page_reads_the_kept_time_zone_once_for_the_figures_and_the_panel(app, said):
    """One read of local_day_offsets per page, and both panels still come from the kept counts."""
    db = app.extensions["heard"].db
    client = app.test_client()
    sign_in(client, "manager@example.org")
    sent: list[str] = []

    def record(_conn, _cursor, statement, *_args):
        sent.append(" ".join(statement.split()))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        page = client.get("/admin/?period=90")
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    assert page.status_code == 200
    assert sum("FROM local_day_offsets" in s for s in sent) == 1
    assert any("FROM answer_rollups" in s for s in sent) and any("FROM comment_rollups" in s for s in sent)
    assert not any("FROM answer_themes" in s for s in sent)  # the panel did not recount the comments


def sent_by_page(app, email: str, query: str) -> tuple[str, list[str]]:
    """The page's HTML (CSRF tokens blanked) and the statements it sent."""
    db = app.extensions["heard"].db
    client = app.test_client()
    sign_in(client, email)
    sent: list[str] = []

    def record(_conn, _cursor, statement, *_args):
        sent.append(" ".join(statement.split()))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        page = client.get("/admin/" + query)
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    assert page.status_code == 200
    return re.sub(r'name="csrf_token"[^>]*value="[^"]*"', "", page.text), sent


QUERIES = [
    ("manager@example.org", ""),
    ("manager@example.org", "?period=90"),
    ("manager@example.org", "?period=90&channel=console"),
    ("manager@example.org", "?team=east&interval=month"),
    ("viewer@example.org", "?period=365"),
]


@pytest.mark.parametrize(("email", "query"), QUERIES)
def test_the_panel_read_with_the_figures_shows_what_its_own_read_shows(app, said, monkeypatch, email, query):
    """The panel's kept counts come in the figures' statement, and the page is the same to the byte
    as when the panel reads them with a statement of its own."""
    together, sent = sent_by_page(app, email, query)
    reading_comments = [s for s in sent if "FROM comment_tallies" in s]
    assert len(reading_comments) == 1 and "FROM answer_tallies" in reading_comments[0]
    monkeypatch.setattr("web.admin.dashboard.panel_beside", lambda *_args: None)
    apart, sent = sent_by_page(app, email, query)
    assert sum("FROM comment_tallies" in s for s in sent) == 1
    assert not any("FROM comment_tallies" in s and "FROM answer_tallies" in s for s in sent)
    assert 'data-team="east"' in together or 'data-team="west"' in together
    assert together == apart
