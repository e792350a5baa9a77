"""The figures' statement run on psycopg's own terms (`DriverRead`) gives exactly the rows
SQLAlchemy's execution gives, for every filter shape and for each period's days written into
its SQL; the engine's cursor listeners still see it, and a driver error is SQLAlchemy's."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Integer, bindparam, cast, event, exc, select

from models.driver_read import DriverRead
from models.local_days import local_midnight
from models.reports.dashboard_panels import side_panels_aside
from models.reports.periods import days_between
from models.reports.reading import reading
from models.reports.responses import ResponseFilters
from models.reports.summaries import _marginals, measured_questions
from models.tallies import PERIOD_PARAMS, tally_params
from tests.admin_support import add_random_response
from web.admin.comment_insights import panel_beside

LONDON = "Europe/London"
# Partial weeks at both ends with whole weeks between; none whole; the first again (its kept SQL).
PERIODS = [
    (date(2026, 9, 23), date(2026, 11, 4)),
    (date(2026, 10, 21), date(2026, 10, 27)),
    (date(2026, 9, 23), date(2026, 11, 4)),
]
FILTERS = [
    ResponseFilters(),
    ResponseFilters(team="east"),
    ResponseFilters(channel="telegram"),
    ResponseFilters(allowed_teams=frozenset({"west"})),
    ResponseFilters(team="west", channel="sms"),
]


@pytest.fixture
def postgres(db):
    if db.dialect != "postgresql":
        pytest.skip("DriverRead runs on psycopg only; SQLite's statement runs through SQLAlchemy")
    rng = random.Random(13)
    for _ in range(80):
        day = date(2026, 9, 20) + timedelta(days=rng.randint(0, 50))
        add_random_response(db, rng, local_midnight(day, LONDON).replace(hour=rng.randint(0, 23)))
    return db


@pytest.mark.parametrize("interval", ["week", "month"])
@pytest.mark.parametrize("shown", FILTERS, ids=range(len(FILTERS)))
def test_the_driver_gives_sqlalchemys_rows(postgres, config, interval, shown):
    survey = config.default_survey
    questions = measured_questions(survey)
    now = datetime(2026, 11, 5, 12, tzinfo=UTC)
    built = read = None
    with reading(postgres) as session:
        for first, last in PERIODS:
            since, until = days_between(first, last, LONDON)
            filters = replace(shown, survey=survey.id, since=since, until=until)
            # The page's statement: the comment panel beside, the side panels aside.
            beside = panel_beside(config, filters, since, until)
            aside = side_panels_aside(since, until, now, filters.allowed_teams, filters.team)
            params = tally_params(filters, since, until, LONDON, interval) | beside.params | aside.params
            if built is None:  # built once, for the first period's values, as summarise keeps it
                built = _marginals(session, questions, filters, LONDON, interval, "kept", beside, aside)
                read = DriverRead(built, session.get_bind().dialect, PERIOD_PARAMS)
            expected = [tuple(row) for row in session.connection().execute(built, params).all()]
            assert read.rows(session.connection(), params) == expected, (first, last)
            # The data reach the figures, the comment panel and the zone's row.
            assert len({row[0] for row in expected}) >= 4


def test_cursor_listeners_see_each_run(postgres):
    seen = []

    def listen(_connection, _cursor, statement, parameters, _context, _many):
        seen.append((statement, parameters))

    statement = select(cast(bindparam("v"), Integer) + 1)
    event.listen(postgres.engine, "before_cursor_execute", listen)
    try:
        with reading(postgres) as session:
            read = DriverRead(statement, session.get_bind().dialect, frozenset())
            assert read.rows(session.connection(), {"v": 41}) == [(42,)]
            assert read.rows(session.connection(), {"v": 1}) == [(2,)]
    finally:
        event.remove(postgres.engine, "before_cursor_execute", listen)
    # The caller's value, then the statement's own (the 1 added), in their `$n` order.
    assert [parameters for _, parameters in seen] == [[41, 1], [1, 1]]
    assert all("$1" in sql for sql, _ in seen)


def test_a_driver_error_is_sqlalchemys_with_its_parameters_hidden(postgres):
    statement = select(cast(bindparam("v"), Integer))
    with reading(postgres) as session:
        read = DriverRead(statement, session.get_bind().dialect, frozenset())
        with pytest.raises(exc.DBAPIError) as raised:
            read.rows(session.connection(), {"v": "not a number"})
    assert "SQL parameters hidden" in str(raised.value)
    assert "[SQL: SELECT CAST($1 AS INTEGER)" in str(raised.value)
