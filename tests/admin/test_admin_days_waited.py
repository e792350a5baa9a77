"""Days waited on the dashboard: median and quartiles by team, period and team filters, suppression."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import event

from tests.admin_support import make_user, sign_in
from tests.scheduling import record, row

NOW = datetime.now(UTC).replace(microsecond=0)
RECENT = NOW - timedelta(days=2)  # inside the default "last 30 days"
CELLS = re.compile(r"<t[hd][^>]*>([^<]*)</t[hd]>")


def waited(team: str, n: int, days: int, contacted: datetime = RECENT) -> dict:
    return row(
        f"+4477009004{n:02d}", team, contacted, referred_at=(contacted - timedelta(days=days)).isoformat()
    )


@pytest.fixture
def seeded(app, config):
    db = app.extensions["heard"].db
    rows = [waited("east", i, days) for i, days in enumerate([2, 4, 6, 8, 10])]
    rows += [
        waited("west", 10, 3),
        waited("west", 11, 5),
        row("+447700900412", "east", RECENT),
    ]  # no referral
    rows.append(waited("east", 20, 100, contacted=NOW - timedelta(days=45)))  # before the period
    assert record(db, config, rows, NOW).ok
    return db


def section(client, query: str = "") -> dict[str, list[str]]:
    """Team -> the cells of its row in the days-waited table."""
    html = client.get(f"/admin/{query}").text.split('id="days-waited"')[1].split("</table>")[0]
    rows = re.findall(r'<tr data-waited="(\w+)">(.*?)</tr>', html, re.S)
    return {team: [c.strip() for c in CELLS.findall(cells)] for team, cells in rows}


def staff(app, role: str, teams: tuple[str, ...] = ()):
    make_user(app.extensions["heard"].db, f"{role}@example.org", role, teams)
    client = app.test_client()
    sign_in(client, f"{role}@example.org")
    return client


def test_median_and_quartiles_by_team_in_the_period_fewer_than_five_in_words(app, seeded):
    shown = section(staff(app, "manager"))
    assert shown == {
        "east": ["East locality team", "5", "6 days", "4 to 8 days"],
        "west": ["West locality team", "fewer than 5"],
    }


def test_the_period_and_team_filters_apply(app, seeded):
    manager = staff(app, "manager")
    assert list(section(manager, "?team=west")) == ["west"]
    year = section(manager, "?period=365")
    assert year["east"][1:3] == ["6", "7 days"]  # the older contact (100 days) counts now


def test_viewers_see_only_their_teams(app, seeded):
    assert list(section(staff(app, "viewer", ("west",)))) == ["west"]


@pytest.mark.parametrize("query", ["", "?period=365", "?team=west", "?channel=sms&interval=month"])
def test_the_panels_read_with_the_figures_show_what_their_own_read_shows(app, seeded, monkeypatch, query):
    """On PostgreSQL the side panels come in the figures' statement (no statement of their own),
    and the page is the same to the byte as when they read for themselves; SQLite reads them apart."""
    db = app.extensions["heard"].db
    client = staff(app, "manager")

    def page() -> tuple[str, list[str]]:
        sent: list[str] = []

        def record(_conn, _cursor, statement, *_args):
            sent.append(statement)

        event.listen(db.engine, "before_cursor_execute", record)
        try:
            text = client.get(f"/admin/{query}").text
        finally:
            event.remove(db.engine, "before_cursor_execute", record)
        return re.sub(r'name="csrf_token"[^>]*value="[^"]*"', "", text), sent

    together, sent = page()
    panels_apart = [s for s in sent if "FROM service_contacts" in s and "FROM answer_tallies" not in s]
    assert len(panels_apart) == (0 if db.dialect == "postgresql" else 1)
    monkeypatch.setattr("web.admin.dashboard.side_panels_aside", lambda *_args: None)
    apart, sent = page()
    assert sum("FROM service_contacts" in s for s in sent) == 1
    assert not any("FROM service_contacts" in s and "FROM answer_tallies" in s for s in sent)
    assert 'data-waited="east"' in together or 'data-waited="west"' in together
    assert together == apart
