"""The dashboard's side panels in one statement give what their own functions give, in every filter state."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from models.reports.callbacks import callback_figures
from models.reports.dashboard_panels import panels_from_aside, side_panels, side_panels_aside
from models.reports.outreach import days_waited_by_team
from models.reports.periods import days_between
from models.reports.responses import ResponseFilters
from models.reports.summaries import summarise
from tests.callbacks.test_figures import ASKED, add
from tests.factories import T0
from tests.scheduling import fast, record, row

ZONE = "Europe/London"
SINCE, UNTIL = days_between(date(2026, 11, 1), date(2026, 11, 30), ZONE)
NOW = ASKED + timedelta(days=3)


@pytest.fixture
def panels_data(db, config):
    """Callbacks and contacts with referral dates in three teams and none, some outside the period."""
    # Callbacks: replied at once, late, never, not yet due; one before the period.
    for team, replies in {
        "east": [timedelta(hours=3), timedelta(hours=5), timedelta(days=3), None],
        "west": [timedelta(hours=1), timedelta(hours=30)],
        "carers": [None],
        None: [timedelta(hours=2), timedelta(hours=4), timedelta(hours=6)],
    }.items():
        for i, reply in enumerate(replies):
            add(db, team, asked=ASKED + timedelta(hours=i), first_reply_after=reply)
    add(db, "east", asked=ASKED + timedelta(days=2), due=ASKED + timedelta(days=9))  # not due at NOW
    add(db, "west", asked=datetime(2026, 10, 31, 23, 30, tzinfo=UTC), first_reply_after=timedelta(hours=1))
    # Contacts: days waited by team; one in October, one with no referral date.
    waits = {"east": [2, 4, 6, 20, 9], "west": [7, 1], "carers": [3, 3, 3, 3, 3, 12]}
    rows = [
        row(f"+4477009001{i}{j}", team, T0, referred_at=(T0 - timedelta(days=d)).isoformat())
        for i, (team, days) in enumerate(waits.items())
        for j, d in enumerate(days)
    ]
    rows.append(
        row(
            "+447700900199",
            "east",
            T0 - timedelta(days=30),
            referred_at=(T0 - timedelta(days=31)).isoformat(),
        )
    )
    rows.append(row("+447700900198", "west", T0))
    report = record(db, fast(config), rows, T0)
    assert report.ok, report.as_dict()
    return db


STATES = [
    (None, None),
    ("east", None),
    ("west", None),
    (None, frozenset({"east"})),
    (None, frozenset({"east", "carers"})),
    ("east", frozenset({"east", "west"})),
    (None, frozenset()),  # a viewer without teams
]


def test_side_panels_equal_days_waited_and_callback_figures(panels_data):
    seen = []
    with panels_data.begin() as session:
        for team, allowed in STATES:
            panels = side_panels(session.connection(), SINCE, UNTIL, NOW, allowed, team)
            scope = frozenset({team}) if team else allowed
            assert panels.days_waited == days_waited_by_team(session, SINCE, UNTIL, scope), (team, allowed)
            assert panels.callbacks == callback_figures(session, SINCE, UNTIL, NOW, allowed, team), (
                team,
                allowed,
            )
            seen.append(panels)
    everyone = seen[0]
    # The states differ, so equal answers are not equally empty ones.
    assert [w.team for w in everyone.days_waited] == ["carers", "east", "west"]
    assert [f.team for f in everyone.callbacks] == ["carers", "east", "west", None]
    assert [f.team for f in seen[3].callbacks] == ["east"] and seen[6].callbacks == []
    east = next(f for f in everyone.callbacks if f.team == "east")
    assert (east.asked, east.judged, east.on_time, east.median_hours) == (5, 4, 2, 5.0)
    assert next(w for w in everyone.days_waited if w.team == "east").service_contacts == 5


def test_the_panels_sent_with_the_figures_equal_their_own_read(panels_data, config):
    """On PostgreSQL the side panels' rows ride in the figures' statement as JSON
    (`side_panels_aside`), and read back they give what `side_panels` gives, in every filter state;
    on SQLite nothing rides, and the page reads them for itself."""
    postgresql = panels_data.dialect == "postgresql"
    with panels_data.begin() as session:
        for team, allowed in STATES:
            aside = side_panels_aside(SINCE, UNTIL, NOW, allowed, team)
            filters = ResponseFilters(team=team, allowed_teams=allowed)
            summary = summarise(session, config, filters, SINCE, UNTIL, aside=aside)
            if not postgresql:
                assert summary.aside is None
                continue
            assert summary.aside is not None, (team, allowed)
            own = side_panels(session.connection(), SINCE, UNTIL, NOW, allowed, team)
            assert panels_from_aside(summary.aside) == own, (team, allowed)
            # The moments come back as the column's type gives them, to the microsecond.
            middle = [row for row in summary.aside if row[0] == "middle"]
            assert middle or not own.callbacks or all(f.median_hours is None for f in own.callbacks)
